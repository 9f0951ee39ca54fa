#include "domain/Environments.h"
#include "domain/Project.h"
#include "net/ApiClient.h"
#include "net/EvidenceLog.h"
#include "net/RateLimiter.h"
#include "net/Redactor.h"

#include "ScriptedServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;
using namespace bmp::net;

namespace {

using testutil::ScriptedServer;

QByteArray httpReply(int status, const QByteArray& body, const QByteArray& extra = {}) {
    return ScriptedServer::reply(status, body, "application/json", extra);
}

QByteArray headerOf(const QByteArray& request, const QByteArray& name) {
    return ScriptedServer::header(request, name);
}

} // namespace

class TestNet : public QObject {
    Q_OBJECT
private slots:
    void rateLimiterPacesExactly();
    void rateLimiterHoldOff();
    void rateLimiterUnlimited();
    void retryAfter_data();
    void retryAfter();
    void redactsHeaders();
    void redactsFormAndJson();
    void scrubsJwtAndPrivateKeys();
    void evidenceLog();
    void environmentsDefaultsAndValidation();
    void environmentsImportExport();
    void clientRetriesWithSameIdempotencyKey();
    void clientGivesUpWithClearError();
    void clientRebuildsBodyPerAttempt();
    void clientCancel();
    void clientNetworkFaults_data();
    void clientNetworkFaults();

private:
    QTemporaryDir m_dir;
};

void TestNet::rateLimiterPacesExactly() {
    qint64 now = 1000;
    RateLimiter limiter(1.0, [&] { return now; });
    QCOMPARE(limiter.reserve(), 0);
    QCOMPARE(limiter.reserve(), 1000 + RateLimiter::kGuardMs);
    QCOMPARE(limiter.reserve(), 2 * (1000 + RateLimiter::kGuardMs));
    now += 5000; // idle: the next one goes at once, then paced again
    QCOMPARE(limiter.reserve(), 0);
    QCOMPARE(limiter.reserve(), 1000 + RateLimiter::kGuardMs);
    RateLimiter fast(4.0, [&] { return now; });
    fast.reserve();
    QCOMPARE(fast.reserve(), 250 + RateLimiter::kGuardMs);
}

void TestNet::rateLimiterHoldOff() {
    qint64 now = 0;
    RateLimiter limiter(1.0, [&] { return now; });
    limiter.reserve();
    limiter.holdOff(3000);
    QCOMPARE(limiter.reserve(), 3000);
    QCOMPARE(limiter.reserve(), 4000 + RateLimiter::kGuardMs);
}

void TestNet::rateLimiterUnlimited() {
    qint64 now = 0;
    RateLimiter limiter(0, [&] { return now; });
    for (int i = 0; i < 10; ++i)
        QCOMPARE(limiter.reserve(), 0);
    QVERIFY(RateLimiter::forEnvironment(QStringLiteral("x"), 1.0) ==
            RateLimiter::forEnvironment(QStringLiteral("x"), 1.0));
}

void TestNet::retryAfter_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
    QTest::newRow("fraction") << QByteArray("0.25") << qint64(250);
    QTest::newRow("spaces") << QByteArray(" 1 ") << qint64(1000);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
    QTest::newRow("beyond qint64") << QByteArray("1e300") << qint64(86400000);
    QTest::newRow("infinite") << QByteArray("inf") << qint64(-1);
    QTest::newRow("not a number") << QByteArray("nan") << qint64(-1);
    QTest::newRow("http date") << QByteArray("Thu, 26 Nov 2026 12:00:05 GMT") << qint64(5000);
}

void TestNet::retryAfter() {
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(ApiClient::parseRetryAfter(value, now), expected);
}

void TestNet::redactsHeaders() {
    const QByteArray r = Redactor::redactHeader("Authorization", "Bearer abc.def.secret-token");
    QVERIFY(r.startsWith("Bearer "));
    QVERIFY(!r.contains("secret-token"));
    QVERIFY(!Redactor::redactHeader("X-Api-Key", "k3y-value").contains("k3y-value"));
    QCOMPARE(Redactor::redactHeader("Content-Type", "application/json"), QByteArray("application/json"));
}

void TestNet::redactsFormAndJson() {
    const QByteArray form = "grant_type=client_credentials&client_id=bmp.digital.api.x&client_assertion=eyJhbGciOi."
                            "eyJzdWIiOi.c2lnbmF0dXJl&scope=bmp.digital.api.full.access";
    const QByteArray rf = Redactor::redactForm(form);
    QVERIFY(rf.contains("client_id=bmp.digital.api.x"));
    QVERIFY(rf.contains("scope=bmp.digital.api.full.access"));
    QVERIFY(!rf.contains("c2lnbmF0dXJl"));
    const QByteArray json =
        R"({"access_token":"tok-SECRET-123","token_type":"Bearer","nested":{"client_secret":"s3cr3t",)"
        R"("list":[{"password":"pw-XYZ"}]},"expires_in":300})";
    const QByteArray rj = Redactor::redactJson(json);
    for (const char* secret : {"tok-SECRET-123", "s3cr3t", "pw-XYZ"})
        QVERIFY2(!rj.contains(secret), secret);
    QVERIFY(rj.contains("\"token_type\":\"Bearer\""));
    QVERIFY(rj.contains("\"expires_in\":300"));
    QVERIFY(!Redactor::redactJson("{not json tok-SECRET").isEmpty());
}

void TestNet::scrubsJwtAndPrivateKeys() {
    const QByteArray text = "token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.AbCdEf_-123 and\n-----BEGIN PRIVATE KEY-----\n"
                            "MIIEvQIBADANBgkq\n-----END PRIVATE KEY-----\ntail";
    const QByteArray s = Redactor::scrubText(text);
    QVERIFY(!s.contains("eyJzdWIiOiJ4In0"));
    QVERIFY(!s.contains("MIIEvQIBADANBgkq"));
    QVERIFY(s.contains("tail"));
    QVERIFY(s.startsWith("token "));
    QVERIFY(!Redactor::redactUrlQuery("https://x/cb?proposal=1&token=abc123").contains("abc123"));
}

void TestNet::evidenceLog() {
    auto p = Project::create(m_dir.filePath(QStringLiteral("ev.bmpproj")), QStringLiteral("Ev"), {Product::Caas});
    QVERIFY(p.ok());
    EvidenceLog log((*p)->store());
    EvidenceEntry e;
    e.environment = QStringLiteral("practice");
    e.kind = QStringLiteral("token");
    e.method = QStringLiteral("POST");
    e.url = QStringLiteral("http://127.0.0.1:1/connect/token");
    e.status = 200;
    e.request = QStringLiteral("client_assertion=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.AbCdEf_-123");
    e.response = QStringLiteral("{}");
    QVERIFY(log.append(e).ok());
    const QString digest1 = log.digest();
    e.kind = QStringLiteral("proposal");
    QVERIFY(log.append(e).ok());
    QCOMPARE(log.count(), 2);
    QVERIFY(log.digest() != digest1);
    QCOMPARE(log.digest().size(), 64);
    QCOMPARE(log.entries(QStringLiteral("practice")).size(), 2);
    QCOMPARE(log.entries(QStringLiteral("production")).size(), 0);
    const QByteArray lines = log.toJsonLines();
    QCOMPARE(lines.count('\n'), 2);
    QVERIFY(!lines.contains("eyJzdWIiOiJ4In0"));
    const QString out = m_dir.filePath(QStringLiteral("ev.jsonl"));
    QVERIFY(log.exportJsonLines(out).ok());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), lines);
    QVERIFY(!log.exportJsonLines(QStringLiteral("/nonexistent-dir/x.jsonl")).ok());
}

void TestNet::environmentsDefaultsAndValidation() {
    auto p = Project::create(m_dir.filePath(QStringLiteral("env.bmpproj")), QStringLiteral("E"), {Product::Caas});
    QVERIFY(p.ok());
    Environments& envs = (*p)->environments();
    const QList<EnvironmentProfile> list = envs.list();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).name, QStringLiteral("practice"));
    QVERIFY(list.at(0).usesBuiltInSandbox());
    QCOMPARE(list.at(1).tokenUrl, QStringLiteral("https://auth.moneyp.dev.br/connect/token"));
    QCOMPARE(list.at(2).apiUrl, QStringLiteral("https://api.bmpdigital.moneyp.com.br"));

    EnvironmentProfile prod = *envs.find(QStringLiteral("production"));
    prod.tokenUrl = QStringLiteral("http://insecure.example/connect/token");
    QVERIFY(!envs.save(prod).ok()); // production needs https
    prod = *envs.find(QStringLiteral("production"));
    prod.clientId = QStringLiteral("bmp.digital.api.fintech exemplo");
    QVERIFY(!envs.save(prod).ok());
    prod.clientId = QStringLiteral("bmp.digital.api.fintech_exemplo");
    prod.scope = QString(301, u'a');
    QVERIFY(!envs.save(prod).ok());
    prod.scope = QStringLiteral("bmp.digital.api.full.access");
    prod.caBundlePem = "not a certificate";
    QVERIFY(!envs.save(prod).ok());
    prod.caBundlePem.clear();
    QVERIFY(envs.save(prod).ok());
    QCOMPARE(envs.find(QStringLiteral("production"))->clientId, QStringLiteral("bmp.digital.api.fintech_exemplo"));
    QVERIFY(!envs.remove(QStringLiteral("production")).ok());
    EnvironmentProfile custom;
    custom.name = QStringLiteral("staging-2");
    custom.tokenUrl = QStringLiteral("http://127.0.0.1:9/connect/token");
    QVERIFY(envs.save(custom).ok());
    QVERIFY(envs.remove(QStringLiteral("staging-2")).ok());
    QVERIFY(!envs.find(QStringLiteral("staging-2")));
}

void TestNet::environmentsImportExport() {
    auto a = Project::create(m_dir.filePath(QStringLiteral("a.bmpproj")), QStringLiteral("A"), {Product::Caas});
    auto b = Project::create(m_dir.filePath(QStringLiteral("b.bmpproj")), QStringLiteral("B"), {Product::Caas});
    QVERIFY(a.ok() && b.ok());
    EnvironmentProfile h = *(*a)->environments().find(QStringLiteral("homologation"));
    h.clientId = QStringLiteral("bmp.digital.api.a");
    QVERIFY((*a)->environments().save(h).ok());
    const QByteArray json = (*a)->environments().exportJson();
    auto imported = (*b)->environments().importJson(json);
    QVERIFY(imported.ok());
    QCOMPARE(*imported, 3);
    QCOMPARE((*b)->environments().find(QStringLiteral("homologation"))->clientId, QStringLiteral("bmp.digital.api.a"));

    // A file with one bad profile changes nothing.
    QJsonDocument doc = QJsonDocument::fromJson(json);
    QJsonObject root = doc.object();
    QJsonArray arr = root.value(QStringLiteral("environments")).toArray();
    QJsonObject bad = arr.at(1).toObject();
    bad.insert(QStringLiteral("clientId"), QStringLiteral("changed"));
    arr.replace(1, bad);
    QJsonObject worse = arr.at(2).toObject();
    worse.insert(QStringLiteral("tokenUrl"), QStringLiteral("ftp://nope"));
    arr.replace(2, worse);
    root.insert(QStringLiteral("environments"), arr);
    QVERIFY(!(*b)->environments().importJson(QJsonDocument(root).toJson()).ok());
    QCOMPARE((*b)->environments().find(QStringLiteral("homologation"))->clientId, QStringLiteral("bmp.digital.api.a"));
    QVERIFY(!(*b)->environments().importJson("garbage").ok());
    QVERIFY(!(*b)->environments().importJson(R"({"format":"other"})").ok());
}

void TestNet::clientRetriesWithSameIdempotencyKey() {
    ScriptedServer server({httpReply(429, R"({"msg":"slow down"})", "Retry-After: 0.2\r\n"), "RESET",
                           httpReply(503, "{}"), httpReply(200, R"({"ok":true})")});
    Connection c;
    c.environment = QStringLiteral("test-retry");
    c.requestsPerSecond = 0;
    c.baseBackoffMs = 50;
    ApiClient client(c);
    QList<EvidenceEntry> evidence;
    client.setEvidenceSink([&](const EvidenceEntry& e) { evidence.append(e); });
    ApiRequest req;
    req.url = server.url(QStringLiteral("/Proposta/Consultar"));
    req.body = R"({"dto":{}})";
    req.kind = QStringLiteral("proposal");
    req.idempotencyKey = ApiClient::newIdempotencyKey();
    req.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer very-secret-token")));
    ApiCall* call = client.send(req);
    QSignalSpy spy(call, &ApiCall::finished);
    QVERIFY(spy.wait(10000));
    const ApiResponse r = call->response();
    QCOMPARE(r.status, 200);
    // Qt itself resends once when a kept-alive connection is reset, so the reset may cost no attempt of ours.
    QVERIFY(r.attempts == 3 || r.attempts == 4);
    QCOMPARE(server.received.size(), 4);
    for (const QByteArray& received : server.received)
        QCOMPARE(headerOf(received, "IdempotencyKey"), req.idempotencyKey);
    QCOMPARE(evidence.size(), r.attempts);
    QCOMPARE(evidence.first().status, 429);
    QCOMPARE(evidence.last().status, 200);
    for (const EvidenceEntry& e : evidence)
        QVERIFY(!e.request.contains(QStringLiteral("very-secret-token")));
}

void TestNet::clientGivesUpWithClearError() {
    Connection c;
    c.environment = QStringLiteral("test-refused");
    c.maxAttempts = 2;
    c.baseBackoffMs = 10;
    ApiClient client(c);
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const quint16 port = closed.serverPort();
    closed.close();
    ApiRequest req;
    req.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port));
    ApiCall* call = client.send(req);
    QSignalSpy spy(call, &ApiCall::finished);
    QVERIFY(spy.wait(10000));
    QCOMPARE(call->response().status, 0);
    QVERIFY(call->response().transportError().message.contains(QStringLiteral("refused")));
}

void TestNet::clientRebuildsBodyPerAttempt() {
    ScriptedServer server({httpReply(503, "{}"), httpReply(200, "{}")});
    Connection c;
    c.environment = QStringLiteral("test-factory");
    c.baseBackoffMs = 10;
    ApiClient client(c);
    int built = 0;
    ApiRequest req;
    req.url = server.url(QStringLiteral("/connect/token"));
    req.contentType = "application/x-www-form-urlencoded";
    req.bodyFactory = [&]() -> Result<QByteArray> { return QByteArray("n=") + QByteArray::number(++built); };
    ApiCall* call = client.send(req);
    QSignalSpy spy(call, &ApiCall::finished);
    QVERIFY(spy.wait(10000));
    QCOMPARE(built, 2);
    QVERIFY(server.received.at(0).endsWith("n=1"));
    QVERIFY(server.received.at(1).endsWith("n=2"));
}

void TestNet::clientCancel() {
    Connection c;
    c.environment = QStringLiteral("test-cancel");
    c.requestsPerSecond = 0.5; // the second call waits two seconds for its slot
    ApiClient client(c);
    ScriptedServer server({httpReply(200, "{}"), httpReply(200, "{}")});
    ApiRequest req;
    req.url = server.url(QStringLiteral("/a"));
    client.send(req);
    ApiCall* second = client.send(req);
    QSignalSpy spy(second, &ApiCall::finished);
    second->cancel();
    QCOMPARE(spy.count(), 1);
    QVERIFY(second->response().cancelled);
    QVERIFY(second->response().transportError().message.contains(QStringLiteral("cancelled")));
}

QTEST_GUILESS_MAIN(TestNet)
#include "TestNet.moc"

// Each fault of a bad network or a busy gateway ends in a correct retry or a clear error: never a cut-off body read
// as an answer, never a hang, and every attempt carries the same IdempotencyKey (so BMP sees no duplicate).
void TestNet::clientNetworkFaults_data() {
    QTest::addColumn<QList<QByteArray>>("script");
    QTest::addColumn<int>("expectedStatus"); // 0: no answer in the end
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<QString>("expectedError");
    const QByteArray ok = httpReply(200, R"({"msg":"ok","hasError":false,"codigoProposta":"abc"})");
    const QByteArray body = R"({"msg":"ok","hasError":false,"codigoProposta":"abc","numeroProposta":123456})";
    QTest::newRow("body cut off, then whole")
        << QList<QByteArray>{ScriptedServer::truncated(200, body), ok} << 200 << 2 << QString();
    QTest::newRow("body cut off every time")
        << QList<QByteArray>{ScriptedServer::truncated(200, body), ScriptedServer::truncated(200, body),
                             ScriptedServer::truncated(200, body)}
        << 0 << 3 << QStringLiteral("closed the connection");
    QTest::newRow("429 without Retry-After") << QList<QByteArray>{httpReply(429, "{}"), ok} << 200 << 2 << QString();
    QTest::newRow("429 with Retry-After")
        << QList<QByteArray>{httpReply(429, "{}", "Retry-After: 0\r\n"), ok} << 200 << 2 << QString();
    QTest::newRow("502 and 504 from a gateway")
        << QList<QByteArray>{httpReply(502, "<html>bad gateway</html>"), httpReply(504, ""), ok} << 200 << 3
        << QString();
    QTest::newRow("500 is an answer, not retried")
        << QList<QByteArray>{httpReply(500, R"({"msg":"boom"})"), ok} << 500 << 1 << QString();
    QTest::newRow("timeout, then answer") << QList<QByteArray>{"HANG", ok} << 200 << 2 << QString();
    QTest::newRow("timeout every time") << QList<QByteArray>{"HANG", "HANG", "HANG"} << 0 << 3
                                        << QStringLiteral("did not answer in time");
}

void TestNet::clientNetworkFaults() {
    QFETCH(QList<QByteArray>, script);
    QFETCH(int, expectedStatus);
    QFETCH(int, expectedRequests);
    QFETCH(QString, expectedError);
    ScriptedServer server(script);
    Connection c;
    c.environment = QStringLiteral("test-faults-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    c.requestsPerSecond = 0;
    c.baseBackoffMs = 20;
    c.timeoutMs = 400;
    c.maxAttempts = 3;
    ApiClient client(c);
    ApiRequest req;
    req.url = server.url(QStringLiteral("/Proposta/IncluirManualSimplificado"));
    req.body = R"({"dto":{}})";
    req.idempotencyKey = ApiClient::newIdempotencyKey();
    ApiCall* call = client.send(req);
    QSignalSpy spy(call, &ApiCall::finished);
    QVERIFY(spy.wait(15000));
    QCOMPARE(spy.count(), 1);
    const ApiResponse r = call->response();
    QCOMPARE(r.status, expectedStatus);
    QCOMPARE(server.received.size(), expectedRequests);
    for (const QByteArray& received : server.received)
        QCOMPARE(headerOf(received, "IdempotencyKey"), req.idempotencyKey);
    if (expectedStatus == 200) {
        // Only the whole answer is ever handed on.
        QVERIFY2(r.body.endsWith("}"), r.body.constData());
        QVERIFY(QJsonDocument::fromJson(r.body).isObject());
    }
    if (!expectedError.isEmpty()) {
        QVERIFY(!r.transportOk());
        QVERIFY2(r.transportError().message.contains(expectedError), qPrintable(r.transportError().message));
    }
}
