#include "WizardShell.h"

#include "domain/Project.h"
#include "pages/AccreditationPage.h"
#include "pages/ChannelPage.h"
#include "pages/DeliveryPage.h"
#include "pages/GenericStepPage.h"
#include "pages/OverviewPage.h"
#include "pages/ScopePage.h"
#include "pages/SignoffPage.h"
#include "widgets/StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace bmp::ui {

WizardShell::WizardShell(Project& project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_stepList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_backButton(new QPushButton(tr("< &Back"), this))
    , m_nextButton(new QPushButton(tr("&Next >"), this))
    , m_hintLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("wizardShell"));
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setAccessibleName(tr("Checklist steps"));
    m_stepList->setIconSize(QSize(18, 18));
    m_stepList->setSpacing(2);
    m_stepList->setFixedWidth(270);
    m_stepList->setTextElideMode(Qt::ElideRight);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setDefault(true);
    m_hintLabel->setObjectName(QStringLiteral("completionHintLabel"));
    m_hintLabel->setWordWrap(true);

    auto* right = new QVBoxLayout;
    right->addWidget(m_stack, 1);
    auto* nav = new QHBoxLayout;
    nav->addWidget(m_hintLabel, 1);
    nav->addWidget(m_backButton);
    nav->addWidget(m_nextButton);
    right->addLayout(nav);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_stepList);
    layout->addLayout(right, 1);

    m_reached = m_project.setting(QStringLiteral("ui.reached"), QStringLiteral("0")).toInt();
    rebuildPages();

    connect(m_backButton, &QPushButton::clicked, this, &WizardShell::goBack);
    connect(m_nextButton, &QPushButton::clicked, this, &WizardShell::goNext);
    connect(m_stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != currentIndex() && !setCurrentIndex(row)) {
            const QSignalBlocker b(m_stepList);
            m_stepList->setCurrentRow(currentIndex());
        }
    });
    connect(&m_project, &Project::stepChanged, this, &WizardShell::refreshStepList);
    connect(&m_project, &Project::scopeChanged, this, [this] {
        // Products decide whether step 7 exists: rebuild when the set of steps changed.
        if (m_project.applicableSteps().size() + 1 != m_pages.size())
            rebuildPages();
    });

    const QString lastPage = m_project.setting(QStringLiteral("ui.page"));
    int start = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageKey() == lastPage)
            start = i;
    }
    setCurrentIndex(qMin(start, m_reached));
}

void WizardShell::addPage(WizardPage* page) {
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_pages.append(page);
    connect(page, &WizardPage::completeChanged, this, &WizardShell::refreshNavigation);
}

void WizardShell::rebuildPages() {
    const QString currentKey = currentPage() ? currentPage()->pageKey() : QString();
    while (m_stack->count() > 0) {
        QWidget* w = m_stack->widget(0);
        m_stack->removeWidget(w);
        w->deleteLater();
    }
    m_pages.clear();
    auto* overview = new OverviewPage(m_project);
    addPage(overview);
    for (StepId id : m_project.applicableSteps()) {
        switch (id) {
        case StepId::Channel:
            addPage(new ChannelPage(m_project));
            break;
        case StepId::Scope:
            addPage(new ScopePage(m_project));
            break;
        case StepId::Signoff:
            addPage(new SignoffPage(m_project));
            break;
        case StepId::Accreditation:
            addPage(new AccreditationPage(m_project));
            break;
        case StepId::Delivery:
            addPage(new DeliveryPage(m_project));
            break;
        default:
            addPage(new GenericStepPage(m_project, id));
            break;
        }
    }
    m_reached = qMin(m_reached, static_cast<int>(m_pages.size()) - 1);
    refreshStepList();
    int index = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageKey() == currentKey)
            index = i;
    }
    m_stack->setCurrentIndex(index);
    refreshNavigation();
}

int WizardShell::pageCount() const {
    return static_cast<int>(m_pages.size());
}

int WizardShell::currentIndex() const {
    return m_stack->currentIndex();
}

WizardPage* WizardShell::page(int index) const {
    return index >= 0 && index < m_pages.size() ? m_pages.at(index) : nullptr;
}

WizardPage* WizardShell::currentPage() const {
    return page(currentIndex());
}

OverviewPage* WizardShell::overviewPage() const {
    return qobject_cast<OverviewPage*>(page(0));
}

bool WizardShell::setCurrentIndex(int index) {
    if (index < 0 || index >= m_pages.size() || index > m_reached)
        return false;
    m_stack->setCurrentIndex(index);
    if (Status s = m_project.setSetting(QStringLiteral("ui.page"), m_pages.at(index)->pageKey()); !s)
        qWarning("Could not remember the current page: %s", qPrintable(s.error().toString()));
    refreshStepList();
    refreshNavigation();
    emit currentPageChanged(index);
    return true;
}

void WizardShell::goNext() {
    WizardPage* page = currentPage();
    if (!page || !page->isComplete() || currentIndex() + 1 >= m_pages.size())
        return;
    const int next = currentIndex() + 1;
    if (next > m_reached) {
        m_reached = next;
        m_project.setSetting(QStringLiteral("ui.reached"), QString::number(m_reached));
    }
    setCurrentIndex(next);
    m_pages.at(next)->setFocus();
}

void WizardShell::goBack() {
    if (currentIndex() > 0)
        setCurrentIndex(currentIndex() - 1);
}

void WizardShell::refreshStepList() {
    const QSignalBlocker b(m_stepList);
    m_stepList->clear();
    for (int i = 0; i < m_pages.size(); ++i) {
        auto* item = new QListWidgetItem(m_stepList);
        if (auto* step = qobject_cast<StepPage*>(m_pages.at(i))) {
            const StepStatus status = m_project.step(step->step()).status;
            item->setText(tr("%1. %2").arg(static_cast<int>(step->step())).arg(step->pageTitle()));
            item->setIcon(statusIcon(status));
            item->setToolTip(tr("%1 — %2").arg(step->pageTitle(), Checklist::statusLabel(status)));
            item->setData(Qt::AccessibleDescriptionRole, Checklist::statusLabel(status));
        } else {
            item->setText(m_pages.at(i)->pageTitle());
            item->setIcon(QIcon());
        }
        item->setSizeHint(QSize(0, 28));
        if (i > m_reached)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_stepList->setCurrentRow(currentIndex());
}

void WizardShell::refreshNavigation() {
    WizardPage* page = currentPage();
    if (!page)
        return;
    const bool last = currentIndex() + 1 >= m_pages.size();
    m_backButton->setEnabled(currentIndex() > 0);
    m_nextButton->setEnabled(!last && page->isComplete());
    const QString hint = page->isComplete() ? QString() : page->completionHint();
    m_hintLabel->setText(hint.isEmpty() ? QString()
                                        : tr("To continue: %1 Or set the status to Done with a reason.").arg(hint));
}

} // namespace bmp::ui
