#pragma once

#include "core/Result.h"
#include "domain/ProposalScenario.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bmp::storage {
class ProjectStore;
}

namespace bmp {

// One status a proposal was seen in, and how we learned it.
struct StatusEvent {
    int status = ProposalStatus::None;
    QDateTime at;   // UTC
    QString source; // the call that answered it ("Finalizar", "Consultar", …) or "callback"
    QString note;   // e.g. BMP's textoRetornoPagamento
};

// A call that was sent (or about to be) and has not been answered yet. Kept in the project so that a call
// interrupted by Cancel, a crash or a lost connection is resent with the same IdempotencyKey and the same body:
// BMP then replays its answer instead of creating a second proposal.
struct PendingCall {
    QString call; // "IncluirManualSimplificado", …
    QByteArray idempotencyKey;
    QByteArray body;
};

enum class RunState { Idle, Running, Interrupted, AwaitingFix, Done, Failed };

// The recorded state of one scenario in one environment: enough to show it and to resume it.
struct ScenarioRun {
    QString environment;
    ScenarioId scenario = ScenarioId::CorrectFinalized;
    QString codigoOperacao; // our identifier, generated once per run and sent with the proposal
    QString codigoProposta;
    qint64 numeroProposta = 0;
    int status = ProposalStatus::None;
    QString step; // the next step of the scenario's plan (ProposalWorker's step keys); empty: not started
    RunState state = RunState::Idle;
    QString lastError;
    QString paymentText;    // textoRetornoPagamento
    QJsonObject simulation; // BMP's CalcularValoresProposta answer (payload)
    QDate simulatedOn;      // the day (São Paulo) BMP answered the simulation: the contract day of our figures
    QDateTime signedAt;     // UTC; when BMP accepted the signature (IncluirAssinaturaCCBFinalizada); invalid: not yet
    QJsonObject inputs;     // the scenario as it was sent (ProposalScenario::toJson)
    std::optional<PendingCall> pending;
    int requests = 0; // requests sent for this scenario, retries included
    QDateTime updatedAt;

    bool hasProposal() const { return !codigoProposta.isEmpty(); }
    static QString stateKey(RunState state);
    static RunState stateFromKey(const QString& key);
};

struct RunEvidence {
    qint64 evidenceId = 0;
    QString call;
};

// Scenario inputs and runs, kept in the project file (schema 6 tables, 7's columns). Every write is one transaction.
class ProposalStore {
    Q_DECLARE_TR_FUNCTIONS(ProposalStore)
public:
    explicit ProposalStore(storage::ProjectStore& store);

    // The scenario's inputs as the user last saved them (the defaults until then).
    ProposalScenario scenario(ScenarioId id) const;
    Status saveScenario(const ProposalScenario& scenario);

    ScenarioRun run(const QString& environment, ScenarioId id) const; // a fresh Idle run when none is recorded
    QList<ScenarioRun> runs(const QString& environment) const;        // the three, in A, B, C order
    Status saveRun(const ScenarioRun& run);
    // Records a status (appends to the history only when it differs from the last one) and saves the run.
    Status recordStatus(ScenarioRun& run, int status, const QString& source, const QString& note = {});
    QList<StatusEvent> history(const QString& environment, ScenarioId id) const;
    Status linkEvidence(const QString& environment, ScenarioId id, qint64 evidenceId, const QString& call);
    QList<RunEvidence> evidence(const QString& environment, ScenarioId id) const;
    // Forgets the run (a new proposal is made next time); the evidence entries themselves stay in the log.
    Status resetRun(const QString& environment, ScenarioId id);

private:
    storage::ProjectStore& m_store;
};

} // namespace bmp
