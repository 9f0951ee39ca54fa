#pragma once

#include "domain/Checklist.h"

#include <QDate>
#include <QWidget>

namespace bmp::ui {

// The schedule as a chart: one row per step, a marker at its planned date (hollow) and, when done, at its
// actual date (filled); month ticks, a line for today, and ineligible production dates flagged with "!".
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
    QList<Row> m_rows;
    QDate m_today;
};

} // namespace bmp::ui
