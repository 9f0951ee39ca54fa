#include "crypto/Jwt.h"
#include "crypto/Base64Url.h"
#include "crypto/NumericDate.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace bmp::crypto {

namespace {

Result<QJsonObject> parseJsonPart(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError({}, error.errorString());
    if (!doc.isObject())
        return makeError({}, QStringLiteral("not a JSON object"));
    return doc.object();
}

} // namespace

QByteArray Jwt::base64UrlEncode(const QByteArray& data) {
    return Base64Url::encode(data);
}

Result<QByteArray> Jwt::base64UrlDecode(const QByteArray& text) {
    return Base64Url::decode(text);
}

Result<QByteArray> Jwt::signRs256(const QJsonObject& payload, const KeyPair& key) {
    static const QByteArray header =
        Base64Url::encode(QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                                    {QStringLiteral("typ"), QStringLiteral("JWT")}})
                              .toJson(QJsonDocument::Compact));
    const QByteArray signingInput =
        header + '.' + Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    auto signature = key.signRs256(signingInput);
    if (!signature)
        return signature.error();
    return signingInput + '.' + Base64Url::encode(*signature);
}

Result<DecodedJwt> Jwt::decode(const QByteArray& token) {
    if (token.isEmpty())
        return makeError(tr("The JWT is empty."));
    if (token.size() > kMaxTokenSize)
        return makeError(tr("The JWT is too long (%1 bytes) to be a client assertion.").arg(token.size()));
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return makeError(tr("A JWT has three parts separated by dots; this one has %1.").arg(parts.size()));
    DecodedJwt jwt;
    jwt.headerPart = parts[0];
    jwt.payloadPart = parts[1];
    jwt.signaturePart = parts[2];

    const auto headerJson = Base64Url::decode(jwt.headerPart);
    if (!headerJson)
        return makeError(tr("The JWT header is not valid base64url."), headerJson.error().message);
    const auto header = parseJsonPart(*headerJson);
    if (!header)
        return makeError(tr("The JWT header is not a JSON object."), header.error().detail);
    jwt.header = *header;
    if (!jwt.header.value(QStringLiteral("alg")).isString())
        return makeError(tr("The JWT header has no \"alg\"."));

    const auto payloadJson = Base64Url::decode(jwt.payloadPart);
    if (!payloadJson)
        return makeError(tr("The JWT payload is not valid base64url."), payloadJson.error().message);
    const auto payload = parseJsonPart(*payloadJson);
    if (!payload)
        return makeError(tr("The JWT payload is not a JSON object."), payload.error().detail);
    jwt.payload = *payload;

    const auto signature = Base64Url::decode(jwt.signaturePart);
    if (!signature)
        return makeError(tr("The JWT signature is not valid base64url."), signature.error().message);
    jwt.signature = *signature;
    return jwt;
}

Status Jwt::verifyRs256(const QByteArray& token, const KeyPair& publicKey) {
    const auto jwt = decode(token);
    if (!jwt)
        return jwt.error();
    const QString alg = jwt->header.value(QStringLiteral("alg")).toString();
    if (alg != QLatin1String("RS256"))
        return makeError(tr("The JWT uses the algorithm \"%1\"; only RS256 is accepted.").arg(alg));
    // RFC 7515 section 4.1.11: extensions we do not understand must make us reject the token.
    if (jwt->header.contains(QStringLiteral("crit")))
        return makeError(tr("The JWT header has critical extensions (\"crit\"), which are not supported."));
    if (jwt->signature.isEmpty())
        return makeError(tr("The JWT has no signature."));
    if (publicKey.isNull())
        return makeError(tr("No public key was given to verify the JWT."));
    if (!publicKey.verifyRs256(jwt->signingInput(), jwt->signature))
        return makeError(tr("The JWT signature does not match this public key (the token was altered or signed "
                            "with another key)."));
    return {};
}

Jwt::TimeState Jwt::timeState(const QJsonObject& payload, qint64 now, int leeway) {
    // Every claim is range-checked before any arithmetic: nothing below can overflow.
    const auto exp = NumericDate::claim(payload, QStringLiteral("exp"));
    const auto nbf = NumericDate::claim(payload, QStringLiteral("nbf"));
    const auto iat = NumericDate::claim(payload, QStringLiteral("iat"));
    if (!exp || !nbf || !iat)
        return TimeState::Invalid;
    now = NumericDate::clamp(now);
    const qint64 skew = qBound(0, leeway, 86400);
    if (*nbf && now + skew < **nbf)
        return TimeState::NotYetValid;
    if (!*exp)
        return TimeState::NoExpiry;
    return now - skew >= **exp ? TimeState::Expired : TimeState::Valid;
}

} // namespace bmp::crypto
