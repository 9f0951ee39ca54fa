#pragma once

#include "core/Result.h"
#include "sandbox/KeyRegistry.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxTypes.h"
#include "sandbox/StateSink.h"

#include <QCoreApplication>
#include <QHash>

namespace bmp::sandbox {

// POST /connect/token: OAuth 2.0 client_credentials with RFC 7523 private_key_jwt client authentication, as
// BMP's IdentityServer does it, and the bearer-token check of every API call.
//
// Every refusal carries RFC 6749's {error, error_description} plus a stable "reason" member (documented in
// docs/SANDBOX.md) so a test or a user can tell the cases apart: per RFC 7523 section 3.2 any problem with
// the assertion is "invalid_client" (401).
class TokenEndpoint {
    Q_DECLARE_TR_FUNCTIONS(TokenEndpoint)
public:
    static constexpr auto kAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    TokenEndpoint(const SandboxConfig* config, const KeyRegistry* keys, RateLimiter* limiter);
    void setSink(StateSink* sink) { m_sink.set(sink); }

    struct Outcome {
        SandboxResponse response;
        QString clientId; // who asked, when we could tell (for the request log)
    };
    Outcome handle(const SandboxRequest& request, qint64 nowMs);

    struct Caller {
        QString clientId;
        QString scope;
    };
    // Checks "Authorization: Bearer <token>". The error's detail is the RFC 6750 error code.
    Result<Caller> authenticate(const QByteArray& authorization, qint64 nowMs);

    // The time claims of an assertion (exp required; nbf, iat optional) at nowMs: when they pass, the time (ms)
    // from which its jti can be forgotten; otherwise the message, with the stable refusal reason as the detail.
    static Result<qint64> checkTimes(const QJsonObject& claims, qint64 nowMs, int skewSecs, int maxLifetimeSecs);

    QStringList acceptedAudiences() const;
    int activeTokens() const { return int(m_tokens.size()); }
    void clear();
    void restoreToken(const QString& id, const QJsonObject& record);
    void restoreJti(const QString& id, const QJsonObject& record);

private:
    struct Token {
        QString clientId;
        QString scope;
        qint64 expiresAtMs = 0;
    };
    SandboxResponse refuse(int status, const QString& error, const QString& reason, const QString& description) const;
    Outcome validate(const QHash<QString, QString>& form, qint64 nowMs);
    void prune(qint64 nowMs);

    const SandboxConfig* m_config;
    const KeyRegistry* m_keys;
    RateLimiter* m_limiter;
    QHash<QByteArray, Token> m_tokens; // by SHA-256 of the token: the tokens themselves are never kept
    QHash<QString, qint64> m_usedJti;  // client_id + '\n' + jti -> when it can be forgotten (ms)
    qint64 m_lastPruneMs = 0;
    SinkRef m_sink;
};

} // namespace bmp::sandbox
