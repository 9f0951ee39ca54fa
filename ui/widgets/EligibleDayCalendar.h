#pragma once

#include "domain/BusinessCalendar.h"

#include <QCalendarWidget>

#include <functional>

namespace bmp::ui {

// A month calendar for the production-credential release date. Days on which BMP does not release credentials
// (weekends, Fridays, holidays and the day before one) are greyed AND struck through, with the reasons as their
// tooltip, so the mark never depends on colour. Clicking one does not choose it: the selection returns to the
// chosen date and dateRefused() carries the reasons. Moving with the keyboard may pass over such days.
class EligibleDayCalendar : public QCalendarWidget {
    Q_OBJECT
public:
    explicit EligibleDayCalendar(std::function<BusinessCalendar()> calendar, QWidget* parent = nullptr);

    // The date currently chosen (shown selected); invalid when none.
    void setChosenDate(const QDate& date);
    QDate chosenDate() const { return m_chosen; }
    // Re-reads the calendar (holidays edited) and re-marks the visible days.
    void refreshMarks();

signals:
    void dateChosen(const QDate& date);
    void dateRefused(const bmp::DayCheck& check);

private:
    void onSelectionChanged();
    void onClicked(const QDate& date);

    std::function<BusinessCalendar()> m_calendar;
    QDate m_chosen;
    QList<QDate> m_marked;
};

} // namespace bmp::ui
