#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace bmp {

// Money is held in integer centavos so that sums and printed cents never carry binary-float noise.
using Cents = qint64;

class Money {
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    // Largest amount the calculator accepts (R$ 1 billion): keeps every intermediate far from overflow.
    static constexpr Cents kMaxCents = 100'000'000'000LL;

    // Rounds a real number of centavos half up (away from zero for negatives). A value within 1e-6 centavo of a
    // half is treated as the exact half it stands for: the inputs are whole centavos and decimal rates, so such a
    // value is a binary representation artefact, not a genuine figure.
    static Cents roundCents(long double cents);
    // Half-up rounding of a percentage to `decimals` places, with the same tie tolerance.
    static double roundDecimals(long double value, int decimals);

    // "1234.56" / "1234,56" / "1234" / "0.5": a plain decimal with at most two decimals, no thousands separators.
    static Result<Cents> parse(const QString& text, const QString& fieldName);
    // Parses a percentage with at most `maxDecimals` decimals ("2.5", "1,99").
    static Result<double> parsePercent(const QString& text, const QString& fieldName, int maxDecimals = 6);

    static QString toPlainString(Cents cents);                 // "1234.56", "-0.05": for CSV and JSON text
    static QString format(Cents cents, const QLocale& locale); // "1,234.56" / "1.234,56"
    // In reais, the locale's way: "R$1,234.56" (en), "R$ 1.234,56" (pt_BR), "-R$ 0,05".
    static QString formatCurrency(Cents cents, const QLocale& locale);
    // Division is correctly rounded, so the double is the one nearest to the decimal and prints as it.
    static double toJsonNumber(Cents cents) { return static_cast<double>(cents) / 100.0; }
};

} // namespace bmp
