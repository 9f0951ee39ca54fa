#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace bmp {

// The one way the interface writes dates: the locale's short date format, always with a four-digit year
// ("26/11/2026" in pt_BR, "11/26/2026" in en_US, "26 Nov 2026" in the C locale). Date fields display the same
// format. ISO 8601 is kept for machine output only (files, --json, the evidence log).
class DateText {
public:
    static QString dateFormat(const QLocale& locale = QLocale());
    static QString date(const QDate& date, const QLocale& locale = QLocale()); // empty when invalid
    // With the weekday, for the days on which something may or may not happen: "quinta-feira, 26/11/2026".
    static QString dayAndDate(const QDate& date, const QLocale& locale = QLocale());
    // A moment in the machine's local time: the date as above and hours:minutes ("26/11/2026 15:49").
    static QString dateTimeFormat(const QLocale& locale = QLocale());
    static QString dateTime(const QDateTime& at, const QLocale& locale = QLocale());
};

} // namespace bmp
