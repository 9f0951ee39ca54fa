#include "domain/Money.h"

#include <QRegularExpression>

#include <cmath>

namespace bmp {

namespace {

constexpr long double kTieTolerance = 1e-6L;

long double roundHalfUpScaled(long double scaled) {
    const long double magnitude = std::floor(std::fabs(scaled) + 0.5L + kTieTolerance);
    return scaled < 0 ? -magnitude : magnitude;
}

// Splits "123.45" / "123,45" into integer and fraction digits; false when it is not a plain decimal.
bool splitDecimal(const QString& text, QString* integerPart, QString* fraction) {
    static const QRegularExpression re(QStringLiteral(R"(^([0-9]+)(?:[.,]([0-9]*))?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    *integerPart = m.captured(1);
    *fraction = m.captured(2);
    return true;
}

} // namespace

Cents Money::roundCents(long double cents) {
    return static_cast<Cents>(roundHalfUpScaled(cents));
}

double Money::roundDecimals(long double value, int decimals) {
    const long double scale = std::pow(10.0L, decimals);
    return static_cast<double>(roundHalfUpScaled(value * scale) / scale);
}

Result<Cents> Money::parse(const QString& text, const QString& fieldName) {
    const QString t = text.trimmed();
    QString integerPart;
    QString fraction;
    if (t.startsWith(u'-'))
        return makeError(tr("%1 cannot be negative (got %2).").arg(fieldName, t));
    if (!splitDecimal(t, &integerPart, &fraction))
        return makeError(tr("%1 must be an amount in reais such as 1500 or 1500.50, without thousands separators "
                            "(got “%2”).")
                             .arg(fieldName, t));
    if (fraction.size() > 2)
        return makeError(
            tr("%1 has more than two decimals (got “%2”); amounts are in reais and centavos, such as 1500.50.")
                .arg(fieldName, t));
    while (integerPart.size() > 1 && integerPart.startsWith(u'0'))
        integerPart.remove(0, 1);
    if (integerPart.size() > 12)
        return makeError(tr("%1 is too large (got %2).").arg(fieldName, t));
    const Cents whole = integerPart.toLongLong();
    const Cents centavos = fraction.isEmpty() ? 0 : fraction.leftJustified(2, u'0').toLongLong();
    return whole * 100 + centavos;
}

Result<double> Money::parsePercent(const QString& text, const QString& fieldName, int maxDecimals) {
    const QString t = text.trimmed();
    QString integerPart;
    QString fraction;
    if (t.startsWith(u'-'))
        return makeError(tr("%1 cannot be negative (got %2).").arg(fieldName, t));
    if (!splitDecimal(t, &integerPart, &fraction) || integerPart.size() > 6)
        return makeError(tr("%1 must be a percentage such as 1.99 (got “%2”).").arg(fieldName, t));
    if (fraction.size() > maxDecimals)
        return makeError(tr("%1 has more than %2 decimals (got “%3”).").arg(fieldName).arg(maxDecimals).arg(t));
    bool ok = false;
    const double value = (integerPart + u'.' + (fraction.isEmpty() ? QStringLiteral("0") : fraction)).toDouble(&ok);
    if (!ok)
        return makeError(tr("%1 must be a percentage such as 1.99 (got “%2”).").arg(fieldName, t));
    return value;
}

QString Money::toPlainString(Cents cents) {
    const Cents magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::formatCurrency(Cents cents, const QLocale& locale) {
    // The locale decides where the symbol goes and whether a space follows it; the digits come from format(),
    // which is exact (no double). The symbol is always the real's, whatever currency the locale has.
    const QString symbol = QStringLiteral("R$");
    // The C locale (LC_ALL=C) has no currency pattern of its own worth using: write it the English way.
    const QLocale patternLocale =
        locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    QString pattern = patternLocale.toCurrencyString(cents < 0 ? -1.0 : 1.0, symbol, 2);
    const QString one = patternLocale.toString(1.0, 'f', 2);
    if (!pattern.contains(one) || !pattern.contains(symbol))
        return format(cents, locale).prepend(symbol + u' ');
    pattern.replace(one, QStringLiteral("%1"));
    return pattern.arg(format(cents < 0 ? -cents : cents, locale));
}

QString Money::format(Cents cents, const QLocale& locale) {
    const Cents magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2%3%4")
        .arg(cents < 0 ? locale.negativeSign() : QString())
        .arg(locale.toString(static_cast<qlonglong>(magnitude / 100)))
        .arg(locale.decimalPoint())
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace bmp
