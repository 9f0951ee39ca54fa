#pragma once

#include "domain/Checklist.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace bmp {
class Project;
}

namespace bmp::ui {

class WizardPage;
class OverviewPage;

// The wizard: a step list always visible at the side (status icons, click to jump to any reached step),
// the current page, and Back/Next. Next is enabled when the page's completion rule holds.
class WizardShell : public QWidget {
    Q_OBJECT
public:
    explicit WizardShell(Project& project, QWidget* parent = nullptr);

    int pageCount() const;
    int currentIndex() const;
    WizardPage* page(int index) const;
    QString runningWork() const; // the first built page's runningWork(), empty when nothing runs
    WizardPage* currentPage() const;
    OverviewPage* overviewPage() const;
    int reachedIndex() const { return m_reached; }
    bool setCurrentIndex(int index); // false when the page is not reached yet

signals:
    void currentPageChanged(int index);
    void newProjectRequested();
    void pageReady(int index); // the page at index is built and shown
    void openProjectRequested();

private:
    void rebuildPages();
    WizardPage* createPage(int index) const; // pages are built on first visit: start-up builds only one
    QString keyAt(int index) const;
    void refreshStepList();
    void refreshNavigation();
    void refreshTabOrder() const;
    void focusFirstField(WizardPage* target);
    void goNext();
    void goBack();

    Project& m_project;
    QListWidget* m_stepList;
    QStackedWidget* m_stack;
    QPushButton* m_backButton;
    QPushButton* m_nextButton;
    QLabel* m_hintLabel;
    QList<StepId> m_steps;              // page i > 0 shows m_steps[i - 1]
    mutable QList<WizardPage*> m_pages; // nullptr until built
    int m_reached = 0;
};

} // namespace bmp::ui
