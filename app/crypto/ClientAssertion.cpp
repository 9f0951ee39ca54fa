#include "crypto/ClientAssertion.h"
#include "crypto/Jwt.h"

#include <QUuid>

namespace bmp::crypto {

ClientAssertion ClientAssertion::make(const QString& clientId, const QString& audience, qint64 now, int lifetime) {
    ClientAssertion assertion;
    assertion.clientId = clientId;
    assertion.audience = audience;
    assertion.jti = QUuid::createUuid().toString(QUuid::WithoutBraces);
    assertion.issuedAt = now;
    assertion.lifetimeSeconds = lifetime;
    return assertion;
}

QJsonObject ClientAssertion::claims() const {
    return QJsonObject{
        {QStringLiteral("jti"), jti},         {QStringLiteral("iss"), clientId}, {QStringLiteral("sub"), clientId},
        {QStringLiteral("aud"), audience},    {QStringLiteral("iat"), issuedAt}, {QStringLiteral("nbf"), issuedAt},
        {QStringLiteral("exp"), expiresAt()},
    };
}

Result<QByteArray> ClientAssertion::sign(const KeyPair& key) const {
    return Jwt::signRs256(claims(), key);
}

} // namespace bmp::crypto
