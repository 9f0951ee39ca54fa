#include "widgets/TimelineChart.h"

#include "core/DateText.h"

#include <QLocale>
#include <QPainter>

namespace bmp::ui {

namespace {
constexpr int kAxisHeight = 26;
constexpr int kLabelWidth = 230;
const QColor kPlannedColor(0x1f, 0x6f, 0xc5);
const QColor kDoneColor(0x2e, 0x7d, 0x32);
const QColor kTodayColor(0xc6, 0x28, 0x28);
const QColor kWarningColor(0xb2, 0x6a, 0x00);

void drawPlanned(QPainter& p, const QPointF& c) {
    p.setPen(QPen(kPlannedColor, 2));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, 5, 5);
}

void drawActual(QPainter& p, const QPointF& c, bool done) {
    const QRectF r(c.x() - 4, c.y() - 4, 8, 8);
    if (done) {
        p.setPen(Qt::NoPen);
        p.setBrush(kDoneColor);
    } else {
        p.setPen(QPen(kPlannedColor, 2));
        p.setBrush(Qt::NoBrush);
    }
    p.drawRect(r);
}
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
            description.append(tr("%1 planned for %2").arg(r.label, DateText::date(r.planned)));
    }
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void TimelineChart::setToday(const QDate& today) {
    m_today = today;
    update();
}

int TimelineChart::rowHeight() const {
    return qMax(22, fontMetrics().height() + 6);
}

int TimelineChart::legendHeight() const {
    return fontMetrics().height() + 10;
}

QSize TimelineChart::sizeHint() const {
    return {800, kAxisHeight + rowHeight() * static_cast<int>(qMax<qsizetype>(m_rows.size(), 1)) + 8 + legendHeight()};
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
    const int rowH = rowHeight();
    const QRect chart(kLabelWidth, kAxisHeight, width() - kLabelWidth - 16,
                      height() - kAxisHeight - 4 - legendHeight());
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
        p.setPen(QPen(kTodayColor, 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, chart.top() - 4), QPointF(x, chart.bottom()));
    }

    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows.at(row);
        const int y = chart.top() + row * rowH;
        if (row % 2 == 1)
            p.fillRect(QRect(0, y, width(), rowH), pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Text));
        const QString label = p.fontMetrics().elidedText(r.label, Qt::ElideRight, kLabelWidth - 12);
        p.drawText(QRect(6, y, kLabelWidth - 8, rowH), Qt::AlignLeft | Qt::AlignVCenter, label);
        const qreal cy = y + rowH / 2.0;
        if (r.planned.isValid()) {
            const qreal x = xFor(r.planned);
            drawPlanned(p, QPointF(x, cy));
            if (r.warning) {
                p.setPen(kWarningColor);
                QFont bold = p.font();
                bold.setBold(true);
                p.setFont(bold);
                p.drawText(QPointF(x + 8, cy + 5), QStringLiteral("!"));
                p.setFont(font());
            }
        }
        if (r.actual.isValid())
            drawActual(p, QPointF(xFor(r.actual), cy), r.status == StepStatus::Done);
    }
    paintLegend(p, QRect(6, height() - legendHeight(), width() - 12, legendHeight()));
}

void TimelineChart::paintLegend(QPainter& p, const QRect& area) const {
    const QFontMetrics fm = p.fontMetrics();
    const qreal cy = area.center().y() + 0.5;
    qreal x = area.left();
    auto label = [&](const QString& text) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x, cy + fm.ascent() / 2.0 - 1), text);
        x += fm.horizontalAdvance(text) + 18;
    };
    drawPlanned(p, QPointF(x + 6, cy));
    x += 16;
    label(tr("planned"));
    drawActual(p, QPointF(x + 5, cy), true);
    x += 14;
    label(tr("done"));
    drawActual(p, QPointF(x + 5, cy), false);
    x += 14;
    label(tr("actual date, not done"));
    p.setPen(QPen(kTodayColor, 1.5, Qt::DashLine));
    p.drawLine(QPointF(x + 3, area.top() + 3), QPointF(x + 3, area.bottom() - 3));
    x += 10;
    label(tr("today"));
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(kWarningColor);
    p.drawText(QPointF(x, cy + fm.ascent() / 2.0 - 1), QStringLiteral("!"));
    x += QFontMetrics(bold).horizontalAdvance(QStringLiteral("!")) + 5;
    p.setFont(font());
    label(tr("no production credentials that day"));
}

} // namespace bmp::ui
