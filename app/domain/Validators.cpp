#include "domain/Validators.h"

#include <QRegularExpression>
#include <QUrl>

namespace bmp {

QString Validators::digitsOnly(const QString& input) {
    QString out;
    for (QChar c : input) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

Result<QString> Validators::requiredText(const QString& input, const QString& fieldName, int maxLength) {
    const QString t = input.simplified();
    if (t.isEmpty())
        return makeError(tr("%1 is required.").arg(fieldName));
    if (t.size() > maxLength)
        return makeError(tr("%1 is too long (at most %n characters).", nullptr, maxLength).arg(fieldName));
    return t;
}

Result<QString> Validators::email(const QString& input) {
    const QString t = input.trimmed();
    if (t.isEmpty())
        return makeError(tr("Enter an e-mail address, such as name@company.com.br."));
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (t.size() > 254 || !re.match(t).hasMatch() || t.contains(QStringLiteral("..")) || t.startsWith(u'.') ||
        t.section(u'@', 0, 0).endsWith(u'.'))
        return makeError(tr("“%1” is not a valid e-mail address. Use the form name@company.com.br.").arg(t));
    return t;
}

Result<QString> Validators::phoneE164(const QString& input) {
    QString t = input.trimmed();
    static const QRegularExpression separators(QStringLiteral(R"([\s().-])"));
    t.remove(separators);
    if (t.isEmpty())
        return makeError(tr("Enter a phone number in international format, such as +55 11 98765-4321."));
    static const QRegularExpression re(QStringLiteral(R"(^\+[1-9][0-9]{7,14}$)"));
    if (!re.match(t).hasMatch())
        return makeError(tr("“%1” is not an international phone number. Start with + and the country code, "
                            "such as +55 11 98765-4321.")
                             .arg(input.trimmed()));
    // Brazilian numbers: +55, two-digit area code, 8 (landline) or 9 (mobile, starting with 9) digits.
    if (t.startsWith(QStringLiteral("+55"))) {
        const QString national = t.mid(3);
        const bool landline = national.size() == 10;
        const bool mobile = national.size() == 11 && national.at(2) == u'9';
        if ((!landline && !mobile) || national.at(0) == u'0')
            return makeError(tr("“%1” is not a valid Brazilian number: after +55 come the area code (2 digits) and "
                                "8 digits, or 9 digits starting with 9 for a mobile.")
                                 .arg(input.trimmed()));
    }
    return t;
}

QString Validators::displayPhone(const QString& e164) {
    static const QRegularExpression brazil(QStringLiteral(R"(^\+55([1-9][0-9])(9?[0-9]{4})([0-9]{4})$)"));
    const QRegularExpressionMatch m = brazil.match(e164);
    if (!m.hasMatch())
        return e164;
    return QStringLiteral("+55 (%1) %2-%3").arg(m.captured(1), m.captured(2), m.captured(3));
}

Result<QString> Validators::whatsappInviteLink(const QString& input) {
    const QString t = input.trimmed();
    if (t.isEmpty())
        return makeError(tr("Paste the group's invite link, such as https://chat.whatsapp.com/AbCdEf123456."));
    const QUrl url(t, QUrl::StrictMode);
    static const QRegularExpression code(QStringLiteral(R"(^/(?:invite/)?([A-Za-z0-9]{16,32})/?$)"));
    const auto m = code.match(url.path());
    if (!url.isValid() || url.scheme() != QLatin1String("https") ||
        url.host().toLower() != QLatin1String("chat.whatsapp.com") || !m.hasMatch() || url.hasQuery() == true)
        return makeError(tr("“%1” is not a WhatsApp group invite link. It looks like "
                            "https://chat.whatsapp.com/ followed by a code of letters and digits.")
                             .arg(t));
    return QStringLiteral("https://chat.whatsapp.com/") + m.captured(1);
}

Result<QString> Validators::httpUrl(const QString& input, bool requireHttps) {
    const QString t = input.trimmed();
    const QUrl url(t, QUrl::StrictMode);
    const bool schemeOk = requireHttps
                              ? url.scheme() == QLatin1String("https")
                              : (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    if (t.isEmpty() || !url.isValid() || !schemeOk || url.host().isEmpty())
        return makeError(requireHttps ? tr("“%1” is not a valid https:// address.").arg(t)
                                      : tr("“%1” is not a valid http:// or https:// address.").arg(t));
    return url.toString();
}

static bool allSameDigit(const QString& d) {
    return d.count(d.at(0)) == d.size();
}

bool Validators::isValidCpf(const QString& digits) {
    if (digits.size() != 11 || digitsOnly(digits) != digits || allSameDigit(digits))
        return false;
    auto dv = [&](int len) {
        int sum = 0;
        for (int i = 0; i < len; ++i)
            sum += digits.at(i).digitValue() * (len + 1 - i);
        const int r = (sum * 10) % 11;
        return r == 10 ? 0 : r;
    };
    return dv(9) == digits.at(9).digitValue() && dv(10) == digits.at(10).digitValue();
}

bool Validators::isValidCnpj(const QString& digits) {
    if (digits.size() != 14 || digitsOnly(digits) != digits || allSameDigit(digits))
        return false;
    auto dv = [&](int len) {
        static const int weights[] = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        const int offset = 13 - len;
        for (int i = 0; i < len; ++i)
            sum += digits.at(i).digitValue() * weights[offset + i];
        const int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    };
    return dv(12) == digits.at(12).digitValue() && dv(13) == digits.at(13).digitValue();
}

Result<QString> Validators::cpfOrCnpj(const QString& input) {
    const QString d = digitsOnly(input);
    if (d.size() == 11) {
        if (isValidCpf(d))
            return d;
        return makeError(tr("The CPF %1 is not valid: its check digits do not match.").arg(input.trimmed()));
    }
    if (d.size() == 14) {
        if (isValidCnpj(d))
            return d;
        return makeError(tr("The CNPJ %1 is not valid: its check digits do not match.").arg(input.trimmed()));
    }
    return makeError(tr("Enter a CPF (11 digits) or a CNPJ (14 digits)."));
}

} // namespace bmp
