// The sandbox over real sockets on 127.0.0.1: what a partner's client (and our own workers) will see.

// Test tables read better with plain literals; production code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII

#include "../unit/SandboxTestKit.h"
#include "sandbox/HttpGuard.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp::sandbox;
using namespace sandboxkit;

namespace {

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray& name) const {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// One HTTP exchange, waited for with the event loop running (no sleeps).
class Http {
public:
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();

    Reply send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setTransferTimeout(15000);
        for (const auto& h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }
    Reply json(const QUrl& url, const QJsonObject& body, QList<QPair<QByteArray, QByteArray>> headers = {}) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    Reply api(const QUrl& base, const QByteArray& path, const QByteArray& token, const QJsonObject& dto,
              const QString& key = newKey()) {
        return json(QUrl(base.toString() + QString::fromLatin1(path)), QJsonObject{{"dto", dto}},
                    {{"Authorization", "Bearer " + token}, {"IdempotencyKey", key.toLatin1()}});
    }
    Reply apiBody(const QUrl& base, const QByteArray& path, const QByteArray& token, const QJsonObject& body,
                  const QString& key = newKey()) {
        return json(QUrl(base.toString() + QString::fromLatin1(path)), body,
                    {{"Authorization", "Bearer " + token}, {"IdempotencyKey", key.toLatin1()}});
    }
    // Pessoa/Salvar and Pessoa/SalvarEndereco for the test borrower: BMP wants both before an include.
    bool saveBorrower(const QUrl& base, const QByteArray& token) {
        return apiBody(base, "/Pessoa/Salvar", token, personBody()).status == 200 &&
               apiBody(base, "/Pessoa/SalvarEndereco", token, addressBody()).status == 200;
    }
    // IncluirAssinaturaCCBFinalizada, then Finalizar: BMP's order.
    Reply signAndFinalize(const QUrl& base, const QByteArray& token, const QJsonObject& loc) {
        const Reply signature = apiBody(base, "/Proposta/IncluirAssinaturaCCBFinalizada", token,
                                        signatureBody(loc, QDateTime::currentMSecsSinceEpoch() - 1000));
        if (signature.status != 200)
            return signature;
        return api(base, "/Proposta/Finalizar", token, loc);
    }
    Reply token(const QUrl& tokenUrl, const QString& clientId, const QByteArray& assertion,
                const QString& scope = QStringLiteral("bmp.digital.api.full.access")) {
        const SandboxRequest r = tokenRequest(clientId, assertion, scope);
        return send("POST", tokenUrl, r.body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

private:
    QNetworkAccessManager m_nam;
};

// Records every request it gets: the partner's callback endpoint.
class CallbackReceiver : public QAbstractHttpServer {
    Q_OBJECT
public:
    struct Hit {
        QByteArray method;
        QUrlQuery query;
        QByteArray apiKey;
        QByteArray body;
    };
    QList<Hit> hits;

signals:
    void hit();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override {
        const QByteArray method = request.method() == QHttpServerRequest::Method::Get   ? QByteArray("GET")
                                  : request.method() == QHttpServerRequest::Method::Put ? QByteArray("PUT")
                                                                                        : QByteArray("POST");
        hits.append(Hit{method, request.query(), request.value("x-api-key"), request.body()});
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::Ok);
        emit hit();
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override {}
};

SandboxServer::Options options(SandboxMode mode = SandboxMode::Homologation) {
    SandboxServer::Options o;
    o.config.mode = mode;
    o.config.settlementDelayMs = 50;
    return o;
}

QString registerOverHttp(Http& http, const QUrl& base, const bmp::crypto::KeyPair& key = keyA(),
                         const QString& partner = QStringLiteral("Acme")) {
    const Reply r =
        http.json(QUrl(base.toString() + QStringLiteral("/_sandbox/keys")),
                  QJsonObject{{"publicKeyPem", QString::fromLatin1(key.publicKeyPem())}, {"partner", partner}});
    return r.json().value(QStringLiteral("clientId")).toString();
}

QByteArray tokenOverHttp(Http& http, SandboxServer& server, const QString& clientId,
                         const bmp::crypto::KeyPair& key = keyA()) {
    const QJsonObject c = claims(clientId, QDateTime::currentSecsSinceEpoch(), server.tokenUrl().toString());
    return http.token(server.tokenUrl(), clientId, sign(c, key))
        .json()
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

// Raw bytes in, raw answer out. The server runs in this thread, so wait with the event loop running.
QByteArray rawExchange(quint16 port, const QByteArray& bytes) {
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { answer += socket.readAll(); });
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(5000))
        return "<no connection>";
    socket.write(bytes);
    // Every refusal here ends the connection: the server closes once its answer is out.
    if (closed.isEmpty() && !closed.wait(10000))
        answer += "<still open>";
    return answer;
}

QString bmpctl() {
    return QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl");
}

} // namespace

class TestSandboxServer : public QObject {
    Q_OBJECT
private slots:
    void checklistOverHttp();
    void tokenRefusalsOverHttp_data();
    void tokenRefusalsOverHttp();
    void idempotentReplayOverHttp();
    void tlsWithItsCa();
    void callbacksReachTheReceiver_data();
    void callbacksReachTheReceiver();
    void burstGets429InProduction();
    void malformedHttpGetsClean4xx_data();
    void malformedHttpGetsClean4xx();
    void parserGiveUpIsAnswered();
    void bodyLimitOverHttp();
    void stateSurvivesRestart();
    void bmpctlPrintsUrlFirst();
    void bmpctlTlsAndBadUsage();
};

void TestSandboxServer::checklistOverHttp() {
    SandboxServer server(options());
    QVERIFY(server.start().ok());
    QVERIFY(server.baseUrl().toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(server.port() > 0);
    Http http;
    const QUrl base = server.baseUrl();
    const QString client = registerOverHttp(http, base);
    QCOMPARE(client, QStringLiteral("bmp.digital.api.acme"));

    // The token endpoint accepts the aud in both loopback spellings.
    const QByteArray token = tokenOverHttp(http, server, client);
    QVERIFY(!token.isEmpty());
    const QString localhostAud = QStringLiteral("http://localhost:%1/connect/token").arg(server.port());
    QCOMPARE(
        http.token(server.tokenUrl(), client, sign(claims(client, QDateTime::currentSecsSinceEpoch(), localhostAud)))
            .status,
        200);

    QSignalSpy changes(server.engine(), &SandboxEngine::proposalStatusChanged);
    const auto include = [&](const QJsonObject& account) {
        const Reply r = http.api(base, "/Proposta/IncluirManualSimplificado", token, proposalDto(account));
        return locator(r.json());
    };
    const auto situacao = [&](const QJsonObject& loc) {
        return http.api(base, "/Proposta/Consultar", token, loc).json().value(QStringLiteral("situacao")).toInt();
    };
    const auto waitFor = [&](const QJsonObject& loc, int status) {
        const QString code = loc.value(QStringLiteral("codigoProposta")).toString();
        for (int i = 0; i < 100; ++i) {
            for (const QList<QVariant>& c : changes) {
                if (c.at(0).toString() == code && c.at(1).toInt() == status)
                    return true;
            }
            changes.wait(100);
        }
        return false;
    };
    QJsonObject wrong = goodAccount();
    wrong.insert(QStringLiteral("agenciaDig"), QStringLiteral("0"));

    QVERIFY(http.saveBorrower(base, token));
    const QJsonObject a = include(wrong);
    const QJsonObject b = include(goodAccount());
    const QJsonObject c = include(goodAccount());
    for (const QJsonObject& loc : {a, b, c}) {
        QCOMPARE(http.signAndFinalize(base, token, loc).status, 200);
        QCOMPARE(situacao(loc), 6);
    }
    QCOMPARE(http.api(base, "/Proposta/Liberar", token, a).status, 200);
    QCOMPARE(http.api(base, "/Proposta/Liberar", token, c).status, 200);
    QVERIFY(waitFor(a, 11));
    QVERIFY(waitFor(c, 9));
    QCOMPARE(situacao(a), 11);
    QCOMPARE(situacao(b), 6);
    QCOMPARE(situacao(c), 9);
    QVERIFY(http.api(base, "/Proposta/Consultar", token, a)
                .json()
                .value("textoRetornoPagamento")
                .toString()
                .contains("1584-0"));
    QCOMPARE(http.apiBody(base, "/Proposta/AtualizarContaPagamento", token,
                          QJsonObject{{"dto", a}, {"dtoPagto", goodAccount()}})
                 .status,
             200);
    QVERIFY(waitFor(a, 9));
    QCOMPARE(situacao(a), 9);

    // The introspection endpoint lists it all, oldest first, with server-side millisecond timestamps.
    const Reply log = http.send("GET", QUrl(base.toString() + QStringLiteral("/_sandbox/requests")));
    QCOMPARE(log.status, 200);
    const QJsonArray entries = QJsonDocument::fromJson(log.body).array();
    QVERIFY(entries.size() >= 14);
    QString previous;
    for (const QJsonValue& v : entries) {
        const QString at = v.toObject().value(QStringLiteral("receivedAt")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                    .match(at)
                    .hasMatch());
        QVERIFY(at >= previous);
        previous = at;
    }
    QCOMPARE(entries.first().toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/_sandbox/keys"));
    QVERIFY(!log.body.contains(token));
}

void TestSandboxServer::tokenRefusalsOverHttp_data() {
    QTest::addColumn<QJsonObject>("claimChanges");
    QTest::addColumn<QJsonObject>("formChanges");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("reason");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto n = [](qint64 v) { return QJsonValue(double(v)); };
    const QString ic = QStringLiteral("invalid_client");
    const QJsonObject none;
    QTest::newRow("unknown client") << QJsonObject{{"iss", "bmp.digital.api.ghost"}, {"sub", "bmp.digital.api.ghost"}}
                                    << QJsonObject{{"client_id", "bmp.digital.api.ghost"}} << "A" << 401 << ic
                                    << "unknown_client";
    QTest::newRow("wrong key") << none << none << "B" << 401 << ic << "bad_signature";
    QTest::newRow("iss != sub") << QJsonObject{{"sub", "x"}} << none << "A" << 401 << ic << "iss_sub_mismatch";
    QTest::newRow("wrong aud") << QJsonObject{{"aud", "https://auth.moneyp.dev.br/connect/token"}} << none << "A" << 401
                               << ic << "wrong_audience";
    QTest::newRow("expired") << QJsonObject{{"iat", n(now - 600)}, {"nbf", n(now - 600)}, {"exp", n(now - 300)}} << none
                             << "A" << 401 << ic << "expired";
    QTest::newRow("lifetime too long") << QJsonObject{{"exp", n(now + 7200)}} << none << "A" << 401 << ic
                                       << "lifetime_too_long";
    QTest::newRow("nbf in the future") << QJsonObject{{"nbf", n(now + 600)}, {"exp", n(now + 900)}} << none << "A"
                                       << 401 << ic << "not_yet_valid";
    QTest::newRow("iat in the future") << QJsonObject{{"iat", n(now + 600)}, {"exp", n(now + 900)}} << none << "A"
                                       << 401 << ic << "issued_in_future";
    QTest::newRow("no jti") << QJsonObject{{"jti", QJsonValue()}} << none << "A" << 401 << ic << "missing_claim";
    QTest::newRow("jti replay") << none << none << "replay" << 401 << ic << "jti_replayed";
    QTest::newRow("bad scope") << none << QJsonObject{{"scope", "openid"}} << "A" << 400 << "invalid_scope"
                               << "scope_not_allowed";
    QTest::newRow("missing assertion") << none << QJsonObject{{"client_assertion", QJsonValue()}} << "A" << 401 << ic
                                       << "missing_assertion";
    QTest::newRow("wrong grant type") << none << QJsonObject{{"grant_type", "authorization_code"}} << "A" << 400
                                      << "unsupported_grant_type"
                                      << "unsupported_grant_type";
    QTest::newRow("wrong assertion type")
        << none << QJsonObject{{"client_assertion_type", "jwt"}} << "A" << 401 << ic << "unsupported_assertion_type";
}

void TestSandboxServer::tokenRefusalsOverHttp() {
    QFETCH(QJsonObject, claimChanges);
    QFETCH(QJsonObject, formChanges);
    QFETCH(QString, signer);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, reason);
    SandboxServer server(options());
    QVERIFY(server.start().ok());
    Http http;
    const QString client = registerOverHttp(http, server.baseUrl());
    const QJsonObject payload =
        merged(claims(client, QDateTime::currentSecsSinceEpoch(), server.tokenUrl().toString()), claimChanges);
    const QByteArray assertion = sign(payload, signer == u"B" ? keyB() : keyA());
    if (signer == u"replay")
        QCOMPARE(http.token(server.tokenUrl(), client, assertion).status, 200);
    QJsonObject form{{"grant_type", "client_credentials"},
                     {"client_id", client},
                     {"scope", "bmp.digital.api.full.access"},
                     {"client_assertion", QString::fromLatin1(assertion)},
                     {"client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"}};
    form = merged(form, formChanges);
    QList<QPair<QString, QString>> fields;
    for (auto it = form.begin(); it != form.end(); ++it)
        fields.append({it.key(), it.value().toString()});
    const Reply r = http.send("POST", server.tokenUrl(), formEncode(fields),
                              {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
    QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
}

void TestSandboxServer::idempotentReplayOverHttp() {
    SandboxServer server(options());
    QVERIFY(server.start().ok());
    Http http;
    const QByteArray token = tokenOverHttp(http, server, registerOverHttp(http, server.baseUrl()));
    QVERIFY(http.saveBorrower(server.baseUrl(), token));
    const QString key = newKey();
    const QJsonObject dto = proposalDto(goodAccount());
    const Reply first = http.api(server.baseUrl(), "/Proposta/IncluirManualSimplificado", token, dto, key);
    const Reply second = http.api(server.baseUrl(), "/Proposta/IncluirManualSimplificado", token, dto, key);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(server.engine()->proposals().count(), 1);
    QJsonObject changed = dto;
    changed.insert(QStringLiteral("prazo"), 24);
    QCOMPARE(http.api(server.baseUrl(), "/Proposta/IncluirManualSimplificado", token, changed, key).status, 409);
    QCOMPARE(http.api(server.baseUrl(), "/Proposta/Consultar", token, locator(first.json()), QString()).status, 400);
}

void TestSandboxServer::tlsWithItsCa() {
    QTemporaryDir dir;
    SandboxServer::Options o = options();
    o.tls = true;
    o.caOutPath = dir.filePath(QStringLiteral("sandbox-ca.pem"));
    SandboxServer server(o);
    QVERIFY(server.start().ok());
    QVERIFY(server.baseUrl().toString().startsWith(QStringLiteral("https://127.0.0.1:")));
    QFile caFile(o.caOutPath);
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    QCOMPARE(caFile.readAll(), server.caCertificatePem());

    // Without the CA: the handshake fails (verification is never switched off).
    Http untrusting;
    const Reply refused = untrusting.send("GET", QUrl(server.baseUrl().toString() + QStringLiteral("/_sandbox/info")));
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(refused.status, 0);

    // With the CA added explicitly: both loopback names work, and the whole flow runs over HTTPS.
    Http http;
    http.tls.addCaCertificates(QSslCertificate::fromData(server.caCertificatePem()));
    for (const QString& base :
         {server.baseUrl().toString(), QStringLiteral("https://localhost:%1").arg(server.port())}) {
        const Reply info = http.send("GET", QUrl(base + QStringLiteral("/_sandbox/info")));
        QCOMPARE(info.error, QNetworkReply::NoError);
        QCOMPARE(info.status, 200);
    }
    const QString client = registerOverHttp(http, server.baseUrl());
    const QByteArray token = tokenOverHttp(http, server, client);
    QVERIFY(!token.isEmpty());
    QVERIFY(http.saveBorrower(server.baseUrl(), token));
    QCOMPARE(
        http.api(server.baseUrl(), "/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount())).status,
        200);
    // The HTTP guard works on the decrypted stream too.
    QSslSocket raw;
    QSslConfiguration rawTls = raw.sslConfiguration();
    rawTls.addCaCertificates(QSslCertificate::fromData(server.caCertificatePem()));
    raw.setSslConfiguration(rawTls);
    QByteArray answer;
    connect(&raw, &QSslSocket::readyRead, this, [&] { answer += raw.readAll(); });
    QSignalSpy encrypted(&raw, &QSslSocket::encrypted);
    QSignalSpy closed(&raw, &QSslSocket::disconnected);
    raw.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(encrypted.wait(10000));
    raw.write("POST /_sandbox/keys HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n{");
    QVERIFY(closed.wait(10000));
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(100).constData());

    // The https audience is the one accepted now; the http spelling is another endpoint.
    const QString httpAud = QStringLiteral("http://127.0.0.1:%1/connect/token").arg(server.port());
    QCOMPARE(http.token(server.tokenUrl(), client, sign(claims(client, QDateTime::currentSecsSinceEpoch(), httpAud)))
                 .json()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("wrong_audience"));
}

void TestSandboxServer::callbacksReachTheReceiver_data() {
    QTest::addColumn<QString>("method");
    QTest::newRow("POST") << "POST";
    QTest::newRow("GET") << "GET";
    QTest::newRow("PUT") << "PUT"; // BMP's callback pages list GET, POST and PUT
}

void TestSandboxServer::callbacksReachTheReceiver() {
    QFETCH(QString, method);
    CallbackReceiver receiver;
    const quint16 receiverPort = receiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(receiverPort > 0);
    SandboxServer server(options());
    QVERIFY(server.start().ok());
    Http http;
    const QUrl base = server.baseUrl();
    const Reply configured =
        http.json(QUrl(base.toString() + QStringLiteral("/_sandbox/callback")),
                  QJsonObject{{"url", QStringLiteral("http://127.0.0.1:%1/bmp/status").arg(receiverPort)},
                              {"method", method},
                              {"authHeader", "X-API-Key"},
                              {"authValue", "partner-callback-key"}});
    QCOMPARE(configured.status, 200);
    const QByteArray token = tokenOverHttp(http, server, registerOverHttp(http, base));
    QVERIFY(http.saveBorrower(base, token));
    const QJsonObject loc = locator(
        http.api(base, "/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount(), "OP-77")).json());
    QCOMPARE(http.signAndFinalize(base, token, loc).status, 200);
    http.api(base, "/Proposta/Liberar", token, loc);

    QSignalSpy hits(&receiver, &CallbackReceiver::hit);
    while (receiver.hits.size() < 6 && hits.wait(5000)) {
    }
    QCOMPARE(receiver.hits.size(), 6);
    QList<int> statuses;
    for (const CallbackReceiver::Hit& h : receiver.hits) {
        QCOMPARE(h.method, method.toLatin1());
        QCOMPARE(h.query.queryItemValue(QStringLiteral("proposal")),
                 loc.value(QStringLiteral("codigoProposta")).toString());
        QCOMPARE(h.query.queryItemValue(QStringLiteral("identifier")), QStringLiteral("OP-77"));
        QCOMPARE(h.apiKey, QByteArray("partner-callback-key"));
        statuses.append(h.query.queryItemValue(QStringLiteral("status")).toInt());
    }
    QCOMPARE(statuses, (QList<int>{0, 1, 2, 6, 8, 9})); // in the order they happened
    // The sandbox records an attempt when the receiver's answer is back, just after the receiver saw it.
    QTRY_COMPARE_WITH_TIMEOUT(server.engine()->callbacks().attempts().size(), 6, 5000);
    const QJsonObject attempts = http.send("GET", QUrl(base.toString() + QStringLiteral("/_sandbox/callbacks"))).json();
    QCOMPARE(attempts.value(QStringLiteral("attempts")).toArray().size(), 6);
    QVERIFY(attempts.value(QStringLiteral("attempts")).toArray().first().toObject().value("delivered").toBool());
}

void TestSandboxServer::burstGets429InProduction() {
    SandboxServer server(options(SandboxMode::Production));
    QVERIFY(server.start().ok());
    Http http;
    const QUrl base = server.baseUrl();
    const QString client = registerOverHttp(http, base); // /_sandbox is not rate limited
    const QByteArray token = tokenOverHttp(http, server, client);
    QVERIFY(!token.isEmpty());
    // A burst of 5 requests right after the token request: all but possibly the first refused.
    QNetworkAccessManager nam;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/Proposta/CalcularValoresProposta")));
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("IdempotencyKey", newKey().toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        replies.append(
            nam.post(request, QByteArray("{\"dto\":{\"vlrSolicitado\":1000,\"prazo\":6,\"percJurosNegociado\":1}}")));
    }
    int limited = 0;
    for (QNetworkReply* reply : replies) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            QVERIFY(finished.wait(10000));
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429) {
            ++limited;
            QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("1"));
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            QCOMPARE(body.value(QStringLiteral("hasError")).toBool(), true);
            QCOMPARE(body.value(QStringLiteral("messages")).toArray().first().toObject().value("code").toString(),
                     QStringLiteral("X0012"));
        }
        reply->deleteLater();
    }
    QVERIFY2(limited >= 4, qPrintable(QString::number(limited)));
}

void TestSandboxServer::malformedHttpGetsClean4xx_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15) << 400;
    QTest::newRow("huge content-length") << QByteArray("POST /Proposta/Consultar HTTP/1.1\r\nHost: x\r\n"
                                                       "Content-Length: 5000000000\r\n\r\n{")
                                         << 413;
    QTest::newRow("2 MiB body")
        << QByteArray("POST /Proposta/Consultar HTTP/1.1\r\nHost: x\r\nContent-Length: 2097152\r\n\r\n") +
               QByteArray(2097152, 'a')
        << 413;
    QTest::newRow("headers too large") << QByteArray("GET / HTTP/1.1\r\nX-Big: ") + QByteArray(40 * 1024, 'b') << 431;
    QTest::newRow("bad header line") << QByteArray("GET / HTTP/1.1\r\nNoColonHere\r\n\r\n") << 400;
    QTest::newRow("two content-lengths") << QByteArray(
                                                "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                         << 400;
    QTest::newRow("smuggling framing") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: "
                                                     "chunked\r\n\r\n0\r\n\r\n")
                                       << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    QTest::newRow("control character in target") << QByteArray("GET /a\x01b HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("obs-fold header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n") << 400;
}

void TestSandboxServer::malformedHttpGetsClean4xx() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    SandboxServer server(options());
    QVERIFY(server.start().ok());
    const QByteArray answer = rawExchange(server.port(), bytes);
    QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '), answer.left(200).constData());
    QVERIFY(answer.contains("\"hasError\":true"));
    // The server is still fine afterwards, and the refusal is in the log.
    Http http;
    QCOMPARE(http.send("GET", QUrl(server.baseUrl().toString() + QStringLiteral("/_sandbox/info"))).status, 200);
    QCOMPARE(server.engine()->requestLog().entries().back().status, status);
}

void TestSandboxServer::parserGiveUpIsAnswered() {
    // When Qt's HTTP parser gives up on a request it only disconnects the socket's signals and leaves the client
    // hanging. Simulate exactly that behind a ConnectionGuard: the guard must answer 400 and close.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy refused(&listener, &QTcpServer::newConnection);
    QTcpSocket client;
    QByteArray answer;
    connect(&client, &QTcpSocket::readyRead, this, [&] { answer += client.readAll(); });
    QSignalSpy closed(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
    QVERIFY(refused.wait(5000));
    QTcpSocket* serverSide = listener.nextPendingConnection();
    auto* guard = new ConnectionGuard(serverSide, HttpLimits{});
    QSignalSpy guardRefused(guard, &ConnectionGuard::refused);
    connect(serverSide, &QTcpSocket::readyRead, serverSide, [serverSide] { serverSide->disconnect(); });
    client.write("GET /looks/fine HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(closed.wait(5000));
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    QVERIFY(answer.contains("X0007"));
    QCOMPARE(guardRefused.size(), 1);
}

void TestSandboxServer::bodyLimitOverHttp() {
    SandboxServer server(options());
    QVERIFY(server.start().ok());
    Http http;
    const QUrl keys(server.baseUrl().toString() + QStringLiteral("/_sandbox/keys"));
    // Just under the 1 MiB limit, arriving in many pieces: read whole and judged on its content.
    const QByteArray big = "{\"partner\":\"Acme\",\"padding\":\"" + QByteArray(1000 * 1000, 'x') + "\"}";
    const Reply underLimit = http.send("POST", keys, big, {{"Content-Type", "application/json"}});
    QCOMPARE(underLimit.status, 400);
    QCOMPARE(underLimit.json().value(QStringLiteral("messages")).toArray().first().toObject().value("code").toString(),
             QStringLiteral("X0201"));
    // Over it: refused from its Content-Length.
    const QByteArray tooBig = "{\"padding\":\"" + QByteArray(1100 * 1000, 'x') + "\"}";
    const Reply overLimit = http.send("POST", keys, tooBig, {{"Content-Type", "application/json"}});
    QCOMPARE(overLimit.status, 413);
    QCOMPARE(http.send("GET", QUrl(server.baseUrl().toString() + QStringLiteral("/_sandbox/info"))).status, 200);
}

void TestSandboxServer::stateSurvivesRestart() {
    QTemporaryDir dir;
    SandboxServer::Options o = options();
    o.stateDir = dir.path();
    QString client;
    QByteArray token;
    quint16 port = 0;
    {
        SandboxServer server(o);
        QVERIFY(server.start().ok());
        port = server.port();
        Http http;
        client = registerOverHttp(http, server.baseUrl());
        token = tokenOverHttp(http, server, client);
        QVERIFY(http.saveBorrower(server.baseUrl(), token));
        QCOMPARE(
            http.api(server.baseUrl(), "/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount(), "OP-9"))
                .status,
            200);
    }
    o.port = port; // the same URL, so the token audience stays the same
    SandboxServer again(o);
    QVERIFY(again.start().ok());
    Http http;
    QCOMPARE(http.api(again.baseUrl(), "/Proposta/Consultar", token, QJsonObject{{"codigoOperacao", "OP-9"}})
                 .json()
                 .value(QStringLiteral("situacao"))
                 .toInt(),
             2);
    QVERIFY(!tokenOverHttp(http, again, client).isEmpty()); // the registered key is still known
}

void TestSandboxServer::bmpctlPrintsUrlFirst() {
    QProcess process;
    process.start(bmpctl(), {QStringLiteral("sandbox"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--mode"), QStringLiteral("production")});
    QVERIFY(process.waitForStarted(10000));
    while (!process.canReadLine() && process.state() == QProcess::Running)
        process.waitForReadyRead(10000);
    const QByteArray firstLine = process.readLine().trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+$"))
                 .match(QString::fromLatin1(firstLine))
                 .hasMatch(),
             firstLine.constData());
    Http http;
    const Reply info = http.send("GET", QUrl(QString::fromLatin1(firstLine) + QStringLiteral("/_sandbox/info")));
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(QStringLiteral("mode")).toString(), QStringLiteral("production"));
    QCOMPARE(info.json().value(QStringLiteral("rateLimitRps")).toDouble(), 1.0);
    process.terminate(); // SIGTERM: a clean stop
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxServer::bmpctlTlsAndBadUsage() {
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    QProcess process;
    process.start(bmpctl(), {QStringLiteral("sandbox"), QStringLiteral("--tls"), QStringLiteral("--ca-out"), ca,
                             QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY(process.waitForStarted(10000));
    while (!process.canReadLine() && process.state() == QProcess::Running)
        process.waitForReadyRead(10000);
    const QString url = QString::fromLatin1(process.readLine().trimmed());
    QVERIFY2(url.startsWith(QStringLiteral("https://127.0.0.1:")), qPrintable(url));
    QFile caFile(ca);
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    Http http;
    http.tls.addCaCertificates(QSslCertificate::fromData(caFile.readAll()));
    QCOMPARE(http.send("GET", QUrl(url + QStringLiteral("/_sandbox/info"))).status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);

    for (const QStringList& args : {QStringList{QStringLiteral("--mode"), QStringLiteral("staging")},
                                    QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")},
                                    QStringList{QStringLiteral("--rate-limit"), QStringLiteral("fast")},
                                    QStringList{QStringLiteral("--ca-out"), ca}}) {
        QProcess bad;
        bad.start(bmpctl(), QStringList{QStringLiteral("sandbox")} + args);
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardOutput().isEmpty());
        QVERIFY(!bad.readAllStandardError().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"
