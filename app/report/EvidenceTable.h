#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QStringList>

class QPaintDevice;
class QPainter;

namespace bmp::report {

// The evidence appendix's table, laid out and painted directly: hundreds of rows in a QTextDocument table cost
// about a second to lay out and paint, this costs milliseconds. Columns have shares of the width, widened where a
// word would not fit whole (a kind such as "key-registration" is never cut), the last column (the URL) taking
// what is left. A URL wraps only after a "/" or before a ".", "?" or "&" (and, for a part longer than the column,
// inside it), every row is kept whole on a page, and the header row repeats at the top of every page. The wrapping
// column is the last one so that text tools read a wrapped URL in one piece.
class EvidenceTable {
public:
    EvidenceTable(QStringList headers, QList<QStringList> rows, QList<qreal> widths, const QFont& font,
                  QPaintDevice* device);

    // Splits the rows over pages: the first page has `firstSpace` of height left (it follows other content),
    // the next ones `pageHeight`. Heights and `width` in the device's pixels.
    void paginate(qreal width, qreal firstSpace, qreal pageHeight);
    int pageCount() const { return static_cast<int>(m_pages.size()); } // the first one shared with the content
    bool pageHasRows(int page) const { return m_pages.value(page).first < m_pages.value(page).second; }
    qreal pageHeightUsed(int page) const; // header and rows, device pixels; 0 for a page without rows
    void paintPage(QPainter& painter, int page, qreal left, qreal top) const;
    qreal columnWidth(int column) const { return m_columns.value(column); } // after paginate()

    // `url` as lines of at most `width` (device pixels in `metrics`), broken after "/" or before ".", "?" or "&".
    static QStringList breakUrl(const QString& url, qreal width, const QFontMetricsF& metrics);

private:
    void fitColumns(qreal width);
    QStringList laidOut(const QStringList& cells, const QFont& font) const; // the URL column broken into lines
    qreal rowHeight(const QStringList& cells, const QFont& font) const;
    void paintRow(QPainter& painter, const QStringList& cells, qreal left, qreal top, qreal height) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qreal> m_widths;  // fractions of the width (each one a floor, but the last)
    QList<qreal> m_columns; // device pixels, from fitColumns()
    QFont m_font;
    QFont m_headerFont;
    QPaintDevice* m_device;
    qreal m_width = 0;
    qreal m_padding = 0;
    qreal m_headerHeight = 0;
    QList<QStringList> m_cells; // m_rows with the URLs broken into lines, from paginate()
    QList<qreal> m_rowHeights;
    QList<QPair<int, int>> m_pages; // [first row, end row) per page
};

} // namespace bmp::report
