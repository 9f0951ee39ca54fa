// Issue #13, item 1: credentials never follow a redirect to another origin. Every HTTP sender of the app (the
// API client under the token, key-registration and proposal workers, the callback tester) and the sandbox's
// callback sender is pointed at a server that answers 307 to a second server on another port: the second server
// must receive nothing, and the user gets a plain refusal. Redirects within the same origin are still followed.
#include "CryptoTestUtil.h"
#include "ScriptedServer.h"
#include "domain/CallbackEndpoints.h"
#include "net/ApiClient.h"
#include "net/CallbackTester.h"
#include "net/ClientCredentialsToken.h"
#include "net/KeyUploadWorker.h"
#include "net/TokenWorker.h"
#include "sandbox/CallbackSender.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace bmp;
using namespace bmp::net;
using namespace testutil;

namespace {

QByteArray redirectTo(const QUrl& target, int status = 307) {
    return ScriptedServer::reply(status, {}, "text/plain", "Location: " + target.toEncoded() + "\r\n");
}

const QByteArray kOk = ScriptedServer::reply(200, R"({"ok":true})");

} // namespace

class TestRedirects : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sameOrigin_data();
    void sameOrigin();
    void apiClientRefusesCrossOrigin_data();
    void apiClientRefusesCrossOrigin();
    void apiClientFollowsSameOrigin();
    void apiClientRefusesASecondHopElsewhere();
    void tokenWorkerKeepsTheAssertion();
    void clientCredentialsTokenKeepsTheAssertion();
    void keyUploadStaysPut();
    void callbackTesterKeepsItsSecret();
    void sandboxCallbackSenderKeepsItsSecret();

private:
    crypto::KeyPair m_key;
};

void TestRedirects::initTestCase() {
    auto key = crypto::KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem")));
    QVERIFY(key.ok());
    m_key = *key;
}

void TestRedirects::sameOrigin_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("other path") << "https://api.example/x"
                                << "https://api.example/y?z=1" << true;
    QTest::newRow("explicit default port") << "https://api.example/x"
                                           << "https://api.example:443/y" << true;
    QTest::newRow("host case") << "https://API.example/x"
                               << "https://api.example/y" << true;
    QTest::newRow("other host") << "https://api.example/x"
                                << "https://evil.example/x" << false;
    QTest::newRow("subdomain") << "https://api.example/x"
                               << "https://a.api.example/x" << false;
    QTest::newRow("other port") << "http://127.0.0.1:8080/x"
                                << "http://127.0.0.1:8081/x" << false;
    QTest::newRow("https to http") << "https://api.example/x"
                                   << "http://api.example/x" << false;
    QTest::newRow("http to https") << "http://api.example/x"
                                   << "https://api.example/x" << false;
    QTest::newRow("localhost is not 127.0.0.1") << "http://127.0.0.1:80/x"
                                                << "http://localhost:80/x" << false;
    QTest::newRow("no host") << "file:///etc/passwd"
                             << "file:///etc/passwd" << false;
}

void TestRedirects::sameOrigin() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(ApiClient::sameOrigin(QUrl(a), QUrl(b)), same);
    QCOMPARE(ApiClient::sameOrigin(QUrl(b), QUrl(a)), same);
}

void TestRedirects::apiClientRefusesCrossOrigin_data() {
    QTest::addColumn<int>("status");
    for (int status : {301, 302, 303, 307, 308})
        QTest::newRow(qPrintable(QString::number(status))) << status;
}

void TestRedirects::apiClientRefusesCrossOrigin() {
    QFETCH(int, status);
    ScriptedServer other({kOk, kOk});
    ScriptedServer api({redirectTo(other.url(QStringLiteral("/steal")), status)});
    Connection c;
    c.environment = QStringLiteral("redirect-test");
    c.maxAttempts = 3;
    c.baseBackoffMs = 1;
    ApiClient client(c);
    QList<EvidenceEntry> evidence;
    client.setEvidenceSink([&](const EvidenceEntry& e) { evidence.append(e); });
    ApiRequest request;
    request.url = api.url(QStringLiteral("/Proposta/Incluir"));
    request.headers = {{"Authorization", "Bearer secret-access-token"}};
    request.body = R"({"dto":{"documentoCliente":"52998224725"}})";
    request.idempotencyKey = ApiClient::newIdempotencyKey();
    ApiCall* call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const ApiResponse r = call->response();
    QVERIFY(!r.transportOk());
    QCOMPARE(r.refusedRedirect, other.url(QStringLiteral("/steal")));
    QCOMPARE(r.attempts, 1); // refused, not retried
    QVERIFY(r.body.isEmpty());
    QCOMPARE(api.received.size(), 1);
    QVERIFY(other.received.isEmpty()); // nothing at all reached the other origin
    const Error error = r.transportError();
    QVERIFY2(error.message.contains(QStringLiteral("another address")), qPrintable(error.message));
    QVERIFY(error.message.contains(other.url(QStringLiteral("/steal")).toString()));
    QCOMPARE(evidence.size(), 1);
    QVERIFY(evidence.first().response.contains(QStringLiteral("refused")));
    QVERIFY(!evidence.first().request.contains(QStringLiteral("secret-access-token")));
}

void TestRedirects::apiClientFollowsSameOrigin() {
    ScriptedServer api;
    api.setResponses({redirectTo(api.url(QStringLiteral("/v2/Proposta/Incluir"))), kOk});
    Connection c;
    c.environment = QStringLiteral("redirect-test-same");
    ApiClient client(c);
    ApiRequest request;
    request.url = api.url(QStringLiteral("/Proposta/Incluir"));
    request.headers = {{"Authorization", "Bearer secret-access-token"}};
    request.body = R"({"dto":{}})";
    ApiCall* call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(call->response().transportOk());
    QCOMPARE(call->response().status, 200);
    QCOMPARE(api.received.size(), 2);
    QVERIFY(api.received.at(1).startsWith("POST /v2/Proposta/Incluir"));
    QCOMPARE(ScriptedServer::header(api.received.at(1), "Authorization"), QByteArray("Bearer secret-access-token"));
    QCOMPARE(ScriptedServer::body(api.received.at(1)), request.body); // 307: the same request again
    QCOMPARE(call->response().attempts, 1);                           // a hop is not a retry

    // 303 "see other": the answer is fetched with GET, without the body.
    ScriptedServer seeOther;
    seeOther.setResponses({redirectTo(seeOther.url(QStringLiteral("/result")), 303), kOk});
    request.url = seeOther.url(QStringLiteral("/Proposta/Incluir"));
    ApiCall* second = client.send(request);
    QSignalSpy secondFinished(second, &ApiCall::finished);
    QVERIFY(secondFinished.wait(10000));
    QCOMPARE(second->response().status, 200);
    QCOMPARE(seeOther.received.size(), 2);
    QVERIFY(seeOther.received.at(1).startsWith("GET /result"));
    QVERIFY(ScriptedServer::body(seeOther.received.at(1)).isEmpty());
}

void TestRedirects::apiClientRefusesASecondHopElsewhere() {
    // A first redirect within the origin, then one out of it: the check is against the configured URL every time.
    ScriptedServer other({kOk});
    ScriptedServer api;
    api.setResponses({redirectTo(api.url(QStringLiteral("/moved"))), redirectTo(other.url(QStringLiteral("/x")))});
    Connection c;
    c.environment = QStringLiteral("redirect-test-hops");
    ApiClient client(c);
    ApiRequest request;
    request.url = api.url(QStringLiteral("/Proposta/Incluir"));
    request.headers = {{"Authorization", "Bearer secret-access-token"}};
    request.body = R"({"dto":{}})";
    ApiCall* call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(call->response().refusedRedirect, other.url(QStringLiteral("/x")));
    QCOMPARE(api.received.size(), 2);
    QVERIFY(other.received.isEmpty());
}

void TestRedirects::tokenWorkerKeepsTheAssertion() {
    ScriptedServer other({kOk});
    ScriptedServer auth({redirectTo(other.url(QStringLiteral("/connect/token")))});
    TokenRequest r;
    r.environment = QStringLiteral("redirect-token");
    r.tokenUrl = auth.url(QStringLiteral("/connect/token"));
    r.clientId = QStringLiteral("bmp.digital.api.fintech_teste");
    r.scope = QStringLiteral("bmp.digital.api.full.access");
    r.key = m_key;
    r.baseBackoffMs = 1;
    TokenWorker worker;
    std::optional<Result<TokenResult>> outcome;
    connect(&worker, &TokenWorker::finished, this, [&](const Result<TokenResult>& result) { outcome.emplace(result); });
    QSignalSpy finished(&worker, &TokenWorker::finished);
    QVERIFY(worker.start(r).ok());
    QVERIFY(finished.wait(10000));
    QVERIFY(outcome && !outcome->ok());
    QVERIFY2(outcome->error().message.contains(QStringLiteral("another address")),
             qPrintable(outcome->error().message));
    QCOMPARE(auth.received.size(), 1);
    QVERIFY(ScriptedServer::body(auth.received.first()).contains("client_assertion="));
    QVERIFY(other.received.isEmpty());
}

void TestRedirects::clientCredentialsTokenKeepsTheAssertion() {
    ScriptedServer other({kOk});
    ScriptedServer auth({redirectTo(other.url(QStringLiteral("/connect/token")))});
    Connection c;
    c.environment = QStringLiteral("redirect-cc");
    ApiClient client(c);
    ClientCredentialsToken source(&client, auth.url(QStringLiteral("/connect/token")),
                                  QStringLiteral("bmp.digital.api.fintech_teste"),
                                  QStringLiteral("bmp.digital.api.full.access"), m_key);
    std::optional<Result<QByteArray>> outcome;
    source.token(false, [&](const Result<QByteArray>& result) { outcome.emplace(result); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QVERIFY(!outcome->ok());
    QVERIFY(outcome->error().message.contains(QStringLiteral("another address")));
    QCOMPARE(auth.received.size(), 1);
    QVERIFY(other.received.isEmpty());
}

void TestRedirects::keyUploadStaysPut() {
    ScriptedServer other({kOk});
    ScriptedServer keys({redirectTo(other.url(QStringLiteral("/keys")), 308)});
    KeyUploadWorker worker;
    KeyUploadRequest r;
    r.environment = QStringLiteral("redirect-keys");
    r.keyUrl = keys.url(QStringLiteral("/_sandbox/keys"));
    r.publicKeyPem = m_key.publicKeyPem();
    r.partner = QStringLiteral("Fintech Teste");
    std::optional<Result<KeyUploadResult>> outcome;
    connect(&worker, &KeyUploadWorker::finished, this,
            [&](const Result<KeyUploadResult>& result) { outcome.emplace(result); });
    QSignalSpy finished(&worker, &KeyUploadWorker::finished);
    QVERIFY(worker.start(r).ok());
    QVERIFY(finished.wait(10000));
    QVERIFY(outcome && !outcome->ok());
    QVERIFY(outcome->error().message.contains(QStringLiteral("another address")));
    QCOMPARE(keys.received.size(), 1);
    QVERIFY(other.received.isEmpty());
}

void TestRedirects::callbackTesterKeepsItsSecret() {
    for (const QString& method : {QStringLiteral("GET"), QStringLiteral("POST")}) {
        ScriptedServer other({kOk});
        ScriptedServer partner({redirectTo(other.url(QStringLiteral("/cb")))});
        CallbackEndpoint e;
        e.environment = QStringLiteral("practice");
        e.url = partner.url(QStringLiteral("/cb")).toString();
        e.method = method;
        e.auth = CallbackAuth::XApiKey;
        CallbackTester tester;
        QSignalSpy finished(&tester, &CallbackTester::finished);
        QVERIFY(tester.send(e, "partner-callback-secret").ok());
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<CallbackTestResult>();
        QVERIFY(!result.delivered);
        QVERIFY2(result.error.contains(QStringLiteral("another address")), qPrintable(result.error));
        QCOMPARE(partner.received.size(), 1);
        QVERIFY(partner.received.first().contains("partner-callback-secret"));
        QVERIFY(other.received.isEmpty());
    }
}

void TestRedirects::sandboxCallbackSenderKeepsItsSecret() {
    ScriptedServer other({kOk});
    ScriptedServer partner({redirectTo(other.url(QStringLiteral("/cb")))});
    sandbox::CallbackSender sender([] { return qint64(1767225600000); });
    const auto config = sandbox::CallbackConfig::fromJson(
        QJsonObject{{QStringLiteral("url"), partner.url(QStringLiteral("/cb")).toString()},
                    {QStringLiteral("authHeader"), QStringLiteral("X-API-Key")},
                    {QStringLiteral("authValue"), QStringLiteral("sandbox-callback-secret")}});
    QVERIFY(config.ok());
    sender.setConfig(*config);
    QSignalSpy attempted(&sender, &sandbox::CallbackSender::attempted);
    sender.enqueue(QStringLiteral("p-1"), 6, QStringLiteral("op-1"));
    QVERIFY(attempted.wait(10000));
    const QJsonObject attempt = attempted.first().first().toJsonObject();
    QCOMPARE(attempt.value(QStringLiteral("httpStatus")).toInt(), 307);
    QCOMPARE(attempt.value(QStringLiteral("delivered")).toBool(), false); // a redirect is not a delivery
    QCOMPARE(partner.received.size(), 1);
    QVERIFY(other.received.isEmpty());
}

QTEST_GUILESS_MAIN(TestRedirects)
#include "TestRedirects.moc"
