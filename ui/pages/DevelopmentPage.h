#pragma once

#include "pages/StepPage.h"

class QTableWidget;

namespace bmp::ui {

class CallbackPanel;

// Step 6 — external development: the APIs in scope with their status and notes, and the status callback of each
// environment with a tester.
class DevelopmentPage : public StepPage {
    Q_OBJECT
public:
    explicit DevelopmentPage(Project& project, QWidget* parent = nullptr);
    CallbackPanel* callbackPanel() const { return m_callbacks; }

protected:
    QString missingForCompletion() const override;

private:
    void reloadApis();

    QTableWidget* m_apiTable;
    CallbackPanel* m_callbacks;
};

} // namespace bmp::ui
