#pragma once

#include "core/Result.h"
#include "net/EvidenceLog.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace bmp::net {

class RateLimiter;

// How to talk to one environment: where, how fast, which CA to trust, how patient to be.
struct Connection {
    QString environment;          // evidence label and rate-limiter key
    double requestsPerSecond = 0; // 0 = unlimited
    QByteArray caBundlePem;       // extra trusted CA(s), e.g. the sandbox's; system CAs are always trusted
    int timeoutMs = 30000;
    int maxAttempts = 5;
    int baseBackoffMs = 1000;
};

struct ApiRequest {
    QByteArray method = "POST";
    QUrl url;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Built anew for every attempt when set (a token request needs a fresh assertion: jti is single-use).
    std::function<Result<QByteArray>()> bodyFactory;
    QString kind;              // evidence kind
    QByteArray idempotencyKey; // sent as IdempotencyKey and kept the same across retries of this call
};

struct ApiResponse {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int attempts = 0;
    bool cancelled = false;
    // Set when the server redirected the request to another origin (scheme, host or port): the redirect was
    // not followed, so nothing (no credentials, no body) went there.
    QUrl refusedRedirect;
    // Set when the request was not sent at all because the environment's rules forbid its destination (plain http
    // to production or to BMP's hosts, an extra CA for production): the user-facing reason.
    QString refusedReason;

    bool transportOk() const {
        return refusedRedirect.isEmpty() && refusedReason.isEmpty() &&
               (networkError == QNetworkReply::NoError || status > 0);
    }
    QByteArray header(const QByteArray& name) const;
    // A user-facing explanation of a transport failure (no answer, TLS, timeout, cancelled).
    Error transportError() const;

    Q_DECLARE_TR_FUNCTIONS(ApiResponse) // last: the macro ends with "private:"
};

// One logical call, with its retries. Emits finished() exactly once.
class ApiCall : public QObject {
    Q_OBJECT
public:
    void cancel();
    bool isFinished() const { return m_finished; }
    const ApiResponse& response() const { return m_response; }
    // How long until the next attempt leaves (its rate-limiter slot or retry delay); 0 when sent or finished.
    qint64 sendDelayMs() const { return m_timer.isActive() ? qMax(0, m_timer.remainingTime()) : 0; }

signals:
    void attemptStarted(int attempt, qint64 waitedMs);
    void waiting(qint64 delayMs, const QString& why);
    void finished(const bmp::net::ApiResponse& response);

private:
    friend class ApiClient;
    ApiCall(class ApiClient* client, ApiRequest request);
    ~ApiCall() override;
    void schedule(qint64 extraDelayMs, const QString& why);
    void sendNow();
    void onReplyFinished();
    // A 3xx answer with a Location: followed (true) when it stays within the request's origin, else refused.
    bool followRedirect(ApiResponse& r, QNetworkReply* reply);
    void finish();
    void answered(); // tells the rate limiter the attempt on the wire is over
    qint64 retryDelay(const ApiResponse& r) const;
    bool shouldRetry(const ApiResponse& r) const;

    class ApiClient* m_client;
    ApiRequest m_request;
    ApiResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    qint64 m_sentAt = 0;
    std::shared_ptr<RateLimiter> m_limiter; // the client's at creation; outlives the client while the call lives
    quint64 m_ticket = 0;                   // the rate limiter's, for the attempt on the wire
    QByteArray m_sentBody;
    // Where and how the attempt in flight goes: the request's URL and method, or a same-origin redirect's.
    QUrl m_currentUrl;
    QByteArray m_currentMethod;
    bool m_dropBody = false; // a 303 (or a 301/302 after a POST) continues as a GET without the body
    int m_hops = 0;
    bool m_hopPending = false; // the next sendNow() follows a redirect: not a new attempt
    QUrl m_sentUrl;            // of the attempt in flight, for its evidence
    QByteArray m_sentMethod;
    bool m_finished = false;
};

// The one way the app speaks HTTP: paced by the environment's shared rate limiter, TLS verified (system CAs
// plus the environment's CA bundle — verification is never turned off), retries on 429/503/timeouts/resets
// with backoff honouring Retry-After and reusing the IdempotencyKey, every attempt recorded as redacted
// evidence.
class ApiClient : public QObject {
    Q_OBJECT
public:
    using EvidenceSink = std::function<void(const EvidenceEntry&)>;

    explicit ApiClient(Connection connection, QObject* parent = nullptr);
    ~ApiClient() override;

    const Connection& connection() const { return m_connection; }
    void setEvidenceSink(EvidenceSink sink) { m_sink = std::move(sink); }
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter);
    RateLimiter& rateLimiter() { return *m_limiter; }

    ApiCall* send(ApiRequest request); // the call is a child of the client

    static QByteArray newIdempotencyKey();
    // Same scheme, host and port (default ports made explicit): the only redirects ApiClient follows. ApiClient
    // follows them itself (Qt 6.4's own following sometimes sends the original POST twice).
    static bool sameOrigin(const QUrl& a, const QUrl& b);
    static constexpr int kMaxRedirects = 5;
    static qint64 parseRetryAfter(const QByteArray& value, const QDateTime& now); // ms, -1 when absent/invalid

private:
    friend class ApiCall;
    QNetworkAccessManager* m_manager;
    Connection m_connection;
    QSslConfiguration m_ssl;
    std::shared_ptr<RateLimiter> m_limiter;
    EvidenceSink m_sink;
};

} // namespace bmp::net

Q_DECLARE_METATYPE(bmp::net::ApiResponse)
