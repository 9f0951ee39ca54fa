#include "net/ProposalWorker.h"

#include "domain/BusinessCalendar.h"
#include "net/ApiClient.h"
#include "net/BmpEnvelope.h"
#include "net/EvidenceLog.h"
#include "net/ProposalFlow.h"
#include "net/ProposalRequests.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

namespace bmp::net {

namespace {

namespace step = ProposalFlow::step;

const QString kConsultar = QStringLiteral("Consultar");

ProposalFlow::Options flowOptions(const ProposalWorkerOptions& o) {
    return ProposalFlow::Options{o.releaseIncorrect, o.signature};
}

// The proposal's GUID in an answer: Consultar names it `codigo` (its `codigoProposta` is not documented as the
// GUID); BMP's include answer is not in our copies of its reference, so either name is read, the first that
// holds a GUID.
QString proposalGuid(const BmpEnvelope& envelope) {
    for (const QString& name : {QStringLiteral("codigo"), QStringLiteral("codigoProposta")}) {
        const QUuid uuid = QUuid::fromString(envelope.text(name));
        if (!uuid.isNull())
            return uuid.toString(QUuid::WithoutBraces);
    }
    return {};
}

qint64 fibonacci(int n) {
    qint64 a = 1;
    qint64 b = 1;
    for (int i = 1; i < n; ++i) {
        const qint64 next = a + b;
        a = b;
        b = next;
    }
    return a;
}

QByteArray keyInRequestText(const QString& request) {
    const QString marker = QStringLiteral("\nIdempotencyKey: ");
    const qsizetype at = request.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = at + marker.size();
    const qsizetype end = request.indexOf(u'\n', start);
    return request.mid(start, end < 0 ? -1 : end - start).trimmed().toLatin1();
}

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

void ProposalWorker::sendCall(ScenarioId id, const QString& call, const QJsonObject& body, bool reuseKey) {
    Lane& l = lane(id);
    // A call that changes something keeps the key (and the exact body) it was first sent with, across retries,
    // cancels and restarts: BMP then answers a repeat with the stored answer. Reads get a fresh key each time.
    if (!(reuseKey && l.run.pending && l.run.pending->call == call))
        l.run.pending = PendingCall{call, ApiClient::newIdempotencyKey(), ProposalRequests::body(body)};
    l.callName = call;
    l.run.lastError.clear();
    save(id); // the key and body are in the project before anything leaves
    sendPending(id);
}

void ProposalWorker::sendPending(ScenarioId id) {
    Lane& l = lane(id);
    l.sendAt = QDateTime::currentDateTimeUtc();
    emit progressChanged();
    const quint64 generation = l.generation;
    QPointer<ProposalWorker> self(this);
    m_tokens(l.renewed, [self, id, generation](const Result<QByteArray>& token) {
        if (!self)
            return;
        Lane& lane = self->lane(id);
        if (!lane.active || lane.generation != generation || !lane.run.pending)
            return;
        if (!token) {
            self->stop(id, RunState::Failed, tr("No access token: %1").arg(token.error().message));
            self->checkFinished();
            return;
        }
        self->transmit(id, *token);
    });
}

void ProposalWorker::transmit(ScenarioId id, const QByteArray& token) {
    Lane& l = lane(id);
    const PendingCall& pending = *l.run.pending;
    const QString path = QStringLiteral("/%1/%2").arg(ProposalFlow::controllerOf(pending.call), pending.call);
    ApiRequest request;
    request.url = QUrl(m_apiBase.toString(QUrl::StripTrailingSlash) + path);
    request.headers = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token}};
    request.body = pending.body;
    request.kind = QStringLiteral("proposal");
    request.idempotencyKey = pending.idempotencyKey;
    m_keys.insert(pending.idempotencyKey, {id, pending.call});
    ApiCall* call = m_client->send(request);
    l.call = call;
    // send() reserved the rate limiter's slot already: the first wait is known now, not by a signal.
    l.sendAt = QDateTime::currentDateTimeUtc().addMSecs(call->sendDelayMs());
    emit progressChanged();
    const quint64 generation = l.generation;
    connect(call, &ApiCall::waiting, this, [this, id, generation](qint64 delayMs, const QString& why) {
        Lane& lane = this->lane(id);
        if (lane.generation != generation)
            return;
        lane.onWire = false;
        lane.sendAt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
        if (!why.isEmpty())
            m_notice = why;
        emit progressChanged();
    });
    connect(call, &ApiCall::attemptStarted, this, [this, id, generation](int attempt, qint64) {
        Lane& lane = this->lane(id);
        if (lane.generation != generation)
            return;
        ++m_requests;
        lane.onWire = true;
        lane.sendAt = {};
        lane.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_lastOnWire = attempt > 1
                           ? tr("%1 · %2 (attempt %3)").arg(ProposalScenario::letter(id), lane.callName).arg(attempt)
                           : tr("%1 · %2").arg(ProposalScenario::letter(id), lane.callName);
        emit progressChanged();
    });
    connect(call, &ApiCall::finished, this,
            [this, id, generation](const ApiResponse& response) { onAnswer(id, generation, response); });
}

void ProposalWorker::onAnswer(ScenarioId id, quint64 generation, const ApiResponse& r) {
    Lane& l = lane(id);
    if (l.generation != generation || r.cancelled)
        return;
    if (l.call) {
        l.call->deleteLater();
        l.call.clear();
    }
    l.onWire = false;
    l.run.requests += r.attempts;
    const QString call = l.run.pending ? l.run.pending->call : l.callName;
    if (!r.transportOk()) {
        // No answer even after the retries: the call may or may not have run at BMP. The pending key stays, so
        // resuming asks again with it and gets the stored answer if it did.
        stop(id, RunState::Interrupted, tr("%1: %2").arg(call, r.transportError().message));
        checkFinished();
        return;
    }
    if (r.status == 401 && !l.renewed) {
        l.renewed = true; // once per call: a second refusal is an answer, not an expired token
        sendPending(id);  // the same key and body, with a new token
        return;
    }
    const BmpEnvelope envelope = BmpEnvelope::parse(r.body);
    if (r.status >= 400 || r.status < 200 || envelope.hasError()) {
        failOnRefusal(id, call, envelope, r.status);
        return;
    }
    onSuccess(id, call, envelope);
}

void ProposalWorker::failOnRefusal(ScenarioId id, const QString& call, const BmpEnvelope& envelope, int httpStatus) {
    Lane& l = lane(id);
    // A definitive answer: the call did not run, and a retry is a new logical call with a new key.
    l.run.pending.reset();
    const Error e = envelope.toError(httpStatus);
    if (l.run.step == step::Include && !l.run.hasProposal() && !l.run.codigoOperacao.isEmpty()) {
        // BMP documents no code for "this codigoOperacao exists already" (an earlier include ran and its stored
        // answer expired, or it ran before a crash): whatever the refusal, look for our proposal before failing.
        l.includeRefusal = e.message;
        advance(id, step::Locate);
        return;
    }
    if (l.run.step == step::Locate && !l.includeRefusal.isEmpty()) {
        const QString refusal = std::exchange(l.includeRefusal, QString());
        l.run.step = step::Include;
        stop(id, RunState::Failed, tr("%1 refused: %2").arg(QStringLiteral("IncluirManualSimplificado"), refusal));
        checkFinished();
        return;
    }
    if (l.run.hasProposal() && envelope.hasCode(QStringLiteral("C0112"), QStringLiteral("V0001"))) {
        // BMP's "proposal not found" for a proposal it answered before: its record is gone (in Practice, a sandbox
        // whose state was not kept with the project). Resuming cannot work; a new proposal can.
        stop(id, RunState::Failed,
             tr("BMP no longer knows proposal %1 (C0112/V0001, not found), so this run cannot go on. In Practice this "
                "happens when the practice sandbox's state was not kept next to the project. Press “New proposal” to "
                "start the scenario again.")
                 .arg(l.run.codigoProposta));
        checkFinished();
        return;
    }
    stop(id, RunState::Failed, tr("%1 refused: %2").arg(call, e.message));
    checkFinished();
}

void ProposalWorker::onSuccess(ScenarioId id, const QString& call, const BmpEnvelope& envelope) {
    using namespace ProposalStatus;
    Lane& l = lane(id);
    l.run.pending.reset();
    const QString current = l.run.step;
    const auto situacao = envelope.integer(QStringLiteral("situacao"));
    if (current == step::Simulate) {
        l.run.simulation = envelope.payload();
        // BMP's answer has no contract date: the day it answered (in São Paulo) is the one our figures use.
        l.run.simulatedOn = QDateTime::currentDateTimeUtc().toTimeZone(BusinessCalendar::saoPauloZone()).date();
        advance(id, nextStepAfter(id, current));
        return;
    }
    if (current == step::Include || current == step::Locate) {
        const QString code = proposalGuid(envelope);
        if (code.isEmpty()) {
            stop(id, RunState::Failed, tr("%1 answered without the proposal's code (codigo).").arg(call));
            checkFinished();
            return;
        }
        l.includeRefusal.clear();
        l.run.codigoProposta = code;
        // Consultar does not carry numeroProposta: keep the one the include answered, if any.
        if (const auto number = envelope.integer(QStringLiteral("numeroProposta")); number && *number > 0)
            l.run.numeroProposta = *number;
        if (situacao)
            recordStatus(id, int(*situacao), call);
        else
            save(id);
        advance(id, current == step::Locate ? stepForStatus(id, int(situacao.value_or(Approved)))
                                            : nextStepAfter(id, current));
        return;
    }
    if (ProposalFlow::isWait(current)) {
        if (situacao) {
            l.run.paymentText = envelope.text(QStringLiteral("textoRetornoPagamento"));
            recordStatus(id, int(*situacao), call, l.run.paymentText);
        }
        evaluateWait(id);
        return;
    }
    if (current == step::Sign) {
        l.run.signedAt = QDateTime::currentDateTimeUtc();
        save(id);
    }
    if (current == step::Withdraw) {
        const int status = call == u"Cancelar" ? Canceled : Rejected;
        recordStatus(id, int(situacao.value_or(status)), call);
        stop(
            id, RunState::Failed,
            tr("Withdrawn at BMP (%1): reset the scenario to send a new proposal.").arg(ProposalStatus::label(status)));
        checkFinished();
        return;
    }
    // BMP's answers to Finalizar and Liberar carry no status (docs/BMP-API.md); their success is the status.
    if (situacao)
        recordStatus(id, int(*situacao), call);
    else if (current == step::Finalize)
        recordStatus(id, Finalized, call);
    else if (current == step::Release)
        recordStatus(id, Released, call);
    advance(id, nextStepAfter(id, current));
}

void ProposalWorker::evaluateWait(ScenarioId id) {
    using namespace ProposalStatus;
    Lane& l = lane(id);
    const int status = l.run.status;
    const QString current = l.run.step;
    if (status == Rejected || status == Canceled) {
        stop(id, RunState::Failed, tr("BMP moved the proposal to %1.").arg(ProposalStatus::label(status)));
        checkFinished();
        return;
    }
    if (current == step::Confirm) {
        if (status == Finalized || status == Verified) {
            advance(id, step::Done);
            return;
        }
    } else if (current == step::AwaitPayment) {
        if (status == PendingPayment) {
            if (m_options.autoFix) {
                advance(id, step::Fix);
            } else {
                l.run.step = step::Fix;
                stop(id, RunState::AwaitingFix, {});
                emit fixNeeded(id, l.run.paymentText);
                checkFinished();
            }
            return;
        }
        if (status == Paid) {
            stop(id, RunState::Failed,
                 tr("The payment went through: these bank details were accepted, so scenario A does not show the "
                    "failure BMP asks for. Make the details wrong and run scenario A again."));
            checkFinished();
            return;
        }
    } else if (current == step::AwaitPaid) {
        if (status == Paid) {
            advance(id, step::Done);
            return;
        }
        if (status == PendingPayment) {
            if (id == ScenarioId::IncorrectFinalized && !m_options.autoFix) {
                l.run.step = step::Fix;
                stop(id, RunState::AwaitingFix, {});
                emit fixNeeded(id, l.run.paymentText);
            } else {
                stop(id, RunState::Failed, tr("The payment failed: %1").arg(l.run.paymentText));
            }
            checkFinished();
            return;
        }
    }
    schedulePoll(id);
}

void ProposalWorker::schedulePoll(ScenarioId id) {
    Lane& l = lane(id);
    if (!l.active)
        return;
    ++l.polls;
    if (l.polls > m_options.maxPolls) {
        stop(id, RunState::Interrupted,
             tr("Still %1 after %2 status checks; resume later to keep waiting.")
                 .arg(ProposalStatus::label(l.run.status))
                 .arg(m_options.maxPolls));
        checkFinished();
        return;
    }
    const qint64 delay = qMin(m_options.pollMaxMs, m_options.pollBaseMs * fibonacci(l.polls));
    if (!l.pollTimer) {
        l.pollTimer = new QTimer(this);
        l.pollTimer->setSingleShot(true);
        l.pollTimer->setTimerType(Qt::PreciseTimer);
        connect(l.pollTimer, &QTimer::timeout, this, [this, id] { drive(id); });
    }
    l.callName = kConsultar;
    l.sendAt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    l.pollTimer->start(static_cast<int>(delay));
    emit progressChanged();
}

void ProposalWorker::notifyStatus(const QString& codigoProposta, int status) {
    for (auto it = m_lanes.begin(); it != m_lanes.end(); ++it) {
        Lane& l = *it;
        if (l.run.codigoProposta != codigoProposta || codigoProposta.isEmpty())
            continue;
        recordStatus(it.key(), status, QStringLiteral("callback"));
        emit runChanged(it.key());
        // A scenario idle between two status checks asks now instead of at its next check: one Consultar brings
        // what the callback does not carry (textoRetornoPagamento). One with a call on the wire waits for it.
        if (l.active && ProposalFlow::isWait(l.run.step) && l.pollTimer && l.pollTimer->isActive() && !l.call) {
            l.pollTimer->stop();
            drive(it.key());
        }
        return;
    }
}

WorkerProgress ProposalWorker::progress() const {
    WorkerProgress p;
    p.requestsSent = m_requests;
    p.notice = m_notice;
    QList<QPair<QDateTime, QString>> waiting;
    for (auto it = m_lanes.constBegin(); it != m_lanes.constEnd(); ++it) {
        const Lane& l = *it;
        const QStringList steps = ProposalFlow::plan(it.key(), flowOptions(m_options));
        p.stepsTotal += static_cast<int>(steps.size());
        if (l.run.step == step::Done)
            p.stepsDone += static_cast<int>(steps.size());
        else if (steps.contains(l.run.step))
            p.stepsDone += static_cast<int>(steps.indexOf(l.run.step));
        if (!l.active)
            continue;
        const QString label = tr("%1 · %2").arg(ProposalScenario::letter(it.key()), l.callName);
        if (l.onWire)
            p.currentCall = label;
        else if (l.sendAt.isValid())
            waiting.append({l.sendAt, label});
    }
    if (p.currentCall.isEmpty() && m_running)
        p.currentCall = m_lastOnWire;
    std::sort(waiting.begin(), waiting.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [when, label] : waiting)
        p.queue.append(label);
    if (!waiting.isEmpty())
        p.nextSendAt = waiting.first().first;
    return p;
}

void ProposalWorker::recordEvidence(const EvidenceEntry& entry) {
    if (!m_evidence)
        return;
    const auto id = m_evidence->append(entry);
    if (!id) {
        qWarning("ProposalWorker: evidence not recorded: %s", qPrintable(id.error().toString()));
        return;
    }
    const QByteArray key = keyInRequestText(entry.request);
    const auto it = m_keys.constFind(key);
    if (key.isEmpty() || it == m_keys.constEnd())
        return;
    storeError(m_store.linkEvidence(environment(), it->first, *id, it->second));
}

} // namespace bmp::net
