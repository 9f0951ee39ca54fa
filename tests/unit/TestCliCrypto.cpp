// bmpctl key/jwt commands run as a user would: exit codes, files produced, and no passphrase in any output.
#include "CryptoTestUtil.h"
#include "crypto/Jwt.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bmp::crypto;
using namespace testutil;

namespace {

const QByteArray kPassphrase = "Zebra-Quartz-91 lighthouse";

ProcessResult bmpctl(const QStringList& args, const QByteArray& input = {}) {
    return run(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"), args, input);
}

} // namespace

class TestCliCrypto : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void generateWritesKeyPair();
    void generateRefusesToOverwrite();
    void generateUsageErrors_data();
    void generateUsageErrors();
    void inspect_data();
    void inspect();
    void signDecodeVerify();
    void verifyFailures();
    void signUsageErrors_data();
    void signUsageErrors();
    void decodeMalformed();
    void projectFormNeedsAnExistingProject();
    void passphraseNeverPrinted();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString keyDir() const { return path(QStringLiteral("keys")); }
    QTemporaryDir m_dir;
    QString m_passFile;
    QList<ProcessResult> m_outputs; // everything bmpctl printed, searched for the passphrase at the end
};

void TestCliCrypto::initTestCase() {
    QVERIFY(QFileInfo::exists(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl")));
    QVERIFY(m_dir.isValid());
    m_passFile = path(QStringLiteral("pass.txt"));
    QVERIFY(writeFile(m_passFile, kPassphrase + '\n'));
    QVERIFY(writeFile(path(QStringLiteral("empty.pass")), "\n"));
    QVERIFY(writeFile(path(QStringLiteral("wrong.pass")), "not-the-passphrase\n"));
    QVERIFY(writeFile(path(QStringLiteral("short.pass")), "x\n"));
    QVERIFY(writeFile(path(QStringLiteral("seven.pass")), "s3v3n!!\n"));
    // A FIFO nobody writes to: reading it as a key used to block forever.
    QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("fifo.pem"))).constData(), 0600), 0);
}

void TestCliCrypto::generateWritesKeyPair() {
    const auto r = bmpctl({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--out-dir"), keyDir(),
                           QStringLiteral("--passphrase-file"), m_passFile});
    m_outputs << r;
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString privatePath = keyDir() + QStringLiteral("/private.pem");
    const QString publicPath = keyDir() + QStringLiteral("/public.pem");
    const QFileInfo priv(privatePath);
    QVERIFY(priv.exists() && priv.size() > 0);
    QCOMPARE(priv.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(readFile(privatePath).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));

    const auto pub = KeyPair::fromPublicPem(readFile(publicPath));
    QVERIFY(pub.ok());
    QCOMPARE(pub->bits(), 2048);
    QVERIFY(r.out.contains(pub->sha256Fingerprint().toLatin1()));
    QVERIFY(r.out.contains(pub->jwkThumbprint().toLatin1()));
    // The openssl command opens it with the passphrase file, and it is the pair of public.pem.
    const auto ossl = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), privatePath, QStringLiteral("-passin"),
                               QStringLiteral("file:") + m_passFile, QStringLiteral("-pubout")});
    QVERIFY2(ossl.exitCode == 0, ossl.err.constData());
    QCOMPARE(ossl.out, readFile(publicPath));
}

void TestCliCrypto::generateRefusesToOverwrite() {
    const QByteArray before = readFile(keyDir() + QStringLiteral("/private.pem"));
    const auto r = bmpctl({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--out-dir"), keyDir(),
                           QStringLiteral("--passphrase-file"), m_passFile});
    m_outputs << r;
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("already exists"));
    QCOMPARE(readFile(keyDir() + QStringLiteral("/private.pem")), before);
}

void TestCliCrypto::generateUsageErrors_data() {
    QTest::addColumn<QStringList>("args");
    const QString out = path(QStringLiteral("never"));
    const QString gen = QStringLiteral("generate");
    const QString outDir = QStringLiteral("--out-dir");
    const QString pf = QStringLiteral("--passphrase-file");
    QTest::newRow("no options") << QStringList{gen};
    QTest::newRow("no passphrase file") << QStringList{gen, outDir, out};
    QTest::newRow("no out-dir") << QStringList{gen, pf, m_passFile};
    QTest::newRow("1024 bits") << QStringList{
        gen, outDir, out, pf, m_passFile, QStringLiteral("--bits"), QStringLiteral("1024")};
    QTest::newRow("bits not a number") << QStringList{
        gen, outDir, out, pf, m_passFile, QStringLiteral("--bits"), QStringLiteral("lots")};
    QTest::newRow("empty passphrase file") << QStringList{gen, outDir, out, pf, path(QStringLiteral("empty.pass"))};
    QTest::newRow("missing passphrase file") << QStringList{gen, outDir, out, pf, path(QStringLiteral("nope.pass"))};
    // Issue #13: the project refuses passphrases under 8 characters; --out-dir now shares the rule.
    QTest::newRow("one-character passphrase") << QStringList{gen, outDir, out, pf, path(QStringLiteral("short.pass"))};
    QTest::newRow("seven-character passphrase")
        << QStringList{gen, outDir, out, pf, path(QStringLiteral("seven.pass"))};
    QTest::newRow("endless passphrase file") << QStringList{gen, outDir, out, pf, QStringLiteral("/dev/zero")};
    QTest::newRow("passphrase on argv is not an option")
        << QStringList{gen, outDir, out, QStringLiteral("--passphrase"), QString::fromLatin1(kPassphrase)};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("rotate")};
}

void TestCliCrypto::generateUsageErrors() {
    QFETCH(QStringList, args);
    args.prepend(QStringLiteral("key"));
    const auto r = bmpctl(args);
    m_outputs << r;
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("bmpctl: "));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never/private.pem"))));
}

void TestCliCrypto::inspect_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("type"); // --json "type", when exit 0
    const QString priv = keyDir() + QStringLiteral("/private.pem");
    const QString pub = keyDir() + QStringLiteral("/public.pem");
    const QString pf = QStringLiteral("--passphrase-file");
    QTest::newRow("public") << QStringList{pub} << 0 << "public";
    QTest::newRow("private with passphrase") << QStringList{priv, pf, m_passFile} << 0 << "private";
    QTest::newRow("openssl pkcs1 fixture")
        << QStringList{keyFixture(QStringLiteral("rsa2048-pkcs1.pem"))} << 0 << "private";
    QTest::newRow("encrypted, no passphrase") << QStringList{priv} << 2 << "";
    QTest::newRow("wrong passphrase") << QStringList{priv, pf, path(QStringLiteral("wrong.pass"))} << 2 << "";
    QTest::newRow("EC key") << QStringList{keyFixture(QStringLiteral("ec-p256.pem"))} << 2 << "";
    QTest::newRow("truncated") << QStringList{keyFixture(QStringLiteral("truncated.pem"))} << 2 << "";
    QTest::newRow("missing file") << QStringList{path(QStringLiteral("nope.pem"))} << 2 << "";
    // Issue #13: a FIFO or /dev/zero used to be read forever (size() said 0); a folder is no key either.
    QTest::newRow("fifo") << QStringList{path(QStringLiteral("fifo.pem"))} << 2 << "";
    QTest::newRow("dev zero") << QStringList{QStringLiteral("/dev/zero")} << 2 << "";
    QTest::newRow("folder") << QStringList{m_dir.path()} << 2 << "";
    QTest::newRow("no file") << QStringList{} << 2 << "";
}

void TestCliCrypto::inspect() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, type);
    const auto r =
        bmpctl(QStringList{QStringLiteral("key"), QStringLiteral("inspect"), QStringLiteral("--json")} + args);
    m_outputs << r;
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), type);
    QCOMPARE(o.value(QStringLiteral("bits")).toInt(), 2048);
    const auto key = KeyPair::fromJwk(o.value(QStringLiteral("jwk")).toObject());
    QVERIFY(key.ok());
    QCOMPARE(o.value(QStringLiteral("thumbprint")).toString(), key->jwkThumbprint());
    QCOMPARE(o.value(QStringLiteral("fingerprint")).toString(), key->sha256Fingerprint());
    QVERIFY(!r.out.contains("\"d\""));
}

void TestCliCrypto::signDecodeVerify() {
    const QString aud = QStringLiteral("https://auth.moneyp.dev.br/connect/token");
    const auto s = bmpctl({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--key"),
                           keyDir() + QStringLiteral("/private.pem"), QStringLiteral("--passphrase-file"), m_passFile,
                           QStringLiteral("--client-id"), QStringLiteral("bmp.digital.api.acme"),
                           QStringLiteral("--aud"), aud, QStringLiteral("--lifetime"), QStringLiteral("120")});
    m_outputs << s;
    QVERIFY2(s.exitCode == 0, s.err.constData());
    const QByteArray token = s.out.trimmed();
    QCOMPARE(token.count('.'), 2);

    const auto d = bmpctl(
        {QStringLiteral("jwt"), QStringLiteral("decode"), QStringLiteral("-"), QStringLiteral("--json")}, token + '\n');
    QCOMPARE(d.exitCode, 0);
    const QJsonObject payload = QJsonDocument::fromJson(d.out).object().value(QStringLiteral("payload")).toObject();
    QCOMPARE(payload.value(QStringLiteral("iss")).toString(), QStringLiteral("bmp.digital.api.acme"));
    QCOMPARE(payload.value(QStringLiteral("aud")).toString(), aud);
    QCOMPARE(payload.value(QStringLiteral("exp")).toInteger() - payload.value(QStringLiteral("iat")).toInteger(), 120);

    const auto v = bmpctl({QStringLiteral("jwt"), QStringLiteral("verify"), QString::fromLatin1(token),
                           QStringLiteral("--pub"), keyDir() + QStringLiteral("/public.pem")});
    QVERIFY2(v.exitCode == 0, v.out + v.err);
    QVERIFY(v.out.contains("Signature valid"));
    QVERIFY(v.out.contains("Expires at"));
}

void TestCliCrypto::verifyFailures() {
    const auto key = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem")));
    QVERIFY(key.ok());
    const QString pub = keyFixture(QStringLiteral("rsa2048-public.pem"));
    const QString otherPub = keyDir() + QStringLiteral("/public.pem");
    const QString aud = QStringLiteral("https://auth.moneyp.dev.br/connect/token");
    const QByteArray expired =
        *ClientAssertion::make(QStringLiteral("c"), aud, QDateTime::currentSecsSinceEpoch() - 3600, 300).sign(*key);
    const QByteArray fresh =
        *ClientAssertion::make(QStringLiteral("c"), aud, QDateTime::currentSecsSinceEpoch()).sign(*key);
    const auto verify = [&](const QByteArray& token, const QString& pubFile, QStringList extra = {}) {
        return bmpctl(QStringList{QStringLiteral("jwt"), QStringLiteral("verify"), QString::fromLatin1(token),
                                  QStringLiteral("--pub"), pubFile} +
                      extra);
    };
    QCOMPARE(verify(fresh, pub).exitCode, 0);
    const auto wrongKey = verify(fresh, otherPub);
    QCOMPARE(wrongKey.exitCode, 1);
    QVERIFY(wrongKey.out.contains("INVALID"));
    const auto old = verify(expired, pub);
    QCOMPARE(old.exitCode, 1);
    QVERIFY(old.out.contains("EXPIRED"));
    QCOMPARE(verify(expired, pub, {QStringLiteral("--ignore-time")}).exitCode, 0);
    const auto json = verify(expired, pub, {QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("signatureValid")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("expired"));
    QList<QByteArray> parts = fresh.split('.');
    parts[1] = Jwt::base64UrlEncode(R"({"iss":"c","exp":4000000000})");
    QCOMPARE(verify(parts.join('.'), pub).exitCode, 1);
    const QByteArray none = Jwt::base64UrlEncode(R"({"alg":"none"})") + '.' + parts[1] + '.';
    QCOMPARE(verify(none, pub).exitCode, 1);
    QCOMPARE(verify("not-a-jwt", pub).exitCode, 2);
    // Issue #13: a validly signed token whose nbf is 1e300 (or exp a fraction, or iat -1e300) used to verify.
    for (const char* claims : {R"({"iss":"c","exp":4000000000,"nbf":1e300})", R"({"iss":"c","exp":4000000000.5})",
                               R"({"iss":"c","exp":4000000000,"iat":-1e300})"}) {
        const QByteArray hostile = *Jwt::signRs256(QJsonDocument::fromJson(QByteArray(claims)).object(), *key);
        const auto refused = verify(hostile, pub);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains("INVALID times"), refused.out.constData());
        const auto asJson = verify(hostile, pub, {QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(asJson.out).object().value(QStringLiteral("time")).toString(),
                 QStringLiteral("invalid"));
    }
    QCOMPARE(verify(fresh, keyFixture(QStringLiteral("rsa2048-pkcs8.pem"))).exitCode, 2); // private key as --pub
    QCOMPARE(bmpctl({QStringLiteral("jwt"), QStringLiteral("verify"), QString::fromLatin1(fresh)}).exitCode, 2);
}

void TestCliCrypto::signUsageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString priv = keyDir() + QStringLiteral("/private.pem");
    const QStringList base{
        QStringLiteral("--key"), priv, QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("--client-id"),
        QStringLiteral("id")};
    const QString aud = QStringLiteral("https://auth.example/connect/token");
    QTest::newRow("no aud") << base << 2;
    QTest::newRow("aud not a URL") << base + QStringList{QStringLiteral("--aud"), QStringLiteral("token endpoint")}
                                   << 2;
    QTest::newRow("aud ftp") << base + QStringList{QStringLiteral("--aud"), QStringLiteral("ftp://x/y")} << 2;
    QTest::newRow("lifetime 0") << base + QStringList{QStringLiteral("--aud"), aud, QStringLiteral("--lifetime"),
                                                      QStringLiteral("0")}
                                << 2;
    QTest::newRow("lifetime text") << base + QStringList{QStringLiteral("--aud"), aud, QStringLiteral("--lifetime"),
                                                         QStringLiteral("5m")}
                                   << 2;
    QTest::newRow("wrong passphrase") << QStringList{QStringLiteral("--key"),
                                                     priv,
                                                     QStringLiteral("--passphrase-file"),
                                                     path(QStringLiteral("wrong.pass")),
                                                     QStringLiteral("--client-id"),
                                                     QStringLiteral("id"),
                                                     QStringLiteral("--aud"),
                                                     aud}
                                      << 2;
    QTest::newRow("public key as --key") << QStringList{QStringLiteral("--key"),
                                                        keyDir() + QStringLiteral("/public.pem"),
                                                        QStringLiteral("--passphrase-file"),
                                                        m_passFile,
                                                        QStringLiteral("--client-id"),
                                                        QStringLiteral("id"),
                                                        QStringLiteral("--aud"),
                                                        aud}
                                         << 2;
}

void TestCliCrypto::signUsageErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const auto r = bmpctl(QStringList{QStringLiteral("jwt"), QStringLiteral("sign")} + args);
    m_outputs << r;
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty()); // no token printed on failure
}

void TestCliCrypto::decodeMalformed() {
    for (const QByteArray& token : {QByteArray("a.b"), QByteArray("e30.e30"), QByteArray("@@.@@.@@")}) {
        const auto r = bmpctl({QStringLiteral("jwt"), QStringLiteral("decode"), QString::fromLatin1(token)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("bmpctl: "));
    }
    QCOMPARE(bmpctl({QStringLiteral("jwt"), QStringLiteral("decode"), QStringLiteral("-")}, "").exitCode, 2);
    QCOMPARE(bmpctl({QStringLiteral("jwt")}).exitCode, 2);
}

void TestCliCrypto::projectFormNeedsAnExistingProject() {
    const auto r = bmpctl({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--project"),
                           path(QStringLiteral("p.bmpproj")), QStringLiteral("--env"), QStringLiteral("practice"),
                           QStringLiteral("--passphrase-file"), m_passFile});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("does not exist")); // a missing project is not created on the fly
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("p.bmpproj"))));
}

void TestCliCrypto::passphraseNeverPrinted() {
    QVERIFY(m_outputs.size() > 10);
    for (const ProcessResult& r : std::as_const(m_outputs)) {
        QVERIFY(!r.out.contains(kPassphrase));
        QVERIFY(!r.err.contains(kPassphrase));
        QVERIFY(!r.out.contains("PRIVATE KEY"));
    }
    QVERIFY(!readFile(keyDir() + QStringLiteral("/private.pem")).contains(kPassphrase));
}

QTEST_GUILESS_MAIN(TestCliCrypto)
#include "TestCliCrypto.moc"
