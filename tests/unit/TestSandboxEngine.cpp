// The sandbox engine without sockets: every behaviour a partner rehearses against, with an injected clock.

// Test tables read better with plain literals; production code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include "SandboxTestKit.h"
#include "sandbox/Envelope.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp::sandbox;
using namespace sandboxkit;

namespace {

constexpr qint64 kStartMs = 1800000000000; // 2027-01-15T08:00:00Z

SandboxConfig testConfig() {
    SandboxConfig c;
    c.publicBaseUrls = {QString::fromLatin1(kBase), QStringLiteral("http://localhost:8443")};
    return c;
}

// An engine whose clock only moves when the test says so.
struct Fixture {
    qint64 nowMs = kStartMs;
    SandboxEngine engine;
    explicit Fixture(const SandboxConfig& config = testConfig(), const QString& stateDir = {})
        : engine(config, [this] { return nowMs; }) {
        if (!stateDir.isEmpty())
            QVERIFY(engine.openStateDir(stateDir).ok());
    }
    qint64 nowSecs() const { return nowMs / 1000; }
    void advance(qint64 ms) { nowMs += ms; }
    SandboxResponse call(const QByteArray& path, const QByteArray& token, const QJsonObject& dto,
                         const QString& key = newKey()) {
        return engine.handle(apiRequest(path, token, dto, key));
    }
    SandboxResponse callBody(const QByteArray& path, const QByteArray& token, const QJsonObject& body,
                             const QString& key = newKey()) {
        return engine.handle(apiBodyRequest(path, token, body, key));
    }
    // A client with a token and the borrower saved (person and address), ready to include proposals.
    QByteArray readyClient(const bmp::crypto::KeyPair& key = keyA(), const QString& partner = QStringLiteral("Acme")) {
        const QByteArray token = fetchToken(engine, registerClient(engine, key, partner), key);
        if (!registerBorrower(engine, token))
            qFatal("the test borrower could not be saved");
        return token;
    }
    QJsonObject include(const QByteArray& token, const QJsonObject& dto) {
        return call("/Proposta/IncluirManualSimplificado", token, dto).json();
    }
    // The borrower signs (IncluirAssinaturaCCBFinalizada), then Finalizar: BMP's order.
    SandboxResponse signAndFinalize(const QByteArray& token, const QJsonObject& loc) {
        const SandboxResponse signature =
            callBody("/Proposta/IncluirAssinaturaCCBFinalizada", token, signatureBody(loc, nowMs - 60000));
        if (signature.status != 200)
            return signature;
        return call("/Proposta/Finalizar", token, loc);
    }
    int status(const QByteArray& token, const QJsonObject& loc) {
        return call("/Proposta/Consultar", token, loc).json().value(QStringLiteral("situacao")).toInt();
    }
};

QJsonObject firstMessage(const SandboxResponse& r) {
    return r.json().value(QStringLiteral("messages")).toArray().first().toObject();
}

QString firstCode(const SandboxResponse& r) {
    return firstMessage(r).value(QStringLiteral("code")).toString();
}

// BMP's documented errors: the code and its detailed code ("C0065/V0003"); the sandbox sends the detailed code
// in `context`.
QString bmpCode(const SandboxResponse& r) {
    const QJsonObject m = firstMessage(r);
    return m.value(QStringLiteral("code")).toString() + u'/' + m.value(QStringLiteral("context")).toString();
}

QByteArray unsignedToken(const QJsonObject& header, const QJsonObject& payload, const QByteArray& signature = {}) {
    const auto enc = [](const QJsonObject& o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return enc(header) + '.' + enc(payload) + '.' + signature;
}

} // namespace

class TestSandboxEngine : public QObject {
    Q_OBJECT
private slots:
    void keyRegistration_data();
    void keyRegistration();
    void keyRegistrationIsIdempotentAndRotates();
    void tokenIssued();
    void tokenRefusals_data();
    void tokenRefusals();
    void jtiReplayRefused();
    void accessTokenChecks_data();
    void accessTokenChecks();
    void accessTokenExpires();
    void checklistScenarios();
    void incorrectDisbursement_data();
    void incorrectDisbursement();
    void illegalTransitions();
    void recusarAndConsultar();
    void cancelar();
    void proposalsArePerClient();
    void idempotency();
    void idempotencyValidationNotStored();
    void rateLimitProduction();
    void rateLimitToleratesJitterNotBursts();
    void homologationIsLenient();
    void badRequests_data();
    void badRequests();
    void simulation();
    void simulationPjIofByDate();
    void partnerValuesKeptAndFlagged();
    void people();
    void signatureBeforeFinalizar_data();
    void signatureBeforeFinalizar();
    void signatureWaived();
    void updateAccountTakesDtoPagto();
    void requestLogRedactsSecrets();
    void resetForgetsEverything();
    void settleNowAndTimer();
    void callbackConfiguration_data();
    void callbackConfiguration();
    void persistenceSurvivesRestart();
};

void TestSandboxEngine::keyRegistration_data() {
    QTest::addColumn<QString>("fixture"); // relative to tests/data, or "!text" for literal text
    QTest::addColumn<QString>("partner");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("spki rsa2048") << "keys/rsa2048-public.pem"
                                  << "Acme Pagamentos Ltda." << true << "";
    QTest::newRow("private pkcs8") << "keys/rsa2048-pkcs8.pem"
                                   << "Acme" << false << "PRIVATE";
    QTest::newRow("private pkcs1") << "keys/rsa2048-pkcs1.pem"
                                   << "Acme" << false << "PRIVATE";
    QTest::newRow("encrypted private") << "keys/rsa2048-pkcs8-encrypted.pem"
                                       << "Acme" << false << "PRIVATE";
    QTest::newRow("certificate") << "keys/certificate.pem"
                                 << "Acme" << false << "certificate";
    QTest::newRow("rsa 1024") << "sandbox/rsa1024-public.pem"
                              << "Acme" << false << "1024";
    QTest::newRow("ec key") << "keys/ec-p256-public.pem"
                            << "Acme" << false << "RSA";
    QTest::newRow("pkcs1 public") << "keys/rsa2048-public-pkcs1.pem"
                                  << "Acme" << false << "BEGIN PUBLIC KEY";
    QTest::newRow("garbage") << "keys/garbage.pem"
                             << "Acme" << false << "BEGIN";
    QTest::newRow("empty") << "keys/empty.pem"
                           << "Acme" << false << "publicKeyPem";
    QTest::newRow("truncated") << "!-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqM71\n"
                               << "Acme" << false << "truncated";
    QTest::newRow("no partner") << "keys/rsa2048-public.pem"
                                << "  " << false << "partner";
    QTest::newRow("partner without letters") << "keys/rsa2048-public.pem"
                                             << "!!!" << false << "letter";
}

void TestSandboxEngine::keyRegistration() {
    QFETCH(QString, fixture);
    QFETCH(QString, partner);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);
    Fixture f;
    const QByteArray pem = fixture.startsWith(u'!') ? fixture.mid(1).toLatin1() : readFixture(fixture);
    const SandboxResponse r = f.engine.handle(jsonRequest(
        "POST", "/_sandbox/keys",
        QJsonObject{{QStringLiteral("publicKeyPem"), QString::fromLatin1(pem)}, {QStringLiteral("partner"), partner}}));
    const QJsonObject body = r.json();
    if (accepted) {
        QCOMPARE(r.status, 200);
        QCOMPARE(body.value(QStringLiteral("clientId")).toString(),
                 QStringLiteral("bmp.digital.api.acme_pagamentos_ltda"));
        QCOMPARE(body.value(QStringLiteral("bits")).toInt(), 2048);
        QCOMPARE(body.value(QStringLiteral("hasError")).toBool(), false);
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(body.value(QStringLiteral("hasError")).toBool(), true);
        QCOMPARE(firstCode(r), QStringLiteral("X0201"));
        QVERIFY2(body.value(QStringLiteral("msg")).toString().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(body.value(QStringLiteral("msg")).toString()));
        QCOMPARE(f.engine.keys().size(), 0);
    }
    // Whatever was sent, a private key never ends up in the request log.
    const QByteArray log = f.engine.handle(jsonRequest("GET", "/_sandbox/requests", {})).body;
    QVERIFY(!log.contains("PRIVATE KEY"));
    QVERIFY(!log.contains("MIIEv")); // the start of the PKCS#8 private key's base64
}

void TestSandboxEngine::keyRegistrationIsIdempotentAndRotates() {
    Fixture f;
    const QString first = registerClient(f.engine, keyA(), QStringLiteral("Acme"));
    QCOMPARE(first, QStringLiteral("bmp.digital.api.acme"));
    QCOMPARE(registerClient(f.engine, keyA(), QStringLiteral("ACME")), first); // same key, same client
    const QString rotated = registerClient(f.engine, keyB(), QStringLiteral("Acme"));
    QCOMPARE(rotated, QStringLiteral("bmp.digital.api.acme_2"));
    QCOMPARE(registerClient(f.engine, keyA(), QStringLiteral("Árvore Crédito S/A")),
             QStringLiteral("bmp.digital.api.arvore_credito_s_a"));
    // Both keys keep working for their own client only.
    QVERIFY(!fetchToken(f.engine, first, keyA()).isEmpty());
    QVERIFY(!fetchToken(f.engine, rotated, keyB()).isEmpty());
    QVERIFY(fetchToken(f.engine, rotated, keyA()).isEmpty());
}

void TestSandboxEngine::tokenIssued() {
    Fixture f;
    const QString client = registerClient(f.engine);
    for (const QString& aud : {QStringLiteral("http://127.0.0.1:8443/connect/token"),
                               QStringLiteral("http://localhost:8443/connect/token")}) {
        const SandboxResponse r = f.engine.handle(tokenRequest(client, sign(claims(client, f.nowSecs(), aud))));
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("bmp.digital.api.full.access"));
        QVERIFY(body.value(QStringLiteral("access_token")).toString().size() >= 40);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    }
    // aud as an array (RFC 7519) with the endpoint in it; client_id may be omitted (RFC 7523).
    QJsonObject c = claims(client, f.nowSecs());
    c.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("https://elsewhere"), tokenUrl()});
    SandboxRequest r = tokenRequest(QString(), sign(c));
    r.body.replace("client_id=&", "");
    QCOMPARE(f.engine.handle(r).status, 200);
    // Scope omitted: the client's allowed scopes.
    const SandboxResponse noScope = f.engine.handle(tokenRequest(client, sign(claims(client, f.nowSecs())), {}));
    QCOMPARE(noScope.status, 200);
    QCOMPARE(noScope.json().value(QStringLiteral("scope")).toString(), QStringLiteral("bmp.digital.api.full.access"));
}

void TestSandboxEngine::tokenRefusals_data() {
    QTest::addColumn<QJsonObject>("claimChanges"); // null removes a claim
    QTest::addColumn<QJsonObject>("formChanges");  // null removes a field
    QTest::addColumn<QString>("signing");          // A, B, tamper, none, hs256, garbage
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("reason");

    const QByteArray form = "application/x-www-form-urlencoded";
    const qint64 now = kStartMs / 1000;
    const auto n = [](qint64 v) { return QJsonValue(double(v)); };
    const QString client = QStringLiteral("bmp.digital.api.acme_pagamentos");
    const QJsonObject none;
    const QString ic = QStringLiteral("invalid_client");

    QTest::newRow("unknown client") << QJsonObject{{"iss", "bmp.digital.api.ghost"}, {"sub", "bmp.digital.api.ghost"}}
                                    << QJsonObject{{"client_id", "bmp.digital.api.ghost"}} << "A" << form << 401 << ic
                                    << "unknown_client";
    QTest::newRow("tampered payload") << none << none << "tamper" << form << 401 << ic << "bad_signature";
    QTest::newRow("signed by another key") << none << none << "B" << form << 401 << ic << "bad_signature";
    QTest::newRow("alg none") << none << none << "none" << form << 401 << ic << "unsupported_alg";
    QTest::newRow("alg HS256") << none << none << "hs256" << form << 401 << ic << "unsupported_alg";
    QTest::newRow("not a jwt") << none << none << "garbage" << form << 401 << ic << "malformed_assertion";
    QTest::newRow("iss != sub") << QJsonObject{{"sub", "bmp.digital.api.other"}} << none << "A" << form << 401 << ic
                                << "iss_sub_mismatch";
    QTest::newRow("no iss") << QJsonObject{{"iss", QJsonValue()}} << none << "A" << form << 401 << ic
                            << "missing_claim";
    QTest::newRow("client_id != iss") << none << QJsonObject{{"client_id", "bmp.digital.api.other"}} << "A" << form
                                      << 401 << ic << "client_id_mismatch";
    QTest::newRow("aud is BMP's homologation") << QJsonObject{{"aud", "https://auth.moneyp.dev.br/connect/token"}}
                                               << none << "A" << form << 401 << ic << "wrong_audience";
    QTest::newRow("aud without path") << QJsonObject{{"aud", "http://127.0.0.1:8443"}} << none << "A" << form << 401
                                      << ic << "wrong_audience";
    QTest::newRow("aud other port") << QJsonObject{{"aud", "http://127.0.0.1:9999/connect/token"}} << none << "A"
                                    << form << 401 << ic << "wrong_audience";
    QTest::newRow("aud missing") << QJsonObject{{"aud", QJsonValue()}} << none << "A" << form << 401 << ic
                                 << "wrong_audience";
    QTest::newRow("expired") << QJsonObject{{"iat", n(now - 400)}, {"nbf", n(now - 400)}, {"exp", n(now - 1)}} << none
                             << "A" << form << 401 << ic << "expired";
    QTest::newRow("exp is now") << QJsonObject{{"iat", n(now - 60)}, {"nbf", n(now - 60)}, {"exp", n(now)}} << none
                                << "A" << form << 401 << ic << "expired";
    QTest::newRow("no exp") << QJsonObject{{"exp", QJsonValue()}} << none << "A" << form << 401 << ic
                            << "missing_claim";
    QTest::newRow("exp as text") << QJsonObject{{"exp", QString::number(now + 60)}} << none << "A" << form << 401 << ic
                                 << "missing_claim";
    QTest::newRow("lifetime 3601 s") << QJsonObject{{"exp", n(now + 3601)}} << none << "A" << form << 401 << ic
                                     << "lifetime_too_long";
    QTest::newRow("lifetime too long without iat")
        << QJsonObject{{"iat", QJsonValue()}, {"nbf", QJsonValue()}, {"exp", n(now + 7200)}} << none << "A" << form
        << 401 << ic << "lifetime_too_long";
    QTest::newRow("nbf 61 s ahead") << QJsonObject{{"nbf", n(now + 61)}, {"exp", n(now + 300)}} << none << "A" << form
                                    << 401 << ic << "not_yet_valid";
    QTest::newRow("iat 2 min ahead") << QJsonObject{{"iat", n(now + 120)}, {"nbf", n(now)}, {"exp", n(now + 300)}}
                                     << none << "A" << form << 401 << ic << "issued_in_future";
    QTest::newRow("iat as text") << QJsonObject{{"iat", "now"}} << none << "A" << form << 401 << ic
                                 << "malformed_claim";
    // Issue #13: times beyond the NumericDate range used to convert with undefined behaviour and overflow the
    // lifetime and jti arithmetic: iat = -1e300 got a ten-year assertion accepted.
    QTest::newRow("iat -1e300, ten-year exp")
        << QJsonObject{{"iat", -1e300}, {"nbf", QJsonValue()}, {"exp", n(now + 10LL * 365 * 86400)}} << none << "A"
        << form << 401 << ic << "malformed_claim";
    QTest::newRow("exp 9.3e15") << QJsonObject{{"exp", 9.3e15}} << none << "A" << form << 401 << ic
                                << "malformed_claim";
    QTest::newRow("exp 9.3e15, iat -1e300") << QJsonObject{{"exp", 9.3e15}, {"iat", -1e300}, {"nbf", QJsonValue()}}
                                            << none << "A" << form << 401 << ic << "malformed_claim";
    QTest::newRow("nbf 1e300") << QJsonObject{{"nbf", 1e300}} << none << "A" << form << 401 << ic << "malformed_claim";
    QTest::newRow("exp with a fraction") << QJsonObject{{"exp", double(now + 60) + 0.5}} << none << "A" << form << 401
                                         << ic << "malformed_claim";
    QTest::newRow("negative iat") << QJsonObject{{"iat", -1}} << none << "A" << form << 401 << ic << "malformed_claim";
    QTest::newRow("no jti") << QJsonObject{{"jti", QJsonValue()}} << none << "A" << form << 401 << ic
                            << "missing_claim";
    QTest::newRow("empty jti") << QJsonObject{{"jti", ""}} << none << "A" << form << 401 << ic << "missing_claim";
    QTest::newRow("scope not allowed") << none << QJsonObject{{"scope", "bmp.digital.api.admin"}} << "A" << form << 400
                                       << "invalid_scope"
                                       << "scope_not_allowed";
    QTest::newRow("scope of 301 chars") << none << QJsonObject{{"scope", QString(301, u'a')}} << "A" << form << 400
                                        << "invalid_scope"
                                        << "scope_too_long";
    QTest::newRow("no assertion at all") << none
                                         << QJsonObject{{"client_assertion", QJsonValue()},
                                                        {"client_assertion_type", QJsonValue()}}
                                         << "A" << form << 401 << ic << "missing_assertion";
    QTest::newRow("assertion type only") << none << QJsonObject{{"client_assertion", QJsonValue()}} << "A" << form
                                         << 401 << ic << "missing_assertion";
    QTest::newRow("wrong assertion type")
        << none << QJsonObject{{"client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:saml2-bearer"}}
        << "A" << form << 401 << ic << "unsupported_assertion_type";
    QTest::newRow("client secret") << none << QJsonObject{{"client_secret", "hunter2"}} << "A" << form << 401 << ic
                                   << "unsupported_authentication";
    QTest::newRow("no grant type") << none << QJsonObject{{"grant_type", QJsonValue()}} << "A" << form << 400
                                   << "invalid_request"
                                   << "missing_grant_type";
    QTest::newRow("password grant") << none << QJsonObject{{"grant_type", "password"}} << "A" << form << 400
                                    << "unsupported_grant_type"
                                    << "unsupported_grant_type";
    QTest::newRow("json body") << none << none << "A" << QByteArray("application/json") << 400 << "invalid_request"
                               << "content_type";
    QTest::newRow("no content type") << none << none << "A" << QByteArray() << 400 << "invalid_request"
                                     << "content_type";
    Q_UNUSED(client);
}

void TestSandboxEngine::tokenRefusals() {
    QFETCH(QJsonObject, claimChanges);
    QFETCH(QJsonObject, formChanges);
    QFETCH(QString, signing);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, reason);

    Fixture f;
    const QString client = registerClient(f.engine);
    QCOMPARE(client, QStringLiteral("bmp.digital.api.acme_pagamentos"));
    const QJsonObject payload = merged(claims(client, f.nowSecs()), claimChanges);
    QByteArray assertion;
    if (signing == u"A") {
        assertion = sign(payload, keyA());
    } else if (signing == u"B") {
        assertion = sign(payload, keyB());
    } else if (signing == u"tamper") {
        // A valid signature over other claims: swap in a payload with a later exp.
        const QList<QByteArray> parts = sign(payload, keyA()).split('.');
        const QByteArray other = unsignedToken({}, merged(payload, QJsonObject{{"exp", double(f.nowSecs() + 900)}}));
        assertion = parts[0] + '.' + other.split('.')[1] + '.' + parts[2];
    } else if (signing == u"none") {
        assertion = unsignedToken(QJsonObject{{"alg", "none"}, {"typ", "JWT"}}, payload);
    } else if (signing == u"hs256") {
        assertion = unsignedToken(QJsonObject{{"alg", "HS256"}, {"typ", "JWT"}}, payload, "c2lnbmF0dXJl");
    } else {
        assertion = "not-a-jwt";
    }
    QJsonObject form{{"grant_type", "client_credentials"},
                     {"client_id", client},
                     {"scope", "bmp.digital.api.full.access"},
                     {"client_assertion", QString::fromLatin1(assertion)},
                     {"client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"}};
    form = merged(form, formChanges);
    QList<QPair<QString, QString>> fields;
    for (auto it = form.begin(); it != form.end(); ++it)
        fields.append({it.key(), it.value().toString()});
    SandboxRequest request;
    request.method = "POST";
    request.path = "/connect/token";
    if (!contentType.isEmpty())
        request.headers.append({"Content-Type", contentType});
    request.body = formEncode(fields);

    const SandboxResponse r = f.engine.handle(request);
    const QJsonObject body = r.json();
    QCOMPARE(r.status, status);
    QCOMPARE(body.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(!body.value(QStringLiteral("error_description")).toString().isEmpty());
    QVERIFY(!body.contains(QStringLiteral("access_token")));
    QCOMPARE(f.engine.handle(apiRequest("/Proposta/Consultar", "x", {})).status, 401);
}

void TestSandboxEngine::jtiReplayRefused() {
    Fixture f;
    const QString client = registerClient(f.engine);
    const QByteArray assertion = sign(claims(client, f.nowSecs()));
    QCOMPARE(f.engine.handle(tokenRequest(client, assertion)).status, 200);
    f.advance(5000);
    const SandboxResponse replay = f.engine.handle(tokenRequest(client, assertion));
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.json().value(QStringLiteral("reason")).toString(), QStringLiteral("jti_replayed"));
    // A new jti with everything else equal passes.
    QJsonObject fresh = claims(client, f.nowSecs());
    QCOMPARE(f.engine.handle(tokenRequest(client, sign(fresh))).status, 200);
    // Long after the assertion expired the jti is forgotten, but the assertion is refused as expired anyway.
    f.advance(3600 * 1000);
    QCOMPARE(f.engine.handle(tokenRequest(client, assertion)).json().value(QStringLiteral("reason")).toString(),
             QStringLiteral("expired"));
}

void TestSandboxEngine::accessTokenChecks_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("challengeError");
    QTest::newRow("missing") << QByteArray() << QByteArray();
    QTest::newRow("basic scheme") << QByteArray("Basic dXNlcjpwYXNz") << QByteArray("invalid_request");
    QTest::newRow("unknown token") << QByteArray("Bearer abc.def") << QByteArray("invalid_token");
    QTest::newRow("bearer without token") << QByteArray("Bearer") << QByteArray("invalid_request");
}

void TestSandboxEngine::accessTokenChecks() {
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, challengeError);
    Fixture f;
    registerClient(f.engine);
    SandboxRequest r = jsonRequest("POST", "/Proposta/Consultar", QJsonObject{{"dto", QJsonObject{}}});
    r.headers.append({"IdempotencyKey", newKey().toLatin1()});
    if (!authorization.isEmpty())
        r.headers.append({"Authorization", authorization});
    const SandboxResponse response = f.engine.handle(r);
    QCOMPARE(response.status, 401);
    QCOMPARE(firstCode(response), QStringLiteral("X0011"));
    QVERIFY(response.header("WWW-Authenticate").startsWith("Bearer"));
    if (!challengeError.isEmpty())
        QVERIFY(response.header("WWW-Authenticate").contains("error=\"" + challengeError + '"'));
}

void TestSandboxEngine::accessTokenExpires() {
    Fixture f;
    const QString client = registerClient(f.engine);
    const QByteArray token = fetchToken(f.engine, client);
    const QJsonObject dto{{"vlrSolicitado", 1000}, {"prazo", 6}, {"percJurosNegociado", 1.5}};
    QCOMPARE(f.call("/Proposta/CalcularValoresProposta", token, dto).status, 200);
    f.advance(3599 * 1000);
    QCOMPARE(f.call("/Proposta/CalcularValoresProposta", token, dto).status, 200);
    f.advance(1000);
    const SandboxResponse expired = f.call("/Proposta/CalcularValoresProposta", token, dto);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.json().value(QStringLiteral("msg")).toString().contains(QStringLiteral("expired")));
    QVERIFY(expired.header("WWW-Authenticate").contains("invalid_token"));
}

void TestSandboxEngine::checklistScenarios() {
    Fixture f;
    QSignalSpy changes(&f.engine, &SandboxEngine::proposalStatusChanged);
    const QByteArray token = f.readyClient();

    // (a) finalized with INCORRECT bank details: 11 on payment, fixed by AtualizarContaPagamento, then paid.
    QJsonObject wrong = goodAccount();
    wrong.insert(QStringLiteral("contaDig"), QStringLiteral("5"));
    const SandboxResponse a = f.call("/Proposta/IncluirManualSimplificado", token, proposalDto(wrong));
    QCOMPARE(a.status, 200);
    const QJsonObject aBody = a.json();
    QVERIFY(!QUuid::fromString(aBody.value(QStringLiteral("codigoProposta")).toString()).isNull());
    QCOMPARE(aBody.value(QStringLiteral("codigo")), aBody.value(QStringLiteral("codigoProposta")));
    QVERIFY(aBody.value(QStringLiteral("numeroProposta")).toInteger() > 0);
    QCOMPARE(aBody.value(QStringLiteral("situacao")).toInt(), int(Approved));
    const QJsonObject locA = locator(aBody);
    const SandboxResponse finalized = f.signAndFinalize(token, locA);
    QCOMPARE(finalized.status, 200);
    QVERIFY(!finalized.json().contains(QStringLiteral("situacao"))); // BMP's Finalizar answers no status
    QCOMPARE(f.status(token, locA), 6);
    QCOMPARE(f.call("/Proposta/Liberar", token, locA).status, 200);
    f.advance(1999);
    QCOMPARE(f.status(token, locA), 8); // the payment is still in the queue
    f.advance(1);
    const QJsonObject pending = f.call("/Proposta/Consultar", token, locA).json();
    QCOMPARE(pending.value(QStringLiteral("situacao")).toInt(), 11);
    QVERIFY2(pending.value(QStringLiteral("textoRetornoPagamento")).toString().contains(QStringLiteral("210169-5")),
             qPrintable(pending.value(QStringLiteral("textoRetornoPagamento")).toString()));
    const SandboxResponse fixed =
        f.callBody("/Proposta/AtualizarContaPagamento", token, QJsonObject{{"dto", locA}, {"dtoPagto", goodAccount()}});
    QCOMPARE(fixed.status, 200);
    QCOMPARE(f.status(token, locA), 8);
    f.advance(2000);
    const QJsonObject paid = f.call("/Proposta/Consultar", token, locA).json();
    QCOMPARE(paid.value(QStringLiteral("situacao")).toInt(), 9);
    QCOMPARE(paid.value(QStringLiteral("historicoSituacao")).toArray().size(), 8); // 0 1 2 6 8 11 8 9

    // (b) finalized with CORRECT details: stays finalized.
    const QJsonObject locB = locator(f.include(token, proposalDto(goodAccount())));
    QCOMPARE(f.signAndFinalize(token, locB).status, 200);
    f.advance(60000);
    QCOMPARE(f.status(token, locB), 6);

    // (c) released with CORRECT details: 8, then paid.
    const QJsonObject locC = locator(f.include(token, proposalDto(goodAccount())));
    QCOMPARE(f.signAndFinalize(token, locC).status, 200);
    QCOMPARE(f.call("/Proposta/Liberar", token, locC).status, 200);
    QCOMPARE(f.status(token, locC), 8);
    f.advance(2000);
    QCOMPARE(f.status(token, locC), 9);

    // Every status change was announced, in order, for the callbacks.
    QList<int> aStatuses;
    for (const QList<QVariant>& change : changes) {
        if (change.at(0).toString() == locA.value(QStringLiteral("codigoProposta")).toString())
            aStatuses.append(change.at(1).toInt());
    }
    QCOMPARE(aStatuses, (QList<int>{0, 1, 2, 6, 8, 11, 8, 9}));
}

void TestSandboxEngine::incorrectDisbursement_data() {
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<int>("finalStatus");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("correct BB") << QJsonObject{} << 9 << "";
    QTest::newRow("unknown bank 999") << QJsonObject{{"codigoBanco", 999}, {"numeroBanco", "999"}} << 11 << "999";
    QTest::newRow("bank as text") << QJsonObject{{"codigoBanco", "abc"}} << 11 << "codigoBanco";
    QTest::newRow("numeroBanco disagrees") << QJsonObject{{"numeroBanco", "237"}} << 11 << "numeroBanco";
    QTest::newRow("BB agency digit") << QJsonObject{{"agenciaDig", "8"}} << 11 << "1584-8";
    QTest::newRow("BB account digit") << QJsonObject{{"contaDig", "X"}} << 11 << "210169-X";
    QTest::newRow("BB agency of 5 digits")
        << QJsonObject{{"agencia", "15849"}, {"agenciaDig", QJsonValue()}} << 11 << "4 digits";
    QTest::newRow("agency with letters") << QJsonObject{{"agencia", "15a4"}} << 11 << "agencia";
    QTest::newRow("no account digit") << QJsonObject{{"contaDig", QJsonValue()}} << 11 << "contaDig";
    QTest::newRow("payee CPF invalid") << QJsonObject{{"documentoFederalPagamento", "52998224724"}} << 11
                                       << "52998224724";
    QTest::newRow("payee is someone else")
        << QJsonObject{{"documentoFederalPagamento", "11144477735"}} << 11 << "borrower";
    QTest::newRow("no payee name") << QJsonObject{{"nomePagamento", ""}} << 11 << "nomePagamento";
    QTest::newRow("Itau, format only") << QJsonObject{{"codigoBanco", 341}, {"numeroBanco", "341"},
                                                      {"agencia", "0057"},  {"agenciaDig", QJsonValue()},
                                                      {"conta", "72192"},   {"contaDig", "1"}}
                                       << 9 << "";
    QTest::newRow("Nubank, numbers as numbers")
        << QJsonObject{{"codigoBanco", 260},         {"numeroBanco", QJsonValue()}, {"agencia", 1},
                       {"agenciaDig", QJsonValue()}, {"conta", 12345678},           {"contaDig", 9}}
        << 9 << "";
    QTest::newRow("no account at all") << QJsonObject{{"__all", true}} << 11 << "propostaContaPagamentoDTO";
}

void TestSandboxEngine::incorrectDisbursement() {
    QFETCH(QJsonObject, changes);
    QFETCH(int, finalStatus);
    QFETCH(QString, reasonPart);
    Fixture f;
    const QByteArray token = f.readyClient();
    QJsonObject dto = proposalDto(merged(goodAccount(), changes));
    if (changes.contains(QStringLiteral("__all")))
        dto.remove(QStringLiteral("propostaContaPagamentoDTO"));
    const QJsonObject loc = locator(f.include(token, dto));
    QCOMPARE(f.signAndFinalize(token, loc).status, 200);
    QCOMPARE(f.call("/Proposta/Liberar", token, loc).status, 200);
    f.advance(2000);
    const QJsonObject answer = f.call("/Proposta/Consultar", token, loc).json();
    QCOMPARE(answer.value(QStringLiteral("situacao")).toInt(), finalStatus);
    if (!reasonPart.isEmpty())
        QVERIFY2(answer.value(QStringLiteral("textoRetornoPagamento")).toString().contains(reasonPart),
                 qPrintable(answer.value(QStringLiteral("textoRetornoPagamento")).toString()));
}

void TestSandboxEngine::illegalTransitions() {
    Fixture f;
    const QByteArray token = f.readyClient();
    const QJsonObject loc = locator(f.include(token, proposalDto(goodAccount())));

    // Liberar before finalizing: BMP's own pair, C0065 with the detailed code V0003.
    const SandboxResponse early = f.call("/Proposta/Liberar", token, loc);
    QCOMPARE(early.status, 400);
    QCOMPARE(bmpCode(early), QStringLiteral("C0065/V0003"));
    QCOMPARE(early.json().value(QStringLiteral("hasError")).toBool(), true);
    QVERIFY(early.json().value(QStringLiteral("msg")).toString().contains(QStringLiteral("finalized")));

    QCOMPARE(f.signAndFinalize(token, loc).status, 200);
    QCOMPARE(firstCode(f.call("/Proposta/Finalizar", token, loc)), QStringLiteral("X0108")); // twice
    QCOMPARE(f.call("/Proposta/Liberar", token, loc).status, 200);
    QCOMPARE(bmpCode(f.call("/Proposta/Liberar", token, loc)), QStringLiteral("C0065/V0002")); // already released
    const QJsonObject reason{{"motivoRejeicao", 1}, {"textoMotivoRecusa", "teste"}};
    QCOMPARE(
        firstCode(f.callBody("/Proposta/Recusar", token, QJsonObject{{"dto", loc}, {"propostaRecusaDTO", reason}})),
        QStringLiteral("X0108")); // after release
    QCOMPARE(firstCode(f.call("/Proposta/Finalizar", token, loc)), QStringLiteral("X0108"));
    f.advance(2000);
    const SandboxResponse afterPaid =
        f.callBody("/Proposta/AtualizarContaPagamento", token, QJsonObject{{"dto", loc}, {"dtoPagto", goodAccount()}});
    QCOMPARE(afterPaid.status, 400);
    QCOMPARE(firstCode(afterPaid), QStringLiteral("X0108")); // paid: too late to change the account
    QCOMPARE(firstCode(f.callBody("/Proposta/Cancelar", token,
                                  QJsonObject{{"dto", loc}, {"textoMotivoCancelamento", "teste"}})),
             QStringLiteral("X0108")); // paid: too late to cancel

    // Unknown and missing locators: BMP's "not found", C0112/V0001.
    QCOMPARE(bmpCode(f.call("/Proposta/Consultar", token, QJsonObject{{"codigoProposta", newKey()}})),
             QStringLiteral("C0112/V0001"));
    QCOMPARE(bmpCode(f.call("/Proposta/Consultar", token, QJsonObject{{"numeroProposta", 1}})),
             QStringLiteral("C0112/V0001"));
    QCOMPARE(bmpCode(f.call("/Proposta/Liberar", token, QJsonObject{{"codigoProposta", newKey()}})),
             QStringLiteral("C0112/V0001"));
    QCOMPARE(firstCode(f.call("/Proposta/Consultar", token, QJsonObject{})), QStringLiteral("X0005"));
    QJsonObject mismatch = loc;
    mismatch.insert(QStringLiteral("numeroProposta"), loc.value(QStringLiteral("numeroProposta")).toInteger() + 1);
    QCOMPARE(bmpCode(f.call("/Proposta/Consultar", token, mismatch)), QStringLiteral("C0112/V0001"));
}

void TestSandboxEngine::recusarAndConsultar() {
    Fixture f;
    const QByteArray token = f.readyClient();
    const QJsonObject included = f.include(token, proposalDto(goodAccount(), QStringLiteral("OP-1")));
    // Any one part of the locator finds the proposal; braces and upper case in the GUID are fine.
    const QString code = included.value(QStringLiteral("codigoProposta")).toString();
    QCOMPARE(f.call("/Proposta/Consultar", token, QJsonObject{{"codigoOperacao", "OP-1"}}).status, 200);
    QCOMPARE(f.call("/Proposta/Consultar", token, QJsonObject{{"codigoProposta", u'{' + code.toUpper() + u'}'}}).status,
             200);
    const QJsonObject consult =
        f.call("/Proposta/Consultar", token, QJsonObject{{"numeroProposta", included.value("numeroProposta")}}).json();
    // Consultar names the proposal's GUID `codigo` and carries no numeroProposta (BMP's reference).
    QCOMPARE(consult.value(QStringLiteral("codigo")).toString(), code);
    QVERIFY(!consult.contains(QStringLiteral("numeroProposta")));
    QCOMPARE(consult.value(QStringLiteral("documentoCliente")).toString(), QString::fromLatin1(kBorrowerCpf));
    QCOMPARE(consult.value(QStringLiteral("qtdeParcelas")).toInt(), 12);
    QVERIFY(consult.value(QStringLiteral("vlrParcela")).toDouble() > 900);
    QVERIFY(consult.contains(QStringLiteral("textoRetornoPagamento")));
    QCOMPARE(consult.value(QStringLiteral("descricaoSituacao")).toString(), QStringLiteral("Aprovada"));

    // The same codigoOperacao twice is refused: a partner's operation is one proposal. BMP documents no code for
    // it, so the sandbox's own (X) code is used, which no client may key on.
    const SandboxResponse dup =
        f.call("/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount(), QStringLiteral("OP-1")));
    QCOMPARE(firstCode(dup), QStringLiteral("X0103"));
    QCOMPARE(f.engine.proposals().count(), 1);

    // Recusar the old way (a bare locator) is refused: BMP wants propostaRecusaDTO beside dto.
    const QJsonObject op{{"codigoOperacao", "OP-1"}};
    const SandboxResponse bare = f.call("/Proposta/Recusar", token, op);
    QCOMPARE(firstCode(bare), QStringLiteral("X0005"));
    QCOMPARE(firstMessage(bare).value(QStringLiteral("field")).toString(), QStringLiteral("propostaRecusaDTO"));
    QCOMPARE(f.status(token, op), 2);
    const QJsonObject noText{{"dto", op}, {"propostaRecusaDTO", QJsonObject{{"motivoRejeicao", 3}}}};
    QCOMPARE(firstMessage(f.callBody("/Proposta/Recusar", token, noText)).value(QStringLiteral("field")).toString(),
             QStringLiteral("propostaRecusaDTO.textoMotivoRecusa"));
    const QJsonObject reason{{"motivoRejeicao", 3}, {"textoMotivoRecusa", "Proposta de teste"}};
    const SandboxResponse rejected =
        f.callBody("/Proposta/Recusar", token, QJsonObject{{"dto", op}, {"propostaRecusaDTO", reason}});
    QCOMPARE(rejected.status, 200);
    const QJsonObject afterReject = f.call("/Proposta/Consultar", token, op).json();
    QCOMPARE(afterReject.value(QStringLiteral("situacao")).toInt(), 3);
    QCOMPARE(afterReject.value(QStringLiteral("motivoRejeicao")).toString(), QStringLiteral("3"));
    QCOMPARE(firstCode(f.signAndFinalize(token, op)), QStringLiteral("X0108"));
}

void TestSandboxEngine::cancelar() {
    Fixture f;
    const QByteArray token = f.readyClient();
    const QJsonObject loc = locator(f.include(token, proposalDto(goodAccount())));
    QCOMPARE(f.signAndFinalize(token, loc).status, 200);
    // Without its reason, Cancelar is refused and nothing changes.
    const SandboxResponse bare = f.call("/Proposta/Cancelar", token, loc);
    QCOMPARE(firstCode(bare), QStringLiteral("X0005"));
    QCOMPARE(firstMessage(bare).value(QStringLiteral("field")).toString(), QStringLiteral("textoMotivoCancelamento"));
    QCOMPARE(f.status(token, loc), 6);
    const SandboxResponse canceled =
        f.callBody("/Proposta/Cancelar", token, QJsonObject{{"dto", loc}, {"textoMotivoCancelamento", "Teste"}});
    QCOMPARE(canceled.status, 200);
    QCOMPARE(f.status(token, loc), 4);
    QCOMPARE(bmpCode(f.call("/Proposta/Liberar", token, loc)), QStringLiteral("C0065/V0003"));
}

void TestSandboxEngine::proposalsArePerClient() {
    Fixture f;
    const QByteArray acmeToken = f.readyClient(keyA(), QStringLiteral("Acme"));
    const QByteArray betaToken = f.readyClient(keyB(), QStringLiteral("Beta"));
    const QJsonObject loc = locator(f.include(acmeToken, proposalDto(goodAccount())));
    // BMP tells "not yours" (C0112/V0002) from "not found" (V0001).
    QCOMPARE(bmpCode(f.call("/Proposta/Consultar", betaToken, loc)), QStringLiteral("C0112/V0002"));
    QCOMPARE(bmpCode(f.call("/Proposta/Finalizar", betaToken, loc)), QStringLiteral("C0112/V0002"));
    QCOMPARE(bmpCode(f.call("/Proposta/Liberar", betaToken, loc)), QStringLiteral("C0112/V0002"));
    // codigoOperacao is each partner's own: another partner's is simply not found.
    QCOMPARE(bmpCode(f.call("/Proposta/Consultar", betaToken,
                            QJsonObject{{"codigoOperacao", loc.value(QStringLiteral("codigoOperacao"))}})),
             QStringLiteral("C0112/V0001"));
    QCOMPARE(f.call("/Proposta/Consultar", acmeToken, loc).status, 200);
}

void TestSandboxEngine::idempotency() {
    Fixture f;
    const QByteArray token = f.readyClient();
    const QString key = newKey();
    const QJsonObject dto = proposalDto(goodAccount());
    const SandboxResponse first = f.call("/Proposta/IncluirManualSimplificado", token, dto, key);
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    f.advance(30000);
    const SandboxResponse retry = f.call("/Proposta/IncluirManualSimplificado", token, dto, key);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body, first.body); // same codigoProposta and numeroProposta
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(f.engine.proposals().count(), 1); // nothing created twice

    // The key in another spelling of the same GUID is the same key.
    QCOMPARE(f.call("/Proposta/IncluirManualSimplificado", token, dto, u'{' + key.toUpper() + u'}').body, first.body);

    // Same key, different body.
    QJsonObject other = dto;
    other.insert(QStringLiteral("vlrSolicitado"), 20000.0);
    const SandboxResponse conflict = f.call("/Proposta/IncluirManualSimplificado", token, other, key);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(firstCode(conflict), QStringLiteral("X0003"));
    // Same key on another endpoint is a different request too.
    QCOMPARE(f.call("/Proposta/Consultar", token, dto, key).status, 409);
    QCOMPARE(f.engine.proposals().count(), 1);

    // A replayed Finalizar does not fail as "already finalized": it answers what it answered.
    const QJsonObject loc = locator(first.json());
    QCOMPARE(f.callBody("/Proposta/IncluirAssinaturaCCBFinalizada", token, signatureBody(loc, f.nowMs - 1000)).status,
             200);
    const QString finalizeKey = newKey();
    const SandboxResponse fin = f.call("/Proposta/Finalizar", token, loc, finalizeKey);
    QCOMPARE(fin.status, 200);
    QCOMPARE(f.call("/Proposta/Finalizar", token, loc, finalizeKey).body, fin.body);

    // Missing or malformed key.
    const SandboxResponse missing = f.call("/Proposta/Consultar", token, loc, QString());
    QCOMPARE(missing.status, 400);
    QCOMPARE(firstCode(missing), QStringLiteral("X0001"));
    const SandboxResponse notGuid = f.call("/Proposta/Consultar", token, loc, QStringLiteral("retry-1"));
    QCOMPARE(notGuid.status, 400);
    QCOMPARE(firstCode(notGuid), QStringLiteral("X0001"));
    SandboxRequest hyphen = apiRequest("/Proposta/Consultar", token, loc, QString());
    hyphen.headers.append({"Idempotency-Key", newKey().toLatin1()});
    QVERIFY(
        f.engine.handle(hyphen).json().value(QStringLiteral("msg")).toString().contains(QStringLiteral("no hyphen")));
    // Keys belong to a client: another client's call with the same key is its own.
    const SandboxResponse betaCall =
        f.call("/Proposta/IncluirManualSimplificado", f.readyClient(keyB(), QStringLiteral("Beta")), dto, key);
    QCOMPARE(betaCall.status, 200);
    QVERIFY(betaCall.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(f.engine.proposals().count(), 2);
}

void TestSandboxEngine::idempotencyValidationNotStored() {
    Fixture f;
    const QByteArray token = f.readyClient();
    const QString key = newKey();
    SandboxRequest broken = apiRequest("/Proposta/IncluirManualSimplificado", token, {}, key);
    broken.body = "{\"dto\": {";
    QCOMPARE(f.engine.handle(broken).status, 400);
    // The corrected request with the same key runs (a malformed request was never executed).
    QCOMPARE(f.call("/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount()), key).status, 200);
    QCOMPARE(f.engine.proposals().count(), 1);
}

void TestSandboxEngine::rateLimitProduction() {
    SandboxConfig config = testConfig();
    config.mode = SandboxMode::Production;
    Fixture f(config);
    const QString client = registerClient(f.engine);
    const QByteArray token = fetchToken(f.engine, client); // the token request counts too
    const QJsonObject dto{{"vlrSolicitado", 1000}, {"prazo", 6}, {"percJurosNegociado", 1.5}};
    const SandboxResponse limited = f.call("/Proposta/CalcularValoresProposta", token, dto);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    QCOMPARE(firstCode(limited), QStringLiteral("X0012"));
    QCOMPARE(limited.json().value(QStringLiteral("hasError")).toBool(), true);
    f.advance(1000);
    QCOMPARE(f.call("/Proposta/CalcularValoresProposta", token, dto).status, 200);
    // Refused requests do not use up the budget: one per second keeps passing.
    for (int i = 0; i < 5; ++i) {
        f.advance(1000);
        QCOMPARE(f.call("/Proposta/CalcularValoresProposta", token, dto).status, 200);
        QCOMPARE(f.call("/Proposta/CalcularValoresProposta", token, dto).status, 429);
    }
    // Token requests of a known client are limited as well, with RFC 6749-style members added.
    const SandboxResponse tokenLimited = f.engine.handle(tokenRequest(client, sign(claims(client, f.nowSecs()))));
    QCOMPARE(tokenLimited.status, 429);
    QCOMPARE(tokenLimited.json().value(QStringLiteral("error")).toString(), QStringLiteral("too_many_requests"));
    // Another client has its own budget.
    const QString beta = registerClient(f.engine, keyB(), QStringLiteral("Beta"));
    QVERIFY(!fetchToken(f.engine, beta, keyB()).isEmpty());
}

void TestSandboxEngine::rateLimitToleratesJitterNotBursts() {
    SandboxConfig config = testConfig();
    config.mode = SandboxMode::Production;
    config.rateLimitRps = 2; // every 500 ms
    Fixture f(config);
    const QString client = registerClient(f.engine);
    const QByteArray token = fetchToken(f.engine, client);
    const QJsonObject dto{{"vlrSolicitado", 1000}, {"prazo", 6}, {"percJurosNegociado", 1.5}};
    f.advance(460); // 40 ms early: network jitter, accepted
    QCOMPARE(f.call("/Proposta/CalcularValoresProposta", token, dto).status, 200);
    f.advance(460); // early again: 80 ms ahead in total, beyond the 50 ms tolerance
    const SandboxResponse r = f.call("/Proposta/CalcularValoresProposta", token, dto);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json().value(QStringLiteral("retryAfterMs")).toInt(), 30);
    QCOMPARE(r.header("Retry-After"), QByteArray("1")); // whole seconds, rounded up
}

void TestSandboxEngine::homologationIsLenient() {
    Fixture f;
    const QString client = registerClient(f.engine);
    const QByteArray token = fetchToken(f.engine, client);
    const QJsonObject dto{{"vlrSolicitado", 1000}, {"prazo", 6}, {"percJurosNegociado", 1.5}};
    for (int i = 0; i < 50; ++i)
        QCOMPARE(f.call("/Proposta/CalcularValoresProposta", token, dto).status, 200);
}

void TestSandboxEngine::badRequests_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray json = "application/json";
    const QByteArray simulation = "/Proposta/CalcularValoresProposta";
    QTest::newRow("text/plain") << QByteArray("POST") << simulation << QByteArray("text/plain")
                                << QByteArray("{\"dto\":{}}") << 415 << "X0004"
                                << "Content-Type";
    QTest::newRow("form encoded") << QByteArray("POST") << simulation << QByteArray("application/x-www-form-urlencoded")
                                  << QByteArray("a=b") << 415 << "X0004"
                                  << "Content-Type";
    QTest::newRow("json with charset") << QByteArray("POST") << simulation
                                       << QByteArray("application/json; charset=utf-8")
                                       << QByteArray("{\"dto\":{\"vlrSolicitado\":-1}}") << 400 << "X0005"
                                       << "vlrSolicitado";
    QTest::newRow("truncated json") << QByteArray("POST") << simulation << json << QByteArray("{\"dto\": {") << 400
                                    << "X0002"
                                    << "";
    QTest::newRow("json array") << QByteArray("POST") << simulation << json << QByteArray("[1,2]") << 400 << "X0002"
                                << "";
    QTest::newRow("empty body") << QByteArray("POST") << simulation << json << QByteArray() << 400 << "X0002"
                                << "";
    QTest::newRow("no dto") << QByteArray("POST") << simulation << json << QByteArray("{\"vlrSolicitado\":1000}") << 400
                            << "X0005"
                            << "dto";
    QTest::newRow("dto not object") << QByteArray("POST") << simulation << json << QByteArray("{\"dto\":\"x\"}") << 400
                                    << "X0005"
                                    << "dto";
    QTest::newRow("oversized") << QByteArray("POST") << simulation << json
                               << QByteArray("{\"dto\":{\"x\":\"") + QByteArray(1024 * 1024, 'a') + "\"}}" << 413
                               << "X0006"
                               << "";
    QTest::newRow("GET business call") << QByteArray("GET") << simulation << json << QByteArray() << 405 << "X0022"
                                       << "";
    QTest::newRow("unknown action") << QByteArray("POST") << QByteArray("/Proposta/Apagar") << json
                                    << QByteArray("{\"dto\":{}}") << 404 << "X0021"
                                    << "";
    QTest::newRow("unknown controller") << QByteArray("POST") << QByteArray("/Contrato/Consultar") << json
                                        << QByteArray("{\"dto\":{}}") << 404 << "X0021"
                                        << "";
    QTest::newRow("root") << QByteArray("GET") << QByteArray("/") << QByteArray() << QByteArray() << 404 << "X0021"
                          << "";
    QTest::newRow("token via GET") << QByteArray("GET") << QByteArray("/connect/token") << QByteArray() << QByteArray()
                                   << 405 << "X0022"
                                   << "";
    QTest::newRow("prazo zero") << QByteArray("POST") << simulation << json
                                << QByteArray("{\"dto\":{\"vlrSolicitado\":1000,\"prazo\":0,\"percJurosNegociado\":2}}")
                                << 400 << "X0005"
                                << "prazo";
    QTest::newRow("rate as text")
        << QByteArray("POST") << simulation << json
        << QByteArray("{\"dto\":{\"vlrSolicitado\":1000,\"prazo\":12,\"percJurosNegociado\":\"dois\"}}") << 400
        << "X0005"
        << "percJurosNegociado";
    QTest::newRow("tipoPessoa 3") << QByteArray("POST") << simulation << json
                                  << QByteArray(
                                         "{\"dto\":{\"vlrSolicitado\":1000,\"prazo\":12,\"percJurosNegociado\":2,"
                                         "\"tipoPessoa\":3}}")
                                  << 400 << "X0005"
                                  << "tipoPessoa";
    QTest::newRow("first due before contract")
        << QByteArray("POST") << QByteArray("/Proposta/IncluirManualSimplificado") << json
        << QByteArray("{\"dto\":{\"documentoCliente\":\"52998224725\",\"vlrSolicitado\":1000,\"prazo\":12,"
                      "\"percJurosNegociado\":2,\"dtPrimeiroVencto\":\"2020-01-01\"}}")
        << 400 << "X0005"
        << "dtPrimeiroVencto";
    QTest::newRow("nroDiasAcrescimo back before today")
        << QByteArray("POST") << simulation << json
        << QByteArray("{\"dto\":{\"vlrSolicitado\":1000,\"prazo\":12,\"percJurosNegociado\":2,"
                      "\"nroDiasAcrescimo\":-40}}")
        << 400 << "X0005"
        << "nroDiasAcrescimo";
    QTest::newRow("include for an unsaved borrower")
        << QByteArray("POST") << QByteArray("/Proposta/IncluirManualSimplificado") << json
        << QByteArray("{\"dto\":{\"documentoCliente\":\"11144477735\",\"vlrSolicitado\":1000,\"prazo\":12,"
                      "\"percJurosNegociado\":2}}")
        << 400 << "X0104"
        << "documentoCliente";
    QTest::newRow("old borrower call") << QByteArray("POST") << QByteArray("/Pessoa/IncluirAlterar") << json
                                       << QByteArray(
                                              "{\"dto\":{\"documentoFederal\":\"52998224725\",\"nome\":\"Maria\"}}")
                                       << 404 << "X0021"
                                       << "";
    QTest::newRow("include without document")
        << QByteArray("POST") << QByteArray("/Proposta/IncluirManualSimplificado") << json
        << QByteArray("{\"dto\":{\"vlrSolicitado\":1000,\"prazo\":12,\"percJurosNegociado\":2}}") << 400 << "X0005"
        << "documentoCliente";
    QTest::newRow("include with bad CPF")
        << QByteArray("POST") << QByteArray("/Proposta/IncluirManualSimplificado") << json
        << QByteArray("{\"dto\":{\"documentoCliente\":\"123.456.789-00\",\"vlrSolicitado\":1000,\"prazo\":12,"
                      "\"percJurosNegociado\":2}}")
        << 400 << "X0005"
        << "documentoCliente";
    QTest::newRow("account not an object")
        << QByteArray("POST") << QByteArray("/Proposta/IncluirManualSimplificado") << json
        << QByteArray("{\"dto\":{\"documentoCliente\":\"52998224725\",\"vlrSolicitado\":1000,\"prazo\":12,"
                      "\"percJurosNegociado\":2,\"propostaContaPagamentoDTO\":[]}}")
        << 400 << "X0005"
        << "propostaContaPagamentoDTO";
}

void TestSandboxEngine::badRequests() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    Fixture f;
    const QByteArray token = f.readyClient();
    SandboxRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    if (!contentType.isEmpty())
        r.headers.append({"Content-Type", contentType});
    r.headers.append({"Authorization", "Bearer " + token});
    r.headers.append({"IdempotencyKey", newKey().toLatin1()});
    const SandboxResponse response = f.engine.handle(r);
    QCOMPARE(response.status, status);
    const QJsonObject envelope = response.json();
    QCOMPARE(envelope.value(QStringLiteral("hasError")).toBool(), true);
    QVERIFY(!envelope.value(QStringLiteral("msg")).toString().isEmpty());
    const QJsonObject message = envelope.value(QStringLiteral("messages")).toArray().first().toObject();
    QCOMPARE(message.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(message.value(QStringLiteral("field")).toString(), field);
    for (const char* member : {"messageType", "code", "context", "description", "field"})
        QVERIFY2(message.contains(QLatin1String(member)), member);
    QCOMPARE(f.engine.proposals().count(), 0);
}

void TestSandboxEngine::simulation() {
    Fixture f; // 2027-01-15 in São Paulo: the contract day
    const QByteArray token = fetchToken(f.engine, registerClient(f.engine));
    const QJsonObject dto{{"vlrSolicitado", 10000}, {"prazo", 12},   {"percJurosNegociado", 2},
                          {"tipoPessoa", 1},        {"vlrTAC", 150}, {"formatoCalculo", 1}};
    const QJsonObject r = f.call("/Proposta/CalcularValoresProposta", token, dto).json();
    const double iof = r.value(QStringLiteral("vlrIOF")).toDouble();
    const double credit = r.value(QStringLiteral("vlrTotalCredito")).toDouble();
    const double installment = r.value(QStringLiteral("vlrParcela")).toDouble();
    QCOMPARE(qRound64(credit * 100), qRound64((10000 + 150 + iof) * 100));
    QCOMPARE(qRound64(r.value(QStringLiteral("vlrTotalDivida")).toDouble() * 100), qRound64(installment * 12 * 100));
    // IOF for an individual: 0.38% of the credit plus 0.0082%/day on each amortization for up to a year.
    QVERIFY2(iof > credit * 0.0038 && iof < credit * (0.0038 + 0.000082 * 365), qPrintable(QString::number(iof)));
    // PRICE on the credit at 2% a month is a little above the plain 12-month annuity of 10,000.
    QVERIFY(installment > 945.60 && installment < 1000);
    QCOMPARE(r.value(QStringLiteral("percJurosMensal")).toDouble(), 2.0);
    QCOMPARE(r.value(QStringLiteral("percJurosAnual")).toDouble(), 26.8242);
    const double cetYear = r.value(QStringLiteral("percCETAnual")).toDouble();
    QVERIFY(cetYear > 26.8242); // IOF and TAC make the CET exceed the interest rate
    // CET figures come with five decimals, as BMP sends them.
    QCOMPARE(r.value(QStringLiteral("percCETMensal")).toDouble(),
             qRound64((std::pow(1 + cetYear / 100, 1.0 / 12) - 1) * 100 * 100000) / 100000.0);
    QCOMPARE(qRound64(cetYear * 100000) / 100000.0, cetYear);
    // Only figures come back: BMP's answer has no contract or due date.
    for (const char* absent : {"dtContrato", "dtPrimeiroVencto", "dtUltimoVencto", "parcelas"})
        QVERIFY2(!r.contains(QLatin1String(absent)), absent);

    // At 0% interest every installment is the credit divided by the term.
    const QJsonObject zero = f.call("/Proposta/CalcularValoresProposta", token,
                                    QJsonObject{{"vlrSolicitado", 1200}, {"prazo", 12}, {"percJurosNegociado", 0}})
                                 .json();
    QCOMPARE(qRound64(zero.value(QStringLiteral("vlrParcela")).toDouble() * 100),
             qRound64(zero.value(QStringLiteral("vlrTotalCredito")).toDouble() / 12 * 100));

    // nroDiasAcrescimo moves the first due date either way: fewer days, less IOF.
    const auto iofWith = [&](int extraDays) {
        return f
            .call("/Proposta/CalcularValoresProposta", token, merged(dto, QJsonObject{{"nroDiasAcrescimo", extraDays}}))
            .json()
            .value(QStringLiteral("vlrIOF"))
            .toDouble();
    };
    QVERIFY(iofWith(-10) < iofWith(0));
    QVERIFY(iofWith(0) < iofWith(20));
}

void TestSandboxEngine::simulationPjIofByDate() {
    // The contract day is the sandbox's today (São Paulo): each case runs on its own day.
    const auto iofFor = [](int personType, const QDate& day) {
        Fixture f;
        f.nowMs = QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        const QByteArray token = fetchToken(f.engine, registerClient(f.engine));
        const QJsonObject dto{{"vlrSolicitado", 10000},
                              {"prazo", 1},
                              {"percJurosNegociado", 0},
                              {"tipoPessoa", personType},
                              {"nroDiasAcrescimo", 0}};
        return f.call("/Proposta/CalcularValoresProposta", token, dto)
            .json()
            .value(QStringLiteral("vlrIOF"))
            .toDouble();
    };
    // One installment a month out: IOF = F * (daily * days + additional), F = 10000 / (1 - c).
    const auto expected = [](double daily, double additional, int days) {
        const double c = daily / 100 * days + additional / 100;
        return qRound64(10000 / (1 - c) * c * 100) / 100.0;
    };
    QCOMPARE(iofFor(2, QDate(2025, 5, 1)), expected(0.0041, 0.38, 31));
    QCOMPARE(iofFor(2, QDate(2025, 6, 3)), expected(0.0082, 0.95, 30));
    QCOMPARE(iofFor(2, QDate(2025, 7, 1)), expected(0.0082, 0.38, 31));
    QCOMPARE(iofFor(1, QDate(2025, 5, 1)), expected(0.0082, 0.38, 31));
}

void TestSandboxEngine::partnerValuesKeptAndFlagged() {
    Fixture f;
    const QByteArray token = f.readyClient();
    QJsonObject dto = proposalDto(goodAccount());
    dto.insert(QStringLiteral("vlrParcela"), 1234.56);
    dto.insert(QStringLiteral("vlrIOF"), 0);
    const QJsonObject included = f.call("/Proposta/IncluirManualSimplificado", token, dto).json();
    QCOMPARE(included.value(QStringLiteral("hasError")).toBool(), false);
    const QJsonArray warnings = included.value(QStringLiteral("messages")).toArray();
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.first().toObject().value(QStringLiteral("messageType")).toInt(), 2);
    const QJsonObject consult = f.call("/Proposta/Consultar", token, locator(included)).json();
    QCOMPARE(consult.value(QStringLiteral("vlrParcela")).toDouble(), 1234.56); // the partner's own figure is kept
    QCOMPARE(consult.value(QStringLiteral("calculadoPor")).toString(), QStringLiteral("parceiro"));
}

void TestSandboxEngine::people() {
    Fixture f;
    const QByteArray token = fetchToken(f.engine, registerClient(f.engine));
    // Pessoa/Salvar: the person only. PascalCase members bind too (ASP.NET does; BMP's use case prints them so).
    const QJsonObject created = f.callBody("/Pessoa/Salvar", token, personBody()).json();
    QCOMPARE(created.value(QStringLiteral("hasError")).toBool(), false);
    const QString code = created.value(QStringLiteral("codigo")).toString();
    QVERIFY(!QUuid::fromString(code).isNull());
    const QJsonObject pascal{{"dto", QJsonObject{{"Nome", "Maria da Silva Santos"},
                                                 {"DocumentoFederal", "529.982.247-25"},
                                                 {"PF", QJsonObject{{"rg", "284917362"}}}}}};
    const QJsonObject updated = f.callBody("/Pessoa/Salvar", token, pascal).json();
    QCOMPARE(updated.value(QStringLiteral("codigo")).toString(), code);
    QCOMPARE(f.call("/Pessoa/Consultar", token, QJsonObject{{"documentoFederal", "52998224725"}})
                 .json()
                 .value(QStringLiteral("nome"))
                 .toString(),
             QStringLiteral("Maria da Silva Santos"));

    // The old shape: an address inside the person is refused, with the call to use instead.
    QJsonObject old = personBody();
    QJsonObject oldDto = old.value(QStringLiteral("dto")).toObject();
    oldDto.insert(QStringLiteral("endereco"), addressBody().value(QStringLiteral("dto")));
    old.insert(QStringLiteral("dto"), oldDto);
    const SandboxResponse embedded = f.callBody("/Pessoa/Salvar", token, old);
    QCOMPARE(firstCode(embedded), QStringLiteral("X0005"));
    QVERIFY(firstMessage(embedded).value(QStringLiteral("description")).toString().contains(u"SalvarEndereco"));
    // pf.rg is required for an individual; pj is for companies.
    QJsonObject noRg = personBody();
    noRg.insert(QStringLiteral("dto"), merged(noRg.value(QStringLiteral("dto")).toObject(), {{"pf", QJsonObject{}}}));
    QCOMPARE(firstMessage(f.callBody("/Pessoa/Salvar", token, noRg)).value(QStringLiteral("field")).toString(),
             QStringLiteral("pf.rg"));
    QJsonObject wrongKind = personBody();
    wrongKind.insert(QStringLiteral("dto"),
                     merged(wrongKind.value(QStringLiteral("dto")).toObject(), {{"pj", QJsonObject{}}}));
    QCOMPARE(firstMessage(f.callBody("/Pessoa/Salvar", token, wrongKind)).value(QStringLiteral("field")).toString(),
             QStringLiteral("pj"));
    QCOMPARE(
        firstCode(f.callBody("/Pessoa/Salvar", token,
                             QJsonObject{{"dto", QJsonObject{{"documentoFederal", "52998224725"}, {"nome", ""}}}})),
        QStringLiteral("X0005"));

    // Pessoa/SalvarEndereco: BMP's codes C0108/V0001..V0003.
    QJsonObject noParam = addressBody();
    noParam.remove(QStringLiteral("param"));
    QCOMPARE(bmpCode(f.callBody("/Pessoa/SalvarEndereco", token, noParam)), QStringLiteral("C0108/V0001"));
    QCOMPARE(bmpCode(f.callBody("/Pessoa/SalvarEndereco", token, addressBody(QStringLiteral("11144477735")))),
             QStringLiteral("C0108/V0002"));
    const QByteArray betaToken = fetchToken(f.engine, registerClient(f.engine, keyB(), QStringLiteral("Beta")), keyB());
    QCOMPARE(bmpCode(f.callBody("/Pessoa/SalvarEndereco", betaToken, addressBody())), QStringLiteral("C0108/V0003"));
    QJsonObject badUf = addressBody();
    badUf.insert(QStringLiteral("dto"), merged(badUf.value(QStringLiteral("dto")).toObject(), {{"uf", "XX"}}));
    const SandboxResponse r = f.callBody("/Pessoa/SalvarEndereco", token, badUf);
    QCOMPARE(r.status, 400);
    QCOMPARE(firstMessage(r).value(QStringLiteral("field")).toString(), QStringLiteral("uf"));

    // Saved person without an address: an include is refused until SalvarEndereco.
    const SandboxResponse early = f.call("/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount()));
    QCOMPARE(firstCode(early), QStringLiteral("X0104"));
    QVERIFY(firstMessage(early).value(QStringLiteral("description")).toString().contains(u"SalvarEndereco"));
    const QJsonObject address = f.callBody("/Pessoa/SalvarEndereco", token, addressBody()).json();
    QVERIFY(!QUuid::fromString(address.value(QStringLiteral("codigo")).toString()).isNull());
    // The same CEP again updates that address instead of adding one.
    QCOMPARE(f.callBody("/Pessoa/SalvarEndereco", token, addressBody()).json().value(QStringLiteral("codigo")),
             address.value(QStringLiteral("codigo")));
    QCOMPARE(f.call("/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount())).status, 200);
    // Another partner has to save the person itself before including a proposal for it.
    QCOMPARE(firstCode(f.call("/Proposta/IncluirManualSimplificado", betaToken, proposalDto(goodAccount()))),
             QStringLiteral("X0104"));
}

void TestSandboxEngine::signatureBeforeFinalizar_data() {
    QTest::addColumn<QJsonObject>("signerChanges");
    QTest::addColumn<QString>("field");
    QTest::newRow("no date") << QJsonObject{{"dtAssinatura", QJsonValue()}} << "assinantes[0].dtAssinatura";
    QTest::newRow("date in the future") << QJsonObject{{"dtAssinatura", "2027-01-16T08:00:00Z"}}
                                        << "assinantes[0].dtAssinatura";
    QTest::newRow("not an IP") << QJsonObject{{"ipAssinatura", "localhost"}} << "assinantes[0].ipAssinatura";
    QTest::newRow("bad CPF") << QJsonObject{{"documento", "52998224724"}} << "assinantes[0].documento";
    QTest::newRow("someone else signed") << QJsonObject{{"documento", "11144477735"}} << "assinantes";
    QTest::newRow("no name") << QJsonObject{{"nome", ""}} << "assinantes[0].nome";
}

void TestSandboxEngine::signatureBeforeFinalizar() {
    QFETCH(QJsonObject, signerChanges);
    QFETCH(QString, field);
    Fixture f;
    const QByteArray token = f.readyClient();
    const QJsonObject loc = locator(f.include(token, proposalDto(goodAccount())));
    // Finalizar straight after the include (the old flow) is refused: the signature comes first.
    const SandboxResponse unsigned_ = f.call("/Proposta/Finalizar", token, loc);
    QCOMPARE(unsigned_.status, 400);
    QCOMPARE(firstCode(unsigned_), QStringLiteral("X0105"));
    QVERIFY(firstMessage(unsigned_)
                .value(QStringLiteral("description"))
                .toString()
                .contains(u"IncluirAssinaturaCCBFinalizada"));
    QCOMPARE(f.status(token, loc), 2);
    // A malformed signature is refused, naming the field; the proposal stays unsigned.
    QJsonObject bad = signatureBody(loc, f.nowMs - 1000);
    QJsonArray signers = bad.value(QStringLiteral("assinantes")).toArray();
    signers.replace(0, merged(signers.at(0).toObject(), signerChanges));
    bad.insert(QStringLiteral("assinantes"), signers);
    const SandboxResponse refused = f.callBody("/Proposta/IncluirAssinaturaCCBFinalizada", token, bad);
    QCOMPARE(firstCode(refused), QStringLiteral("X0005"));
    QCOMPARE(firstMessage(refused).value(QStringLiteral("field")).toString(), field);
    QCOMPARE(firstCode(f.call("/Proposta/Finalizar", token, loc)), QStringLiteral("X0105"));
    QCOMPARE(firstCode(f.call("/Proposta/IncluirAssinaturaCCBFinalizada", token, loc)), QStringLiteral("X0005"));
    // Signed, it finalizes.
    QCOMPARE(f.signAndFinalize(token, loc).status, 200);
    QCOMPARE(f.status(token, loc), 6);
    QVERIFY(f.call("/Proposta/Consultar", token, loc).json().contains(QStringLiteral("dtAssinatura")));
}

void TestSandboxEngine::signatureWaived() {
    SandboxConfig config = testConfig();
    config.requireSignature = false; // a partner BMP parameterized to finalize without it
    Fixture f(config);
    const QByteArray token = f.readyClient();
    const QJsonObject loc = locator(f.include(token, proposalDto(goodAccount())));
    QCOMPARE(f.call("/Proposta/Finalizar", token, loc).status, 200);
    QCOMPARE(f.status(token, loc), 6);
    QCOMPARE(f.engine.handle(jsonRequest("GET", "/_sandbox/info", {})).json().value("requireSignature").toBool(),
             false);
}

void TestSandboxEngine::updateAccountTakesDtoPagto() {
    Fixture f;
    const QByteArray token = f.readyClient();
    QJsonObject wrong = goodAccount();
    wrong.insert(QStringLiteral("contaDig"), QStringLiteral("5"));
    const QJsonObject loc = locator(f.include(token, proposalDto(wrong)));
    QCOMPARE(f.signAndFinalize(token, loc).status, 200);
    QCOMPARE(f.call("/Proposta/Liberar", token, loc).status, 200);
    f.advance(2000);
    QCOMPARE(f.status(token, loc), 11);
    // The old shape (details inside dto) is refused and changes nothing: the payment stays pending.
    QJsonObject old = loc;
    old.insert(QStringLiteral("propostaContaPagamentoDTO"), goodAccount());
    const SandboxResponse refused = f.call("/Proposta/AtualizarContaPagamento", token, old);
    QCOMPARE(refused.status, 400);
    QCOMPARE(firstCode(refused), QStringLiteral("X0005"));
    QCOMPARE(firstMessage(refused).value(QStringLiteral("field")).toString(), QStringLiteral("dtoPagto"));
    QVERIFY(firstMessage(refused).value(QStringLiteral("description")).toString().contains(u"dtoPagto"));
    f.advance(5000);
    QCOMPARE(f.status(token, loc), 11);
    // BMP's shape: dtoPagto beside dto.
    QCOMPARE(
        f.callBody("/Proposta/AtualizarContaPagamento", token, QJsonObject{{"dto", loc}, {"dtoPagto", goodAccount()}})
            .status,
        200);
    f.advance(2000);
    QCOMPARE(f.status(token, loc), 9);
}

void TestSandboxEngine::requestLogRedactsSecrets() {
    Fixture f;
    const QString client = registerClient(f.engine);
    const QByteArray assertion = sign(claims(client, f.nowSecs()));
    const QByteArray token = f.engine.handle(tokenRequest(client, assertion))
                                 .json()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toLatin1();
    QVERIFY(registerBorrower(f.engine, token));
    f.advance(1234);
    const QString key = newKey();
    f.call("/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount()), key);
    f.engine.handle(jsonRequest("POST", "/_sandbox/callback",
                                QJsonObject{{"url", "http://127.0.0.1:1/cb"},
                                            {"authHeader", "X-API-Key"},
                                            {"authValue", "callback-secret-123"}}));

    const SandboxResponse r = f.engine.handle(jsonRequest("GET", "/_sandbox/requests", {}));
    QCOMPARE(r.status, 200);
    const QJsonArray entries = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(entries.size(), 6); // keys, token, person, address, include, callback: reading the log is not logged
    const QJsonObject tokenEntry = entries.at(1).toObject();
    QCOMPARE(tokenEntry.value(QStringLiteral("path")).toString(), QStringLiteral("/connect/token"));
    QCOMPARE(tokenEntry.value(QStringLiteral("clientId")).toString(), client);
    QCOMPARE(tokenEntry.value(QStringLiteral("status")).toInt(), 200);
    const QJsonObject include = entries.at(4).toObject();
    QCOMPARE(include.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(include.value(QStringLiteral("path")).toString(), QStringLiteral("/Proposta/IncluirManualSimplificado"));
    QCOMPARE(include.value(QStringLiteral("idempotencyKey")).toString(), key);
    QCOMPARE(include.value(QStringLiteral("clientId")).toString(), client);
    // Server-side receive time, ISO 8601 with milliseconds, oldest first.
    QCOMPARE(include.value(QStringLiteral("receivedAt")).toString(), QStringLiteral("2027-01-15T08:00:01.234Z"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                .match(tokenEntry.value(QStringLiteral("receivedAt")).toString())
                .hasMatch());
    QVERIFY(entries.at(0).toObject().value(QStringLiteral("id")).toInteger() <
            entries.at(5).toObject().value(QStringLiteral("id")).toInteger());

    // No secret anywhere in what the log gives out.
    QVERIFY(!r.body.contains(assertion));
    QVERIFY(!r.body.contains(assertion.split('.').at(2))); // not even the signature
    QVERIFY(!r.body.contains(token));
    QVERIFY(!r.body.contains("callback-secret-123"));
    QVERIFY(r.body.contains("Bearer [redacted]"));
    QVERIFY(r.body.contains("client_assertion=[redacted]"));
    QVERIFY(r.body.contains("\\\"access_token\\\":\\\"[redacted]\\\""));
    // ?since= returns only what is newer.
    QCOMPARE(QJsonDocument::fromJson(f.engine
                                         .handle([] {
                                             SandboxRequest q = jsonRequest("GET", "/_sandbox/requests", {});
                                             q.query = "since=5";
                                             return q;
                                         }())
                                         .body)
                 .array()
                 .size(),
             1);
}

void TestSandboxEngine::resetForgetsEverything() {
    Fixture f;
    const QString client = registerClient(f.engine);
    const QByteArray token = fetchToken(f.engine, client);
    QVERIFY(registerBorrower(f.engine, token));
    f.call("/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount()));
    QCOMPARE(f.engine.handle(jsonRequest("POST", "/_sandbox/reset", {})).status, 200);
    QCOMPARE(f.engine.proposals().count(), 0);
    QCOMPARE(f.engine.requestLog().entries().size(), size_t(0));
    QCOMPARE(f.call("/Proposta/CalcularValoresProposta", token, {}).status, 401);
    const SandboxResponse r = f.engine.handle(tokenRequest(client, sign(claims(client, f.nowSecs()))));
    QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("unknown_client"));
    QCOMPARE(f.engine.handle(jsonRequest("GET", "/_sandbox/reset", {})).status, 405);
}

void TestSandboxEngine::settleNowAndTimer() {
    {
        SandboxConfig config = testConfig();
        config.settlementDelayMs = 60 * 60 * 1000; // an hour: only /_sandbox/settle will pay
        Fixture f(config);
        const QByteArray token = f.readyClient();
        const QJsonObject loc = locator(f.include(token, proposalDto(goodAccount())));
        QCOMPARE(f.signAndFinalize(token, loc).status, 200);
        f.call("/Proposta/Liberar", token, loc);
        const SandboxResponse settled = f.engine.handle(jsonRequest("POST", "/_sandbox/settle", {}));
        QCOMPARE(settled.json().value(QStringLiteral("settled")).toInt(), 1);
        QCOMPARE(f.call("/Proposta/Consultar", token, loc).json().value(QStringLiteral("situacao")).toInt(), 9);
    }
    {
        SandboxConfig config = testConfig();
        config.settlementDelayMs = 0; // paid at the end of the Liberar call itself
        Fixture f(config);
        const QByteArray token = f.readyClient();
        const QJsonObject loc = locator(f.include(token, proposalDto(goodAccount())));
        QCOMPARE(f.signAndFinalize(token, loc).status, 200);
        QCOMPARE(f.call("/Proposta/Liberar", token, loc).status, 200);
        QCOMPARE(f.engine.proposals().find(loc.value("codigoProposta").toString())->situacao, 9);
    }
    {
        // With the real clock, the timer pays without any request coming in.
        SandboxConfig config = testConfig();
        config.settlementDelayMs = 50;
        SandboxEngine engine(config);
        const QString client = registerClient(engine);
        const QByteArray token = fetchToken(engine, client);
        QVERIFY(registerBorrower(engine, token));
        const QJsonObject loc = locator(
            engine.handle(apiRequest("/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount()))).json());
        engine.handle(apiBodyRequest("/Proposta/IncluirAssinaturaCCBFinalizada", token,
                                     signatureBody(loc, QDateTime::currentMSecsSinceEpoch() - 1000)));
        QCOMPARE(engine.handle(apiRequest("/Proposta/Finalizar", token, loc)).status, 200);
        QSignalSpy changes(&engine, &SandboxEngine::proposalStatusChanged);
        engine.handle(apiRequest("/Proposta/Liberar", token, loc));
        QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 2, 5000); // 8, then 9 from the timer
        QCOMPARE(changes.last().at(1).toInt(), 9);
    }
}

void TestSandboxEngine::callbackConfiguration_data() {
    QTest::addColumn<QJsonObject>("config");
    QTest::addColumn<int>("status");
    QTest::newRow("post with api key") << QJsonObject{{"url", "https://partner.example/bmp/callback"},
                                                      {"method", "POST"},
                                                      {"authHeader", "X-API-Key"},
                                                      {"authValue", "k"}}
                                       << 200;
    QTest::newRow("get without auth") << QJsonObject{{"url", "http://127.0.0.1:9/cb"}, {"method", "get"}} << 200;
    QTest::newRow("clear") << QJsonObject{{"url", ""}} << 200;
    QTest::newRow("ftp url") << QJsonObject{{"url", "ftp://x/y"}} << 400;
    QTest::newRow("relative url") << QJsonObject{{"url", "/callback"}} << 400;
    QTest::newRow("PUT method") << QJsonObject{{"url", "http://x/cb"}, {"method", "PUT"}} << 200;
    QTest::newRow("DELETE method") << QJsonObject{{"url", "http://x/cb"}, {"method", "DELETE"}} << 400;
    QTest::newRow("header with space") << QJsonObject{{"url", "http://x/cb"},
                                                      {"authHeader", "X Key"},
                                                      {"authValue", "v"}}
                                       << 400;
    QTest::newRow("value with newline") << QJsonObject{{"url", "http://x/cb"},
                                                       {"authHeader", "X-Key"},
                                                       {"authValue", "a\r\nInjected: 1"}}
                                        << 400;
    QTest::newRow("value too long") << QJsonObject{{"url", "http://x/cb"},
                                                   {"authHeader", "X-Key"},
                                                   {"authValue", QString(300, u'k')}}
                                    << 400;
    QTest::newRow("header without value") << QJsonObject{{"url", "http://x/cb"}, {"authHeader", "X-Key"}} << 400;
}

void TestSandboxEngine::callbackConfiguration() {
    QFETCH(QJsonObject, config);
    QFETCH(int, status);
    Fixture f;
    const SandboxResponse r = f.engine.handle(jsonRequest("POST", "/_sandbox/callback", config));
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(firstCode(r), QStringLiteral("X0202"));
        QVERIFY(!f.engine.callbacks().config().isSet());
        return;
    }
    const QJsonObject shown = f.engine.handle(jsonRequest("GET", "/_sandbox/callback", {}))
                                  .json()
                                  .value(QStringLiteral("callback"))
                                  .toObject();
    QCOMPARE(shown.value(QStringLiteral("url")).toString(), config.value(QStringLiteral("url")).toString());
    if (config.contains(QStringLiteral("authValue")))
        QCOMPARE(shown.value(QStringLiteral("authValue")).toString(), QStringLiteral("[redacted]"));
}

void TestSandboxEngine::persistenceSurvivesRestart() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString client;
    QByteArray token;
    QByteArray assertion;
    QJsonObject loc;
    {
        Fixture f(testConfig(), dir.path());
        client = registerClient(f.engine);
        assertion = sign(claims(client, f.nowSecs()));
        token = f.engine.handle(tokenRequest(client, assertion))
                    .json()
                    .value(QStringLiteral("access_token"))
                    .toString()
                    .toLatin1();
        QVERIFY(registerBorrower(f.engine, token));
        loc = locator(f.call("/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount())).json());
        QCOMPARE(f.signAndFinalize(token, loc).status, 200);
        f.call("/Proposta/Liberar", token, loc);
    }
    {
        Fixture f(testConfig(), dir.path());
        f.advance(5000);
        // The token, the proposal (paid after the restart), the used jti and the log all came back.
        const QJsonObject consult = f.call("/Proposta/Consultar", token, loc).json();
        QCOMPARE(consult.value(QStringLiteral("situacao")).toInt(), 9);
        QCOMPARE(f.engine.handle(tokenRequest(client, assertion)).json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("jti_replayed"));
        QVERIFY(f.engine.requestLog().entries().size() >= 5);
        const QJsonObject next =
            f.call("/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount())).json();
        QCOMPARE(next.value(QStringLiteral("numeroProposta")).toInteger(), loc.value("numeroProposta").toInteger() + 1);
    }
    // Nothing secret was written to the state file.
    QFile file(dir.filePath(QStringLiteral("sandbox-state.sqlite")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QFile wal(dir.filePath(QStringLiteral("sandbox-state.sqlite-wal")));
    if (wal.open(QIODevice::ReadOnly))
        bytes += wal.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(token));
    QVERIFY(!bytes.contains(assertion.split('.').at(2)));
    QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestSandboxEngine)
#include "TestSandboxEngine.moc"
