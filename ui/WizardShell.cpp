#include "WizardShell.h"

#include "domain/Project.h"
#include "pages/AccreditationPage.h"
#include "pages/ApprovalPage.h"
#include "pages/ChannelPage.h"
#include "pages/CredentialsPage.h"
#include "pages/DeliveryPage.h"
#include "pages/DevelopmentPage.h"
#include "pages/GenericStepPage.h"
#include "pages/KeysPage.h"
#include "pages/OverviewPage.h"
#include "pages/ProposalsPage.h"
#include "pages/ScopePage.h"
#include "pages/SignoffPage.h"
#include "pages/TokenPage.h"
#include "widgets/Accessibility.h"
#include "widgets/StatusIcon.h"
#include "widgets/StepFiveTokens.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
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
    m_stepList->setAccessibleDescription(
        tr("The steps of the checklist with their status. Arrow keys move between the steps already reached."));
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAccessibleName(tr("Back"));
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setAccessibleName(tr("Next"));
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
        if (keyAt(i) == lastPage)
            start = i;
    }
    setCurrentIndex(qMin(start, m_reached));
}

QString WizardShell::keyAt(int index) const {
    return index == 0 ? QStringLiteral("overview") : StepPage::keyFor(m_steps.at(index - 1));
}

WizardPage* WizardShell::createPage(int index) const {
    if (index == 0) {
        auto* overview = new OverviewPage(m_project);
        connect(overview, &OverviewPage::newProjectRequested, this, &WizardShell::newProjectRequested);
        connect(overview, &OverviewPage::openProjectRequested, this, &WizardShell::openProjectRequested);
        return overview;
    }
    const StepId id = m_steps.at(index - 1);
    switch (id) {
    case StepId::Channel:
        return new ChannelPage(m_project);
    case StepId::Scope:
        return new ScopePage(m_project);
    case StepId::KeyRegistration:
        return new KeysPage(m_project);
    case StepId::Credentials:
        return new CredentialsPage(m_project);
    case StepId::JwtToken:
        return new TokenPage(m_project);
    case StepId::Development:
        return new DevelopmentPage(m_project);
    case StepId::Proposals:
        // Homologation and production runs get their tokens the way step 5 does.
        ProposalsPage::setTokenProviderFactory(stepFiveTokens(m_project));
        return new ProposalsPage(m_project);
    case StepId::BmpApproval:
        return new ApprovalPage(m_project);
    case StepId::Signoff:
        return new SignoffPage(m_project);
    case StepId::Accreditation:
        return new AccreditationPage(m_project);
    case StepId::Delivery:
        return new DeliveryPage(m_project);
    default:
        return new GenericStepPage(m_project, id);
    }
}

void WizardShell::rebuildPages() {
    const QString currentKey =
        currentIndex() >= 0 && currentIndex() < m_pages.size() ? keyAt(currentIndex()) : QString();
    while (m_stack->count() > 0) {
        QWidget* w = m_stack->widget(0);
        m_stack->removeWidget(w);
        w->deleteLater();
    }
    m_steps = m_project.applicableSteps();
    m_pages = QList<WizardPage*>(m_steps.size() + 1, nullptr);
    for (int i = 0; i < m_pages.size(); ++i) {
        auto* scroll = new QScrollArea(m_stack);
        scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the page's fields; the area scrolls to the one focused
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_stack->addWidget(scroll);
    }
    m_reached = qMin(m_reached, static_cast<int>(m_pages.size()) - 1);
    int index = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (keyAt(i) == currentKey)
            index = i;
    }
    m_stack->setCurrentIndex(index);
    if (!currentKey.isEmpty())
        page(index);
    refreshStepList();
    refreshNavigation();
}

int WizardShell::pageCount() const {
    return static_cast<int>(m_pages.size());
}

int WizardShell::currentIndex() const {
    return m_stack->currentIndex();
}

WizardPage* WizardShell::page(int index) const {
    if (index < 0 || index >= m_pages.size())
        return nullptr;
    if (!m_pages.at(index)) {
        WizardPage* built = createPage(index);
        m_pages[index] = built;
        static_cast<QScrollArea*>(m_stack->widget(index))->setWidget(built);
        connect(built, &WizardPage::completeChanged, this, &WizardShell::refreshNavigation);
        a11y::nameFieldsFromLabels(built);
        refreshTabOrder();
    }
    return m_pages.at(index);
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
    page(index);
    m_stack->setCurrentIndex(index);
    QTimer::singleShot(0, this, [this, index] { emit pageReady(index); });
    if (Status s = m_project.setSetting(QStringLiteral("ui.page"), keyAt(index)); !s)
        qWarning("Could not remember the current page: %s", qPrintable(s.error().toString()));
    refreshStepList();
    refreshNavigation();
    emit currentPageChanged(index);
    return true;
}

void WizardShell::goNext() {
    WizardPage* current = currentPage();
    if (!current || !current->isComplete() || currentIndex() + 1 >= m_pages.size())
        return;
    const int next = currentIndex() + 1;
    if (next > m_reached) {
        m_reached = next;
        if (Status s = m_project.setSetting(QStringLiteral("ui.reached"), QString::number(m_reached)); !s)
            qWarning("Could not remember the reached step: %s", qPrintable(s.error().toString()));
    }
    setCurrentIndex(next);
    focusFirstField(this->page(next));
}

void WizardShell::goBack() {
    if (currentIndex() > 0) {
        setCurrentIndex(currentIndex() - 1);
        focusFirstField(currentPage());
    }
}

void WizardShell::refreshTabOrder() const {
    // Pages are built after Back and Next, so creation order would put them last; the reading order is the
    // step list, the page top to bottom, then Back and Next. Hidden pages are skipped by Tab.
    QWidget* last = m_stepList;
    for (WizardPage* built : std::as_const(m_pages)) {
        if (built)
            last = a11y::chainTabOrder(built, last);
    }
    QWidget::setTabOrder(last, m_backButton);
    QWidget::setTabOrder(m_backButton, m_nextButton);
}

void WizardShell::focusFirstField(WizardPage* target) {
    // Keyboard users land on the page they moved to, not on a button they did not press.
    for (QWidget* w : a11y::readingOrder(target)) {
        if (w->isVisibleTo(this) && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    target->setFocus();
}

void WizardShell::refreshStepList() {
    const QSignalBlocker b(m_stepList);
    m_stepList->clear();
    for (int i = 0; i < m_pages.size(); ++i) {
        auto* item = new QListWidgetItem(m_stepList);
        if (i > 0) {
            const StepId id = m_steps.at(i - 1);
            const StepStatus status = m_project.step(id).status;
            item->setText(tr("%1. %2").arg(static_cast<int>(id)).arg(Checklist::title(id)));
            item->setIcon(statusIcon(status));
            item->setToolTip(tr("%1 — %2").arg(Checklist::title(id), Checklist::statusLabel(status)));
            item->setData(Qt::AccessibleDescriptionRole, Checklist::statusLabel(status));
        } else {
            item->setText(tr("Overview"));
        }
        item->setSizeHint(QSize(0, qMax(28, m_stepList->fontMetrics().height() + 10)));
        if (i > m_reached)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_stepList->setCurrentRow(currentIndex());
}

void WizardShell::refreshNavigation() {
    if (currentIndex() < 0 || currentIndex() >= m_pages.size() || !m_pages.at(currentIndex()))
        return;
    WizardPage* page = currentPage();
    if (!page)
        return;
    const bool last = currentIndex() + 1 >= m_pages.size();
    m_backButton->setEnabled(currentIndex() > 0);
    m_nextButton->setEnabled(!last && page->isComplete());
    const QString hint = page->isComplete() ? QString() : page->completionHint();
    m_hintLabel->setText(hint.isEmpty() ? QString()
                                        : tr("To continue: %1 Or set the status to Done with a reason.").arg(hint));
    // A disabled Next is skipped by Tab: its description (and the hint next to it) says why it is disabled.
    m_nextButton->setAccessibleDescription(m_hintLabel->text());
}

QString WizardShell::runningWork() const {
    for (WizardPage* p : std::as_const(m_pages)) {
        if (p && !p->runningWork().isEmpty())
            return p->runningWork();
    }
    return {};
}

} // namespace bmp::ui
