#include "widgets/BusinessHoursLabel.h"

#include "core/DateText.h"

#include <QLocale>
#include <QTimer>

namespace bmp::ui {

BusinessHoursLabel::BusinessHoursLabel(std::function<BusinessCalendar()> calendar, QWidget* parent)
    : QLabel(parent)
    , m_calendar(std::move(calendar)) {
    setObjectName(QStringLiteral("businessHoursLabel"));
    setWordWrap(true);
    auto* timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, this, &BusinessHoursLabel::refresh);
    timer->start();
    refresh();
}

QString BusinessHoursLabel::describe(const BusinessCalendar& calendar, const QDateTime& now) {
    const QLocale locale;
    if (calendar.isOpenAt(now)) {
        return tr("● BMP is open now (business hours 09:00–18:00, São Paulo time; it is %1 there).")
            .arg(now.toTimeZone(BusinessCalendar::saoPauloZone()).time().toString(QStringLiteral("HH:mm")));
    }
    const QDateTime next = calendar.nextOpening(now);
    const QDate today = now.toTimeZone(BusinessCalendar::saoPauloZone()).date();
    QString when;
    if (next.date() == today)
        when = tr("today at %1").arg(next.time().toString(QStringLiteral("HH:mm")));
    else if (next.date() == today.addDays(1))
        when = tr("tomorrow at %1").arg(next.time().toString(QStringLiteral("HH:mm")));
    else
        when = tr("%1 at %2")
                   .arg(DateText::dayAndDate(next.date(), locale), next.time().toString(QStringLiteral("HH:mm")));
    return tr("○ BMP is closed now; it opens %1 (São Paulo time).").arg(when);
}

void BusinessHoursLabel::refresh() {
    setText(describe(m_calendar(), QDateTime::currentDateTimeUtc()));
}

} // namespace bmp::ui
