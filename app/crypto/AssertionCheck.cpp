#include "crypto/AssertionCheck.h"
#include "crypto/NumericDate.h"

namespace bmp::crypto {

QStringList AssertionCheck::warnings(const QJsonObject& c, const QString& clientId, const QString& tokenUrl,
                                     qint64 now) {
    QStringList w;
    if (clientId.isEmpty())
        w << tr("This environment has no client_id yet: register the key (step 3) or enter it in step 4.");
    const QJsonValue jti = c.value(QStringLiteral("jti"));
    if (!jti.isString() || jti.toString().trimmed().isEmpty())
        w << tr("jti is empty: every assertion needs a new unique id (a UUID).");
    const QString iss = c.value(QStringLiteral("iss")).toString();
    if (iss.isEmpty() || iss != c.value(QStringLiteral("sub")).toString())
        w << tr("iss and sub must both be the client_id.");
    else if (!clientId.isEmpty() && iss != clientId)
        w << tr("iss and sub are not this environment's client_id (%1).").arg(clientId);
    const QString aud = c.value(QStringLiteral("aud")).toString();
    if (!tokenUrl.isEmpty() && aud != tokenUrl)
        w << tr("aud is not the token URL (%1): assertions made for another audience are refused.").arg(tokenUrl);

    // Range-checked first (crypto/NumericDate.h): a time beyond the range is a warning of its own, and the
    // arithmetic below never sees it.
    const auto expClaim = NumericDate::claim(c, QStringLiteral("exp"));
    const auto iatClaim = NumericDate::claim(c, QStringLiteral("iat"));
    const auto nbfClaim = NumericDate::claim(c, QStringLiteral("nbf"));
    for (const auto* claim : {&expClaim, &iatClaim, &nbfClaim}) {
        if (!*claim)
            w << claim->error().message;
    }
    // Plain values with flags: GCC 12 cannot prove a copied std::optional's payload initialized
    // (-Wmaybe-uninitialized).
    const auto valueOf = [](const auto& claim, qint64* value) {
        if (!claim || !claim->has_value())
            return false;
        *value = **claim;
        return true;
    };
    qint64 expValue = 0;
    qint64 iatValue = 0;
    qint64 nbfValue = 0;
    const bool hasExp = valueOf(expClaim, &expValue);
    const bool hasIat = valueOf(iatClaim, &iatValue);
    const bool hasNbf = valueOf(nbfClaim, &nbfValue);
    const std::optional<qint64> exp = hasExp ? std::optional<qint64>(expValue) : std::nullopt;
    now = NumericDate::clamp(now);
    if (!exp && expClaim)
        w << tr("exp is missing: an assertion that never expires is refused.");
    else if (exp && *exp <= now)
        w << tr("exp is in the past: the assertion has already expired.");
    const qint64 ahead = now + kClockSkewSeconds;
    if ((hasIat && iatValue > ahead) || (hasNbf && nbfValue > ahead))
        w << tr("iat or nbf is more than %1 s ahead of this computer's clock: the server would refuse it. Check "
                "the clock, or the times typed.")
                 .arg(kClockSkewSeconds);
    const qint64 start = hasIat ? iatValue : (hasNbf ? nbfValue : now);
    if (exp && *exp - start > kLongestLifetime)
        w << tr("The lifetime is over an hour (%1 s): keep it short (300 s is usual); long-lived assertions are "
                "refused.")
                 .arg(*exp - start);
    return w;
}

} // namespace bmp::crypto
