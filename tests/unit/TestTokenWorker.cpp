// TokenWorker and KeyUploadWorker against a scripted server: the exact form BMP documents, fresh assertions on
// retries, every OAuth error explained in plain words, evidence recorded without secrets, token tests without
// the token.
#include "CryptoTestUtil.h"
#include "ScriptedServer.h"
#include "crypto/AssertionCheck.h"
#include "crypto/Jwt.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "net/EvidenceLog.h"
#include "net/KeyUploadWorker.h"
#include "net/TokenSource.h"
#include "net/TokenWorker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace bmp;
using namespace bmp::net;
using namespace testutil;

namespace {

const QByteArray kToken = "tok-9f8e7d6c5b4a39281706f5e4d3c2b1a0-secret";

QByteArray okBody(const QByteArray& token = kToken) {
    return R"({"access_token":")" + token +
           R"(","token_type":"Bearer","expires_in":3600,"scope":"bmp.digital.api.full.access"})";
}

QByteArray oauthError(const char* error, const char* description, const char* reason = nullptr) {
    QJsonObject o{{QStringLiteral("error"), QLatin1String(error)},
                  {QStringLiteral("error_description"), QLatin1String(description)}};
    if (reason)
        o.insert(QStringLiteral("reason"), QLatin1String(reason));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<QPair<QString, QString>> formFields(const QByteArray& body) {
    QList<QPair<QString, QString>> out;
    for (const QByteArray& pair : body.split('&')) {
        const int eq = pair.indexOf('=');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)))});
    }
    return out;
}

// Collects a worker's finished(result) (Result has no default constructor, so QSignalSpy cannot hold it).
template <typename R> struct Outcome {
    std::optional<R> result;
    int count = 0;
    template <typename W> void watch(W& worker, void (W::*signal)(const R&)) {
        QObject::connect(&worker, signal, &worker, [this](const R& r) {
            result.emplace(r);
            ++count;
        });
    }
};

} // namespace

class TestTokenWorker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sendsTheDocumentedForm();
    void freshAssertionPerAttempt();
    void claimsTemplate();
    void errorsInPlainWords_data();
    void errorsInPlainWords();
    void noServer();
    void cancel();
    void refusesIncompleteRequest();
    void accessTokenThatIsAJwt();
    void lifetimeFromAnyServer_data();
    void lifetimeFromAnyServer();
    void recordsEvidenceWithoutSecrets();
    void keyUploadStoresClientId();
    void keyUploadRefusals_data();
    void keyUploadRefusals();
    void tokenSourceCachesAndShares();
    void tokenSourceFailures();
    void assertionWarnings_data();
    void assertionWarnings();

private:
    TokenRequest request(const ScriptedServer& server) const;
    Result<TokenResult> run(TokenWorker& worker, const TokenRequest& r);
    QTemporaryDir m_dir;
    crypto::KeyPair m_key;
};

void TestTokenWorker::initTestCase() {
    auto key = crypto::KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem")));
    QVERIFY(key.ok());
    m_key = *key;
}

TokenRequest TestTokenWorker::request(const ScriptedServer& server) const {
    TokenRequest r;
    r.environment = QStringLiteral("scripted");
    r.tokenUrl = server.url(QStringLiteral("/connect/token"));
    r.clientId = QStringLiteral("bmp.digital.api.fintech_teste");
    r.scope = QStringLiteral("bmp.digital.api.full.access");
    r.key = m_key;
    r.baseBackoffMs = 10;
    r.timeoutMs = 5000;
    return r;
}

Result<TokenResult> TestTokenWorker::run(TokenWorker& worker, const TokenRequest& r) {
    Outcome<Result<TokenResult>> outcome;
    outcome.watch(worker, &TokenWorker::finished);
    if (const Status s = worker.start(r); !s)
        return s.error();
    QSignalSpy spy(&worker, &TokenWorker::finished);
    if (!spy.wait(15000) || !outcome.result)
        return makeError(QStringLiteral("no finished() signal"));
    return *outcome.result;
}

void TestTokenWorker::sendsTheDocumentedForm() {
    ScriptedServer server({ScriptedServer::reply(200, okBody())});
    TokenWorker worker;
    TokenRequest r = request(server);
    r.clock = [] { return qint64(1767225600); };
    const auto result = run(worker, r);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->accessToken, kToken);
    QCOMPARE(result->tokenType, QStringLiteral("Bearer"));
    QCOMPARE(result->scope, QStringLiteral("bmp.digital.api.full.access"));
    QCOMPARE(result->expiresIn, qint64(3600));
    QVERIFY(!result->isJwt);
    QVERIFY(!result->redactedToken().contains(kToken));
    QCOMPARE(server.received.size(), 1);

    const QByteArray sent = server.received.first();
    QVERIFY(sent.startsWith("POST /connect/token HTTP/1.1"));
    QVERIFY(ScriptedServer::header(sent, "Content-Type").startsWith("application/x-www-form-urlencoded"));
    const auto fields = formFields(ScriptedServer::body(sent));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0), qMakePair(QStringLiteral("grant_type"), QStringLiteral("client_credentials")));
    QCOMPARE(fields.at(1), qMakePair(QStringLiteral("client_id"), r.clientId));
    QCOMPARE(fields.at(2), qMakePair(QStringLiteral("scope"), r.scope));
    QCOMPARE(fields.at(3).first, QStringLiteral("client_assertion"));
    QCOMPARE(fields.at(4), qMakePair(QStringLiteral("client_assertion_type"),
                                     QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")));
    const QByteArray assertion = fields.at(3).second.toLatin1();
    QVERIFY(crypto::Jwt::verifyRs256(assertion, m_key).ok());
    const auto jwt = crypto::Jwt::decode(assertion);
    QVERIFY(jwt.ok());
    QCOMPARE(jwt->header, (QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                       {QStringLiteral("typ"), QStringLiteral("JWT")}}));
    const QJsonObject& c = jwt->payload;
    QCOMPARE(c.value(QStringLiteral("iss")).toString(), r.clientId);
    QCOMPARE(c.value(QStringLiteral("sub")).toString(), r.clientId);
    QCOMPARE(c.value(QStringLiteral("aud")).toString(), r.tokenUrl.toString());
    QCOMPARE(c.value(QStringLiteral("iat")).toInteger(), 1767225600);
    QCOMPARE(c.value(QStringLiteral("nbf")).toInteger(), 1767225600);
    QCOMPARE(c.value(QStringLiteral("exp")).toInteger(), 1767225600 + 300);
    QVERIFY(!QUuid::fromString(c.value(QStringLiteral("jti")).toString()).isNull());
    QCOMPARE(result->assertionJti, c.value(QStringLiteral("jti")).toString());
}

void TestTokenWorker::freshAssertionPerAttempt() {
    ScriptedServer server(
        {ScriptedServer::reply(503, "{}"), ScriptedServer::reply(503, "{}"), ScriptedServer::reply(200, okBody())});
    TokenWorker worker;
    QSignalSpy progress(&worker, &TokenWorker::progress);
    const auto result = run(worker, request(server));
    QVERIFY(result.ok());
    QCOMPARE(result->attempts, 3);
    QCOMPARE(server.received.size(), 3);
    QSet<QString> jtis;
    for (const QByteArray& sent : server.received) {
        const auto jwt = crypto::Jwt::decode(formFields(ScriptedServer::body(sent)).at(3).second.toLatin1());
        QVERIFY(jwt.ok());
        jtis.insert(jwt->payload.value(QStringLiteral("jti")).toString());
    }
    QCOMPARE(jtis.size(), 3); // jti is single-use: each retry signs anew
    QVERIFY(progress.count() >= 3);
}

void TestTokenWorker::claimsTemplate() {
    TokenRequest r;
    r.clientId = QStringLiteral("c");
    r.scope = QStringLiteral("s");
    r.tokenUrl = QUrl(QStringLiteral("https://auth.example/connect/token"));
    r.key = m_key;
    r.claimsTemplate = QJsonObject{{QStringLiteral("jti"), QStringLiteral("old")},
                                   {QStringLiteral("iss"), QStringLiteral("c")},
                                   {QStringLiteral("sub"), QStringLiteral("c")},
                                   {QStringLiteral("aud"), QStringLiteral("https://elsewhere/token")},
                                   {QStringLiteral("iat"), 1000},
                                   {QStringLiteral("nbf"), 1000},
                                   {QStringLiteral("exp"), 1600}};
    QString jti;
    const auto body = TokenWorker::formBody(r, 5000, &jti);
    QVERIFY(body.ok());
    const auto claims = crypto::Jwt::decode(formFields(*body).at(3).second.toLatin1())->payload;
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("https://elsewhere/token")); // as edited
    QVERIFY(jti != QLatin1String("old"));
    QCOMPARE(claims.value(QStringLiteral("jti")).toString(), jti);
    QCOMPARE(claims.value(QStringLiteral("iat")).toInteger(), 5000);
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), 5600); // the edited lifetime kept
    r.refreshTimes = false;
    const auto kept = crypto::Jwt::decode(formFields(*TokenWorker::formBody(r, 5000)).at(3).second.toLatin1())->payload;
    QCOMPARE(kept.value(QStringLiteral("iat")).toInteger(), 1000);
    QCOMPARE(kept.value(QStringLiteral("exp")).toInteger(), 1600);
    r.scope.clear();
    QCOMPARE(formFields(*TokenWorker::formBody(r, 5000)).size(), 4); // no empty scope parameter
}

void TestTokenWorker::errorsInPlainWords_data() {
    QTest::addColumn<QList<QByteArray>>("replies");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("oauthError");
    QTest::addColumn<int>("status");
    auto one = [](int status, const QByteArray& body, const QByteArray& type = "application/json") {
        return QList<QByteArray>{ScriptedServer::reply(status, body, type)};
    };
    QTest::newRow("invalid_client") << one(401, oauthError("invalid_client", "unknown client"))
                                    << QStringLiteral("BMP does not know this client_id or this key")
                                    << QStringLiteral("invalid_client") << 401;
    QTest::newRow("invalid_client + sandbox reason")
        << one(401, oauthError("invalid_client", "aud must be...", "wrong_audience"))
        << QStringLiteral("aud is not this token URL") << QStringLiteral("invalid_client") << 401;
    QTest::newRow("jti replayed") << one(401, oauthError("invalid_client", "used", "jti_replayed"))
                                  << QStringLiteral("new jti") << QStringLiteral("invalid_client") << 401;
    QTest::newRow("clock ahead") << one(401, oauthError("invalid_client", "nbf", "not_yet_valid"))
                                 << QStringLiteral("clock is ahead") << QStringLiteral("invalid_client") << 401;
    QTest::newRow("invalid_grant") << one(400, oauthError("invalid_grant", "bad assertion"))
                                   << QStringLiteral("refused the signed assertion") << QStringLiteral("invalid_grant")
                                   << 400;
    QTest::newRow("invalid_scope") << one(400, oauthError("invalid_scope", "nope"))
                                   << QStringLiteral("does not allow the scope \"bmp.digital.api.full.access\"")
                                   << QStringLiteral("invalid_scope") << 400;
    QTest::newRow("unsupported_grant_type") << one(400, oauthError("unsupported_grant_type", ""))
                                            << QStringLiteral("does not accept the client_credentials grant")
                                            << QStringLiteral("unsupported_grant_type") << 400;
    QTest::newRow("invalid_request") << one(400, oauthError("invalid_request", "missing"))
                                     << QStringLiteral("request is malformed") << QStringLiteral("invalid_request")
                                     << 400;
    QTest::newRow("unauthorized_client") << one(400, oauthError("unauthorized_client", ""))
                                         << QStringLiteral("may not use the client_credentials grant")
                                         << QStringLiteral("unauthorized_client") << 400;
    QTest::newRow("unknown oauth error") << one(400, oauthError("temporarily_unavailable_x", ""))
                                         << QStringLiteral("refused the token request (temporarily_unavailable_x)")
                                         << QStringLiteral("temporarily_unavailable_x") << 400;
    const QByteArray tooMany =
        ScriptedServer::reply(429, oauthError("slow_down", ""), "application/json", "Retry-After: 0\r\n");
    QTest::newRow("429 after retries") << QList<QByteArray>{tooMany, tooMany, tooMany}
                                       << QStringLiteral("rate limiting") << QStringLiteral("slow_down") << 429;
    QTest::newRow("500") << one(500, "oops", "text/plain") << QStringLiteral("had a problem (HTTP 500)") << QString()
                         << 500;
    const QByteArray unavailable = ScriptedServer::reply(503, "{}");
    QTest::newRow("503 after retries") << QList<QByteArray>{unavailable, unavailable, unavailable}
                                       << QStringLiteral("had a problem (HTTP 503)") << QString() << 503;
    QTest::newRow("404 html") << one(404, "<html>not found</html>", "text/html")
                              << QStringLiteral("no token endpoint at this URL") << QString() << 404;
    QTest::newRow("403 bare") << one(403, "") << QStringLiteral("refused the credentials") << QString() << 403;
    QTest::newRow("200 not json") << one(200, "<html>login page</html>", "text/html")
                                  << QStringLiteral("not with a token") << QString() << 200;
    QTest::newRow("200 without token") << one(200, R"({"token_type":"Bearer"})")
                                       << QStringLiteral("without an access_token") << QString() << 200;
}

void TestTokenWorker::errorsInPlainWords() {
    QFETCH(QList<QByteArray>, replies);
    QFETCH(QString, expected);
    QFETCH(QString, oauthError);
    QFETCH(int, status);
    ScriptedServer server(replies);
    TokenWorker worker;
    const auto result = run(worker, request(server));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().toString()));
    QCOMPARE(worker.failure().oauthError, oauthError);
    QCOMPARE(worker.failure().httpStatus, status);
    QVERIFY(!result.error().message.contains(QStringLiteral("client_assertion=")));
}

void TestTokenWorker::noServer() {
    TokenWorker worker;
    TokenRequest r;
    {
        ScriptedServer gone;
        r = request(gone);
    } // the port is closed again: nothing listens there
    const auto result = run(worker, r);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("refused the connection")),
             qPrintable(result.error().toString()));
    QCOMPARE(worker.failure().httpStatus, 0);
}

void TestTokenWorker::cancel() {
    ScriptedServer server({"HANG"});
    TokenWorker worker;
    Outcome<Result<TokenResult>> outcome;
    outcome.watch(worker, &TokenWorker::finished);
    QVERIFY(worker.start(request(server)).ok());
    QVERIFY(worker.isRunning());
    QVERIFY(!worker.start(request(server)).ok()); // one at a time
    QTRY_COMPARE(server.received.size(), 1);
    worker.cancel();
    QCOMPARE(outcome.count, 1);
    const auto result = *outcome.result;
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("cancelled")));
    QVERIFY(!worker.isRunning());
}

void TestTokenWorker::refusesIncompleteRequest() {
    ScriptedServer server;
    TokenWorker worker;
    TokenRequest r = request(server);
    r.key = *crypto::KeyPair::fromPublicPem(m_key.publicKeyPem());
    QVERIFY(worker.start(r).error().message.contains(QStringLiteral("private key")));
    r = request(server);
    r.clientId = QStringLiteral("  ");
    QVERIFY(worker.start(r).error().message.contains(QStringLiteral("client_id")));
    r = request(server);
    r.tokenUrl = QUrl(QStringLiteral("ftp://x/token"));
    QVERIFY(worker.start(r).error().message.contains(QStringLiteral("token URL")));
    QVERIFY(server.received.isEmpty());
}

void TestTokenWorker::accessTokenThatIsAJwt() {
    const auto jwt = crypto::Jwt::signRs256(QJsonObject{{QStringLiteral("iss"), QStringLiteral("https://auth.x")},
                                                        {QStringLiteral("client_id"), QStringLiteral("c")},
                                                        {QStringLiteral("exp"), 2000000000}},
                                            m_key);
    QVERIFY(jwt.ok());
    ScriptedServer server({ScriptedServer::reply(200, okBody(*jwt))});
    TokenWorker worker;
    const auto result = run(worker, request(server));
    QVERIFY(result.ok());
    QVERIFY(result->isJwt);
    QCOMPARE(result->jwtHeader.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(result->jwtPayload.value(QStringLiteral("iss")).toString(), QStringLiteral("https://auth.x"));
}

void TestTokenWorker::recordsEvidenceWithoutSecrets() {
    auto project = Project::create(m_dir.filePath(QStringLiteral("evidence.bmpproj")), QStringLiteral("Fintech Teste"),
                                   {Product::Caas});
    QVERIFY(project.ok());
    ScriptedServer server(
        {ScriptedServer::reply(401, oauthError("invalid_client", "who?")), ScriptedServer::reply(200, okBody())});
    TokenWorker worker;
    worker.setProject(project->get());
    TokenRequest r = request(server);
    r.environment = QStringLiteral("practice");
    QVERIFY(!run(worker, r).ok());
    QVERIFY(run(worker, r).ok());

    const EvidenceLog log((*project)->store());
    const auto entries = log.entries(QStringLiteral("practice"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, QStringLiteral("token"));
    QCOMPARE(entries.at(0).status, 401);
    QCOMPARE(entries.at(1).status, 200);
    const QByteArray all = log.toJsonLines();
    QVERIFY(all.contains("client_assertion"));
    QVERIFY(!all.contains(kToken));
    for (const QByteArray& sent : server.received) {
        const QString assertion = formFields(ScriptedServer::body(sent)).at(3).second;
        QVERIFY(!all.contains(assertion.toLatin1()));
        QVERIFY(!all.contains(assertion.section(u'.', 2).toLatin1())); // not even the signature part
    }
    const auto tests = (*project)->environments().tokenTests(QStringLiteral("practice"));
    QCOMPARE(tests.size(), 2);
    QVERIFY(!tests.at(0).ok);
    QCOMPARE(tests.at(0).httpStatus, 401);
    QVERIFY(tests.at(0).error.contains(QStringLiteral("BMP does not know this client_id")));
    QVERIFY(tests.at(1).ok);
    QCOMPARE(tests.at(1).tokenType, QStringLiteral("Bearer"));
    QCOMPARE(tests.at(1).expiresIn, 3600);
    QByteArray file;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f((*project)->path() + suffix);
        if (f.open(QIODevice::ReadOnly))
            file += f.readAll();
    }
    QVERIFY(!file.contains(kToken));
}

void TestTokenWorker::keyUploadStoresClientId() {
    auto project = Project::create(m_dir.filePath(QStringLiteral("upload.bmpproj")), QStringLiteral("Fintech Teste"),
                                   {Product::Caas});
    QVERIFY(project.ok());
    Project& p = **project;
    QVERIFY(p.keys().store(QStringLiteral("practice"), m_key, "upload-pass-123", KeySource::Imported).ok());
    const QByteArray answer =
        QJsonDocument(QJsonObject{{QStringLiteral("msg"), QStringLiteral("ok")},
                                  {QStringLiteral("hasError"), false},
                                  {QStringLiteral("clientId"), QStringLiteral("bmp.digital.api.fintech_teste")},
                                  {QStringLiteral("fingerprint"), m_key.sha256Fingerprint()}})
            .toJson(QJsonDocument::Compact);
    ScriptedServer server({ScriptedServer::reply(200, answer)});
    KeyUploadWorker worker;
    worker.setProject(&p);
    KeyUploadRequest r;
    r.environment = QStringLiteral("practice");
    r.keyUrl = server.url(QStringLiteral("/_sandbox/keys"));
    r.publicKeyPem = m_key.publicKeyPem();
    r.partner = p.partner();
    Outcome<Result<KeyUploadResult>> outcome;
    outcome.watch(worker, &KeyUploadWorker::finished);
    QVERIFY(worker.start(r).ok());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.count == 1, 10000);
    const auto result = *outcome.result;
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->clientId, QStringLiteral("bmp.digital.api.fintech_teste"));
    QCOMPARE(p.environments().find(QStringLiteral("practice"))->clientId, result->clientId);
    QVERIFY(p.environments().find(QStringLiteral("practice"))->usesBuiltInSandbox()); // URLs not saved
    const auto key = p.keys().find(QStringLiteral("practice"));
    QVERIFY(key && key->isRegistered());
    QCOMPARE(key->route, RegistrationRoute::Http);
    const QJsonObject sent = QJsonDocument::fromJson(ScriptedServer::body(server.received.first())).object();
    QCOMPARE(sent.value(QStringLiteral("publicKeyPem")).toString().toLatin1(), m_key.publicKeyPem());
    QCOMPARE(sent.value(QStringLiteral("partner")).toString(), QStringLiteral("Fintech Teste"));
    QCOMPARE(sent.size(), 2); // nothing else leaves the machine
    QVERIFY(!ScriptedServer::header(server.received.first(), "IdempotencyKey").isEmpty());
    QCOMPARE(EvidenceLog(p.store()).entries().size(), 1);
}

void TestTokenWorker::keyUploadRefusals_data() {
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("expected");
    QTest::newRow("envelope refusal")
        << ScriptedServer::reply(
               400,
               R"({"msg":"x","hasError":true,"messages":[{"code":"K0001","description":"RSA keys of at least 2048 bits only."}]})")
        << QStringLiteral("refused the public key: RSA keys of at least 2048 bits only.");
    QTest::newRow("404") << ScriptedServer::reply(404, "", "text/html")
                         << QStringLiteral("no key-registration endpoint");
    QTest::newRow("no client id") << ScriptedServer::reply(200, R"({"msg":"ok"})")
                                  << QStringLiteral("no usable client_id");
    QTest::newRow("client id with spaces")
        << ScriptedServer::reply(200, R"({"clientId":"a b"})") << QStringLiteral("no usable client_id");
    QTest::newRow("other key registered") << ScriptedServer::reply(200, R"({"clientId":"bmp.x","fingerprint":"AA:BB"})")
                                          << QStringLiteral("different key");
}

void TestTokenWorker::keyUploadRefusals() {
    QFETCH(QByteArray, reply);
    QFETCH(QString, expected);
    ScriptedServer server({reply});
    KeyUploadWorker worker;
    KeyUploadRequest r;
    r.environment = QStringLiteral("scripted");
    r.keyUrl = server.url(QStringLiteral("/keys"));
    r.publicKeyPem = m_key.publicKeyPem();
    Outcome<Result<KeyUploadResult>> outcome;
    outcome.watch(worker, &KeyUploadWorker::finished);
    QVERIFY(worker.start(r).ok());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.count == 1, 10000);
    const auto result = *outcome.result;
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().toString()));
}

void TestTokenWorker::tokenSourceCachesAndShares() {
    const QByteArray shortLived =
        R"({"access_token":"second-token-abc","token_type":"Bearer","expires_in":10,"scope":"s"})";
    ScriptedServer server({ScriptedServer::reply(200, okBody()), ScriptedServer::reply(200, shortLived),
                           ScriptedServer::reply(200, okBody("third-token-xyz"))});
    EnvironmentProfile profile = EnvironmentProfile::defaults(EnvironmentKind::Custom);
    profile.name = QStringLiteral("scripted");
    profile.tokenUrl = server.url(QStringLiteral("/connect/token")).toString();
    profile.clientId = QStringLiteral("bmp.digital.api.x");
    profile.rateLimit = 0;
    int keysAsked = 0;
    net::TokenSource source(profile, [&](net::TokenSource::KeyCallback done) {
        ++keysAsked;
        done(m_key);
    });
    const net::TokenProvider provider = source.provider();
    QList<Result<QByteArray>> answers;
    auto collect = [&](const Result<QByteArray>& r) { answers.append(r); };
    // Two workers asking at once: one request, one key, both answered.
    provider(false, collect);
    provider(false, collect);
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(server.received.size(), 1);
    QCOMPARE(keysAsked, 1);
    QCOMPARE(*answers.at(0), kToken);
    QCOMPARE(*answers.at(1), kToken);
    // Still valid: served from memory.
    provider(false, collect);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(server.received.size(), 1);
    // The server refused it (401 on an API call): renew.
    provider(true, collect);
    QTRY_COMPARE(answers.size(), 4);
    QCOMPARE(*answers.at(3), QByteArray("second-token-abc"));
    QCOMPARE(server.received.size(), 2);
    // That one expires within the renewal margin: the next caller gets a fresh token.
    provider(false, collect);
    QTRY_COMPARE(answers.size(), 5);
    QCOMPARE(*answers.at(4), QByteArray("third-token-xyz"));
    QCOMPARE(source.requestsStarted(), 3);
}

void TestTokenWorker::tokenSourceFailures() {
    ScriptedServer server({ScriptedServer::reply(401, oauthError("invalid_client", "who?"))});
    EnvironmentProfile profile = EnvironmentProfile::defaults(EnvironmentKind::Custom);
    profile.name = QStringLiteral("scripted");
    profile.tokenUrl = server.url(QStringLiteral("/connect/token")).toString();
    profile.clientId = QStringLiteral("bmp.digital.api.x");
    profile.rateLimit = 0;
    bool giveKey = false;
    auto source = std::make_unique<net::TokenSource>(profile, [&](net::TokenSource::KeyCallback done) {
        if (giveKey)
            done(m_key);
        else
            done(makeError(QStringLiteral("No passphrase was given, so the key stays locked.")));
    });
    const net::TokenProvider provider = source->provider();
    std::optional<Result<QByteArray>> answer;
    provider(false, [&](const Result<QByteArray>& r) { answer = r; });
    QVERIFY(answer && !answer->ok());
    QVERIFY(answer->error().message.contains(QStringLiteral("stays locked")));
    QVERIFY(server.received.isEmpty());
    giveKey = true;
    answer.reset();
    provider(false, [&](const Result<QByteArray>& r) { answer = r; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->ok());
    QVERIFY(answer->error().message.contains(QStringLiteral("BMP does not know this client_id")));
    source.reset();
    answer.reset();
    provider(false, [&](const Result<QByteArray>& r) { answer = r; });
    QVERIFY(answer && !answer->ok()); // a provider that outlives its source says so instead of crashing
}

void TestTokenWorker::assertionWarnings_data() {
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("expected"); // empty: no warning at all
    const QString id = QStringLiteral("bmp.digital.api.x");
    auto o = [](std::initializer_list<QPair<QString, QJsonValue>> fields) {
        QJsonObject r;
        for (const auto& [k, v] : fields)
            r.insert(k, v);
        return r;
    };
    QTest::newRow("good") << QJsonObject() << id << QString();
    QTest::newRow("no client_id yet") << QJsonObject() << QString() << QStringLiteral("no client_id yet");
    QTest::newRow("empty jti") << o({{QStringLiteral("jti"), QStringLiteral(" ")}}) << id
                               << QStringLiteral("jti is empty");
    QTest::newRow("numeric jti") << o({{QStringLiteral("jti"), 42}}) << id << QStringLiteral("jti is empty");
    QTest::newRow("iss != sub") << o({{QStringLiteral("sub"), QStringLiteral("other")}}) << id
                                << QStringLiteral("iss and sub must both be the client_id");
    QTest::newRow("other client") << o({{QStringLiteral("iss"), QStringLiteral("a")},
                                        {QStringLiteral("sub"), QStringLiteral("a")}})
                                  << id << QStringLiteral("not this environment's client_id");
    QTest::newRow("aud") << o({{QStringLiteral("aud"), QStringLiteral("https://auth.moneyp.com.br/connect/token")}})
                         << id << QStringLiteral("aud is not the token URL");
    QTest::newRow("aud trailing slash") << o({{QStringLiteral("aud"),
                                               QStringLiteral("https://auth.moneyp.dev.br/connect/token/")}})
                                        << id << QStringLiteral("aud is not the token URL");
    QTest::newRow("no exp") << o({{QStringLiteral("exp"), QJsonValue()}}) << id << QStringLiteral("exp is missing");
    QTest::newRow("exp as text") << o({{QStringLiteral("exp"), QStringLiteral("1000300")}}) << id
                                 << QStringLiteral("whole number of seconds");
    QTest::newRow("expired") << o({{QStringLiteral("exp"), 1000000}}) << id << QStringLiteral("already expired");
    QTest::newRow("iat ahead") << o({{QStringLiteral("iat"), 1000061}, {QStringLiteral("exp"), 1000361}}) << id
                               << QStringLiteral("ahead of this computer's clock");
    QTest::newRow("iat 60 s ahead is tolerated")
        << o({{QStringLiteral("iat"), 1000060}, {QStringLiteral("nbf"), 1000060}, {QStringLiteral("exp"), 1000360}})
        << id << QString();
    QTest::newRow("nbf ahead") << o({{QStringLiteral("nbf"), 1000600}}) << id
                               << QStringLiteral("ahead of this computer's clock");
    QTest::newRow("one hour is fine") << o({{QStringLiteral("exp"), 1003600}}) << id << QString();
    QTest::newRow("one hour and a second")
        << o({{QStringLiteral("exp"), 1003601}}) << id << QStringLiteral("over an hour (3601 s)");
}

void TestTokenWorker::assertionWarnings() {
    QFETCH(QJsonObject, changes);
    QFETCH(QString, clientId);
    QFETCH(QString, expected);
    const qint64 now = 1000000;
    const QString tokenUrl = QStringLiteral("https://auth.moneyp.dev.br/connect/token");
    QJsonObject claims = crypto::ClientAssertion::make(QStringLiteral("bmp.digital.api.x"), tokenUrl, now).claims();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            claims.remove(it.key());
        else
            claims.insert(it.key(), it.value());
    }
    const QStringList warnings = crypto::AssertionCheck::warnings(claims, clientId, tokenUrl, now);
    if (expected.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'|')));
        return;
    }
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(expected), qPrintable(warnings.first()));
    // Without a known token URL, aud is not judged.
    if (changes.contains(QStringLiteral("aud")))
        QVERIFY(crypto::AssertionCheck::warnings(claims, clientId, QString(), now).isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenWorker)
// expires_in as servers send it, sensible or not: never a negative or overflowing lifetime.
void TestTokenWorker::lifetimeFromAnyServer_data() {
    QTest::addColumn<QByteArray>("expiresIn");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("number") << QByteArray("300") << qint64(300);
    QTest::newRow("string") << QByteArray("\" 3600 \"") << qint64(3600);
    QTest::newRow("fraction") << QByteArray("299.9") << qint64(299);
    QTest::newRow("negative") << QByteArray("-5") << qint64(0);
    QTest::newRow("absent") << QByteArray("null") << qint64(0);
    QTest::newRow("beyond qint64 (found by FuzzTokenResponse)") << QByteArray("3.06667e+30") << qint64(366 * 24 * 3600);
    QTest::newRow("huge string") << QByteArray("\"1e400\"") << qint64(0);
}

void TestTokenWorker::lifetimeFromAnyServer() {
    QFETCH(QByteArray, expiresIn);
    QFETCH(qint64, expected);
    ApiResponse r;
    r.status = 200;
    r.body = R"({"access_token":"abc","expires_in":)" + expiresIn + "}";
    const auto t = TokenWorker::parseSuccess(r);
    QVERIFY(t.ok());
    QCOMPARE(t->expiresIn, expected);
}

#include "TestTokenWorker.moc"
