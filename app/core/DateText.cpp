#include "core/DateText.h"

#include <QRegularExpression>

namespace bmp {

QString DateText::dateFormat(const QLocale& locale) {
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // "M/d/yy" (en_US) and the like: a two-digit year is ambiguous in a project that spans years.
    if (!format.contains(QLatin1String("yyyy"))) {
        static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
        format.replace(twoDigitYear, QStringLiteral("yyyy"));
    }
    return format.contains(QLatin1String("yyyy")) ? format : QStringLiteral("yyyy-MM-dd");
}

QString DateText::date(const QDate& date, const QLocale& locale) {
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString DateText::dayAndDate(const QDate& date, const QLocale& locale) {
    if (!date.isValid())
        return {};
    return locale.toString(date, QStringLiteral("dddd, ") + dateFormat(locale));
}

QString DateText::dateTimeFormat(const QLocale& locale) {
    return dateFormat(locale) + QStringLiteral(" HH:mm");
}

QString DateText::dateTime(const QDateTime& at, const QLocale& locale) {
    return at.isValid() ? locale.toString(at.toLocalTime(), dateTimeFormat(locale)) : QString();
}

} // namespace bmp
