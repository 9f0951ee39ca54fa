#include "widgets/TimelineChart.h"

#include <QLocale>
#include <QPainter>

namespace bmp::ui {

namespace {
constexpr int kRowHeight = 22;
constexpr int kAxisHeight = 26;
constexpr int kLabelWidth = 230;
} // namespace

TimelineChart::TimelineChart(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate()) {
    setObjectName(QStringLiteral("timelineChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Schedule timeline"));
}

void TimelineChart::setRows(const QList<Row>& rows) {
    m_rows = rows;
    QStringList description;
    for (const Row& r : rows) {
        if (r.planned.isValid())
            description.append(
                tr("%1 planned for %2").arg(r.label, QLocale().toString(r.planned, QLocale::ShortFormat)));
    }
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void TimelineChart::setToday(const QDate& today) {
    m_today = today;
    update();
}

QSize TimelineChart::sizeHint() const {
    return {800, kAxisHeight + kRowHeight * static_cast<int>(qMax<qsizetype>(m_rows.size(), 1)) + 8};
}

QSize TimelineChart::minimumSizeHint() const {
    return {kLabelWidth + 200, sizeHint().height()};
}

void TimelineChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QPalette pal = palette();

    QDate first;
    QDate last;
    for (const Row& r : m_rows) {
        for (const QDate& d : {r.planned, r.actual}) {
            if (!d.isValid())
                continue;
            first = !first.isValid() || d < first ? d : first;
            last = !last.isValid() || d > last ? d : last;
        }
    }
    const QRect chart(kLabelWidth, kAxisHeight, width() - kLabelWidth - 16, height() - kAxisHeight - 4);
    if (!first.isValid()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Plan a date for each step to see the timeline."));
        return;
    }
    first = QDate(first.year(), first.month(), 1);
    last = QDate(last.year(), last.month(), 1).addMonths(1);
    const qreal span = qMax<qint64>(first.daysTo(last), 1);
    auto xFor = [&](const QDate& d) { return chart.left() + chart.width() * (first.daysTo(d) / span); };

    // Month ticks.
    p.setPen(pal.color(QPalette::Mid));
    const QLocale locale;
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month();
    const int every = qMax(1, months / 8);
    int i = 0;
    for (QDate m = first; m <= last; m = m.addMonths(1), ++i) {
        const qreal x = xFor(m);
        p.setPen(QPen(pal.color(QPalette::Midlight), 1));
        p.drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
        if (i % every == 0 && m < last) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRectF(x + 3, 2, 90, kAxisHeight - 4), Qt::AlignLeft | Qt::AlignVCenter,
                       locale.toString(m, QStringLiteral("MMM yyyy")));
        }
    }
    // Today.
    if (m_today >= first && m_today <= last) {
        const qreal x = xFor(m_today);
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, chart.top() - 4), QPointF(x, chart.bottom()));
    }

    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows.at(row);
        const int y = chart.top() + row * kRowHeight;
        if (row % 2 == 1)
            p.fillRect(QRect(0, y, width(), kRowHeight), pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Text));
        const QString label = p.fontMetrics().elidedText(r.label, Qt::ElideRight, kLabelWidth - 12);
        p.drawText(QRect(6, y, kLabelWidth - 8, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
        const qreal cy = y + kRowHeight / 2.0;
        if (r.planned.isValid()) {
            const qreal x = xFor(r.planned);
            p.setPen(QPen(QColor(0x1f, 0x6f, 0xc5), 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(x, cy), 5, 5);
            if (r.warning) {
                p.setPen(QColor(0xb2, 0x6a, 0x00));
                QFont bold = p.font();
                bold.setBold(true);
                p.setFont(bold);
                p.drawText(QPointF(x + 8, cy + 5), QStringLiteral("!"));
                p.setFont(font());
            }
        }
        if (r.actual.isValid()) {
            const qreal x = xFor(r.actual);
            p.setPen(Qt::NoPen);
            p.setBrush(r.status == StepStatus::Done ? QColor(0x2e, 0x7d, 0x32) : QColor(0x1f, 0x6f, 0xc5));
            p.drawRect(QRectF(x - 4, cy - 4, 8, 8));
        }
    }
}

} // namespace bmp::ui
