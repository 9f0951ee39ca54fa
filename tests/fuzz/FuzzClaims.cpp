// The time claims of a JWT (exp, nbf, iat) and the arithmetic done on them: the app's local verification
// (Jwt::timeState), its warnings before sending (AssertionCheck) and the sandbox's assertion check
// (TokenEndpoint::checkTimes). The first byte picks "now" (sane, zero or an extreme), the rest is the claims
// object as JSON; input that is not a JSON object gives three raw doubles (NaN, infinities, huge values) instead.
// Besides "no undefined behaviour" (UBSan in the fuzz build), what was accepted must really be in range.
#include "FuzzSupport.h"
#include "crypto/AssertionCheck.h"
#include "crypto/Jwt.h"
#include "crypto/NumericDate.h"
#include "sandbox/TokenEndpoint.h"

#include <QJsonDocument>

#include <cstring>
#include <limits>

BMP_FUZZ_INIT

namespace {

using bmp::crypto::NumericDate;

QJsonObject claimsFrom(const QByteArray& bytes) {
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject())
        return doc.object();
    QJsonObject o;
    const char* names[] = {"exp", "nbf", "iat"};
    for (int i = 0; i < 3 && (i + 1) * 8 <= bytes.size(); ++i) {
        double d = 0;
        std::memcpy(&d, bytes.constData() + i * 8, sizeof d);
        o.insert(QLatin1String(names[i]), d); // QJsonValue turns NaN and infinities into null
    }
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    constexpr qint64 kNows[] = {1767225600000,
                                0,
                                -1,
                                std::numeric_limits<qint64>::max(),
                                std::numeric_limits<qint64>::min(),
                                253402300799000,
                                253402300800000,
                                1000};
    const qint64 nowMs = kNows[data[0] % (sizeof kNows / sizeof kNows[0])];
    const int skew = (data[0] >> 3) % 2 ? 86400 * 2 : 60;
    const QJsonObject claims =
        claimsFrom(QByteArray(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1)));

    for (const QString& name : {QStringLiteral("exp"), QStringLiteral("nbf"), QStringLiteral("iat")}) {
        const auto seconds = NumericDate::fromJson(claims.value(name));
        if (seconds) {
            fuzzCheck(*seconds >= NumericDate::kMin && *seconds <= NumericDate::kMax, "a date out of range passed");
            fuzzCheck(double(*seconds) == claims.value(name).toDouble(), "a date passed with a different value");
        }
        const auto claim = NumericDate::claim(claims, name);
        fuzzCheck(claim.ok() || !claim.error().message.isEmpty(), "a refused claim has no message");
    }

    const bmp::crypto::Jwt::TimeState state = bmp::crypto::Jwt::timeState(claims, nowMs / 1000, skew);
    if (state == bmp::crypto::Jwt::TimeState::Valid) {
        const auto exp = NumericDate::fromJson(claims.value(QStringLiteral("exp")));
        fuzzCheck(exp.has_value(), "a token without a valid exp was called valid");
    }
    (void)bmp::crypto::AssertionCheck::warnings(claims, QStringLiteral("bmp.digital.api.x"), {}, nowMs / 1000);

    constexpr int kMaxLifetime = 3600;
    const auto times = bmp::sandbox::TokenEndpoint::checkTimes(claims, nowMs, skew, kMaxLifetime);
    if (times) {
        const auto exp = NumericDate::fromJson(claims.value(QStringLiteral("exp")));
        fuzzCheck(exp.has_value(), "the sandbox accepted an assertion without a valid exp");
        fuzzCheck(*exp > NumericDate::clamp(nowMs / 1000), "the sandbox accepted an expired assertion");
        fuzzCheck(*times > *exp * 1000, "a jti would be forgotten before its assertion expires");
        const auto iat = NumericDate::fromJson(claims.value(QStringLiteral("iat")));
        const auto nbf = NumericDate::fromJson(claims.value(QStringLiteral("nbf")));
        const qint64 start = iat ? *iat : (nbf ? *nbf : NumericDate::clamp(nowMs / 1000));
        fuzzCheck(*exp - start <= kMaxLifetime, "the sandbox accepted an assertion living too long");
    } else {
        fuzzCheck(!times.error().message.isEmpty() && !times.error().detail.isEmpty(),
                  "a refused assertion has no message or reason");
    }
    return 0;
}
