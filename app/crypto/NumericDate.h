#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace bmp::crypto {

// RFC 7519 NumericDate (exp, nbf, iat) as this application accepts it: a JSON number holding a whole number of
// seconds from kMin (1970-01-01T00:00:00Z) to kMax (9999-12-31T23:59:59Z). Fractions, negatives, NaN, infinities,
// strings and anything beyond the range are refused before any arithmetic, so that every later sum or
// difference of two dates, or of a date and "now" (also in range), fits easily in a qint64, also in milliseconds.
class NumericDate {
    Q_DECLARE_TR_FUNCTIONS(NumericDate)
public:
    static constexpr qint64 kMin = 0;
    static constexpr qint64 kMax = 253402300799; // 9999-12-31T23:59:59Z

    // The seconds, or nullopt when v is not a NumericDate in range.
    static std::optional<qint64> fromJson(const QJsonValue& v);
    // A claim of an object: absent (or null) -> nullopt; present and valid -> its seconds; present and invalid
    // -> an error naming the claim.
    static Result<std::optional<qint64>> claim(const QJsonObject& claims, const QString& name);
    // now, clamped into the range (a clock cannot be trusted to be sane either).
    static qint64 clamp(qint64 seconds) { return seconds < kMin ? kMin : (seconds > kMax ? kMax : seconds); }
};

} // namespace bmp::crypto
