#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace bmp::crypto {

class KeyPair;

// RFC 7523 private_key_jwt client assertion as BMP expects it: jti (UUID), iss = sub = clientId,
// aud = token endpoint URL, iat = nbf = now, exp = now + lifetime (all in seconds since the epoch).
struct ClientAssertion {
    static constexpr int kDefaultLifetime = 300;

    QString clientId;
    QString audience;
    QString jti;
    qint64 issuedAt = 0;
    int lifetimeSeconds = kDefaultLifetime;

    // A fresh random jti each call; now is injected so tests and the sandbox control the clock.
    static ClientAssertion make(const QString& clientId, const QString& audience, qint64 now,
                                int lifetime = kDefaultLifetime);
    QJsonObject claims() const;
    qint64 expiresAt() const { return issuedAt + lifetimeSeconds; }
    // The compact RS256 JWT for these claims.
    Result<QByteArray> sign(const KeyPair& key) const;
};

} // namespace bmp::crypto
