#pragma once

#include "pages/WizardPage.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace bmp::ui {

// Page 0: the project at a glance — progress, next actions, the planning rules and the next days on which
// BMP may release production credentials.
class OverviewPage : public WizardPage {
    Q_OBJECT
public:
    explicit OverviewPage(Project& project, QWidget* parent = nullptr);
    QString pageTitle() const override;
    QString pageKey() const override { return QStringLiteral("overview"); }

signals:
    void newProjectRequested();
    void openProjectRequested();

private:
    void refresh();

    QLineEdit* m_partnerEdit;
    QLabel* m_fileLabel;
    QProgressBar* m_progress;
    QLabel* m_nextActions;
    QLabel* m_overrides;
    QLabel* m_productionDays;
};

} // namespace bmp::ui
