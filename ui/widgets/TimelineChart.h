#pragma once

#include "domain/Checklist.h"

#include <QDate>
#include <QWidget>

// The schedule as a chart: one row per step, a marker at its planned date (hollow circle) and at its actual
// date (a square: filled when the step is done, hollow when not); month ticks, a dashed line for today, and
// ineligible production dates flagged with "!". A legend under the chart names every mark, so nothing is
// told by colour alone; rows follow the font size.
class QPainter;

namespace bmp::ui {

class TimelineChart : public QWidget {
    Q_OBJECT
public:
    struct Row {
        StepId step;
        QString label;
        QDate planned;
        QDate actual;
        StepStatus status = StepStatus::NotStarted;
        bool warning = false;
    };

    explicit TimelineChart(QWidget* parent = nullptr);
    void setRows(const QList<Row>& rows);
    void setToday(const QDate& today);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    int legendHeight() const;
    void paintLegend(QPainter& p, const QRect& area) const;

    QList<Row> m_rows;
    QDate m_today;
};

} // namespace bmp::ui
