#include "net/ProposalWorker.h"
#include "net/ProposalWorkerParts.h"

#include "domain/BusinessCalendar.h"
#include "net/ApiClient.h"
#include "net/BmpEnvelope.h"
#include "net/EvidenceLog.h"
#include "net/ProposalFlow.h"
#include "net/ProposalRequests.h"

#include <QTimer>
#include <QUuid>

// The exchange with BMP of a proposal run: sending a call (rate-limited, idempotent retries resend the same bytes),
// reading its answer, BMP's refusals, the waits and polls for a status, and the evidence of every exchange. The
// run's lifecycle and the flow's decisions are in ProposalWorker.cpp.
namespace bmp::net {

namespace {

namespace step = ProposalFlow::step;

using detail::flowOptions;
using detail::kConsultar;

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
