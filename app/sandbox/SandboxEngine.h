#pragma once

#include "core/Result.h"
#include "sandbox/CallbackSender.h"
#include "sandbox/IdempotencyStore.h"
#include "sandbox/KeyRegistry.h"
#include "sandbox/PersonService.h"
#include "sandbox/ProposalService.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxTypes.h"
#include "sandbox/TokenEndpoint.h"

#include <QObject>

#include <functional>
#include <memory>

namespace bmp::sandbox {

class SandboxStore;

// The local BMP emulator without sockets: one HTTP request in, one response out. The HTTP server
// (SandboxServer), the unit tests, the fuzzer and the benchmark all drive it through handle().
//
// Routes (docs/SANDBOX.md has the details):
//   POST /connect/token                       OAuth client_credentials + private_key_jwt
//   POST /Proposta/<Action>, /Pessoa/<Action> BMP's business API (Bearer token, IdempotencyKey, envelope)
//   /_sandbox/...                             what BMP does by other means: key registration, introspection,
//                                             reset, callback configuration, settling payments now
class SandboxEngine : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // ms since the epoch

    explicit SandboxEngine(SandboxConfig config = {}, Clock nowMs = {}, QObject* parent = nullptr);
    ~SandboxEngine() override;

    SandboxResponse handle(const SandboxRequest& request);

    // Makes the state survive restarts: loads DIR/sandbox-state.sqlite (created when missing) and writes
    // every change through to it.
    Status openStateDir(const QString& directory);

    const SandboxConfig& config() const { return m_config; }
    void setPublicBaseUrls(const QStringList& baseUrls) { m_config.publicBaseUrls = baseUrls; }
    void setAllowedHosts(const QStringList& hosts) { m_config.allowedHosts = hosts; }
    void setRateLimit(std::optional<double> rps); // nullopt: the mode's default; 0: none
    void setSettlementDelay(qint64 ms);
    void setRequireSignature(bool required); // false: a partner BMP set up to finalize without the signature call

    // A request the HTTP layer refused before it could be parsed (malformed, too large): logged like any other.
    void recordTransportRefusal(const SandboxRequest& partial, const SandboxResponse& response);

    int settleNow() { return m_proposals.settleDue(true); }
    void reset();

    const RequestLog& requestLog() const { return m_log; }
    const KeyRegistry& keys() const { return m_keys; }
    const ProposalService& proposals() const { return m_proposals; }
    CallbackSender& callbacks() { return m_callbacks; }
    qint64 now() const { return m_clock(); }

signals:
    void proposalStatusChanged(const QString& codigoProposta, int status, const QString& codigoOperacao);
    void requestHandled(qint64 logId, int status);

private:
    struct Context {
        QString clientId;
        QString idempotencyKey;
        bool replayed = false;
        bool log = true;
    };
    SandboxResponse dispatch(const SandboxRequest& request, Context& ctx);
    SandboxResponse business(const SandboxRequest& request, const QString& controller, const QString& action,
                             Context& ctx);
    SandboxResponse admin(const SandboxRequest& request, const QString& what, Context& ctx);
    std::optional<SandboxResponse> refuseAdmin(const SandboxRequest& request) const; // Host, Content-Type
    SandboxResponse registerKey(const SandboxRequest& request);
    SandboxResponse configureCallback(const SandboxRequest& request);
    SandboxResponse info() const;
    void applyRateLimit();
    void restore();

    SandboxConfig m_config;
    Clock m_clock;
    KeyRegistry m_keys;
    RateLimiter m_limiter;
    TokenEndpoint m_token;
    IdempotencyStore m_idempotency;
    PersonService m_people;
    ProposalService m_proposals;
    CallbackSender m_callbacks;
    RequestLog m_log;
    std::unique_ptr<SandboxStore> m_store;
};

} // namespace bmp::sandbox
