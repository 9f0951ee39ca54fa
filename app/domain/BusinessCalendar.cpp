#include "domain/BusinessCalendar.h"

#include <algorithm>

namespace bmp {

BusinessCalendar::BusinessCalendar(Regions regions, QList<CalendarOverride> overrides)
    : m_regions(regions)
    , m_overrides(std::move(overrides)) {}

QDate BusinessCalendar::easterSunday(int year) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QTimeZone BusinessCalendar::saoPauloZone() {
    QTimeZone zone(QByteArrayLiteral("America/Sao_Paulo"));
    if (zone.isValid())
        return zone;
    // Without tzdata: Brazil has had no daylight saving time since 2019, so UTC−3 is exact for current dates.
    return QTimeZone(-3 * 3600);
}

QList<Holiday> BusinessCalendar::computeHolidays(int year) const {
    QList<Holiday> list;
    const QString national = QStringLiteral("national");
    auto add = [&](QDate d, const QString& name, const QString& scope) { list.append({d, name, scope}); };

    add(QDate(year, 1, 1), tr("New Year's Day"), national);
    add(QDate(year, 4, 21), tr("Tiradentes"), national);
    add(QDate(year, 5, 1), tr("Labour Day"), national);
    add(QDate(year, 9, 7), tr("Independence Day"), national);
    add(QDate(year, 10, 12), tr("Our Lady of Aparecida"), national);
    add(QDate(year, 11, 2), tr("All Souls' Day"), national);
    add(QDate(year, 11, 15), tr("Proclamation of the Republic"), national);
    if (year >= 2024) // Law 14.759/2023
        add(QDate(year, 11, 20), tr("Black Consciousness Day"), national);
    add(QDate(year, 12, 25), tr("Christmas Day"), national);

    const QDate easter = easterSunday(year);
    add(easter.addDays(-48), tr("Carnival Monday"), national);
    add(easter.addDays(-47), tr("Carnival Tuesday"), national);
    add(easter.addDays(-2), tr("Good Friday"), national);
    add(easter.addDays(60), tr("Corpus Christi"), national);

    if (m_regions.saoPauloState)
        add(QDate(year, 7, 9), tr("Constitutionalist Revolution (São Paulo state)"), QStringLiteral("sp-state"));
    if (m_regions.saoPauloCity) {
        add(QDate(year, 1, 25), tr("São Paulo city anniversary"), QStringLiteral("sp-city"));
        if (year < 2024) // a municipal holiday in São Paulo before it became national
            add(QDate(year, 11, 20), tr("Black Consciousness Day (São Paulo city)"), QStringLiteral("sp-city"));
    }

    for (const CalendarOverride& o : m_overrides) {
        if (o.date.year() != year)
            continue;
        if (o.added) {
            add(o.date, o.name.isEmpty() ? tr("Custom holiday") : o.name, QStringLiteral("custom"));
        } else {
            list.erase(std::remove_if(list.begin(), list.end(), [&](const Holiday& h) { return h.date == o.date; }),
                       list.end());
        }
    }
    std::stable_sort(list.begin(), list.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return list;
}

QList<Holiday> BusinessCalendar::holidays(int year) const {
    auto it = m_cache.constFind(year);
    if (it != m_cache.constEnd())
        return *it;
    QList<Holiday> list = computeHolidays(year);
    m_cache.insert(year, list);
    return list;
}

std::optional<Holiday> BusinessCalendar::holidayOn(QDate date) const {
    if (!date.isValid())
        return std::nullopt;
    for (const Holiday& h : holidays(date.year())) {
        if (h.date == date)
            return h;
    }
    return std::nullopt;
}

bool BusinessCalendar::isBusinessDay(QDate date) const {
    return date.isValid() && date.dayOfWeek() <= 5 && !holidayOn(date);
}

DayCheck BusinessCalendar::checkProductionCredentialDay(QDate date) const {
    DayCheck check;
    check.date = date;
    if (!date.isValid())
        return check;
    const int dow = date.dayOfWeek();
    if (dow >= 6)
        check.reasons.append({QStringLiteral("weekend"), tr("BMP does not work on weekends.")});
    else if (dow == 5)
        check.reasons.append({QStringLiteral("friday"), tr("Production credentials are never released on a Friday.")});
    if (auto h = holidayOn(date))
        check.reasons.append(
            {QStringLiteral("holiday"), tr("It is a holiday (%1).").arg(h->name)}); // the date is said by the caller
    if (auto next = holidayOn(date.addDays(1))) {
        check.reasons.append({QStringLiteral("eve-of-holiday"), tr("The next day is a holiday (%1).").arg(next->name)});
    }
    check.eligible = check.reasons.isEmpty();
    return check;
}

QList<QDate> BusinessCalendar::nextProductionCredentialDays(QDate from, int count) const {
    QList<QDate> days;
    if (!from.isValid())
        return days;
    // Any 14-day window holds a Monday–Thursday that is not next to a holiday, so the search ends.
    for (QDate d = from; days.size() < count; d = d.addDays(1)) {
        if (isProductionCredentialDay(d))
            days.append(d);
    }
    return days;
}

bool BusinessCalendar::isOpenAt(const QDateTime& moment) const {
    const QDateTime local = moment.toTimeZone(saoPauloZone());
    const int hour = local.time().hour();
    return isBusinessDay(local.date()) && hour >= kOpeningHour && hour < kClosingHour;
}

QDateTime BusinessCalendar::nextOpening(const QDateTime& moment) const {
    const QTimeZone zone = saoPauloZone();
    const QDateTime local = moment.toTimeZone(zone);
    if (isOpenAt(local))
        return local;
    QDate day = local.date();
    if (local.time().hour() >= kOpeningHour)
        day = day.addDays(1);
    while (!isBusinessDay(day))
        day = day.addDays(1);
    return QDateTime(day, QTime(kOpeningHour, 0), zone);
}

} // namespace bmp
