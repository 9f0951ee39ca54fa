#pragma once

#include "core/Result.h"
#include "crypto/ClientAssertion.h"
#include "crypto/KeyPair.h"
#include "domain/Environment.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace bmp {
class Project;
}

namespace bmp::net {

// Everything a token request needs. The key must hold the private key (unlocked by the caller).
struct TokenRequest {
    QString environment; // evidence label and rate-limiter key
    QUrl tokenUrl;
    QString clientId;
    QString scope;
    crypto::KeyPair key;
    int lifetimeSeconds = crypto::ClientAssertion::kDefaultLifetime;
    // Claims to sign instead of the standard ones (the step 5 editor). A fresh jti is put in for every attempt
    // (jti is single-use) and, when refreshTimes, iat = nbf = now and exp = now + (exp - iat) as well.
    QJsonObject claimsTemplate;
    bool refreshTimes = true;
    double rateLimit = 0;   // requests per second; 0 = unlimited
    QByteArray caBundlePem; // extra trusted CA(s)
    int timeoutMs = 30000;
    int maxAttempts = 3;
    int baseBackoffMs = 1000;
    std::function<qint64()> clock; // seconds since the epoch; empty = system clock
};

// A token BMP (or the sandbox) issued. accessToken is the secret itself: shown only when the user asks,
// never written to the project, the evidence or a log.
struct TokenResult {
    QByteArray accessToken;
    QString tokenType;
    QString scope;
    qint64 expiresIn = 0; // seconds; 0 when the server did not say
    QDateTime receivedAt; // UTC
    int httpStatus = 0;
    int attempts = 0;
    QString assertionJti; // of the assertion that got the token
    bool isJwt = false;   // the access token is itself a JWT (decoded below, not verified)
    QJsonObject jwtHeader;
    QJsonObject jwtPayload;

    QDateTime expiresAt() const { return expiresIn > 0 ? receivedAt.addSecs(expiresIn) : QDateTime(); }
    QByteArray redactedToken() const; // "eyJh…‹redacted: 812 bytes›"
};

// Why a token request failed, in the server's own terms (the Error carries the plain-words explanation).
struct TokenFailure {
    int httpStatus = 0;  // 0: no answer
    QString oauthError;  // RFC 6749 "error", e.g. invalid_client
    QString description; // the server's "error_description"
    QString reason;      // the sandbox's extra "reason" sub-code, when present
};

// Fetches one access token: signs an RFC 7523 client assertion with the environment's key and POSTs
// application/x-www-form-urlencoded grant_type=client_credentials, client_id, scope, client_assertion and
// client_assertion_type to the token URL, TLS verified. Records every exchange (redacted) in the project's
// evidence and the outcome (never the token) in its token tests when a project is set. A job object:
// start / cancel / progress / finished.
class TokenWorker : public QObject {
    Q_OBJECT
public:
    static constexpr auto kAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    explicit TokenWorker(QObject* parent = nullptr);
    ~TokenWorker() override;

    void setProject(Project* project) { m_project = project; }
    // Refuses (nothing sent) when already running or when the request lacks a usable key, URL or client_id.
    Status start(const TokenRequest& request);
    void cancel(); // finished() then carries "cancelled"
    bool isRunning() const { return m_call != nullptr; }
    const TokenFailure& failure() const { return m_failure; }

    // The request for an environment profile as it must be used (the practice one resolved by PracticeSandbox).
    static TokenRequest requestFor(const EnvironmentProfile& profile, const crypto::KeyPair& key);
    // The form body for one attempt (exposed for tests and for the step 5 preview).
    static Result<QByteArray> formBody(const TokenRequest& request, qint64 now, QString* jti = nullptr);
    // The plain-words explanation of a refused or failed token request.
    static Error explain(const ApiResponse& response, const QString& requestedScope = {},
                         TokenFailure* failure = nullptr);
    // Parses a 200 answer (RFC 6749 section 5.1).
    static Result<TokenResult> parseSuccess(const ApiResponse& response);

signals:
    void progress(const QString& text);
    void finished(const bmp::Result<bmp::net::TokenResult>& result);

private:
    static QString codeExplanation(const QString& error, const QString& scope);
    static QString reasonHint(const QString& reason); // the sandbox's "reason" sub-codes
    void onFinished(const ApiResponse& response);
    void record(const Result<TokenResult>& result);

    Project* m_project = nullptr; // outlives the worker (the page or command owns both)
    TokenRequest m_request;
    ApiClient* m_client = nullptr;
    QPointer<ApiCall> m_call;
    QString m_lastJti;
    TokenFailure m_failure;
};

} // namespace bmp::net

Q_DECLARE_METATYPE(bmp::Result<bmp::net::TokenResult>)
