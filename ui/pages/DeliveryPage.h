#pragma once

#include "pages/StepPage.h"

class QLabel;
class QPlainTextEdit;

namespace bmp::ui {

class OptionalDateEdit;
class ReportExportPanel;

// Step 11: production credentials and the token smoke test (done on the credential and token steps for the
// production environment), the go-live date, the project's final status and the final report.
class DeliveryPage : public StepPage {
    Q_OBJECT
public:
    explicit DeliveryPage(Project& project, QWidget* parent = nullptr);
    ReportExportPanel* exportPanel() const { return m_export; }

protected:
    QString missingForCompletion() const override;
    void showEvent(QShowEvent* event) override;

private:
    void refresh();

    OptionalDateEdit* m_goLiveEdit;
    QLabel* m_releaseHint;
    QLabel* m_smokeResult;
    QLabel* m_finalStatus;
    QPlainTextEdit* m_summaryEdit;
    ReportExportPanel* m_export;
};

} // namespace bmp::ui
