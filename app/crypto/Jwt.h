#pragma once

#include "core/Result.h"
#include "crypto/ClientAssertion.h"
#include "crypto/KeyPair.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace bmp::crypto {

struct DecodedJwt {
    QJsonObject header;
    QJsonObject payload;
    QByteArray headerPart, payloadPart, signaturePart; // the raw base64url parts
    QByteArray signature;                              // decoded signaturePart

    QByteArray signingInput() const { return headerPart + '.' + payloadPart; }
};

// Compact JWS (RFC 7515) with RS256 only; anything else is refused rather than guessed at.
class Jwt {
    Q_DECLARE_TR_FUNCTIONS(Jwt)
public:
    static constexpr qsizetype kMaxTokenSize = 64 * 1024;

    static QByteArray base64UrlEncode(const QByteArray& data);
    static Result<QByteArray> base64UrlDecode(const QByteArray& text); // strict: no padding, no stray chars

    // Header {"alg":"RS256","typ":"JWT"} (no kid, as in BMP's sample), compact JSON.
    static Result<QByteArray> signRs256(const QJsonObject& payload, const KeyPair& key);
    // Structure only (three base64url parts, JSON objects, an "alg"); never verifies, never crashes.
    static Result<DecodedJwt> decode(const QByteArray& token);
    // The header's alg must be exactly "RS256" (refuses "none", HS256, ...) and the signature must verify.
    // Does not look at exp/nbf: see timeState().
    static Status verifyRs256(const QByteArray& token, const KeyPair& publicKey);

    // Invalid: exp, nbf or iat is present but not a NumericDate (crypto/NumericDate.h): a fraction, a negative
    // number, a string, something beyond the year 9999. Such a token is never valid.
    enum class TimeState { Valid, NotYetValid, Expired, NoExpiry, Invalid };
    // exp/nbf against now (seconds since the epoch), with leeway seconds (0 to a day) of clock skew allowed.
    static TimeState timeState(const QJsonObject& payload, qint64 now, int leeway = 0);
};

} // namespace bmp::crypto
