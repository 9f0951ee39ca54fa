#include "report/EvidenceTable.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

namespace bmp::report {

namespace {
int flagsFor(int column, int columns) {
    const int wrap = column == columns - 1 ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
    return Qt::AlignLeft | Qt::AlignTop | wrap;
}
} // namespace

EvidenceTable::EvidenceTable(QStringList headers, QList<QStringList> rows, QList<qreal> widths, const QFont& font,
                             QPaintDevice* device)
    : m_headers(std::move(headers))
    , m_rows(std::move(rows))
    , m_widths(std::move(widths))
    , m_font(font)
    , m_headerFont(font)
    , m_device(device) {
    m_headerFont.setBold(true);
    m_padding = 2.0 * device->logicalDpiY() / 72.0; // 2 pt
}

qreal EvidenceTable::rowHeight(const QStringList& cells, const QFont& font) const {
    const QFontMetricsF metrics(font, m_device);
    qreal height = metrics.height();
    for (int c = 0; c < cells.size(); ++c) {
        const qreal w = m_widths.value(c) * m_width - 2 * m_padding;
        const QRectF r =
            metrics.boundingRect(QRectF(0, 0, w, 1e9), flagsFor(c, static_cast<int>(cells.size())), cells.at(c));
        height = qMax(height, r.height());
    }
    return height + 2 * m_padding;
}

void EvidenceTable::paginate(qreal width, qreal firstSpace, qreal pageHeight) {
    m_width = width;
    m_headerHeight = rowHeight(m_headers, m_headerFont);
    m_rowHeights.clear();
    for (const QStringList& row : m_rows)
        m_rowHeights.append(rowHeight(row, m_font));
    m_pages.clear();
    int row = 0;
    qreal space = firstSpace;
    while (row < m_rows.size() || m_pages.isEmpty()) {
        const int first = row;
        qreal used = m_headerHeight;
        while (row < m_rows.size() && used + m_rowHeights.at(row) <= space) {
            used += m_rowHeights.at(row);
            ++row;
        }
        // A row taller than a whole page still goes somewhere rather than looping forever.
        if (row == first && space >= pageHeight && row < m_rows.size())
            ++row;
        m_pages.append({first, row});
        space = pageHeight;
    }
}

void EvidenceTable::paintRow(QPainter& p, const QStringList& cells, qreal left, qreal top, qreal height) const {
    qreal x = left;
    for (int c = 0; c < cells.size(); ++c) {
        const qreal w = m_widths.value(c) * m_width;
        p.drawText(QRectF(x + m_padding, top + m_padding, w - 2 * m_padding, height - 2 * m_padding),
                   flagsFor(c, static_cast<int>(cells.size())), cells.at(c));
        x += w;
    }
}

void EvidenceTable::paintPage(QPainter& p, int page, qreal left, qreal top) const {
    if (!pageHasRows(page))
        return;
    const auto [first, end] = m_pages.at(page);
    const qreal line = m_device->logicalDpiY() / 72.0 * 0.5;
    p.save();
    p.fillRect(QRectF(left, top, m_width, m_headerHeight), QColor(0xe4, 0xe9, 0xf0));
    p.setPen(QColor(0x20, 0x20, 0x20));
    p.setFont(m_headerFont);
    paintRow(p, m_headers, left, top, m_headerHeight);
    qreal y = top + m_headerHeight;
    p.setFont(m_font);
    for (int r = first; r < end; ++r) {
        const qreal h = m_rowHeights.at(r);
        if ((r - first) % 2 == 1)
            p.fillRect(QRectF(left, y, m_width, h), QColor(0xf4, 0xf6, 0xf9));
        paintRow(p, m_rows.at(r), left, y, h);
        y += h;
    }
    p.setPen(QPen(QColor(0x9a, 0xa4, 0xb0), line));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(left, top, m_width, y - top));
    p.drawLine(QPointF(left, top + m_headerHeight), QPointF(left + m_width, top + m_headerHeight));
    p.restore();
}

} // namespace bmp::report
