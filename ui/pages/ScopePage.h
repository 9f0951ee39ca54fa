#pragma once

#include "pages/StepPage.h"

#include <QMap>

class QCheckBox;
class QListWidget;
class QTableWidget;

namespace bmp::ui {

class InlineMessage;
class OptionalDateEdit;
class TimelineChart;

// Step 2: products and APIs in scope, whether the partner computes the loan, the alignment meeting and
// the schedule (a planned date per step, shown as a timeline).
class ScopePage : public StepPage {
    Q_OBJECT
public:
    explicit ScopePage(Project& project, QWidget* parent = nullptr);

protected:
    QString missingForCompletion() const override;

private:
    void refreshScope();
    void refreshSchedule();
    void saveProducts();
    void saveApis();

    QMap<Product, QCheckBox*> m_productChecks;
    QListWidget* m_apiList;
    QCheckBox* m_computesLoanCheck;
    OptionalDateEdit* m_meetingEdit;
    QCheckBox* m_meetingHeldCheck;
    QTableWidget* m_scheduleTable;
    TimelineChart* m_timeline;
    InlineMessage* m_scheduleWarning;
};

} // namespace bmp::ui
