#include "pages/DeliveryPage.h"

#include "core/DateText.h"
#include "domain/Environments.h"
#include "domain/Project.h"
#include "widgets/DateEdits.h"
#include "widgets/InlineMessage.h"
#include "widgets/ReportExportPanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace bmp::ui {

DeliveryPage::DeliveryPage(Project& project, QWidget* parent)
    : StepPage(project, StepId::Delivery, parent) {
    auto* tokenBox = new QGroupBox(tr("Production token smoke test"), this);
    tokenBox->setObjectName(QStringLiteral("tokenSmokeTestGroup"));
    auto* tokenLayout = new QVBoxLayout(tokenBox);
    auto* tokenText = new QLabel(tr("The production credentials are entered and the paced token smoke test is run on "
                                    "the Approval credentials and JWT and token steps, for the production "
                                    "environment."),
                                 tokenBox);
    tokenText->setWordWrap(true);
    tokenLayout->addWidget(tokenText);
    m_smokeResult = new QLabel(tokenBox);
    m_smokeResult->setObjectName(QStringLiteral("smokeTestResultLabel"));
    m_smokeResult->setWordWrap(true);
    m_smokeResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tokenLayout->addWidget(m_smokeResult);
    contentLayout()->addWidget(tokenBox);

    auto* goLiveBox = new QGroupBox(tr("Go-live"), this);
    goLiveBox->setObjectName(QStringLiteral("goLiveGroup"));
    auto* form = new QFormLayout(goLiveBox);
    m_goLiveEdit = new OptionalDateEdit(goLiveBox);
    m_goLiveEdit->setObjectName(QStringLiteral("goLiveDateEdit"));
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_goLiveEdit);
    dateRow->addStretch(1);
    auto* goLiveLabel = new QLabel(tr("&Go-live date:"), goLiveBox);
    goLiveLabel->setBuddy(m_goLiveEdit);
    form->addRow(goLiveLabel, dateRow);
    m_releaseHint = new QLabel(goLiveBox);
    m_releaseHint->setObjectName(QStringLiteral("releaseHintLabel"));
    m_releaseHint->setWordWrap(true);
    form->addRow(QString(), m_releaseHint);
    contentLayout()->addWidget(goLiveBox);
    connect(m_goLiveEdit, &OptionalDateEdit::editingFinished, this, [this] {
        if (m_goLiveEdit->optionalDate() == m_project.signoff().goLiveDate())
            return;
        if (Status s = m_project.signoff().setGoLiveDate(m_goLiveEdit->optionalDate()); !s) {
            showError(s.error().message);
            m_goLiveEdit->setOptionalDate(m_project.signoff().goLiveDate());
        } else {
            message()->clearMessage();
        }
    });

    auto* statusBox = new QGroupBox(tr("Final status of the project"), this);
    statusBox->setObjectName(QStringLiteral("finalStatusGroup"));
    auto* statusLayout = new QVBoxLayout(statusBox);
    m_finalStatus = new QLabel(statusBox);
    m_finalStatus->setObjectName(QStringLiteral("finalStatusLabel"));
    m_finalStatus->setWordWrap(true);
    m_finalStatus->setTextFormat(Qt::RichText);
    statusLayout->addWidget(m_finalStatus);
    auto* summaryLabel =
        new QLabel(tr("Summar&y for the report (what went live, open points, who is on call):"), statusBox);
    summaryLabel->setWordWrap(true);
    m_summaryEdit = new QPlainTextEdit(statusBox);
    m_summaryEdit->setObjectName(QStringLiteral("finalSummaryEdit"));
    m_summaryEdit->setTabChangesFocus(true);
    m_summaryEdit->setFixedHeight(m_summaryEdit->fontMetrics().lineSpacing() * 5 + 12);
    summaryLabel->setBuddy(m_summaryEdit);
    statusLayout->addWidget(summaryLabel);
    statusLayout->addWidget(m_summaryEdit);
    contentLayout()->addWidget(statusBox);
    connect(m_summaryEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_summaryEdit->toPlainText() == m_project.signoff().finalSummary())
            return;
        if (Status s = m_project.signoff().setFinalSummary(m_summaryEdit->toPlainText()); !s)
            showError(s.error().message);
    });

    m_export = new ReportExportPanel(m_project, tr("Final report"), this);
    contentLayout()->addWidget(m_export);

    for (auto signal : {&Signoff::areasChanged, &Signoff::accreditationChanged, &Signoff::deliveryChanged})
        connect(&m_project.signoff(), signal, this, &DeliveryPage::refresh);
    connect(&m_project, &Project::stepChanged, this, &DeliveryPage::refresh);
    connect(&m_project.signoff(), &Signoff::deliveryChanged, this, &WizardPage::completeChanged);
    refresh();
}

void DeliveryPage::showEvent(QShowEvent* event) {
    StepPage::showEvent(event);
    refresh(); // a token may have been fetched on step 5 meanwhile
}

void DeliveryPage::refresh() {
    const Signoff& signoff = m_project.signoff();
    const QLocale locale;
    // The last production token request, as step 5 recorded it (never the token itself).
    const QList<TokenTest> tests = m_project.environments().tokenTests(QStringLiteral("production"));
    QString smoke;
    if (tests.isEmpty()) {
        smoke = tr("No token has been requested from production yet.");
    } else {
        const TokenTest& t = tests.last();
        const QString when = DateText::dateTime(t.at);
        smoke = t.ok ? tr("Last production token request: accepted on %1 (%2, valid for %3 s).")
                           .arg(when, t.tokenType)
                           .arg(t.expiresIn)
                     : tr("Last production token request: refused on %1 — %2").arg(when, t.error);
    }
    m_smokeResult->setText(smoke);
    if (!m_goLiveEdit->hasFocus())
        m_goLiveEdit->setOptionalDate(signoff.goLiveDate());
    m_releaseHint->setText(signoff.releaseDate().isValid()
                               ? tr("Production credentials released on %1: the go-live cannot be earlier.")
                                     .arg(DateText::dayAndDate(signoff.releaseDate()))
                               : tr("The release date of the production credentials is chosen on step 10."));
    if (m_summaryEdit->toPlainText() != signoff.finalSummary() && !m_summaryEdit->hasFocus()) {
        const QSignalBlocker block(m_summaryEdit);
        m_summaryEdit->setPlainText(signoff.finalSummary());
    }
    const int total = static_cast<int>(m_project.applicableSteps().size());
    const QString notSet = tr("not set");
    const QStringList lines{
        tr("Checklist: %1 of %2 steps done.").arg(m_project.doneCount()).arg(total),
        tr("BackOffice signoff: %1 of %2 areas approved.").arg(signoff.approvedCount()).arg(signoff.areas().size()),
        tr("Production procedures: %1 of %2 done.").arg(signoff.proceduresDone()).arg(signoff.procedures().size()),
        tr("Production credentials released on: %1.")
            .arg(signoff.releaseDate().isValid() ? DateText::date(signoff.releaseDate()) : notSet),
        tr("Go-live: %1.").arg(signoff.goLiveDate().isValid() ? DateText::date(signoff.goLiveDate()) : notSet),
    };
    QString html;
    for (const QString& line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_finalStatus->setText(QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(html));
}

QString DeliveryPage::missingForCompletion() const {
    return m_project.signoff().missingForDelivery();
}

} // namespace bmp::ui
