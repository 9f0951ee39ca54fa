#include "pages/ProposalsPage.h"

#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "net/ApiClient.h"
#include "net/EvidenceLog.h"
#include "net/ProposalWorker.h"
#include "pages/CalculationPanel.h"
#include "pages/ScenarioCard.h"
#include "sandbox/PracticeSandbox.h"
#include "sandbox/SandboxEngine.h"
#include "sandbox/SandboxServer.h"
#include "widgets/InlineMessage.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace bmp::ui {

namespace {
ProposalsPage::TokenProviderFactory& tokenFactory() {
    static ProposalsPage::TokenProviderFactory factory;
    return factory;
}
} // namespace

void ProposalsPage::setTokenProviderFactory(TokenProviderFactory factory) {
    tokenFactory() = std::move(factory);
}

ProposalsPage::ProposalsPage(Project& project, QWidget* parent)
    : StepPage(project, StepId::Proposals, parent)
    , m_store(project.store())
    , m_evidence(std::make_unique<net::EvidenceLog>(project.store()))
    , m_envCombo(new QComboBox(this))
    , m_envInfo(new QLabel(this))
    , m_runAllButton(new QPushButton(tr("&Run all three"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_currentCall(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_nextSend(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_calc(new CalculationPanel(project, this)) {
    m_envCombo->setObjectName(QStringLiteral("proposalEnvCombo"));
    m_envInfo->setObjectName(QStringLiteral("envInfoLabel"));
    m_envInfo->setWordWrap(true);
    m_runAllButton->setObjectName(QStringLiteral("runAllButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress->setObjectName(QStringLiteral("proposalProgress"));
    m_progress->setFormat(tr("%v of %m steps"));
    m_currentCall->setObjectName(QStringLiteral("currentCallLabel"));
    m_queue->setObjectName(QStringLiteral("queueLabel"));
    m_queue->setWordWrap(true);
    m_nextSend->setObjectName(QStringLiteral("nextSendLabel"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color:#9a6b00;"));

    auto* runBox = new QGroupBox(tr("Run"), this);
    runBox->setObjectName(QStringLiteral("runGroup"));
    auto* top = new QHBoxLayout;
    auto* envLabel = new QLabel(tr("&Environment:"), runBox);
    envLabel->setBuddy(m_envCombo);
    top->addWidget(envLabel);
    top->addWidget(m_envCombo);
    top->addWidget(m_envInfo, 1);
    top->addWidget(m_runAllButton);
    top->addWidget(m_cancelButton);
    auto* status = new QHBoxLayout;
    status->addWidget(m_progress, 1);
    status->addWidget(m_currentCall, 1);
    status->addWidget(m_nextSend, 1);
    auto* runLayout = new QVBoxLayout(runBox);
    runLayout->addLayout(top);
    runLayout->addLayout(status);
    runLayout->addWidget(m_queue);
    runLayout->addWidget(m_notice);
    contentLayout()->addWidget(runBox);

    for (ScenarioId id : ProposalScenario::all()) {
        auto* card = new ScenarioCard(m_store.scenario(id), this);
        m_cards.insert(id, card);
        contentLayout()->addWidget(card);
        connect(card, &ScenarioCard::runRequested, this, [this](ScenarioId which) { run({which}); });
        connect(card, &ScenarioCard::fixRequested, this, &ProposalsPage::fix);
        connect(card, &ScenarioCard::resetRequested, this, &ProposalsPage::startOver);
        connect(card, &ScenarioCard::evidenceOpened, this, &ProposalsPage::openEvidence);
        connect(card, &ScenarioCard::edited, this, [this](const ProposalScenario& s) {
            if (Status saved = m_store.saveScenario(s); !saved)
                showError(saved.error().message);
        });
    }
    contentLayout()->addWidget(m_calc);

    for (const EnvironmentProfile& p : m_project.environments().list())
        m_envCombo->addItem(p.displayName(), p.name);
    m_envCombo->setCurrentIndex(qMax(0, m_envCombo->findData(m_project.setting(QStringLiteral("proposals.environment"),
                                                                               QStringLiteral("practice")))));

    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &ProposalsPage::refreshProgress);
    connect(m_envCombo, &QComboBox::currentIndexChanged, this, &ProposalsPage::onEnvironmentChanged);
    connect(m_runAllButton, &QPushButton::clicked, this, [this] { run(ProposalScenario::all()); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });
    connect(&m_project, &Project::scopeChanged, this,
            [this] { m_calc->setVisible(m_project.scope().partnerComputesLoan); });
    m_calc->setVisible(m_project.scope().partnerComputesLoan);
    onEnvironmentChanged();
}

ProposalsPage::~ProposalsPage() {
    delete m_worker; // saves every active scenario as interrupted before the client goes
    m_worker = nullptr;
}

QString ProposalsPage::environment() const {
    return m_envCombo->currentData().toString();
}

void ProposalsPage::onEnvironmentChanged() {
    if (m_worker && m_worker->isRunning()) {
        const QSignalBlocker b(m_envCombo);
        m_envCombo->setCurrentIndex(m_envCombo->findData(m_workerEnv));
        showError(tr("Cancel the running proposals before switching environments."));
        return;
    }
    if (Status s = m_project.setSetting(QStringLiteral("proposals.environment"), environment()); !s)
        showError(s.error().message);
    refreshEnvironmentInfo();
    m_calc->setEnvironment(environment());
    refreshAll();
}

void ProposalsPage::refreshEnvironmentInfo() {
    const auto profile = m_project.environments().find(environment());
    if (!profile) {
        m_envInfo->clear();
        return;
    }
    const QString pace = profile->rateLimit > 0
                             ? tr("paced at %1 per second").arg(QLocale().toString(profile->rateLimit))
                             : tr("not paced");
    if (profile->usesBuiltInSandbox())
        m_envInfo->setText(tr("The project's practice sandbox, with your Practice key and client_id, %1: a rehearsal, "
                              "not BMP's homologation.")
                               .arg(pace));
    else
        m_envInfo->setText(tr("%1, %2.").arg(profile->apiUrl, pace));
}

bool ProposalsPage::confirm(const QString& question) {
    if (m_confirmer)
        return m_confirmer(question);
    return QMessageBox::question(this, tr("Proposals"), question) == QMessageBox::Yes;
}

void ProposalsPage::prepareWorker(const std::function<void(const Status&)>& then) {
    const QString env = environment();
    if (m_worker && m_workerEnv == env) {
        then({});
        return;
    }
    if (m_worker && m_worker->isRunning()) {
        then(makeError(tr("Proposals are running in %1.").arg(m_workerEnv)));
        return;
    }
    delete m_worker;
    m_worker = nullptr;
    m_client.reset();
    const auto profile = m_project.environments().find(env);
    if (!profile) {
        then(makeError(tr("The environment %1 no longer exists.").arg(env)));
        return;
    }
    if (!tokenFactory()) {
        then(makeError(tr("Running against %1 needs the access token of step 5, which this build cannot get yet. "
                          "Use `bmpctl proposals run --key`.")
                           .arg(profile->displayName())));
        return;
    }
    if (!profile->usesBuiltInSandbox()) {
        buildWorker(*profile, QUrl(profile->apiUrl));
        then({});
        return;
    }
    // Practice: the project's practice sandbox (the one step 3 registered the key with), with the partner's own
    // key and client_id, as BMP will see them.
    if (!m_project.keys().find(profile->name) || profile->clientId.isEmpty()) {
        then(makeError(tr("Practice runs with your own key and client_id, as BMP's homologation will: generate the "
                          "Practice key on step 3 and register it with the practice sandbox there (its client_id is "
                          "then filled in on step 4).")));
        return;
    }
    m_currentCall->setText(tr("Starting the practice sandbox…"));
    const auto resolved = sandbox::PracticeSandbox::instance().resolve(*profile);
    m_currentCall->clear();
    if (!resolved) {
        then(resolved.error());
        return;
    }
    buildWorker(*resolved, QUrl(resolved->apiUrl));
    if (sandbox::SandboxServer* server = sandbox::PracticeSandbox::instance().server()) {
        // In Practice the sandbox's status changes stand for BMP's callbacks.
        connect(server->engine(), &sandbox::SandboxEngine::proposalStatusChanged, m_worker,
                [worker = m_worker](const QString& code, int status) { worker->notifyStatus(code, status); });
    }
    then({});
}

void ProposalsPage::buildWorker(const EnvironmentProfile& profile, const QUrl& apiBase) {
    net::Connection c;
    c.environment = profile.name;
    c.requestsPerSecond = profile.rateLimit;
    c.caBundlePem = profile.caBundlePem;
    m_client = std::make_unique<net::ApiClient>(c);
    const net::TokenProvider tokens = tokenFactory()(profile, m_client.get());
    m_worker = new net::ProposalWorker(m_client.get(), apiBase, tokens, m_store, m_evidence.get(), this);
    m_workerEnv = profile.name;
    net::ProposalWorkerOptions o;
    o.partnerComputesLoan = m_project.scope().partnerComputesLoan;
    o.signature = !profile.signatureWaived;
    o.pollBaseMs = profile.rateLimit > 0 ? std::clamp<qint64>(qint64(1000 / profile.rateLimit), 100, 1000) : 1000;
    m_worker->setOptions(o);
    connect(m_worker, &net::ProposalWorker::progressChanged, this, &ProposalsPage::refreshProgress);
    connect(m_worker, &net::ProposalWorker::runChanged, this, &ProposalsPage::refreshCard);
    connect(m_worker, &net::ProposalWorker::finished, this, [this] {
        m_tick.stop();
        refreshAll();
        m_calc->refresh();
        refreshStatusPanel();
        emit workerFinished();
    });
}

void ProposalsPage::run(const QList<ScenarioId>& ids) {
    message()->clearMessage();
    QList<ScenarioId> toRun;
    for (ScenarioId id : ids) {
        if (m_store.run(environment(), id).state != RunState::Done)
            toRun.append(id);
    }
    if (toRun.isEmpty()) {
        // Nothing to send: say so instead of starting an empty run ("0 of 1 steps").
        message()->showMessage(InlineMessage::Kind::Information,
                               ids.size() > 1
                                   ? tr("All three scenarios are done in %1. To send a scenario again, press "
                                        "“New proposal” on its card.")
                                         .arg(m_envCombo->currentText())
                                   : tr("Scenario %1 is done in %2. To send it again, press “New proposal”.")
                                         .arg(ProposalScenario::letter(ids.first()), m_envCombo->currentText()));
        return;
    }
    QList<ProposalScenario> scenarios;
    for (ScenarioId id : toRun) {
        const ScenarioValidation v = m_cards.value(id)->validateForm();
        const ScenarioRun recorded = m_store.run(environment(), id);
        if (!v.ok() && !recorded.hasProposal()) {
            showError(tr("Scenario %1: %2").arg(ProposalScenario::letter(id), v.firstError()));
            return;
        }
        scenarios.append(m_cards.value(id)->scenario());
    }
    m_runAllButton->setEnabled(false);
    prepareWorker([this, scenarios](const Status& ready) {
        if (!ready) {
            showError(ready.error().message);
            refreshAll();
            return;
        }
        if (Status s = m_worker->start(scenarios); !s) {
            showError(s.error().message);
            refreshAll();
            return;
        }
        m_tick.start();
        refreshAll();
    });
}

void ProposalsPage::fix(ScenarioId id) {
    prepareWorker([this, id](const Status& ready) {
        if (!ready) {
            showError(ready.error().message);
            return;
        }
        if (Status s = m_worker->applyFix(m_cards.value(id)->scenario()); !s) {
            showError(s.error().message);
            return;
        }
        m_tick.start();
        refreshAll();
    });
}

void ProposalsPage::startOver(ScenarioId id) {
    if (!confirm(tr("Forget scenario %1's run in %2 and make a new proposal next time? Its evidence stays in the "
                    "project.")
                     .arg(ProposalScenario::letter(id), m_envCombo->currentText())))
        return;
    if (Status s = m_store.resetRun(environment(), id); !s)
        showError(s.error().message);
    refreshCard(id);
    refreshStatusPanel();
}

void ProposalsPage::refreshCard(ScenarioId id) {
    ScenarioCard* card = m_cards.value(id);
    if (!card)
        return;
    const QString env = environment();
    const bool live = m_worker && m_workerEnv == env;
    const ScenarioRun run = live ? m_worker->run(id) : m_store.run(env, id);
    QList<net::EvidenceEntry> entries;
    const QList<RunEvidence> links = m_store.evidence(env, id);
    if (!links.isEmpty()) {
        QHash<qint64, net::EvidenceEntry> all;
        for (const net::EvidenceEntry& e : m_evidence->entries(env))
            all.insert(e.id, e);
        for (const RunEvidence& link : links) {
            if (all.contains(link.evidenceId))
                entries.append(all.value(link.evidenceId));
        }
    }
    const auto profile = m_project.environments().find(env);
    card->setSignatureRequired(!profile || !profile->signatureWaived);
    card->showRun(run, m_store.history(env, id), entries, live && m_worker->isActive(id));
    card->setRunnable(!(m_worker && m_worker->isRunning() && m_worker->isActive(id)));
}

void ProposalsPage::refreshAll() {
    for (ScenarioId id : ProposalScenario::all())
        refreshCard(id);
    const bool running = m_worker && m_worker->isRunning();
    m_runAllButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_envCombo->setEnabled(!running);
    refreshProgress();
}

void ProposalsPage::refreshProgress() {
    if (!m_worker) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(tr("Not running"));
        m_queue->clear();
        m_queue->hide();
        m_nextSend->clear();
        m_notice->clear();
        m_notice->hide();
        if (m_currentCall->text() != tr("Starting the practice sandbox…"))
            m_currentCall->setText(tr("Idle"));
        return;
    }
    const net::WorkerProgress p = m_worker->progress();
    m_progress->setFormat(tr("%v of %m steps"));
    m_progress->setRange(0, qMax(1, p.stepsTotal));
    m_progress->setValue(p.stepsDone);
    const bool running = m_worker->isRunning();
    m_currentCall->setText(running ? tr("On the wire: %1").arg(p.currentCall.isEmpty() ? tr("—") : p.currentCall)
                                   : tr("Idle — %1 requests sent").arg(p.requestsSent));
    m_queue->setText(p.queue.isEmpty() ? QString() : tr("Queue: %1").arg(p.queue.join(QStringLiteral(", "))));
    if (running && p.nextSendAt.isValid()) {
        const qint64 ms = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(p.nextSendAt));
        m_nextSend->setText(tr("Next request in %1 s (%2)")
                                .arg(QLocale().toString(ms / 1000.0, 'f', 1),
                                     p.nextSendAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))));
    } else {
        m_nextSend->clear();
    }
    m_notice->setText(running ? p.notice : QString());
    m_queue->setVisible(!m_queue->text().isEmpty());
    m_notice->setVisible(!m_notice->text().isEmpty());
}

void ProposalsPage::openEvidence(qint64 id) {
    for (const net::EvidenceEntry& e : m_evidence->entries(environment())) {
        if (e.id != id)
            continue;
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("evidenceDialog"));
        dialog.setWindowTitle(tr("Evidence #%1 — %2 %3").arg(e.id).arg(e.method, e.url));
        auto* layout = new QVBoxLayout(&dialog);
        auto* request = new QPlainTextEdit(e.request, &dialog);
        auto* response =
            new QPlainTextEdit(tr("HTTP %1 in %2 ms\n\n%3").arg(e.status).arg(e.durationMs).arg(e.response), &dialog);
        for (QPlainTextEdit* t : {request, response})
            t->setReadOnly(true);
        layout->addWidget(new QLabel(tr("Request (redacted)"), &dialog));
        layout->addWidget(request);
        layout->addWidget(new QLabel(tr("Response"), &dialog));
        layout->addWidget(response);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog.resize(760, 560);
        dialog.exec();
        return;
    }
}

QString ProposalsPage::runningWork() const {
    if (!m_worker || !m_worker->isRunning())
        return {};
    return tr("The test proposals in %1").arg(m_envCombo->itemText(m_envCombo->findData(m_workerEnv)));
}

QString ProposalsPage::missingForCompletion() const {
    for (const QString& env : {QStringLiteral("homologation"), QStringLiteral("production")}) {
        bool all = true;
        for (const ScenarioRun& r : m_store.runs(env))
            all = all && r.state == RunState::Done;
        if (all)
            return {};
    }
    return tr("Run the three scenarios to the end in the homologation environment (Practice runs are rehearsals).");
}

} // namespace bmp::ui
