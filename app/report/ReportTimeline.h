#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QTextObjectInterface>

class QTextCursor;

namespace bmp::report {

// The schedule chart of the report, drawn as vectors inside the QTextDocument (a text object, so it flows and
// paginates with the text): one row per step, a hollow circle at the planned date, a filled square at the actual
// date (green when the step is done), month ticks and a dashed line for the report's date.
class ReportTimeline : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 17;

    struct Row {
        QString label;
        QDate planned;
        QDate actual;
        bool done = false;
    };
    struct Texts {
        QString empty;  // shown when no step has a date
        QString legend; // explains the marks
        QString locale; // BCP 47 name for the month labels
    };

    ReportTimeline(QList<Row> rows, QDate today, Texts texts, QObject* parent = nullptr);

    // Registers this handler with the document's layout and inserts the chart at the cursor.
    void insertInto(QTextCursor& cursor);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    static qreal unit(QTextDocument* doc); // device pixels per point

    QList<Row> m_rows;
    QDate m_today;
    Texts m_texts;
};

} // namespace bmp::report
