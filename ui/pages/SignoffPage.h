#pragma once

#include "domain/Signoff.h"
#include "pages/StepPage.h"

class QInputDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bmp::ui {

class AreaDialog;
class ReportExportPanel;

// Step 9: every BackOffice area's decision (approver, decision, date, comments) and the signoff report export.
// The step is complete when every area approved, with or without remarks; a rejection reopens it.
class SignoffPage : public StepPage {
    Q_OBJECT
public:
    explicit SignoffPage(Project& project, QWidget* parent = nullptr);

    AreaDialog* openAreaDialog(qint64 areaId = 0); // returns the (already shown) dialog
    // A shared project: asks which database role alone records the selected area's decision (already shown).
    QInputDialog* openSignerDialog();
    ReportExportPanel* exportPanel() const { return m_export; }

protected:
    QString missingForCompletion() const override;

private:
    void refreshAreas();
    qint64 selectedAreaId() const;
    void apply(AreaDialog* dialog, const SignoffArea& entered);

    QLabel* m_summary;
    InlineMessage* m_rejections;
    QTableWidget* m_table;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
    QPushButton* m_signerButton;
    ReportExportPanel* m_export;
};

} // namespace bmp::ui
