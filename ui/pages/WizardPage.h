#pragma once

#include <QWidget>

namespace bmp {
class Project;
}

namespace bmp::ui {

// A page of the wizard shell: a thin view over the Project. It owns no state of its own that is not
// already saved in the project, so Back/Next and restarts lose nothing.
class WizardPage : public QWidget {
    Q_OBJECT
public:
    WizardPage(Project& project, QWidget* parent = nullptr);

    virtual QString pageTitle() const = 0;
    virtual QString pageKey() const = 0; // stable, used for screenshots and the last-page setting
    // The completion rule: when it does not hold, Next is disabled and completionHint() says what is missing.
    virtual bool isComplete() const { return true; }
    virtual QString completionHint() const { return {}; }
    // Work running in the background that closing the window would interrupt ("The test proposals in Practice");
    // empty when nothing runs.
    virtual QString runningWork() const { return {}; }

signals:
    void completeChanged();

protected:
    Project& m_project;
};

} // namespace bmp::ui
