#pragma once

// Helpers shared by the sandbox tests (unit, integration, fuzz replay, benchmark): fixture keys, signed client
// assertions and request builders for the socket-free engine.
#include "crypto/ClientAssertion.h"
#include "crypto/Jwt.h"
#include "crypto/KeyPair.h"
#include "sandbox/SandboxEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace sandboxkit {

using namespace bmp::sandbox;

inline QByteArray readFixture(const QString& relative) {
    QFile f(QStringLiteral(BMP_TEST_DATA_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(relative));
    return f.readAll();
}

// The registered key (A) and another valid key (B) nobody registered.
inline bmp::crypto::KeyPair keyA() {
    static const auto key = bmp::crypto::KeyPair::fromPrivatePem(readFixture(QStringLiteral("keys/rsa2048-pkcs8.pem")));
    return key.value();
}
inline bmp::crypto::KeyPair keyB() {
    static const auto key = bmp::crypto::KeyPair::fromPrivatePem(readFixture(QStringLiteral("keys/rsa2048-pkcs1.pem")));
    return key.value();
}

inline constexpr auto kBase = "http://127.0.0.1:8443";
inline QString tokenUrl() {
    return QStringLiteral("http://127.0.0.1:8443/connect/token");
}

// Claims as BMP expects them; tests override or remove (null) single claims.
inline QJsonObject claims(const QString& clientId, qint64 nowSecs, const QString& aud = tokenUrl(),
                          int lifetime = 300) {
    return bmp::crypto::ClientAssertion::make(clientId, aud, nowSecs, lifetime).claims();
}

inline QJsonObject merged(QJsonObject base, const QJsonObject& overrides) {
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

inline QByteArray sign(const QJsonObject& payload, const bmp::crypto::KeyPair& key = keyA()) {
    return bmp::crypto::Jwt::signRs256(payload, key).value();
}

inline QByteArray formEncode(const QList<QPair<QString, QString>>& fields) {
    QByteArray out;
    for (const auto& f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

inline SandboxRequest tokenRequest(const QString& clientId, const QByteArray& assertion,
                                   const QString& scope = QStringLiteral("bmp.digital.api.full.access")) {
    SandboxRequest r;
    r.method = "POST";
    r.path = "/connect/token";
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    r.body = formEncode({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("client_id"), clientId},
                         {QStringLiteral("scope"), scope},
                         {QStringLiteral("client_assertion"), QString::fromLatin1(assertion)},
                         {QStringLiteral("client_assertion_type"),
                          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")}});
    return r;
}

inline SandboxRequest jsonRequest(const QByteArray& method, const QByteArray& path, const QJsonObject& body) {
    SandboxRequest r;
    r.method = method;
    r.path = path;
    r.headers = {{"Content-Type", "application/json"}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

inline QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A BMP business call: Bearer token, IdempotencyKey, {"dto": ...}.
inline SandboxRequest apiRequest(const QByteArray& path, const QByteArray& token, const QJsonObject& dto,
                                 const QString& idempotencyKey = newKey()) {
    SandboxRequest r = jsonRequest("POST", path, QJsonObject{{QStringLiteral("dto"), dto}});
    r.headers.append({"Authorization", "Bearer " + token});
    if (!idempotencyKey.isEmpty())
        r.headers.append({"IdempotencyKey", idempotencyKey.toLatin1()});
    return r;
}

inline QString registerClient(SandboxEngine& engine, const bmp::crypto::KeyPair& key = keyA(),
                              const QString& partner = QStringLiteral("Acme Pagamentos")) {
    const SandboxResponse r =
        engine.handle(jsonRequest("POST", "/_sandbox/keys",
                                  QJsonObject{{QStringLiteral("publicKeyPem"), QString::fromLatin1(key.publicKeyPem())},
                                              {QStringLiteral("partner"), partner}}));
    return r.json().value(QStringLiteral("clientId")).toString();
}

inline QByteArray fetchToken(SandboxEngine& engine, const QString& clientId, const bmp::crypto::KeyPair& key = keyA()) {
    const SandboxResponse r = engine.handle(tokenRequest(clientId, sign(claims(clientId, engine.now() / 1000), key)));
    return r.json().value(QStringLiteral("access_token")).toString().toLatin1();
}

// Valid synthetic borrower and disbursement data (CPF and Banco do Brasil digits computed by hand, see the
// DisbursementCheck tests).
inline constexpr auto kBorrowerCpf = "52998224725";
inline QJsonObject goodAccount() {
    return QJsonObject{{QStringLiteral("codigoBanco"), 1},
                       {QStringLiteral("numeroBanco"), QStringLiteral("001")},
                       {QStringLiteral("tipoConta"), 1},
                       {QStringLiteral("agencia"), QStringLiteral("1584")},
                       {QStringLiteral("agenciaDig"), QStringLiteral("9")},
                       {QStringLiteral("conta"), QStringLiteral("210169")},
                       {QStringLiteral("contaDig"), QStringLiteral("6")},
                       {QStringLiteral("documentoFederalPagamento"), QString::fromLatin1(kBorrowerCpf)},
                       {QStringLiteral("nomePagamento"), QStringLiteral("Maria da Silva")}};
}

inline QJsonObject proposalDto(const QJsonObject& account, const QString& operation = newKey()) {
    return QJsonObject{{QStringLiteral("documentoCliente"), QString::fromLatin1(kBorrowerCpf)},
                       {QStringLiteral("codigoOperacao"), operation},
                       {QStringLiteral("vlrSolicitado"), 10000.0},
                       {QStringLiteral("prazo"), 12},
                       {QStringLiteral("percJurosNegociado"), 2.0},
                       {QStringLiteral("tipoPessoa"), 1},
                       {QStringLiteral("propostaContaPagamentoDTO"), account}};
}

inline QJsonObject locator(const QJsonObject& includeAnswer) {
    return QJsonObject{{QStringLiteral("codigoProposta"), includeAnswer.value(QStringLiteral("codigoProposta"))},
                       {QStringLiteral("numeroProposta"), includeAnswer.value(QStringLiteral("numeroProposta"))},
                       {QStringLiteral("codigoOperacao"), includeAnswer.value(QStringLiteral("codigoOperacao"))}};
}

} // namespace sandboxkit
