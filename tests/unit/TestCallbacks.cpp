// Step 6's callbacks: the sealed secret (only ciphertext in the project), the endpoint's validation, the headers
// each authentication method turns into, and the tester against a local endpoint (never leaking the secret).

#undef QT_NO_CAST_FROM_ASCII

#include "crypto/SecretBox.h"
#include "domain/CallbackEndpoints.h"
#include "domain/Project.h"
#include "net/CallbackTester.h"
#include "net/EvidenceLog.h"
#include "storage/ProjectStore.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;
using namespace bmp::net;

namespace {

// Answers every request with `status` and keeps the raw requests.
class Endpoint : public QObject {
public:
    // echo: the answer's body is the raw request (headers included), as an echo service or a debugging proxy does.
    explicit Endpoint(int status = 200, bool echo = false)
        : m_status(status)
        , m_echo(echo) {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* s = m_server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [this, s] {
                m_buffer += s->readAll();
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                int length = 0;
                for (const QByteArray& line : m_buffer.left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toInt();
                }
                if (m_buffer.size() < end + 4 + length)
                    return;
                requests.append(m_buffer.left(end + 4 + length));
                m_buffer.clear();
                const QByteArray body = m_echo ? requests.last() : QByteArray("ok");
                s->write("HTTP/1.1 " + QByteArray::number(m_status) +
                         " X\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) +
                         "\r\n\r\n" + body);
            });
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/cb").arg(m_server.serverPort()); }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QByteArray m_buffer;
    int m_status;
    bool m_echo;
};

QByteArray headerOf(const QByteArray& request, const QByteArray& name) {
    for (const QByteArray& line : request.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class TestCallbacks : public QObject {
    Q_OBJECT
private slots:
    void secretBoxRoundTrip();
    void secretBoxRefusesWrongPassphraseAndTampering_data();
    void secretBoxRefusesWrongPassphraseAndTampering();
    void endpointValidation_data();
    void endpointValidation();
    void storedSecretIsCiphertextOnly();
    void credentialHeaders();
    void testerCallsLikeBmp_data();
    void testerCallsLikeBmp();
    void testerMasksEchoedSecrets();
    void testerReportsRefusalsAndDeadEndpoints();

private:
    QTemporaryDir m_dir;
};

void TestCallbacks::secretBoxRoundTrip() {
    const QByteArray secret = "k3y-with-ünïcode-and:colons";
    const auto sealed = crypto::SecretBox::seal(secret, "pass phrase", 1000);
    QVERIFY(sealed.ok());
    QVERIFY(crypto::SecretBox::looksSealed(*sealed));
    QVERIFY(!sealed->contains(secret));
    QCOMPARE(crypto::SecretBox::open(*sealed, "pass phrase").value(), secret);
    // Random salt and nonce: the same secret never seals the same way twice.
    QVERIFY(crypto::SecretBox::seal(secret, "pass phrase", 1000).value() != *sealed);
    QVERIFY(!crypto::SecretBox::seal(secret, "", 1000).ok());
    QVERIFY(!crypto::SecretBox::seal(QByteArray(5000, 'x'), "p", 1000).ok());
    QVERIFY(crypto::SecretBox::seal({}, "p", 1000).ok()); // an empty secret is still sealed, not an error
}

void TestCallbacks::secretBoxRefusesWrongPassphraseAndTampering_data() {
    QTest::addColumn<QByteArray>("sealed");
    QTest::addColumn<QByteArray>("passphrase");
    const QByteArray good = crypto::SecretBox::seal("the secret", "right", 1000).value();
    QByteArray flipped = good;
    flipped[flipped.size() - 3] = flipped.at(flipped.size() - 3) == 'A' ? 'B' : 'A';
    QByteArray otherIterations = good;
    otherIterations.replace("v1:1000:", "v1:2000:");
    QTest::newRow("wrong passphrase") << good << QByteArray("wrong");
    QTest::newRow("empty passphrase") << good << QByteArray();
    QTest::newRow("flipped ciphertext") << flipped << QByteArray("right");
    QTest::newRow("changed iterations") << otherIterations << QByteArray("right");
    QTest::newRow("truncated") << good.left(40) << QByteArray("right");
    QTest::newRow("not sealed") << QByteArray("plain secret") << QByteArray("right");
    QTest::newRow("bad base64") << QByteArray("bmp-secretbox-v1:1000:!!!!") << QByteArray("right");
    QTest::newRow("absurd iterations") << QByteArray("bmp-secretbox-v1:999999999:AAAA") << QByteArray("right");
}

void TestCallbacks::secretBoxRefusesWrongPassphraseAndTampering() {
    QFETCH(QByteArray, sealed);
    QFETCH(QByteArray, passphrase);
    const auto opened = crypto::SecretBox::open(sealed, passphrase);
    QVERIFY(!opened.ok());
    QVERIFY(!opened.error().message.isEmpty());
}

void TestCallbacks::endpointValidation_data() {
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << "homologation"
                           << "https://api.partner.example/bmp"
                           << "POST"
                           << "bearer"
                           << "" << true;
    QTest::newRow("http outside loopback") << "homologation"
                                           << "http://api.partner.example/bmp"
                                           << "POST"
                                           << "none"
                                           << "" << false;
    QTest::newRow("http on loopback") << "homologation"
                                      << "http://127.0.0.1:8080/cb"
                                      << "GET"
                                      << "none"
                                      << "" << true;
    QTest::newRow("practice http") << "practice"
                                   << "http://192.168.0.10/cb"
                                   << "GET"
                                   << "none"
                                   << "" << true;
    QTest::newRow("empty") << "production"
                           << ""
                           << "POST"
                           << "none"
                           << "" << false;
    QTest::newRow("not a url") << "production"
                               << "partner callback"
                               << "POST"
                               << "none"
                               << "" << false;
    QTest::newRow("ftp") << "production"
                         << "ftp://partner.example/cb"
                         << "POST"
                         << "none"
                         << "" << false;
    QTest::newRow("query clash") << "production"
                                 << "https://p.example/cb?status=1"
                                 << "POST"
                                 << "none"
                                 << "" << false;
    QTest::newRow("method PUT") << "production"
                                << "https://p.example/cb"
                                << "PUT"
                                << "none"
                                << "" << true; // BMP's callback pages list GET, POST and PUT
    QTest::newRow("method DELETE") << "production"
                                   << "https://p.example/cb"
                                   << "DELETE"
                                   << "none"
                                   << "" << false;
    QTest::newRow("api key without header") << "production"
                                            << "https://p.example/cb"
                                            << "POST"
                                            << "api-key-header"
                                            << "" << false;
    QTest::newRow("api key header") << "production"
                                    << "https://p.example/cb"
                                    << "POST"
                                    << "api-key-header"
                                    << "X-Partner-Key" << true;
    QTest::newRow("header with space") << "production"
                                       << "https://p.example/cb"
                                       << "POST"
                                       << "api-key-header"
                                       << "X Partner" << false;
    QTest::newRow("header injection") << "production"
                                      << "https://p.example/cb"
                                      << "POST"
                                      << "hmac"
                                      << "X-Sig\r\nEvil: 1" << false;
}

void TestCallbacks::endpointValidation() {
    QFETCH(QString, environment);
    QFETCH(QString, url);
    QFETCH(QString, method);
    QFETCH(QString, auth);
    QFETCH(QString, header);
    QFETCH(bool, ok);
    CallbackEndpoint e;
    e.environment = environment;
    e.url = url;
    e.method = method;
    e.auth = CallbackEndpoint::authFromKey(auth).value();
    e.authHeader = header;
    e.sealedSecret = "bmp-secretbox-v1:1000:x";
    const Status s = e.validate();
    QCOMPARE(s.ok(), ok);
    if (!ok)
        QVERIFY(!s.error().message.isEmpty());
}

void TestCallbacks::storedSecretIsCiphertextOnly() {
    const QString path = m_dir.filePath(QStringLiteral("cb.bmpproj"));
    const QByteArray secret = "top-secret-callback-key-123";
    {
        auto p = Project::create(path, QStringLiteral("Callbacks"), {Product::Caas});
        QVERIFY(p.ok());
        CallbackEndpoints endpoints((*p)->store());
        CallbackEndpoint e;
        e.environment = QStringLiteral("homologation");
        e.url = QStringLiteral("https://api.partner.example/bmp/status");
        e.auth = CallbackAuth::Bearer;
        QVERIFY(!endpoints.save(e).ok()); // a bearer callback without its secret
        e.sealedSecret = crypto::SecretBox::seal(secret, "pp", 1000).value();
        QVERIFY(endpoints.save(e).ok());
        e.environment = QStringLiteral("production");
        e.auth = CallbackAuth::None; // the sealed text is dropped when no secret is needed
        QVERIFY(endpoints.save(e).ok());
    }
    auto opened = Project::open(path);
    QVERIFY(opened.ok());
    std::unique_ptr<Project> project = std::move(opened).value();
    CallbackEndpoints endpoints(project->store());
    QCOMPARE(endpoints.list().size(), 2);
    const CallbackEndpoint h = *endpoints.find(QStringLiteral("homologation"));
    QCOMPARE(crypto::SecretBox::open(h.sealedSecret, "pp").value(), secret);
    QVERIFY(endpoints.find(QStringLiteral("production"))->sealedSecret.isEmpty());
    QVERIFY(!endpoints.find(QStringLiteral("practice")));
    project.reset();
    for (const QString& file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(secret), qPrintable(file));
    }
}

void TestCallbacks::credentialHeaders() {
    CallbackEndpoint e;
    e.auth = CallbackAuth::Basic;
    auto basic = CallbackTester::credentialHeaders(e, "user:pa ss", {}, 0);
    QCOMPARE(basic->first().second, QByteArray("Basic ") + QByteArray("user:pa ss").toBase64());
    QVERIFY(!CallbackTester::credentialHeaders(e, "no-colon", {}, 0).ok());
    e.auth = CallbackAuth::Hmac;
    const auto hmac = CallbackTester::credentialHeaders(e, "k", "payload", 0);
    // BMP's example header: "Authorization: HMAC <hash>".
    QCOMPARE(hmac->first().first, QByteArray("Authorization"));
    QCOMPARE(hmac->first().second,
             "HMAC " + QMessageAuthenticationCode::hash("payload", "k", QCryptographicHash::Sha256).toHex());
    e.auth = CallbackAuth::OAuth;
    QCOMPARE(CallbackTester::credentialHeaders(e, "tok", {}, 0)->first().second, QByteArray("Bearer tok"));
    // Described for BMP's team, never sent by the tester: a clear refusal, not a wrong request.
    for (CallbackAuth documented :
         {CallbackAuth::Digest, CallbackAuth::AwsSignature, CallbackAuth::ClientCertificate}) {
        e.auth = documented;
        QVERIFY(!CallbackEndpoint::testerCanSend(documented));
        const auto refused = CallbackTester::credentialHeaders(e, "user:pw", {}, 0);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(CallbackEndpoint::authLabel(documented)),
                 qPrintable(refused.error().message));
    }
    QVERIFY(!CallbackEndpoint::authNeedsSecret(CallbackAuth::ClientCertificate));
    e.auth = CallbackAuth::Jwt;
    const auto jwt = CallbackTester::credentialHeaders(e, "k", {}, 1700000000);
    const QList<QByteArray> parts = jwt->first().second.mid(7).split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(QByteArray::fromBase64(parts.at(0), QByteArray::Base64UrlEncoding),
             QByteArray("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    QCOMPARE(QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding),
             QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), "k", QCryptographicHash::Sha256));
    e.auth = CallbackAuth::XApiKey;
    QVERIFY(!CallbackTester::credentialHeaders(e, QByteArray(256, 'k'), {}, 0).ok()); // BMP: up to 255
    QVERIFY(!CallbackTester::credentialHeaders(e, "line\nbreak", {}, 0).ok());
    QVERIFY(!CallbackTester::credentialHeaders(e, {}, {}, 0).ok());
    e.auth = CallbackAuth::None;
    QVERIFY(CallbackTester::credentialHeaders(e, {}, {}, 0)->isEmpty());
}

void TestCallbacks::testerCallsLikeBmp_data() {
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("expectedPrefix");
    QTest::newRow("bearer post") << "bearer"
                                 << "POST" << QByteArray("Authorization") << QByteArray("Bearer s3cr3t");
    QTest::newRow("x-api-key get") << "x-api-key"
                                   << "GET" << QByteArray("X-API-Key") << QByteArray("s3cr3t");
    QTest::newRow("custom header") << "api-key-header"
                                   << "POST" << QByteArray("X-Partner-Key") << QByteArray("s3cr3t");
    QTest::newRow("hmac get") << "hmac"
                              << "GET" << QByteArray("X-Partner-Key") << QByteArray("HMAC ");
    QTest::newRow("oauth put") << "oauth"
                               << "PUT" << QByteArray("Authorization") << QByteArray("Bearer s3cr3t");
    QTest::newRow("jwt") << "jwt"
                         << "POST" << QByteArray("Authorization") << QByteArray("Bearer ey");
    QTest::newRow("none") << "none"
                          << "POST" << QByteArray("Authorization") << QByteArray();
}

void TestCallbacks::testerCallsLikeBmp() {
    QFETCH(QString, auth);
    QFETCH(QString, method);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, expectedPrefix);
    auto p =
        Project::create(m_dir.filePath(QStringLiteral("t-%1.bmpproj").arg(QTest::currentDataTag())).replace(u' ', u'-'),
                        QStringLiteral("Tester"), {Product::Caas});
    QVERIFY(p.ok());
    EvidenceLog evidence((*p)->store());
    Endpoint endpoint;
    CallbackEndpoint e;
    e.environment = QStringLiteral("homologation");
    e.url = endpoint.url();
    e.method = method;
    e.auth = CallbackEndpoint::authFromKey(auth).value();
    e.authHeader = QStringLiteral("X-Partner-Key");
    CallbackTester tester;
    tester.setEvidenceLog(&evidence);
    QSignalSpy finished(&tester, &CallbackTester::finished);
    QVERIFY(tester.send(e, auth == u"none" ? QByteArray() : QByteArray("s3cr3t")).ok());
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<CallbackTestResult>();
    QVERIFY(result.delivered);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(endpoint.requests.size(), 1);
    const QByteArray request = endpoint.requests.first();
    QVERIFY(request.startsWith(method.toLatin1() + " /cb?proposal="));
    QVERIFY(request.contains("&status=6&identifier=onb-callback-test"));
    if (expectedPrefix.isEmpty())
        QVERIFY(headerOf(request, header).isEmpty());
    else
        QVERIFY2(headerOf(request, header).startsWith(expectedPrefix), request.constData());
    if (method == u"POST")
        QVERIFY(request.contains("\"status\":6"));
    // Recorded as evidence, without the credential.
    QCOMPARE(evidence.count(), 1);
    const QByteArray log = evidence.toJsonLines();
    QVERIFY(log.contains("callback-test"));
    QVERIFY(!log.contains("s3cr3t"));
    QVERIFY(!result.sentHeaders.contains(QStringLiteral("s3cr3t")));
}

void TestCallbacks::testerMasksEchoedSecrets() {
    // Issue #13: the secret was masked in the request shown, not in an answer that echoes the request back.
    for (const QString& auth : {QStringLiteral("x-api-key"), QStringLiteral("bearer"), QStringLiteral("basic")}) {
        auto p = Project::create(m_dir.filePath(QStringLiteral("echo-%1.bmpproj").arg(auth)), QStringLiteral("Echo"),
                                 {Product::Caas});
        QVERIFY(p.ok());
        EvidenceLog evidence((*p)->store());
        Endpoint echo(200, true);
        CallbackEndpoint e;
        e.environment = QStringLiteral("practice");
        e.url = echo.url();
        e.auth = CallbackEndpoint::authFromKey(auth).value();
        CallbackTester tester;
        tester.setEvidenceLog(&evidence);
        QSignalSpy finished(&tester, &CallbackTester::finished);
        const QByteArray secret = auth == u"basic" ? QByteArray("user:echo-s3cr3t/value") : "echo-s3cr3t/value";
        QVERIFY(tester.send(e, secret).ok());
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<CallbackTestResult>();
        QVERIFY(result.delivered);
        QVERIFY(echo.requests.first().contains(auth == u"basic" ? secret.toBase64() : secret)); // it was sent...
        QVERIFY(result.responseBody.contains(QStringLiteral("redacted")));                      // ...and came back
        QVERIFY2(!result.responseBody.contains(QStringLiteral("echo-s3cr3t")), qPrintable(result.responseBody));
        QVERIFY(!result.responseBody.contains(QString::fromLatin1(secret.toBase64())));
        const QByteArray log = evidence.toJsonLines();
        QVERIFY(!log.contains("echo-s3cr3t"));
        QVERIFY(!log.contains(secret.toBase64()));
    }
}

void TestCallbacks::testerReportsRefusalsAndDeadEndpoints() {
    Endpoint refusing(401);
    CallbackEndpoint e;
    e.environment = QStringLiteral("homologation");
    e.url = refusing.url();
    CallbackTester tester;
    QSignalSpy finished(&tester, &CallbackTester::finished);
    QVERIFY(tester.send(e, {}).ok());
    QVERIFY(!tester.send(e, {}).ok()); // one at a time
    QVERIFY(finished.wait(10000));
    auto result = finished.takeFirst().first().value<CallbackTestResult>();
    QVERIFY(!result.delivered);
    QCOMPARE(result.httpStatus, 401);
    QVERIFY(result.error.contains(QStringLiteral("401")));

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    e.url = QStringLiteral("http://127.0.0.1:%1/cb").arg(closed.serverPort());
    closed.close(); // nobody listens there any more
    QVERIFY(tester.send(e, {}).ok());
    QVERIFY(finished.wait(10000));
    result = finished.takeFirst().first().value<CallbackTestResult>();
    QVERIFY(!result.delivered);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(!result.error.isEmpty());

    e.url = QStringLiteral("not a url");
    QVERIFY(!tester.send(e, {}).ok());
}

QTEST_GUILESS_MAIN(TestCallbacks)
#include "TestCallbacks.moc"
