#include "net/ProposalWorker.h"
#include "net/ProposalWorkerParts.h"

#include "domain/BusinessCalendar.h"
#include "net/ApiClient.h"
#include "net/EvidenceLog.h"
#include "net/ProposalFlow.h"
#include "net/ProposalRequests.h"

#include <QUuid>

namespace bmp::net {

namespace {

namespace step = ProposalFlow::step;

using detail::flowOptions;
using detail::kConsultar;

} // namespace

ProposalWorker::ProposalWorker(ApiClient* client, QUrl apiBaseUrl, TokenProvider tokens, ProposalStore& store,
                               EvidenceLog* evidence, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_apiBase(std::move(apiBaseUrl))
    , m_tokens(std::move(tokens))
    , m_store(store)
    , m_evidence(evidence) {
    m_client->setEvidenceSink([this](const EvidenceEntry& e) { recordEvidence(e); });
}

ProposalWorker::~ProposalWorker() {
    // Saved as interrupted (resumable), silently: nobody listens to an object being destroyed.
    blockSignals(true);
    cancel();
    m_client->setEvidenceSink({});
}

QString ProposalWorker::environment() const {
    return m_client->connection().environment;
}

QString ProposalWorker::stepLabel(const QString& s) {
    return ProposalFlow::label(s);
}

int ProposalWorker::plannedSteps(ScenarioId id, const ProposalWorkerOptions& options) {
    return static_cast<int>(plannedStepKeys(id, options).size());
}

QStringList ProposalWorker::plannedStepKeys(ScenarioId id, const ProposalWorkerOptions& options) {
    return ProposalFlow::plan(id, flowOptions(options));
}

ProposalWorker::Lane& ProposalWorker::lane(ScenarioId id) {
    return m_lanes[id];
}

bool ProposalWorker::isActive(ScenarioId id) const {
    const auto it = m_lanes.constFind(id);
    return it != m_lanes.constEnd() && it->active;
}

ScenarioRun ProposalWorker::run(ScenarioId id) const {
    const auto it = m_lanes.constFind(id);
    if (it != m_lanes.constEnd())
        return it->run;
    return m_store.run(environment(), id);
}

void ProposalWorker::storeError(const Status& s) {
    if (!s)
        qWarning("ProposalWorker: could not save to the project: %s", qPrintable(s.error().toString()));
}

void ProposalWorker::save(ScenarioId id) {
    storeError(m_store.saveRun(lane(id).run));
}

void ProposalWorker::recordStatus(ScenarioId id, int status, const QString& source, const QString& note) {
    Lane& l = lane(id);
    storeError(m_store.recordStatus(l.run, status, source, note));
}

Status ProposalWorker::start(const QList<ProposalScenario>& scenarios) {
    if (m_running)
        return makeError(tr("The proposals are already running."));
    QList<QPair<ScenarioId, ProposalScenario>> toStart;
    for (const ProposalScenario& s : scenarios) {
        const ScenarioRun recorded = m_store.run(environment(), s.id);
        if (recorded.state == RunState::Done)
            continue;
        const bool stillToSend = !recorded.hasProposal();
        if (stillToSend) {
            const ScenarioValidation v = s.validate();
            if (!v.ok())
                return makeError(tr("Scenario %1: %2").arg(ProposalScenario::letter(s.id), v.firstError()));
        }
        toStart.append({s.id, s});
    }
    for (const auto& [id, input] : toStart)
        activate(id, input);
    checkFinished();
    return {};
}

void ProposalWorker::activate(ScenarioId id, const ProposalScenario& input) {
    Lane& l = lane(id);
    if (l.pollTimer)
        l.pollTimer->stop();
    l.input = input;
    l.run = m_store.run(environment(), id);
    l.ours.reset();
    l.polls = 0;
    l.renewed = false;
    ++l.generation;
    if (l.run.codigoOperacao.isEmpty())
        l.run.codigoOperacao =
            QStringLiteral("onb-%1-%2")
                .arg(ProposalScenario::letter(id).toLower(), QUuid::createUuid().toString(QUuid::Id128).left(20));
    if (!l.run.hasProposal())
        l.run.inputs = input.toJson();
    if (l.run.step.isEmpty())
        l.run.step = step::Simulate;
    if (l.run.hasProposal() && (l.run.status == ProposalStatus::Canceled || l.run.status == ProposalStatus::Rejected)) {
        l.active = true;
        m_running = true;
        stop(id, RunState::Failed,
             tr("The proposal was withdrawn at BMP (%1): reset the scenario to send a new one.")
                 .arg(ProposalStatus::label(l.run.status)));
        return;
    }
    if (l.run.state == RunState::AwaitingFix && !m_options.autoFix) {
        l.active = false;
        emit fixNeeded(id, l.run.paymentText);
        emit runChanged(id);
        return;
    }
    if (l.run.state == RunState::AwaitingFix)
        l.run.step = step::Fix;
    if (m_options.partnerComputesLoan) {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(BusinessCalendar::saoPauloZone()).date();
        auto ours = ProposalRequests::calculate(input, today);
        if (!ours) {
            l.active = true;
            m_running = true;
            stop(id, RunState::Failed, ours.error().message);
            return;
        }
        l.ours = *ours;
    }
    l.active = true;
    l.run.state = RunState::Running;
    l.run.lastError.clear();
    m_running = true;
    save(id);
    emit runChanged(id);
    drive(id);
}

Status ProposalWorker::applyFix(const ProposalScenario& scenario) {
    if (scenario.id != ScenarioId::IncorrectFinalized)
        return makeError(tr("Only scenario A has bank details to fix."));
    const ScenarioRun recorded = run(scenario.id);
    if (recorded.state != RunState::AwaitingFix)
        return makeError(tr("Scenario A is not waiting for a fix (its payment has not failed)."));
    if (isActive(scenario.id))
        return makeError(tr("Scenario A is busy."));
    const ScenarioValidation v = scenario.validate();
    for (const FieldIssue& issue : v.errors) {
        if (issue.field.startsWith(u"fixedAccount"))
            return makeError(issue.message);
    }
    const bool autoFix = std::exchange(m_options.autoFix, true); // activate() turns "awaiting fix" into the fix
    activate(scenario.id, scenario);
    m_options.autoFix = autoFix;
    return {};
}

Status ProposalWorker::withdraw(ScenarioId id, Withdrawal how, const QString& reason, int motive) {
    const QString letter = ProposalScenario::letter(id);
    if (isActive(id))
        return makeError(tr("Scenario %1 is running: stop the run first.").arg(letter));
    const ScenarioRun recorded = m_store.run(environment(), id);
    if (!recorded.hasProposal())
        return makeError(tr("Scenario %1 has no proposal at BMP to withdraw.").arg(letter));
    if (recorded.status == ProposalStatus::Canceled || recorded.status == ProposalStatus::Rejected)
        return makeError(tr("Scenario %1's proposal is already withdrawn (%2).")
                             .arg(letter, ProposalStatus::label(recorded.status)));
    const QString text = reason.simplified();
    if (text.isEmpty() || text.size() > 1000)
        return makeError(tr("Say why the proposal is withdrawn (at most 1000 characters): BMP records the reason."));
    if (how == Withdrawal::Reject && (motive < 0 || motive > 9999))
        return makeError(tr("The rejection reason number (motivoRejeicao) must be from 0 to 9999."));
    Lane& l = lane(id);
    if (l.pollTimer)
        l.pollTimer->stop();
    ++l.generation;
    l.input = ProposalRequests::scenarioOf(recorded, m_store.scenario(id));
    l.run = recorded;
    l.ours.reset();
    l.polls = 0;
    l.renewed = false;
    l.includeRefusal.clear();
    l.run.step = step::Withdraw;
    const bool cancelling = how == Withdrawal::Cancel;
    const QString call = cancelling ? QStringLiteral("Cancelar") : QStringLiteral("Recusar");
    const QJsonObject body =
        cancelling ? ProposalRequests::cancel(l.run, text) : ProposalRequests::reject(l.run, motive, text);
    l.run.pending = PendingCall{call, ApiClient::newIdempotencyKey(), ProposalRequests::body(body)};
    l.callName = call;
    l.active = true;
    l.run.state = RunState::Running;
    l.run.lastError.clear();
    m_running = true;
    save(id);
    emit runChanged(id);
    sendPending(id);
    return {};
}

void ProposalWorker::cancel() {
    for (auto it = m_lanes.begin(); it != m_lanes.end(); ++it) {
        Lane& l = *it;
        if (!l.active)
            continue;
        ++l.generation;
        if (l.pollTimer)
            l.pollTimer->stop();
        if (l.call) {
            ApiCall* call = l.call;
            l.call.clear();
            l.run.requests += qMax(0, call->response().attempts);
            call->cancel();
            call->deleteLater();
        }
        l.onWire = false;
        l.sendAt = {};
        stop(it.key(), RunState::Interrupted, tr("Cancelled by the user; resume to continue where it stopped."));
    }
    checkFinished();
}

void ProposalWorker::stop(ScenarioId id, RunState state, const QString& error) {
    Lane& l = lane(id);
    l.active = false;
    l.run.state = state;
    l.run.lastError = error;
    l.onWire = false;
    l.sendAt = {};
    save(id);
    emit runChanged(id);
    emit progressChanged();
}

void ProposalWorker::checkFinished() {
    if (!m_running)
        return;
    for (const Lane& l : std::as_const(m_lanes)) {
        if (l.active)
            return;
    }
    m_running = false;
    emit progressChanged();
    emit finished();
}

QString ProposalWorker::nextStepAfter(ScenarioId id, const QString& current) const {
    return ProposalFlow::next(id, flowOptions(m_options), current);
}

QString ProposalWorker::stepForStatus(ScenarioId id, int status) const {
    const auto it = m_lanes.constFind(id);
    const bool signedAlready = it != m_lanes.constEnd() && it->run.signedAt.isValid();
    return ProposalFlow::stepForStatus(id, flowOptions(m_options), status, signedAlready);
}

void ProposalWorker::advance(ScenarioId id, const QString& next) {
    Lane& l = lane(id);
    l.run.step = next;
    l.polls = 0;
    l.renewed = false;
    save(id);
    emit runChanged(id);
    emit progressChanged();
    drive(id);
}

void ProposalWorker::drive(ScenarioId id) {
    Lane& l = lane(id);
    if (!l.active)
        return;
    const QString& s = l.run.step;
    if (s == step::Done) {
        stop(id, RunState::Done, {});
        checkFinished();
        return;
    }
    const QString call = ProposalFlow::callOf(s);
    if (s == step::Simulate) {
        sendCall(id, call, ProposalRequests::simulate(l.input), false);
    } else if (s == step::Person) {
        sendCall(id, call, ProposalRequests::person(l.input), true);
    } else if (s == step::Address) {
        sendCall(id, call, ProposalRequests::address(l.input), true);
    } else if (s == step::Include) {
        sendCall(id, call, ProposalRequests::include(l.input, l.run.codigoOperacao, l.ours), true);
    } else if (s == step::Sign) {
        // The borrower signed in the partner's system now; the pending body keeps this time across retries.
        sendCall(id, call, ProposalRequests::signature(l.run, l.input, QDateTime::currentDateTimeUtc()), true);
    } else if (s == step::Finalize || s == step::Release) {
        sendCall(id, call, ProposalRequests::locatorOnly(l.run), true);
    } else if (s == step::Fix) {
        sendCall(id, call, ProposalRequests::updateAccount(l.run, l.input.fixedAccount), true);
    } else if (s == step::Locate || ProposalFlow::isWait(s)) {
        sendCall(id, kConsultar, ProposalRequests::locatorOnly(l.run), false);
    } else if (s == step::Withdraw && l.run.pending) {
        sendPending(id); // Cancelar or Recusar as the user asked for it, with the same key and reason
    } else if (s == step::Withdraw) {
        stop(id, RunState::Failed, tr("The withdrawal did not reach BMP; ask for it again."));
        checkFinished();
    } else {
        stop(id, RunState::Failed, tr("Unknown step \"%1\" in the project file.").arg(s));
        checkFinished();
    }
}

} // namespace bmp::net
