#include "report/EvidenceTable.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

namespace bmp::report {

namespace {
constexpr int kFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

// Where a URL may wrap: after a "/", before a ".", "?" or "&" (never inside "://").
QStringList urlPieces(const QString& url) {
    QStringList pieces;
    QString piece;
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        const bool before = (c == u'.' || c == u'?' || c == u'&') && !piece.isEmpty();
        if (before) {
            pieces.append(piece);
            piece.clear();
        }
        piece += c;
        const bool after = c == u'/' && !(i + 1 < url.size() && url.at(i + 1) == u'/');
        if (after) {
            pieces.append(piece);
            piece.clear();
        }
    }
    if (!piece.isEmpty())
        pieces.append(piece);
    return pieces;
}

qreal longestWord(const QString& text, const QFontMetricsF& metrics) {
    qreal widest = 0;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
        widest = qMax(widest, metrics.horizontalAdvance(word));
    return widest;
}
} // namespace

QStringList EvidenceTable::breakUrl(const QString& url, qreal width, const QFontMetricsF& metrics) {
    QStringList lines;
    QString line;
    for (const QString& piece : urlPieces(url)) {
        if (metrics.horizontalAdvance(line + piece) <= width) {
            line += piece;
            continue;
        }
        if (!line.isEmpty())
            lines.append(line);
        line = piece;
        // A piece wider than the column (a long identifier) is cut where it must.
        while (metrics.horizontalAdvance(line) > width && line.size() > 1) {
            qsizetype fit = 1;
            while (fit < line.size() && metrics.horizontalAdvance(line.left(fit + 1)) <= width)
                ++fit;
            lines.append(line.left(fit));
            line = line.mid(fit);
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

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

void EvidenceTable::fitColumns(qreal width) {
    // Each column but the last is as wide as its widest cell on one line (its header may wrap between words); the
    // last (the URL, which wraps between its parts) gets what is left, but never less than a quarter of the table.
    const QFontMetricsF body(m_font, m_device);
    const QFontMetricsF header(m_headerFont, m_device);
    const qsizetype count = m_widths.size();
    m_columns.clear();
    qreal used = 0;
    for (qsizetype c = 0; c + 1 < count; ++c) {
        qreal need = longestWord(m_headers.value(c), header);
        for (const QStringList& row : m_rows)
            need = qMax(need, body.horizontalAdvance(row.value(c)));
        const qreal w = need + 3 * m_padding;
        m_columns.append(w);
        used += w;
    }
    const qreal last = width - used;
    if (count > 0 && last < width / 4) {
        // Too wide together (long custom environment names): shrink the columns wider than their shares back
        // towards them (their words may then wrap).
        const qreal excess = width / 4 - last;
        auto over = [&](qsizetype c) { return qMax<qreal>(0, m_columns.at(c) - m_widths.at(c) * width); };
        qreal widened = 0;
        for (qsizetype c = 0; c + 1 < count; ++c)
            widened += over(c);
        const qreal factor = widened > 0 ? qMin<qreal>(1, excess / widened) : 0;
        for (qsizetype c = 0; c + 1 < count; ++c)
            m_columns[c] -= over(c) * factor;
        used = 0;
        for (qsizetype c = 0; c + 1 < count; ++c)
            used += m_columns.at(c);
    }
    if (count > 0)
        m_columns.append(width - used);
}

QStringList EvidenceTable::laidOut(const QStringList& cells, const QFont& font) const {
    if (cells.isEmpty())
        return cells;
    QStringList out = cells;
    const qreal w = m_columns.value(cells.size() - 1) - 2 * m_padding;
    out.last() = breakUrl(cells.last(), w, QFontMetricsF(font, m_device)).join(u'\n');
    return out;
}

qreal EvidenceTable::rowHeight(const QStringList& cells, const QFont& font) const {
    const QFontMetricsF metrics(font, m_device);
    qreal height = metrics.height();
    for (int c = 0; c < cells.size(); ++c) {
        const qreal w = m_columns.value(c) - 2 * m_padding;
        const QRectF r = metrics.boundingRect(QRectF(0, 0, w, 1e9), kFlags, cells.at(c));
        height = qMax(height, r.height());
    }
    return height + 2 * m_padding;
}

void EvidenceTable::paginate(qreal width, qreal firstSpace, qreal pageHeight) {
    m_width = width;
    fitColumns(width);
    m_headerHeight = rowHeight(m_headers, m_headerFont);
    m_rowHeights.clear();
    m_cells.clear();
    for (const QStringList& row : m_rows) {
        m_cells.append(laidOut(row, m_font));
        m_rowHeights.append(rowHeight(m_cells.last(), m_font));
    }
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
    // No last page holding a couple of rows (a widow): it takes rows from the page before, which keeps at least as
    // many. Rows only move onto the nearly empty last page, so they fit there.
    constexpr int kMinTail = 5;
    const qsizetype n = m_pages.size();
    if (n >= 2) {
        auto& [prevFirst, prevEnd] = m_pages[n - 2];
        auto& [lastFirst, lastEnd] = m_pages[n - 1];
        while (lastEnd - lastFirst < kMinTail && prevEnd - prevFirst > kMinTail && lastFirst > prevFirst) {
            --prevEnd;
            --lastFirst;
        }
    }
}

qreal EvidenceTable::pageHeightUsed(int page) const {
    if (!pageHasRows(page))
        return 0;
    qreal used = m_headerHeight;
    for (int r = m_pages.at(page).first; r < m_pages.at(page).second; ++r)
        used += m_rowHeights.at(r);
    return used;
}

void EvidenceTable::paintRow(QPainter& p, const QStringList& cells, qreal left, qreal top, qreal height) const {
    qreal x = left;
    for (int c = 0; c < cells.size(); ++c) {
        const qreal w = m_columns.value(c);
        p.drawText(QRectF(x + m_padding, top + m_padding, w - 2 * m_padding, height - 2 * m_padding), kFlags,
                   cells.at(c));
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
        paintRow(p, m_cells.at(r), left, y, h);
        y += h;
    }
    p.setPen(QPen(QColor(0x9a, 0xa4, 0xb0), line));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(left, top, m_width, y - top));
    p.drawLine(QPointF(left, top + m_headerHeight), QPointF(left + m_width, top + m_headerHeight));
    p.restore();
}

} // namespace bmp::report
