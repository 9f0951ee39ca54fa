#include "widgets/EligibleDayCalendar.h"

#include <QTextCharFormat>

namespace bmp::ui {

EligibleDayCalendar::EligibleDayCalendar(std::function<BusinessCalendar()> calendar, QWidget* parent)
    : QCalendarWidget(parent)
    , m_calendar(std::move(calendar)) {
    setObjectName(QStringLiteral("releaseDatePicker"));
    setAccessibleName(tr("Production credential release date"));
    // The grid inside is what takes the focus: it needs the name too.
    if (auto* view = findChild<QWidget*>(QStringLiteral("qt_calendar_calendarview"))) {
        view->setAccessibleName(accessibleName());
        view->setAccessibleDescription(tr("Days struck through cannot be chosen; their tooltip says why."));
    }
    setFirstDayOfWeek(Qt::Sunday);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setGridVisible(true);
    connect(this, &QCalendarWidget::currentPageChanged, this, &EligibleDayCalendar::refreshMarks);
    connect(this, &QCalendarWidget::selectionChanged, this, &EligibleDayCalendar::onSelectionChanged);
    connect(this, &QCalendarWidget::clicked, this, &EligibleDayCalendar::onClicked);
    refreshMarks();
}

void EligibleDayCalendar::setChosenDate(const QDate& date) {
    m_chosen = date;
    if (date.isValid() && date != selectedDate()) {
        const QSignalBlocker block(this);
        setSelectedDate(date);
        setCurrentPage(date.year(), date.month());
    }
    refreshMarks();
}

void EligibleDayCalendar::refreshMarks() {
    for (const QDate& d : std::as_const(m_marked))
        setDateTextFormat(d, QTextCharFormat());
    m_marked.clear();
    const BusinessCalendar calendar = m_calendar();
    // The grid shows up to six weeks around the month.
    const QDate first = QDate(yearShown(), monthShown(), 1).addDays(-7);
    const QDate last = QDate(yearShown(), monthShown(), 1).addMonths(1).addDays(14);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const DayCheck check = calendar.checkProductionCredentialDay(d);
        QTextCharFormat format;
        if (!check.eligible) {
            QStringList reasons;
            for (const DayReason& r : check.reasons)
                reasons.append(r.message);
            format.setForeground(QColor(0x8a, 0x8a, 0x8a));
            format.setFontStrikeOut(true);
            format.setToolTip(reasons.join(u'\n'));
        } else {
            format.setToolTip(tr("BMP can release production credentials on this day."));
        }
        if (d == m_chosen)
            format.setFontWeight(QFont::Bold);
        setDateTextFormat(d, format);
        m_marked.append(d);
    }
}

void EligibleDayCalendar::onSelectionChanged() {
    const QDate date = selectedDate();
    if (date == m_chosen)
        return;
    const DayCheck check = m_calendar().checkProductionCredentialDay(date);
    if (check.eligible)
        emit dateChosen(date);
    else
        emit dateRefused(check);
}

void EligibleDayCalendar::onClicked(const QDate& date) {
    if (date == m_chosen)
        return;
    if (m_calendar().isProductionCredentialDay(date)) {
        emit dateChosen(date); // e.g. the day selected from the start, which no selection change announces
        return;
    }
    // A click is a choice: a refused day does not stay selected as if it had been taken.
    if (m_chosen.isValid()) {
        const QSignalBlocker block(this);
        setSelectedDate(m_chosen);
    }
}

} // namespace bmp::ui
