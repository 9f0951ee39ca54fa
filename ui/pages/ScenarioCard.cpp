#include "pages/ScenarioCard.h"

#include "net/ProposalWorker.h"
#include "pages/ScenarioForm.h"
#include "widgets/InlineMessage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace bmp::ui {

namespace {

QString timeText(const QDateTime& utc) {
    return utc.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QLabel* valueLabel(const QString& name, QWidget* parent) {
    auto* l = new QLabel(QStringLiteral("—"), parent);
    l->setObjectName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

ScenarioCard::ScenarioCard(const ProposalScenario& scenario, QWidget* parent)
    : QFrame(parent)
    , m_id(scenario.id)
    , m_title(new QLabel(ProposalScenario::title(scenario.id), this))
    , m_state(new QLabel(this))
    , m_description(new QLabel(ProposalScenario::description(scenario.id), this))
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_fixButton(new QPushButton(tr("Fix bank details"), this))
    , m_resetButton(new QPushButton(tr("New proposal"), this))
    , m_detailsButton(new QToolButton(this))
    , m_validation(new InlineMessage(this))
    , m_runMessage(new InlineMessage(this))
    , m_codigo(valueLabel(QStringLiteral("codigoPropostaLabel"), this))
    , m_numero(valueLabel(QStringLiteral("numeroPropostaLabel"), this))
    , m_status(valueLabel(QStringLiteral("statusLabel"), this))
    , m_step(valueLabel(QStringLiteral("stepLabel"), this))
    , m_signature(valueLabel(QStringLiteral("signatureLabel"), this))
    , m_timeline(new QListWidget(this))
    , m_evidence(new QListWidget(this))
    , m_form(new ScenarioForm(scenario.id, this)) {
    setObjectName(QStringLiteral("scenarioCard_%1").arg(ProposalScenario::letter(m_id)));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("bmp--ui--ScenarioCard{border:1px solid palette(mid);border-radius:6px;}"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setObjectName(QStringLiteral("scenarioTitleLabel"));
    m_title->setWordWrap(true);
    m_step->setWordWrap(true);
    m_status->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_description->setObjectName(QStringLiteral("scenarioDescriptionLabel"));
    m_description->setWordWrap(true);
    m_runButton->setObjectName(QStringLiteral("runScenarioButton"));
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setToolTip(tr("Send the corrected details (AtualizarContaPagamento); the payment is tried again."));
    m_fixButton->setVisible(scenario.expectsIncorrectDetails());
    m_resetButton->setObjectName(QStringLiteral("resetScenarioButton"));
    m_resetButton->setToolTip(tr("Forget this run and make a new proposal next time (the evidence stays)."));
    m_detailsButton->setObjectName(QStringLiteral("editDetailsButton"));
    m_detailsButton->setText(tr("Borrower and bank details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_validation->setObjectName(QStringLiteral("validationMessage"));
    m_runMessage->setObjectName(QStringLiteral("runMessage"));
    m_timeline->setObjectName(QStringLiteral("statusTimeline"));
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    for (QListWidget* list : {m_timeline, m_evidence}) {
        list->setFixedHeight(list->fontMetrics().lineSpacing() * 5 + 10);
        list->setAlternatingRowColors(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideRight);
    }
    m_evidence->setToolTip(tr("Double-click to see the redacted request and response."));
    m_form->setScenario(scenario);
    m_form->hide();

    // Title and buttons on one line, the state badge under the title: long translations still fit the page.
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_state, 0, Qt::AlignLeft);
    header->addLayout(titles, 1);
    header->addWidget(m_fixButton, 0, Qt::AlignTop);
    header->addWidget(m_resetButton, 0, Qt::AlignTop);
    header->addWidget(m_runButton, 0, Qt::AlignTop);

    auto* ids = new QGridLayout;
    ids->addWidget(new QLabel(tr("codigoProposta:"), this), 0, 0);
    ids->addWidget(m_codigo, 0, 1);
    ids->addWidget(new QLabel(tr("numeroProposta:"), this), 1, 0);
    ids->addWidget(m_numero, 1, 1);
    ids->addWidget(new QLabel(tr("Status:"), this), 2, 0);
    ids->addWidget(m_status, 2, 1);
    ids->addWidget(new QLabel(tr("Step:"), this), 3, 0);
    ids->addWidget(m_step, 3, 1);
    ids->addWidget(new QLabel(tr("Signature:"), this), 4, 0);
    ids->addWidget(m_signature, 4, 1);
    m_signature->setWordWrap(true);
    ids->setColumnStretch(1, 1);

    auto* lists = new QHBoxLayout;
    auto* timelineBox = new QVBoxLayout;
    timelineBox->addWidget(new QLabel(tr("Statuses over time"), this));
    timelineBox->addWidget(m_timeline);
    auto* evidenceBox = new QVBoxLayout;
    evidenceBox->addWidget(new QLabel(tr("Evidence (redacted)"), this));
    evidenceBox->addWidget(m_evidence);
    lists->addLayout(ids, 3);
    lists->addLayout(timelineBox, 3);
    lists->addLayout(evidenceBox, 4);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_description);
    layout->addWidget(m_validation);
    layout->addWidget(m_runMessage);
    layout->addLayout(lists);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_form);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_form->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_runButton, &QPushButton::clicked, this, [this] { emit runRequested(m_id); });
    connect(m_fixButton, &QPushButton::clicked, this, [this] { emit fixRequested(m_id); });
    connect(m_resetButton, &QPushButton::clicked, this, [this] { emit resetRequested(m_id); });
    connect(m_form, &ScenarioForm::edited, this, [this] {
        validateForm();
        emit edited(m_form->scenario());
    });
    connect(m_evidence, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit evidenceOpened(item->data(Qt::UserRole).toLongLong()); });
    validateForm();
    showRun(ScenarioRun{}, {}, {}, false);
}

ProposalScenario ScenarioCard::scenario() const {
    return m_form->scenario();
}

ScenarioValidation ScenarioCard::validateForm() {
    ScenarioValidation v = m_form->scenario().validate();
    v.errors = m_form->parseErrors() + v.errors;
    m_form->markInvalid(v.errors);
    QStringList lines;
    for (const FieldIssue& e : v.errors)
        lines.append(e.message.toHtmlEscaped());
    QStringList notes;
    for (const FieldIssue& n : v.notes)
        notes.append(n.message.toHtmlEscaped());
    if (!lines.isEmpty())
        m_validation->showMessage(InlineMessage::Kind::Error, lines.join(QStringLiteral("<br/>")));
    else if (!notes.isEmpty())
        m_validation->showMessage(m_id == ScenarioId::IncorrectFinalized ? InlineMessage::Kind::Warning
                                                                         : InlineMessage::Kind::Information,
                                  notes.join(QStringLiteral("<br/>")));
    else
        m_validation->clearMessage();
    m_valid = v.ok();
    refreshButtons();
    return v;
}

void ScenarioCard::setRunnable(bool workerIdle) {
    m_workerIdle = workerIdle;
    refreshButtons();
}

void ScenarioCard::refreshButtons() {
    const RunState s = m_run.state;
    m_runButton->setText(s == RunState::Interrupted ? tr("Resume") : s == RunState::Failed ? tr("Retry") : tr("Run"));
    const bool needsValidForm = !m_run.hasProposal();
    m_runButton->setEnabled(m_workerIdle && !m_active && s != RunState::Done && s != RunState::AwaitingFix &&
                            (m_valid || !needsValidForm));
    m_fixButton->setEnabled(!m_active && s == RunState::AwaitingFix);
    m_resetButton->setEnabled(!m_active && m_workerIdle && (s != RunState::Idle || m_run.hasProposal()));
    m_form->setReadOnly(m_active);
}

void ScenarioCard::setSignatureRequired(bool required) {
    m_signatureRequired = required;
    refreshSignature();
}

void ScenarioCard::refreshSignature() {
    m_signature->setText(m_run.signedAt.isValid() ? tr("recorded %1").arg(timeText(m_run.signedAt))
                         : m_signatureRequired    ? tr("not yet (needed before Finalizar)")
                                                  : tr("waived by BMP for this environment"));
}

void ScenarioCard::showRun(const ScenarioRun& run, const QList<StatusEvent>& history,
                           const QList<net::EvidenceEntry>& evidence, bool active) {
    m_run = run;
    m_active = active;
    RunState state = run.state;
    if (state == RunState::Running && !active)
        state = RunState::Interrupted; // recorded as running by a process that is gone
    m_run.state = state;
    QString badge;
    QString color;
    switch (state) {
    case RunState::Idle:
        badge = tr("Not started");
        color = QStringLiteral("#606060");
        break;
    case RunState::Running:
        badge = tr("Running: %1").arg(net::ProposalWorker::stepLabel(run.step));
        color = QStringLiteral("#1f5fa8");
        break;
    case RunState::Interrupted:
        badge = tr("Interrupted at: %1").arg(net::ProposalWorker::stepLabel(run.step));
        color = QStringLiteral("#9a6b00");
        break;
    case RunState::AwaitingFix:
        badge = tr("Payment failed (11): fix the bank details");
        color = QStringLiteral("#b03030");
        break;
    case RunState::Done:
        badge = tr("Done: %1").arg(ProposalStatus::label(run.status));
        color = QStringLiteral("#2e7d32");
        break;
    case RunState::Failed:
        badge = tr("Failed");
        color = QStringLiteral("#b03030");
        break;
    }
    m_state->setText(badge);
    m_state->setStyleSheet(QStringLiteral("color:white;background:%1;border-radius:3px;padding:1px 6px;").arg(color));

    m_codigo->setText(run.codigoProposta.isEmpty() ? QStringLiteral("—") : run.codigoProposta);
    m_numero->setText(run.numeroProposta > 0 ? QString::number(run.numeroProposta) : QStringLiteral("—"));
    m_status->setText(ProposalStatus::label(run.status));
    m_step->setText(net::ProposalWorker::stepLabel(run.step));
    refreshSignature();
    m_signature->setToolTip(tr("IncluirAssinaturaCCBFinalizada: the borrower signed in your system; BMP records who, "
                               "when and from where before the proposal can be finalized."));

    if (state == RunState::AwaitingFix) {
        m_runMessage->showMessage(InlineMessage::Kind::Error,
                                  tr("BMP could not pay: %1 This is what scenario A is for. Check the corrected "
                                     "details below and press “Fix bank details”.")
                                      .arg(run.paymentText.toHtmlEscaped()));
    } else if (state == RunState::Failed || state == RunState::Interrupted) {
        m_runMessage->showMessage(state == RunState::Failed ? InlineMessage::Kind::Error : InlineMessage::Kind::Warning,
                                  run.lastError.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    } else if (state == RunState::Done && m_id == ScenarioId::IncorrectFinalized) {
        m_runMessage->showMessage(InlineMessage::Kind::Positive,
                                  tr("The payment failed with the wrong details (11), the details were fixed and the "
                                     "proposal was paid."));
    } else {
        m_runMessage->clearMessage();
    }

    m_timeline->clear();
    for (const StatusEvent& e : history) {
        auto* item = new QListWidgetItem(tr("%1  %2").arg(timeText(e.at), ProposalStatus::label(e.status)), m_timeline);
        QString detail = tr("%1, seen in the answer to %2").arg(ProposalStatus::label(e.status), e.source);
        if (!e.note.isEmpty())
            detail += QStringLiteral("\n") + e.note;
        item->setToolTip(detail);
        if (e.status == ProposalStatus::PendingPayment)
            item->setForeground(QColor(QStringLiteral("#b03030")));
    }
    m_timeline->scrollToBottom();
    m_evidence->clear();
    for (const net::EvidenceEntry& e : evidence) {
        const QString path = QUrl(e.url).path();
        auto* item = new QListWidgetItem(tr("%1  %2 → %3")
                                             .arg(timeText(e.at), path.section(u'/', -1))
                                             .arg(e.status > 0 ? QString::number(e.status) : tr("no answer")),
                                         m_evidence);
        item->setToolTip(tr("%1 %2 → %3 in %4 ms").arg(e.method, path).arg(e.status).arg(e.durationMs));
        item->setData(Qt::UserRole, e.id);
    }
    m_evidence->scrollToBottom();
    refreshButtons();
}

} // namespace bmp::ui
