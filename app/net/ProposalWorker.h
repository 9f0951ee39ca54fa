#pragma once

#include "core/Result.h"
#include "domain/LoanCalculator.h"
#include "domain/ProposalScenario.h"
#include "domain/ProposalStore.h"
#include "net/TokenProvider.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <optional>

class QTimer;

namespace bmp::net {

class ApiCall;
class ApiClient;
class EvidenceLog;
struct ApiResponse;
class BmpEnvelope;

struct ProposalWorkerOptions {
    bool autoFix = false;             // a: send the corrected details as soon as the payment fails (headless runs)
    bool releaseIncorrect = true;     // a: release after finalizing, so that a payment is attempted and fails
    bool signature = true;            // record the signature before Finalizar (false: BMP waived it, per environment)
    bool partnerComputesLoan = false; // include sends our own figures (the calculation report's case)
    qint64 pollBaseMs = 1000;         // first wait between two Consultar; grows (Fibonacci) up to pollMaxMs
    qint64 pollMaxMs = 30000;
    int maxPolls = 40; // per waiting phase; then the scenario stops, resumable, with "still waiting"
};

// What the progress bar shows.
struct WorkerProgress {
    QString currentCall;  // e.g. "B · Finalizar", empty when nothing is on the wire
    QStringList queue;    // calls waiting for their send slot or their next status check, soonest first
    QDateTime nextSendAt; // UTC; invalid when nothing waits
    QString notice;       // the latest retry reason ("The server asked to slow down (HTTP 429); retrying.")
    int requestsSent = 0; // this session, retries included
    int stepsDone = 0;
    int stepsTotal = 0;
};

// Runs the three step-7 scenarios against one environment on BMP's documented flow (ProposalFlow): simulate →
// save the borrower and its address → include → record the signature → finalize → (release) → Consultar until the
// scenario's target status, and for scenario a the payment failure (11) and its fix (AtualizarContaPagamento)
// until paid. Every logical call gets a fresh IdempotencyKey, persisted
// with its body before it is sent and reused on retry and on resume, so that no retry, cancel or crash creates a
// second proposal. Requests go through the environment's ApiClient and so its shared rate limiter: three
// scenarios interleave in one paced queue. Every state change is saved in the project before it is announced.
class ProposalWorker : public QObject {
    Q_OBJECT
public:
    // The worker installs its evidence sink on `client` (token requests sent through the same client are
    // recorded too). `evidence` may be null (nothing recorded).
    ProposalWorker(ApiClient* client, QUrl apiBaseUrl, TokenProvider tokens, ProposalStore& store,
                   EvidenceLog* evidence, QObject* parent = nullptr);
    ~ProposalWorker() override;

    void setOptions(const ProposalWorkerOptions& options) { m_options = options; }
    const ProposalWorkerOptions& options() const { return m_options; }
    QString environment() const;

    // Starts or resumes each scenario from its recorded step; done scenarios are left alone (reset them in the
    // store to make a new proposal). Refuses while running, or when a scenario that still has to be sent is invalid.
    Status start(const QList<ProposalScenario>& scenarios);
    // Stops everything now; every scenario is saved as interrupted with its pending call, ready to resume.
    void cancel();
    // Scenario a after its payment failed: sends the corrected details (scenario.fixedAccount) and waits for 9.
    Status applyFix(const ProposalScenario& scenario);
    // Withdraws a scenario's proposal at BMP (a stuck test proposal): Cancelar with the reason, or Recusar with
    // BMP's rejection reason number and text. The scenario then ends (failed, with the reason); reset it to send
    // a new proposal. Refused while the scenario is running or when it has no proposal.
    enum class Withdrawal { Cancel, Reject };
    Status withdraw(ScenarioId id, Withdrawal how, const QString& reason, int motive = 0);
    // A status learned elsewhere (the partner's callback endpoint, or the in-process sandbox in Practice):
    // recorded, and a scenario waiting for it moves on without another Consultar.
    void notifyStatus(const QString& codigoProposta, int status);

    bool isRunning() const { return m_running; }
    bool isActive(ScenarioId id) const;
    WorkerProgress progress() const;
    ScenarioRun run(ScenarioId id) const; // the live state while running, else the recorded one

    static QString stepLabel(const QString& step); // translated: "Finalizing (Finalizar)", …
    static int plannedSteps(ScenarioId id, const ProposalWorkerOptions& options);
    static QStringList plannedStepKeys(ScenarioId id, const ProposalWorkerOptions& options);

signals:
    void progressChanged();
    void runChanged(bmp::ScenarioId id);
    void fixNeeded(bmp::ScenarioId id, const QString& paymentText);
    void finished(); // nothing is active any more (done, failed, interrupted or waiting for a fix)

private:
    struct Lane {
        ProposalScenario input;
        ScenarioRun run;
        std::optional<LoanResult> ours;
        QPointer<ApiCall> call;
        QTimer* pollTimer = nullptr;
        QString callName;
        QDateTime sendAt;
        bool onWire = false;
        qint64 startedAtMs = 0;
        bool active = false;
        bool renewed = false;
        int polls = 0;
        QString includeRefusal; // why BMP refused our include: shown if the proposal is not found by codigoOperacao
        quint64 generation = 0;
    };

    Lane& lane(ScenarioId id);
    void activate(ScenarioId id, const ProposalScenario& input);
    void drive(ScenarioId id);
    void sendCall(ScenarioId id, const QString& call, const QJsonObject& body, bool reuseKey);
    void sendPending(ScenarioId id);
    void transmit(ScenarioId id, const QByteArray& token);
    void onAnswer(ScenarioId id, quint64 generation, const ApiResponse& response);
    void onSuccess(ScenarioId id, const QString& call, const BmpEnvelope& envelope);
    void evaluateWait(ScenarioId id);
    void schedulePoll(ScenarioId id);
    void advance(ScenarioId id, const QString& step);
    void stop(ScenarioId id, RunState state, const QString& error);
    void save(ScenarioId id);
    void recordStatus(ScenarioId id, int status, const QString& source, const QString& note = {});
    QString nextStepAfter(ScenarioId id, const QString& step) const;
    QString stepForStatus(ScenarioId id, int status) const;
    void failOnRefusal(ScenarioId id, const QString& call, const BmpEnvelope& envelope, int httpStatus);
    void recordEvidence(const struct EvidenceEntry& entry);
    void checkFinished();
    void storeError(const Status& s);

    ApiClient* m_client;
    QUrl m_apiBase;
    TokenProvider m_tokens;
    ProposalStore& m_store;
    EvidenceLog* m_evidence;
    ProposalWorkerOptions m_options;
    QMap<ScenarioId, Lane> m_lanes;
    QHash<QByteArray, QPair<ScenarioId, QString>> m_keys; // IdempotencyKey -> scenario and call, for evidence
    bool m_running = false;
    int m_requests = 0;
    QString m_notice;
    QString m_lastOnWire;
};

} // namespace bmp::net
