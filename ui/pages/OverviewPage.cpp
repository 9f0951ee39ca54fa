#include "pages/OverviewPage.h"

#include "core/DateText.h"
#include "domain/Project.h"
#include "domain/StepRehearsal.h"
#include "widgets/BusinessHoursLabel.h"
#include "widgets/InlineMessage.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace bmp::ui {

OverviewPage::OverviewPage(Project& project, QWidget* parent)
    : WizardPage(project, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Onboarding overview"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto* intro = new QLabel(tr("BMP requires these steps before a partner goes to production. Work through them "
                                "page by page; everything is saved as you type."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* message = new InlineMessage(this);
    message->setObjectName(QStringLiteral("overviewMessage"));
    layout->addWidget(message);

    auto* projectBox = new QGroupBox(tr("Project"), this);
    auto* form = new QFormLayout(projectBox);
    m_partnerEdit = new QLineEdit(projectBox);
    m_partnerEdit->setObjectName(QStringLiteral("partnerEdit"));
    form->addRow(tr("&Partner:"), m_partnerEdit);
    m_fileLabel = new QLabel(projectBox);
    m_fileLabel->setObjectName(QStringLiteral("projectFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);
    // A shared project has no file: its label says where it lives and as whom this window writes.
    form->addRow(project.isShared() ? tr("Shared at:") : tr("File:"), m_fileLabel);
    m_progress = new QProgressBar(projectBox);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    form->addRow(tr("Progress:"), m_progress);
    auto* buttons = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("Ne&w project…"), projectBox);
    newButton->setObjectName(QStringLiteral("newProjectButton"));
    auto* openButton = new QPushButton(tr("&Open project…"), projectBox);
    openButton->setObjectName(QStringLiteral("openProjectButton"));
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    layout->addWidget(projectBox);
    connect(newButton, &QPushButton::clicked, this, &OverviewPage::newProjectRequested);
    connect(openButton, &QPushButton::clicked, this, &OverviewPage::openProjectRequested);
    connect(m_partnerEdit, &QLineEdit::textEdited, this, [message](const QString& text) {
        if (!text.trimmed().isEmpty() && message->kind() == InlineMessage::Kind::Error)
            message->clearMessage(); // "the partner name is required" never outlives its fix
    });
    connect(m_partnerEdit, &QLineEdit::editingFinished, this, [this, message] {
        if (m_partnerEdit->text().simplified() == m_project.partner())
            return;
        if (Status s = m_project.setPartner(m_partnerEdit->text()); !s)
            message->showMessage(InlineMessage::Kind::Error, s.error().message);
        else
            message->clearMessage();
    });

    auto* columns = new QHBoxLayout;
    auto* nextBox = new QGroupBox(tr("Next actions"), this);
    auto* nextLayout = new QVBoxLayout(nextBox);
    m_nextActions = new QLabel(nextBox);
    m_nextActions->setObjectName(QStringLiteral("nextActionsLabel"));
    m_nextActions->setWordWrap(true);
    m_nextActions->setTextFormat(Qt::RichText);
    m_nextActions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    nextLayout->addWidget(m_nextActions);
    m_overrides = new QLabel(nextBox);
    m_overrides->setObjectName(QStringLiteral("overridesLabel"));
    m_overrides->setWordWrap(true);
    m_overrides->setTextFormat(Qt::RichText);
    m_overrides->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    nextLayout->addWidget(m_overrides);
    columns->addWidget(nextBox, 3);

    auto* daysBox = new QGroupBox(tr("Production credentials"), this);
    auto* daysLayout = new QVBoxLayout(daysBox);
    m_productionDays = new QLabel(daysBox);
    m_productionDays->setObjectName(QStringLiteral("productionDaysLabel"));
    m_productionDays->setWordWrap(true);
    m_productionDays->setTextFormat(Qt::RichText);
    m_productionDays->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    daysLayout->addWidget(m_productionDays);
    daysLayout->addWidget(new BusinessHoursLabel([this] { return m_project.calendar(); }, daysBox));
    columns->addWidget(daysBox, 2);
    layout->addLayout(columns);

    auto* rulesBox = new QGroupBox(tr("Planning rules"), this);
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    QString rules;
    for (const QString& r : Checklist::planningRules())
        rules += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
    auto* rulesLabel = new QLabel(QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(rules), rulesBox);
    rulesLabel->setObjectName(QStringLiteral("planningRulesLabel"));
    rulesLabel->setWordWrap(true);
    rulesLayout->addWidget(rulesLabel);
    layout->addWidget(rulesBox);
    layout->addStretch(1);

    connect(&m_project, &Project::stepChanged, this, &OverviewPage::refresh);
    connect(&m_project, &Project::scopeChanged, this, &OverviewPage::refresh);
    connect(&m_project, &Project::calendarChanged, this, &OverviewPage::refresh);
    connect(&m_project, &Project::partnerChanged, this, &OverviewPage::refresh);
    connect(&m_project.signoff(), &Signoff::areasChanged, this, &OverviewPage::refresh);
    refresh();
}

QString OverviewPage::pageTitle() const {
    return tr("Overview");
}

void OverviewPage::refresh() {
    if (!m_partnerEdit->hasFocus())
        m_partnerEdit->setText(m_project.partner());
    m_fileLabel->setText(m_project.isShared() ? tr("%1, as %2").arg(m_project.path(), m_project.userName())
                                              : QDir::toNativeSeparators(m_project.path()));
    const int total = static_cast<int>(m_project.applicableSteps().size());
    m_progress->setRange(0, total);
    m_progress->setValue(m_project.doneCount());
    m_progress->setFormat(tr("%1 of %2 steps done").arg(m_project.doneCount()).arg(total));

    QString blocked;
    QString next;
    QString overrides;
    int shown = 0;
    for (StepId id : m_project.applicableSteps()) {
        const StepState& s = m_project.step(id);
        if (id == StepId::Signoff && !m_project.signoff().rejectedAreas().isEmpty()) {
            // A rejection reopened the signoff: its reason is the next thing to act on.
            for (const SignoffArea& a : m_project.signoff().rejectedAreas()) {
                blocked += QStringLiteral("<li><b>%1</b></li>")
                               .arg(tr("Step %1 (%2) was reopened: %3 rejected it (%4): %5")
                                        .arg(static_cast<int>(id))
                                        .arg(Checklist::title(id).toHtmlEscaped(), a.displayName().toHtmlEscaped(),
                                             a.approver.toHtmlEscaped(), a.comments.toHtmlEscaped()));
            }
            continue;
        }
        if (s.status == StepStatus::Blocked) {
            const QString reason = m_project.history(id).isEmpty() ? QString() : m_project.history(id).last().note;
            blocked += QStringLiteral("<li><b>%1</b></li>")
                           .arg(reason.isEmpty()
                                    ? tr("Step %1 (%2) is blocked.").arg(static_cast<int>(id)).arg(Checklist::title(id))
                                    : tr("Step %1 (%2) is blocked: %3")
                                          .arg(static_cast<int>(id))
                                          .arg(Checklist::title(id), reason.toHtmlEscaped()));
        } else if (s.status != StepStatus::Done && shown < 3) {
            ++shown;
            const QString rehearsal = StepRehearsal::of(m_project, id);
            next += QStringLiteral("<li>%1</li>")
                        .arg(rehearsal.isEmpty()
                                 ? tr("<b>Step %1 — %2:</b> %3")
                                       .arg(static_cast<int>(id))
                                       .arg(Checklist::title(id).toHtmlEscaped(), Checklist::needs(id).toHtmlEscaped())
                                 : tr("<b>Step %1 — %2:</b> %3 <i>Rehearsed in Practice ✔: %4</i>")
                                       .arg(static_cast<int>(id))
                                       .arg(Checklist::title(id).toHtmlEscaped(), Checklist::needs(id).toHtmlEscaped(),
                                            rehearsal.toHtmlEscaped()));
        }
        if (const auto forced = m_project.overrideOf(id)) {
            overrides += QStringLiteral("<li>%1</li>")
                             .arg(tr("Step %1 (%2) was marked done before its rule held, by %3 on %4: %5")
                                      .arg(static_cast<int>(id))
                                      .arg(Checklist::title(id).toHtmlEscaped(),
                                           (forced->by.isEmpty() ? tr("someone") : forced->by).toHtmlEscaped(),
                                           DateText::dateTime(forced->at), forced->note.toHtmlEscaped()));
        }
    }
    m_overrides->setVisible(!overrides.isEmpty());
    m_overrides->setText(overrides.isEmpty()
                             ? QString()
                             : tr("<b>Done by override</b>") +
                                   QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(overrides));
    if (blocked.isEmpty() && next.isEmpty())
        m_nextActions->setText(tr("Every step is done. Congratulations on going live!"));
    else
        m_nextActions->setText(QStringLiteral("<ul style='margin-left:-20px'>%1%2</ul>").arg(blocked, next));

    const BusinessCalendar calendar = m_project.calendar();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(BusinessCalendar::saoPauloZone()).date();
    QString days;
    const QLocale locale;
    for (const QDate& d : calendar.nextProductionCredentialDays(today, 5))
        days += QStringLiteral("<li>%1</li>")
                    .arg(DateText::dayAndDate(d, locale).toHtmlEscaped()); // "quinta-feira, 26/11/2026"
    m_productionDays->setText(tr("BMP releases production credentials Monday to Thursday, never on a holiday nor on "
                                 "the day before one. Next eligible days:") +
                              QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(days));
}

} // namespace bmp::ui
