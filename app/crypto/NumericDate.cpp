#include "crypto/NumericDate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace bmp::crypto {

std::optional<qint64> NumericDate::fromJson(const QJsonValue& v) {
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // Compared as doubles first: converting a double outside qint64's range is undefined behaviour.
    if (!std::isfinite(d) || d < double(kMin) || d > double(kMax) || d != std::floor(d))
        return std::nullopt;
    return static_cast<qint64>(d);
}

Result<std::optional<qint64>> NumericDate::claim(const QJsonObject& claims, const QString& name) {
    const QJsonValue v = claims.value(name);
    if (v.isUndefined() || v.isNull())
        return std::optional<qint64>();
    if (const auto seconds = fromJson(v))
        return std::optional<qint64>(*seconds);
    return makeError(tr("The claim \"%1\" must be a whole number of seconds since 1970-01-01 (from %2 to %3).")
                         .arg(name)
                         .arg(kMin)
                         .arg(kMax),
                     QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).left(100));
}

} // namespace bmp::crypto
