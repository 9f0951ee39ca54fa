#pragma once

#include "domain/BusinessCalendar.h"
#include "pages/StepPage.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace bmp::ui {

class EligibleDayCalendar;

// Step 10: the production key (done on the key step for the production environment), the date on which BMP
// releases the production credentials — only eligible days can be chosen, the others say why — and the
// production procedures.
class AccreditationPage : public StepPage {
    Q_OBJECT
public:
    explicit AccreditationPage(Project& project, QWidget* parent = nullptr);

protected:
    QString missingForCompletion() const override;

private:
    void refreshRelease();
    void refreshProcedures();
    void chooseDate(const QDate& date);
    void showRefusal(const DayCheck& check);

    EligibleDayCalendar* m_picker;
    InlineMessage* m_releaseMessage;
    QLabel* m_releaseLabel;
    QPushButton* m_clearButton;
    QListWidget* m_nextDays;
    QListWidget* m_procedures;
    QLabel* m_proceduresSummary;
    QPushButton* m_removeProcedureButton;
};

} // namespace bmp::ui
