#pragma once

// Helpers shared by the sandbox tests (unit, integration, fuzz replay, benchmark): fixture keys, signed client
// assertions and request builders for the socket-free engine.
#include "crypto/ClientAssertion.h"
#include "crypto/Jwt.h"
#include "crypto/KeyPair.h"
#include "sandbox/SandboxEngine.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
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

// A BMP business call with its whole body: Bearer token, IdempotencyKey.
inline SandboxRequest apiBodyRequest(const QByteArray& path, const QByteArray& token, const QJsonObject& body,
                                     const QString& idempotencyKey = newKey()) {
    SandboxRequest r = jsonRequest("POST", path, body);
    r.headers.append({"Authorization", "Bearer " + token});
    if (!idempotencyKey.isEmpty())
        r.headers.append({"IdempotencyKey", idempotencyKey.toLatin1()});
    return r;
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

// Pessoa/Salvar and Pessoa/SalvarEndereco bodies for a borrower (BMP's documented shapes, docs/BMP-API.md).
inline QJsonObject personBody(const QString& document = QString::fromLatin1(kBorrowerCpf),
                              const QString& name = QStringLiteral("Maria da Silva")) {
    return QJsonObject{
        {QStringLiteral("dto"),
         QJsonObject{{QStringLiteral("nome"), name},
                     {QStringLiteral("documentoFederal"), document},
                     {QStringLiteral("pf"), QJsonObject{{QStringLiteral("rg"), QStringLiteral("284917362")},
                                                        {QStringLiteral("dtNasc"), QStringLiteral("1986-04-12")}}}}}};
}

inline QJsonObject addressBody(const QString& document = QString::fromLatin1(kBorrowerCpf)) {
    return QJsonObject{
        {QStringLiteral("dto"), QJsonObject{{QStringLiteral("cep"), QStringLiteral("01310100")},
                                            {QStringLiteral("logradouro"), QStringLiteral("Av. Paulista")},
                                            {QStringLiteral("nroLogradouro"), QStringLiteral("1000")},
                                            {QStringLiteral("bairro"), QStringLiteral("Bela Vista")},
                                            {QStringLiteral("cidade"), QStringLiteral("São Paulo")},
                                            {QStringLiteral("uf"), QStringLiteral("SP")}}},
        {QStringLiteral("param"), QJsonObject{{QStringLiteral("documentoCliente"), document}}}};
}

// Saves the borrower (person, then address) for the token's client, as BMP wants before an include.
inline bool registerBorrower(SandboxEngine& engine, const QByteArray& token,
                             const QString& document = QString::fromLatin1(kBorrowerCpf)) {
    const SandboxResponse person = engine.handle(apiBodyRequest("/Pessoa/Salvar", token, personBody(document)));
    const SandboxResponse address =
        engine.handle(apiBodyRequest("/Pessoa/SalvarEndereco", token, addressBody(document)));
    return person.status == 200 && address.status == 200;
}

// IncluirAssinaturaCCBFinalizada: the borrower signed `at` (ms since the epoch) from a documentation address.
inline QJsonObject signatureBody(const QJsonObject& locatorDto, qint64 atMs,
                                 const QString& document = QString::fromLatin1(kBorrowerCpf)) {
    const QJsonObject signer{
        {QStringLiteral("nome"), QStringLiteral("Maria da Silva")},
        {QStringLiteral("email"), QStringLiteral("maria@example.com")},
        {QStringLiteral("documento"), document},
        {QStringLiteral("descricao"), QStringLiteral("Emitente")},
        {QStringLiteral("telefoneCelular"), QStringLiteral("11987654321")},
        {QStringLiteral("notificarPorEmail"), false},
        {QStringLiteral("notificarPorWhatsApp"), false},
        {QStringLiteral("dtAssinatura"), QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("ipAssinatura"), QStringLiteral("203.0.113.10")}};
    return QJsonObject{{QStringLiteral("dto"), locatorDto}, {QStringLiteral("assinantes"), QJsonArray{signer}}};
}

} // namespace sandboxkit
