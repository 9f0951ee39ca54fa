#include "net/ProposalWorker.h"

#include "domain/BusinessCalendar.h"
#include "net/ApiClient.h"
#include "net/BmpEnvelope.h"
#include "net/EvidenceLog.h"
#include "net/ProposalRequests.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

namespace bmp::net {

namespace {

namespace step {
const QString Simulate = QStringLiteral("simulate");
const QString Register = QStringLiteral("register");
const QString Include = QStringLiteral("include");
const QString Locate = QStringLiteral("locate");
const QString Finalize = QStringLiteral("finalize");
const QString Release = QStringLiteral("release");
const QString AwaitPayment = QStringLiteral("await-payment");
const QString Fix = QStringLiteral("fix");
const QString AwaitPaid = QStringLiteral("await-paid");
const QString Confirm = QStringLiteral("confirm");
const QString Done = QStringLiteral("done");
} // namespace step

const QString kConsultar = QStringLiteral("Consultar");

bool isWaitStep(const QString& s) {
    return s == step::AwaitPayment || s == step::AwaitPaid || s == step::Confirm;
}

QStringList plan(ScenarioId id, const ProposalWorkerOptions& o) {
    switch (id) {
    case ScenarioId::IncorrectFinalized:
        return o.releaseIncorrect ? QStringList{step::Simulate, step::Register,     step::Include, step::Finalize,
                                                step::Release,  step::AwaitPayment, step::Fix,     step::AwaitPaid}
                                  : QStringList{step::Simulate,     step::Register, step::Include,  step::Finalize,
                                                step::AwaitPayment, step::Fix,      step::AwaitPaid};
    case ScenarioId::CorrectFinalized:
        return {step::Simulate, step::Register, step::Include, step::Finalize, step::Confirm};
    case ScenarioId::CorrectReleased:
        return {step::Simulate, step::Register, step::Include, step::Finalize, step::Release, step::AwaitPaid};
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
    if (s == step::Simulate)
        return tr("Simulating (CalcularValoresProposta)");
    if (s == step::Register)
        return tr("Registering the borrower (Pessoa)");
    if (s == step::Include)
        return tr("Including the proposal");
    if (s == step::Locate)
        return tr("Finding the proposal already included");
    if (s == step::Finalize)
        return tr("Finalizing");
    if (s == step::Release)
        return tr("Releasing to the payment queue");
    if (s == step::AwaitPayment)
        return tr("Waiting for the payment attempt");
    if (s == step::Fix)
        return tr("Fixing the bank details (AtualizarContaPagamento)");
    if (s == step::AwaitPaid)
        return tr("Waiting for the payment");
    if (s == step::Confirm)
        return tr("Confirming the status");
    if (s == step::Done)
        return tr("Done");
    return tr("Not started");
}

int ProposalWorker::plannedSteps(ScenarioId id, const ProposalWorkerOptions& options) {
    return static_cast<int>(plan(id, options).size());
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
    const QStringList p = plan(id, m_options);
    const qsizetype at = p.indexOf(current);
    return at < 0 || at + 1 >= p.size() ? step::Done : p.at(at + 1);
}

QString ProposalWorker::stepForStatus(ScenarioId id, int status) const {
    using namespace ProposalStatus;
    if (status < Finalized)
        return step::Finalize;
    switch (id) {
    case ScenarioId::CorrectFinalized:
        return step::Confirm;
    case ScenarioId::CorrectReleased:
        return status == Finalized || status == Verified ? step::Release : step::AwaitPaid;
    case ScenarioId::IncorrectFinalized:
        if (status == Finalized || status == Verified)
            return m_options.releaseIncorrect ? step::Release : step::AwaitPayment;
        if (status == PendingPayment)
            return step::Fix;
        return step::AwaitPayment;
    }
    return step::Done;
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
    if (s == step::Simulate) {
        sendCall(id, QStringLiteral("CalcularValoresProposta"), ProposalRequests::simulate(l.input), false);
    } else if (s == step::Register) {
        sendCall(id, QStringLiteral("IncluirAlterar"), ProposalRequests::person(l.input), true);
    } else if (s == step::Include) {
        sendCall(id, QStringLiteral("IncluirManualSimplificado"),
                 ProposalRequests::include(l.input, l.run.codigoOperacao, l.ours), true);
    } else if (s == step::Finalize) {
        sendCall(id, QStringLiteral("Finalizar"), ProposalRequests::locator(l.run), true);
    } else if (s == step::Release) {
        sendCall(id, QStringLiteral("Liberar"), ProposalRequests::locator(l.run), true);
    } else if (s == step::Fix) {
        sendCall(id, QStringLiteral("AtualizarContaPagamento"),
                 ProposalRequests::updateAccount(l.run, l.input.fixedAccount), true);
    } else if (s == step::Locate || isWaitStep(s)) {
        sendCall(id, kConsultar, ProposalRequests::locator(l.run), false);
    } else {
        stop(id, RunState::Failed, tr("Unknown step \"%1\" in the project file.").arg(s));
        checkFinished();
    }
}

void ProposalWorker::sendCall(ScenarioId id, const QString& call, const QJsonObject& dto, bool reuseKey) {
    Lane& l = lane(id);
    // A call that changes something keeps the key (and the exact body) it was first sent with, across retries,
    // cancels and restarts: BMP then answers a repeat with the stored answer. Reads get a fresh key each time.
    if (!(reuseKey && l.run.pending && l.run.pending->call == call))
        l.run.pending = PendingCall{call, ApiClient::newIdempotencyKey(), ProposalRequests::body(dto)};
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
    const QString path = pending.call == u"IncluirAlterar" ? QStringLiteral("/Pessoa/IncluirAlterar")
                                                           : QStringLiteral("/Proposta/") + pending.call;
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
        for (const BmpMessage& m : envelope.messages()) {
            if (call == u"IncluirManualSimplificado" && m.code == u"C0103") {
                // Our codigoOperacao exists already: an earlier include ran (its stored answer expired). Find it.
                l.run.pending.reset();
                advance(id, step::Locate);
                return;
            }
        }
        // A definitive answer: the call did not run, and a retry is a new logical call with a new key.
        l.run.pending.reset();
        const Error e = envelope.toError(r.status);
        stop(id, RunState::Failed, tr("%1 refused: %2").arg(call, e.message));
        checkFinished();
        return;
    }
    onSuccess(id, call, envelope);
}

void ProposalWorker::onSuccess(ScenarioId id, const QString& call, const BmpEnvelope& envelope) {
    Lane& l = lane(id);
    l.run.pending.reset();
    const QString current = l.run.step;
    const auto situacao = envelope.integer(QStringLiteral("situacao"));
    if (current == step::Simulate) {
        l.run.simulation = envelope.payload();
        advance(id, nextStepAfter(id, current));
        return;
    }
    if (current == step::Include || current == step::Locate) {
        const QString code = envelope.text(QStringLiteral("codigoProposta"));
        if (code.isEmpty()) {
            stop(id, RunState::Failed, tr("%1 answered without codigoProposta.").arg(call));
            checkFinished();
            return;
        }
        l.run.codigoProposta = code;
        l.run.numeroProposta = envelope.integer(QStringLiteral("numeroProposta")).value_or(0);
        if (situacao)
            recordStatus(id, int(*situacao), call);
        else
            save(id);
        advance(id,
                current == step::Locate ? stepForStatus(id, int(situacao.value_or(0))) : nextStepAfter(id, current));
        return;
    }
    if (isWaitStep(current)) {
        if (situacao) {
            l.run.paymentText = envelope.text(QStringLiteral("textoRetornoPagamento"));
            recordStatus(id, int(*situacao), call, l.run.paymentText);
        }
        evaluateWait(id);
        return;
    }
    if (situacao)
        recordStatus(id, int(*situacao), call);
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
        if (l.active && isWaitStep(l.run.step) && l.pollTimer && l.pollTimer->isActive() && !l.call) {
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
        const QStringList steps = plan(it.key(), m_options);
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
