#pragma once

#include "domain/BusinessCalendar.h"

#include <QLabel>

#include <functional>

namespace bmp::ui {

// "BMP is open now" / "BMP opens Monday at 09:00", in São Paulo time, refreshed every minute.
class BusinessHoursLabel : public QLabel {
    Q_OBJECT
public:
    explicit BusinessHoursLabel(std::function<BusinessCalendar()> calendar, QWidget* parent = nullptr);
    static QString describe(const BusinessCalendar& calendar, const QDateTime& now);
    void refresh();

private:
    std::function<BusinessCalendar()> m_calendar;
};

} // namespace bmp::ui
