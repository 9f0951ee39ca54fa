#include "report/ReportTimeline.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace bmp::report {

namespace {
constexpr qreal kRowHeight = 13;    // points
constexpr qreal kAxisHeight = 14;   // points
constexpr qreal kLegendHeight = 14; // points
constexpr qreal kFontSize = 7.5;    // points
} // namespace

ReportTimeline::ReportTimeline(QList<Row> rows, QDate today, Texts texts, QObject* parent)
    : QObject(parent)
    , m_rows(std::move(rows))
    , m_today(today)
    , m_texts(std::move(texts)) {}

void ReportTimeline::insertInto(QTextCursor& cursor) {
    cursor.document()->documentLayout()->registerHandler(kObjectType, this);
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

qreal ReportTimeline::unit(QTextDocument* doc) {
    const QPaintDevice* device = doc->documentLayout()->paintDevice();
    return (device ? device->logicalDpiY() : 96) / 72.0;
}

QSizeF ReportTimeline::intrinsicSize(QTextDocument* doc, int, const QTextFormat&) {
    const qreal u = unit(doc);
    const qreal width = doc->textWidth() - 2 * doc->documentMargin() - 2 * u;
    bool anyDate = false;
    for (const Row& r : m_rows)
        anyDate = anyDate || r.planned.isValid() || r.actual.isValid();
    const qreal rows = anyDate ? qMax<qsizetype>(m_rows.size(), 1) : 1; // nothing to draw: one line says so
    return {width, (kAxisHeight + rows * kRowHeight + kLegendHeight + 4) * u};
}

void ReportTimeline::drawObject(QPainter* p, const QRectF& rect, QTextDocument* doc, int, const QTextFormat&) {
    const qreal u = unit(doc);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QFont font = doc->defaultFont();
    font.setPointSizeF(kFontSize);
    p->setFont(font);
    const QColor text(0x20, 0x20, 0x20);
    const QColor grid(0xc8, 0xc8, 0xc8);
    const QColor blue(0x1f, 0x6f, 0xc5);
    const QColor green(0x2e, 0x7d, 0x32);

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
    const qreal labelWidth = rect.width() * 0.34;
    const QRectF chart(rect.left() + labelWidth, rect.top() + kAxisHeight * u, rect.width() - labelWidth - 4 * u,
                       (first.isValid() ? m_rows.size() : 1) * kRowHeight * u);
    p->setPen(QPen(grid, 0.5 * u));
    p->drawRect(QRectF(rect.left(), chart.top(), rect.width(), chart.height()));
    if (!first.isValid()) {
        p->setPen(text);
        p->drawText(QRectF(rect.left(), chart.top(), rect.width(), qMax(chart.height(), kRowHeight * u)),
                    Qt::AlignCenter, m_texts.empty);
        p->restore();
        return;
    }
    first = QDate(first.year(), first.month(), 1);
    last = QDate(last.year(), last.month(), 1).addMonths(1);
    const qreal span = qMax<qint64>(first.daysTo(last), 1);
    auto xFor = [&](const QDate& d) { return chart.left() + chart.width() * (first.daysTo(d) / span); };

    const QLocale locale(m_texts.locale);
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month();
    const int every = qMax(1, months / 8);
    int i = 0;
    for (QDate m = first; m <= last; m = m.addMonths(1), ++i) {
        const qreal x = xFor(m);
        p->setPen(QPen(grid, 0.5 * u));
        p->drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
        if (i % every == 0 && m < last) {
            p->setPen(text);
            p->drawText(QRectF(x + 2 * u, rect.top(), 80 * u, kAxisHeight * u), Qt::AlignLeft | Qt::AlignVCenter,
                        locale.toString(m, QStringLiteral("MMM yyyy")));
        }
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows.at(row);
        const qreal y = chart.top() + row * kRowHeight * u;
        if (row % 2 == 1)
            p->fillRect(QRectF(rect.left(), y, rect.width(), kRowHeight * u), QColor(0xf2, 0xf4, 0xf7));
        p->setPen(text);
        const QRectF labelRect(rect.left() + 3 * u, y, labelWidth - 6 * u, kRowHeight * u);
        p->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                    p->fontMetrics().elidedText(r.label, Qt::ElideRight, static_cast<int>(labelRect.width())));
        const qreal cy = y + kRowHeight * u / 2;
        if (r.planned.isValid()) {
            p->setPen(QPen(blue, 1.2 * u));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(QPointF(xFor(r.planned), cy), 3.2 * u, 3.2 * u);
        }
        if (r.actual.isValid()) {
            // Shape, not only colour, tells done from not done: filled square vs hollow square.
            p->setPen(r.done ? QPen(Qt::NoPen) : QPen(blue, 1.2 * u));
            p->setBrush(r.done ? QBrush(green) : QBrush(Qt::NoBrush));
            const qreal x = xFor(r.actual);
            p->drawRect(QRectF(x - 2.6 * u, cy - 2.6 * u, 5.2 * u, 5.2 * u));
        }
    }
    if (m_today >= first && m_today <= last) {
        const qreal x = xFor(m_today);
        p->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1 * u, Qt::DashLine));
        p->drawLine(QPointF(x, chart.top() - 3 * u), QPointF(x, chart.bottom()));
    }
    p->setPen(text);
    p->drawText(QRectF(rect.left(), chart.bottom() + 2 * u, rect.width(), kLegendHeight * u),
                Qt::AlignLeft | Qt::AlignVCenter, m_texts.legend);
    p->restore();
}

} // namespace bmp::report
