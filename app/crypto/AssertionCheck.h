#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace bmp::crypto {

// What a token endpoint like BMP's would refuse in a client assertion's claims, said before sending it: a
// missing or reused-looking jti, iss/sub not the client_id, aud not the token URL, no exp or an expired one,
// iat/nbf ahead of the clock by more than the usual skew, a lifetime over an hour. BMP publishes no limits; these
// follow RFC 7523 and what IdentityServer does by default.
class AssertionCheck {
    Q_DECLARE_TR_FUNCTIONS(AssertionCheck)
public:
    static constexpr int kClockSkewSeconds = 60;
    static constexpr int kLongestLifetime = 3600;

    // tokenUrl empty: aud is not checked (the URL is not known yet). Each warning is one plain sentence.
    static QStringList warnings(const QJsonObject& claims, const QString& clientId, const QString& tokenUrl,
                                qint64 now);
};

} // namespace bmp::crypto
