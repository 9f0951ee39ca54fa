#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace bmp {

struct Holiday {
    QDate date;
    QString name;
    QString scope; // "national", "sp-state", "sp-city" or "custom"
};

// A user's change to the calendar, stored in the project: a day added as a holiday or a holiday removed.
struct CalendarOverride {
    QDate date;
    bool added = true;
    QString name;
    // Who saved it last and when (UTC, ISO); rowVersion counts the saves (an edit on an older copy is refused).
    qint64 rowVersion = 0;
    QString updatedBy = {};
    QString updatedAt = {};
};

struct DayReason {
    QString code; // stable: "weekend", "friday", "holiday", "eve-of-holiday"
    QString message;
};

struct DayCheck {
    QDate date;
    bool eligible = false;
    QList<DayReason> reasons;
};

// Regional holiday sets on top of the national ones; BMP works from São Paulo.
struct CalendarRegions {
    bool saoPauloState = true;
    bool saoPauloCity = true;
};

// BMP's planning calendar: Brazilian banking holidays plus São Paulo's, business hours 09:00–18:00 in
// America/Sao_Paulo, and the production-credential rule (Mon–Thu, not a holiday, not the eve of one).
class BusinessCalendar {
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)
public:
    using Regions = CalendarRegions;

    explicit BusinessCalendar(Regions regions = {}, QList<CalendarOverride> overrides = {});

    static QDate easterSunday(int year);
    static QTimeZone saoPauloZone();

    Regions regions() const { return m_regions; }
    const QList<CalendarOverride>& overrides() const { return m_overrides; }

    QList<Holiday> holidays(int year) const; // sorted by date, overrides applied
    std::optional<Holiday> holidayOn(QDate date) const;
    bool isBusinessDay(QDate date) const;

    DayCheck checkProductionCredentialDay(QDate date) const;
    bool isProductionCredentialDay(QDate date) const { return checkProductionCredentialDay(date).eligible; }
    QList<QDate> nextProductionCredentialDays(QDate from, int count) const;

    bool isOpenAt(const QDateTime& moment) const;
    QDateTime nextOpening(const QDateTime& moment) const; // in São Paulo time; == moment's instant when open

    static constexpr int kOpeningHour = 9;
    static constexpr int kClosingHour = 18;

private:
    QList<Holiday> computeHolidays(int year) const;

    Regions m_regions;
    QList<CalendarOverride> m_overrides;
    mutable QHash<int, QList<Holiday>> m_cache;
};

} // namespace bmp
