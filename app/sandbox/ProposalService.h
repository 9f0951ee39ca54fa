#pragma once

#include "sandbox/DisbursementCheck.h"
#include "sandbox/Proposal.h"
#include "sandbox/SandboxTypes.h"
#include "sandbox/StateSink.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace bmp::sandbox {

class PersonService;

// The Proposta controller: simulation, inclusion, the signature, and the status machine of BMP-DOMAIN.md, with
// the payment queue; the request and answer shapes of docs/BMP-API.md. A released proposal is paid (9) or bounced to
// pending payment (11) `settlementDelayMs` after its release; due payments settle on a timer and also at the start and
// end of every request, so a test with an injected clock sees them without waiting.
class ProposalService : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    explicit ProposalService(Clock clock, QObject* parent = nullptr);

    void setSettlementDelay(qint64 ms) { m_settlementDelayMs = std::max<qint64>(0, ms); }
    void setSink(StateSink* sink) { m_sink.set(sink); }
    // Who may include a proposal for whom (the borrower saved with Pessoa/Salvar and SalvarEndereco).
    void setPeople(const PersonService* people) { m_people = people; }
    // BMP's Finalizar needs the signature (IncluirAssinaturaCCBFinalizada or the certifier) first, unless BMP
    // set the partner up otherwise.
    void setRequireSignature(bool required) { m_requireSignature = required; }
    bool requiresSignature() const { return m_requireSignature; }

    static const QStringList& actions(); // canonical spelling: "CalcularValoresProposta", ...
    // `action` must be one of actions() (the engine resolves case); `body` is the whole request body, whose
    // "dto" is an object (the engine checked).
    SandboxResponse handle(const QString& action, const QString& clientId, const QJsonObject& body);

    // Settles the payments that are due (all pending ones with force); returns how many settled.
    int settleDue(bool force = false);

    const Proposal* find(const QString& codigoProposta) const;
    int count() const { return int(m_proposals.size()); }
    void clear();
    void restoreProposal(const QJsonObject& record);
    void restoreCounter(qint64 lastNumber) { m_lastNumber = std::max(m_lastNumber, lastNumber); }

signals:
    void statusChanged(const QString& codigoProposta, int status, const QString& codigoOperacao,
                       const QString& clientId);

private:
    SandboxResponse calculate(const QJsonObject& dto, const QString& action, QJsonObject* computed = nullptr);
    SandboxResponse include(const QString& clientId, const QJsonObject& dto);
    SandboxResponse sign(Proposal& p, const QJsonObject& body);
    SandboxResponse finalize(Proposal& p);
    SandboxResponse release(Proposal& p);
    SandboxResponse consult(const Proposal& p);
    SandboxResponse updateAccount(Proposal& p, const QJsonObject& body);
    SandboxResponse reject(Proposal& p, const QJsonObject& body);
    SandboxResponse cancel(Proposal& p, const QJsonObject& body);

    // Finds the proposal named by dto{codigoProposta, numeroProposta, codigoOperacao}; null + error otherwise.
    Proposal* locate(const QString& clientId, const QJsonObject& dto, SandboxResponse* error);
    SandboxResponse refuseTransition(const Proposal& p, const QString& action, const QString& allowed);
    void setStatus(Proposal& p, int status);
    void save(const Proposal& p);
    void settle(Proposal& p);
    void scheduleTimer();
    QDate today() const;

    Clock m_clock;
    qint64 m_settlementDelayMs = 2000;
    QHash<QString, Proposal> m_proposals; // by codigoProposta
    qint64 m_lastNumber = 1000000;
    DisbursementCheck m_disbursement;
    QTimer m_timer;
    qint64 m_nextDueMs = 0; // earliest pending settlement; 0: none
    SinkRef m_sink;
    const PersonService* m_people = nullptr;
    bool m_requireSignature = true;
};

} // namespace bmp::sandbox
