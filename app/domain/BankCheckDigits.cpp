#include "domain/BankCheckDigits.h"

#include <array>
#include <span>

namespace bmp::BankCheckDigits {

namespace {

// Left-pads with zeros to `width`; empty when the input has a non-digit or is longer than `width`.
QString padded(const QString& digits, int width) {
    if (digits.isEmpty() || digits.size() > width)
        return {};
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return digits.rightJustified(width, u'0');
}

int weightedSum(const QString& digits, std::span<const int> weights) {
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i)
        sum += digits.at(i).digitValue() * weights[static_cast<size_t>(i)];
    return sum;
}

QChar digitChar(int d) {
    return QChar(u'0' + d);
}

// 11 - sum mod 11, 11 -> '0', 10 -> `ten`.
QChar mod11Complement(int sum, QChar ten) {
    const int d = 11 - sum % 11;
    if (d == 11)
        return u'0';
    if (d == 10)
        return ten;
    return digitChar(d);
}

} // namespace

QChar bancoDoBrasilAgency(const QString& agency) {
    static constexpr std::array<int, 4> w{5, 4, 3, 2};
    const QString d = padded(agency, 4);
    return d.isEmpty() ? QChar() : mod11Complement(weightedSum(d, w), u'X');
}

QChar bancoDoBrasilAccount(const QString& account) {
    static constexpr std::array<int, 8> w{9, 8, 7, 6, 5, 4, 3, 2};
    const QString d = padded(account, 8);
    return d.isEmpty() ? QChar() : mod11Complement(weightedSum(d, w), u'X');
}

QChar bradescoAgency(const QString& agency) {
    static constexpr std::array<int, 4> w{5, 4, 3, 2};
    const QString d = padded(agency, 4);
    return d.isEmpty() ? QChar() : mod11Complement(weightedSum(d, w), u'P');
}

QChar bradescoAccount(const QString& account) {
    static constexpr std::array<int, 7> w{2, 7, 6, 5, 4, 3, 2};
    const QString d = padded(account, 7);
    if (d.isEmpty())
        return {};
    const int r = weightedSum(d, w) % 11;
    if (r == 0)
        return u'0';
    if (r == 1)
        return u'P';
    return digitChar(11 - r);
}

QChar itauAccount(const QString& agency, const QString& account) {
    const QString a = padded(agency, 4);
    const QString c = padded(account, 5);
    if (a.isEmpty() || c.isEmpty())
        return {};
    const QString all = a + c;
    int sum = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const int product = all.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return digitChar((10 - sum % 10) % 10);
}

QChar santanderAccount(const QString& agency, const QString& account) {
    static constexpr std::array<int, 14> w{9, 7, 3, 1, 0, 0, 9, 7, 1, 3, 1, 9, 7, 3};
    const QString a = padded(agency, 4);
    const QString c = padded(account, 8);
    if (a.isEmpty() || c.isEmpty())
        return {};
    const QString all = a + QStringLiteral("00") + c;
    int sum = 0;
    for (qsizetype i = 0; i < all.size(); ++i)
        sum += (all.at(i).digitValue() * w[static_cast<size_t>(i)]) % 10;
    return digitChar((10 - sum % 10) % 10);
}

QChar caixaAccount(const QString& agency, const QString& operation, const QString& account) {
    static constexpr std::array<int, 15> w{8, 7, 6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    const QString a = padded(agency, 4);
    const QString o = padded(operation, 3);
    const QString c = padded(account, 8);
    if (a.isEmpty() || o.isEmpty() || c.isEmpty())
        return {};
    const int d = weightedSum(a + o + c, w) * 10 % 11;
    return digitChar(d == 10 ? 0 : d);
}

} // namespace bmp::BankCheckDigits
