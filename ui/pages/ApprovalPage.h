#pragma once

#include "pages/StepPage.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace bmp::ui {

// Step 8 — internal BMP approval: the tests BMP's team ran, their results, findings and resolutions.
class ApprovalPage : public StepPage {
    Q_OBJECT
public:
    explicit ApprovalPage(Project& project, QWidget* parent = nullptr);

protected:
    QString missingForCompletion() const override;

private:
    void reload();
    void addTest(const QString& name);
    void removeSelected();
    void refreshProposalSummary();

    QLabel* m_proposalSummary;
    QTableWidget* m_table;
    QPushButton* m_addButton;
    QPushButton* m_usualButton;
    QPushButton* m_removeButton;
};

} // namespace bmp::ui
