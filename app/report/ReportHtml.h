#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Small builders for the report's HTML (the subset QTextDocument understands). Cells are HTML already: callers
// escape project text with esc().
namespace bmp::report::html {

inline QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// Multi-line text as HTML paragraphs' content.
inline QString escLines(const QString& text) {
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

inline QString orDash(const QString& text) {
    return text.isEmpty() ? QStringLiteral("—") : esc(text);
}

// A data table whose header row repeats on every page it spans. `widths` are percentages, one per column.
inline QString table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths,
                     const QString& cssClass = QStringLiteral("data")) {
    QString out = QStringLiteral("<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"
                                 "<thead><tr>")
                      .arg(cssClass);
    for (int i = 0; i < headers.size(); ++i)
        out += QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>").arg(widths.value(i)).arg(headers.at(i));
    out += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList& row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString& cell : row)
            out += QStringLiteral("<td>%1</td>").arg(cell);
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</tbody></table>");
}

// Label/value pairs without borders (cover and summaries).
inline QString facts(const QList<QPair<QString, QString>>& rows) {
    QString out = QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& [label, value] : rows)
        out += QStringLiteral("<tr><td width=\"32%\" class=\"label\">%1</td><td width=\"68%\">%2</td></tr>")
                   .arg(label, value);
    return out + QStringLiteral("</table>");
}

} // namespace bmp::report::html
