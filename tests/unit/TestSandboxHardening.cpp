// Issue #13, item 5 (the engine's side): the key registry refuses keys that are too big or have a strange
// exponent, stays bounded however many registrations arrive, and the /_sandbox/ administration answers only to
// this machine's names and only to JSON (DNS rebinding, blind cross-site POSTs).
#include "SandboxTestKit.h"
#include "crypto/Base64Url.h"

#include <QRandomGenerator>
#include <QTest>

using namespace bmp;
using namespace bmp::sandbox;
using namespace sandboxkit;

namespace {

// A public key with a random odd modulus of `bits` bits and the given exponent: enough for the registry, which never
// needs the private half, and built in microseconds (no primes are searched for).
crypto::KeyPair publicKey(int bits, const QByteArray& exponent = QByteArray::fromHex("010001")) {
    QByteArray n(bits / 8, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(n.data()), n.size() / 4);
    n[0] = char(n[0] | 0x80);
    n[n.size() - 1] = char(n[n.size() - 1] | 1);
    const auto key = crypto::KeyPair::fromJwk(
        QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                    {QStringLiteral("n"), QString::fromLatin1(crypto::Base64Url::encode(n))},
                    {QStringLiteral("e"), QString::fromLatin1(crypto::Base64Url::encode(exponent))}});
    return key.ok() ? *key : crypto::KeyPair();
}

SandboxRequest adminRequest(const QByteArray& method, const QByteArray& path, const QByteArray& host,
                            const QByteArray& contentType = "application/json", const QByteArray& body = "{}") {
    SandboxRequest r;
    r.method = method;
    r.path = path;
    r.peer = QHostAddress(QHostAddress::LocalHost); // as the HTTP server fills it in
    if (!host.isNull())
        r.headers.append({"Host", host});
    if (!contentType.isNull())
        r.headers.append({"Content-Type", contentType});
    r.body = body;
    return r;
}

} // namespace

class TestSandboxHardening : public QObject {
    Q_OBJECT
private slots:
    void keySizesAndExponents_data();
    void keySizesAndExponents();
    void registryIsBounded();
    void keysPerPartnerAreBounded();
    void rotationStillNumbersClientIds();
    void hostAllowList_data();
    void hostAllowList();
    void adminPostsAreJsonOnly_data();
    void adminPostsAreJsonOnly();
};

void TestSandboxHardening::keySizesAndExponents_data() {
    QTest::addColumn<int>("bits");
    QTest::addColumn<QByteArray>("exponent");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("2048, 65537") << 2048 << QByteArray::fromHex("010001") << true;
    QTest::newRow("4096, 65537") << 4096 << QByteArray::fromHex("010001") << true;
    QTest::newRow("3072, 2^32 - 1") << 3072 << QByteArray::fromHex("ffffffff") << true;
    QTest::newRow("8192 bits") << 8192 << QByteArray::fromHex("010001") << false;
    QTest::newRow("4104 bits") << 4104 << QByteArray::fromHex("010001") << false;
    QTest::newRow("exponent 3") << 2048 << QByteArray::fromHex("03") << false;
    QTest::newRow("even exponent") << 2048 << QByteArray::fromHex("010002") << false;
    QTest::newRow("exponent 2^32 + 1") << 2048 << QByteArray::fromHex("0100000001") << false;
    QByteArray huge(384, '\xff'); // a 3,070-bit-ish exponent: every verification would take ages
    huge[0] = 0x3f;
    QTest::newRow("3070-bit exponent") << 2048 << huge << false;
}

void TestSandboxHardening::keySizesAndExponents() {
    QFETCH(int, bits);
    QFETCH(QByteArray, exponent);
    QFETCH(bool, accepted);
    const crypto::KeyPair key = publicKey(bits, exponent);
    QVERIFY(!key.isNull());
    SandboxEngine engine;
    const SandboxResponse r =
        engine.handle(jsonRequest("POST", "/_sandbox/keys",
                                  QJsonObject{{QStringLiteral("publicKeyPem"), QString::fromLatin1(key.publicKeyPem())},
                                              {QStringLiteral("partner"), QStringLiteral("Acme")}}));
    QCOMPARE(r.status == 200, accepted);
    QCOMPARE(engine.keys().size(), accepted ? 1 : 0);
    if (!accepted) {
        const QString message = QString::fromUtf8(r.body);
        QVERIFY2(message.contains(QStringLiteral("bits")) || message.contains(QStringLiteral("exponent")),
                 r.body.constData());
    }
}

void TestSandboxHardening::registryIsBounded() {
    // One key under many partner names (as the attack did): each is a new client until the registry is full.
    KeyRegistry registry;
    const QByteArray pem = keyA().publicKeyPem();
    for (int i = 0; i < KeyRegistry::kMaxClients; ++i)
        QVERIFY(registry.registerKey(pem, QStringLiteral("Partner %1").arg(i), 0).ok());
    QCOMPARE(registry.size(), KeyRegistry::kMaxClients);
    const auto refused = registry.registerKey(pem, QStringLiteral("One Too Many"), 0);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("reset")));
    QCOMPARE(registry.size(), KeyRegistry::kMaxClients);
    // Already registered pairs still answer (idempotent), and a reset makes room again.
    const auto again = registry.registerKey(pem, QStringLiteral("Partner 7"), 0);
    QVERIFY(again.ok());
    QCOMPARE(again->clientId, QStringLiteral("bmp.digital.api.partner_7"));
    registry.clear();
    QVERIFY(registry.registerKey(pem, QStringLiteral("One Too Many"), 0).ok());
}

void TestSandboxHardening::keysPerPartnerAreBounded() {
    KeyRegistry registry;
    for (int i = 0; i < KeyRegistry::kMaxKeysPerPartner; ++i)
        QVERIFY(registry.registerKey(publicKey(2048).publicKeyPem(), QStringLiteral("Acme"), 0).ok());
    const auto refused = registry.registerKey(publicKey(2048).publicKeyPem(), QStringLiteral("Acme"), 0);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("Acme")));
    QVERIFY(registry.registerKey(publicKey(2048).publicKeyPem(), QStringLiteral("Other"), 0).ok());
}

void TestSandboxHardening::rotationStillNumbersClientIds() {
    KeyRegistry registry;
    const auto first = registry.registerKey(keyA().publicKeyPem(), QStringLiteral("Acme"), 0);
    const auto second = registry.registerKey(keyB().publicKeyPem(), QStringLiteral("Acme"), 0);
    // "Acme 3" has the slug acme_3, which is also what Acme's third key would be called: numbering skips it.
    const auto squatter = registry.registerKey(publicKey(2048).publicKeyPem(), QStringLiteral("Acme 3"), 0);
    const auto third = registry.registerKey(publicKey(2048).publicKeyPem(), QStringLiteral("Acme"), 0);
    QVERIFY(first.ok() && second.ok() && squatter.ok() && third.ok());
    QCOMPARE(first->clientId, QStringLiteral("bmp.digital.api.acme"));
    QCOMPARE(second->clientId, QStringLiteral("bmp.digital.api.acme_2"));
    QCOMPARE(squatter->clientId, QStringLiteral("bmp.digital.api.acme_3"));
    QCOMPARE(third->clientId, QStringLiteral("bmp.digital.api.acme_4"));
    QCOMPARE(registry.registerKey(keyB().publicKeyPem(), QStringLiteral("acme"), 0)->clientId, second->clientId);
}

void TestSandboxHardening::hostAllowList_data() {
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("127.0.0.1 with port") << QByteArray("127.0.0.1:8443") << true;
    QTest::newRow("localhost") << QByteArray("localhost") << true;
    QTest::newRow("LOCALHOST:1") << QByteArray("LOCALHOST:1") << true;
    QTest::newRow("[::1]:8443") << QByteArray("[::1]:8443") << true;
    QTest::newRow("listen address") << QByteArray("192.0.2.10:8443") << true;
    QTest::newRow("rebound name") << QByteArray("attacker.example:8443") << false;
    QTest::newRow("localhost as a suffix") << QByteArray("localhost.attacker.example") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("missing") << QByteArray() << false; // over the network HTTP/1.1 always has one
}

void TestSandboxHardening::hostAllowList() {
    QFETCH(QByteArray, host);
    QFETCH(bool, allowed);
    SandboxEngine engine;
    engine.setAllowedHosts({QStringLiteral("192.0.2.10")});
    registerClient(engine); // one client to list
    for (const auto& [method, path] : {std::pair<QByteArray, QByteArray>{"GET", "/_sandbox/requests"},
                                       {"GET", "/_sandbox/info"},
                                       {"POST", "/_sandbox/reset"}}) {
        const SandboxResponse r = engine.handle(adminRequest(method, path, host));
        QCOMPARE(r.status == 403, !allowed);
        if (!allowed)
            QVERIFY(r.body.contains("X0023"));
    }
    QCOMPARE(engine.keys().size(), allowed ? 0 : 1); // the reset happened only when allowed
}

void TestSandboxHardening::adminPostsAreJsonOnly_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("application/json") << QByteArray("application/json") << true;
    QTest::newRow("with charset") << QByteArray("application/json; charset=utf-8") << true;
    // What a web page may POST anywhere without a CORS preflight:
    QTest::newRow("text/plain") << QByteArray("text/plain") << false;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << false;
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << false;
    QTest::newRow("none") << QByteArray() << false;
}

void TestSandboxHardening::adminPostsAreJsonOnly() {
    QFETCH(QByteArray, contentType);
    QFETCH(bool, allowed);
    for (const QByteArray& path : {QByteArrayLiteral("/_sandbox/reset"), QByteArrayLiteral("/_sandbox/settle"),
                                   QByteArrayLiteral("/_sandbox/callback"), QByteArrayLiteral("/_sandbox/keys")}) {
        SandboxEngine engine;
        registerClient(engine);
        const QByteArray body = path.endsWith("keys")
                                    ? QJsonDocument(QJsonObject{{QStringLiteral("publicKeyPem"),
                                                                 QString::fromLatin1(keyB().publicKeyPem())},
                                                                {QStringLiteral("partner"), QStringLiteral("Other")}})
                                          .toJson(QJsonDocument::Compact)
                                    : QByteArray("{}");
        const SandboxResponse r = engine.handle(adminRequest("POST", path, "127.0.0.1:8443", contentType, body));
        QVERIFY2((r.status != 415) == allowed,
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(path)).arg(r.status)));
        if (path.endsWith("reset"))
            QCOMPARE(engine.keys().size(), allowed ? 0 : 1);
        if (path.endsWith("keys"))
            QCOMPARE(engine.keys().size(), allowed ? 2 : 1);
    }
}

QTEST_GUILESS_MAIN(TestSandboxHardening)
#include "TestSandboxHardening.moc"
