#include "net/ApiClient.h"

#include "domain/Environment.h"
#include "net/RateLimiter.h"
#include "net/Redactor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <utility>

namespace bmp::net {

namespace {

qint64 monotonicMs() {
    static QElapsedTimer t = [] {
        QElapsedTimer e;
        e.start();
        return e;
    }();
    return t.elapsed();
}

} // namespace

QByteArray ApiResponse::header(const QByteArray& name) const {
    for (const auto& [k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

Error ApiResponse::transportError() const {
    if (cancelled)
        return makeError(tr("The request was cancelled."));
    if (!refusedReason.isEmpty())
        return makeError(refusedReason);
    if (!refusedRedirect.isEmpty())
        return makeError(
            tr("The server tried to send this request on to another address (%1). It was not "
               "followed: credentials and data only go to the address configured. Check the URL, or "
               "enter the new address if the service moved.")
                .arg(refusedRedirect.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                         .toString()),
            QStringLiteral("HTTP %1 redirect to another origin refused").arg(status));
    switch (networkError) {
    case QNetworkReply::NoError:
        return makeError(tr("The server answered with HTTP status %1.").arg(status));
    case QNetworkReply::HostNotFoundError:
        return makeError(tr("The server's name could not be found. Check the URL and your network connection."),
                         networkErrorText);
    case QNetworkReply::ConnectionRefusedError:
        return makeError(tr("The server refused the connection. Is the URL right, and is the server running?"),
                         networkErrorText);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return makeError(tr("The server did not answer in time."), networkErrorText);
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(tr("The server's certificate is not trusted, so nothing was sent. If this environment uses "
                            "its own certificate authority (like the Practice sandbox), add its CA bundle to the "
                            "environment."),
                         networkErrorText);
    case QNetworkReply::RemoteHostClosedError:
        return makeError(tr("The server closed the connection before answering."), networkErrorText);
    default:
        return makeError(tr("The request failed: %1").arg(networkErrorText), networkErrorText);
    }
}

ApiClient::ApiClient(Connection connection, QObject* parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_connection(std::move(connection))
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_limiter(RateLimiter::forEnvironment(m_connection.environment, m_connection.requestsPerSecond)) {
    qRegisterMetaType<bmp::net::ApiResponse>();
    m_manager->setAutoDeleteReplies(false);
    if (!m_connection.caBundlePem.isEmpty()) {
        QList<QSslCertificate> cas = m_ssl.caCertificates();
        cas += QSslCertificate::fromData(m_connection.caBundlePem, QSsl::Pem);
        m_ssl.setCaCertificates(cas);
    }
}

ApiClient::~ApiClient() = default;

void ApiClient::setRateLimiter(std::shared_ptr<RateLimiter> limiter) {
    m_limiter = std::move(limiter);
}

ApiCall* ApiClient::send(ApiRequest request) {
    auto* call = new ApiCall(this, std::move(request));
    call->schedule(0, {});
    return call;
}

bool ApiClient::sameOrigin(const QUrl& a, const QUrl& b) {
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : (scheme == u"http" ? 80 : -1);
    return !scheme.isEmpty() && scheme == b.scheme().toLower() && !a.host().isEmpty() &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort) == b.port(defaultPort);
}

QByteArray ApiClient::newIdempotencyKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

qint64 ApiClient::parseRetryAfter(const QByteArray& value, const QDateTime& now) {
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    // A server may send anything: no wait is longer than a day (the caller caps it lower still), and a value
    // beyond qint64 is never converted (that would be undefined behaviour).
    if (ok)
        return !std::isfinite(seconds) || seconds < 0 ? -1 : static_cast<qint64>(std::min(seconds, 86400.0) * 1000);
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT"))) // HTTP dates say GMT; Qt's RFC 2822 parser wants an offset
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, now.msecsTo(when));
}

ApiCall::ApiCall(ApiClient* client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_limiter(client->m_limiter)
    , m_currentUrl(m_request.url)
    , m_currentMethod(m_request.method) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ApiCall::sendNow);
}

ApiCall::~ApiCall() {
    answered(); // a call destroyed with its request on the wire must not hold the environment's next request back
}

void ApiCall::answered() {
    if (m_ticket == 0)
        return;
    m_limiter->markAnswered(std::exchange(m_ticket, 0));
}

void ApiCall::schedule(qint64 extraDelayMs, const QString& why) {
    if (extraDelayMs > 0)
        m_limiter->holdOff(extraDelayMs);
    const qint64 wait = m_limiter->reserve();
    if (wait > 0)
        emit waiting(wait, why);
    m_timer.start(static_cast<int>(wait));
}

void ApiCall::sendNow() {
    if (m_finished)
        return;
    if (const qint64 late = m_limiter->waitBeforeSend(); late > 0) {
        m_timer.start(static_cast<int>(late));
        return;
    }
    // Whatever the project file says, production and homologation are https only (and production trusts no extra
    // CA), and BMP's own hosts are never spoken to in plain http: checked where the request leaves.
    if (const Status allowed = EnvironmentProfile::checkDestination(m_client->m_connection.environment, m_currentUrl,
                                                                    !m_client->m_connection.caBundlePem.isEmpty());
        !allowed) {
        m_response.refusedReason = allowed.error().message;
        m_response.networkError = QNetworkReply::ProtocolUnknownError;
        m_response.networkErrorText = QStringLiteral("refused before sending: %1").arg(allowed.error().message);
        finish();
        return;
    }
    if (!std::exchange(m_hopPending, false))
        ++m_response.attempts;
    QByteArray body = m_dropBody ? QByteArray() : m_request.body;
    if (m_request.bodyFactory && !m_dropBody) {
        Result<QByteArray> built = m_request.bodyFactory();
        if (!built) {
            m_response.networkError = QNetworkReply::UnknownNetworkError;
            m_response.networkErrorText = built.error().toString();
            finish();
            return;
        }
        body = built.value();
    }
    QNetworkRequest req(m_currentUrl);
    req.setSslConfiguration(m_client->m_ssl);
    req.setTransferTimeout(m_client->m_connection.timeoutMs);
    // Qt's own policies would follow a redirect to another host and send it the Authorization header, the
    // client assertion or the callback secret along with the body: redirects are handled in followRedirect().
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_request.contentType.isEmpty() && !m_dropBody)
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    req.setRawHeader("Accept", "application/json");
    for (const auto& [name, value] : m_request.headers)
        req.setRawHeader(name, value);
    if (!m_request.idempotencyKey.isEmpty())
        req.setRawHeader("IdempotencyKey", m_request.idempotencyKey);
    m_sentBody = body;
    m_sentAt = monotonicMs();
    m_sentUrl = m_currentUrl;
    m_sentMethod = m_currentMethod;
    m_ticket = m_limiter->markSent();
    emit attemptStarted(m_response.attempts, 0);
    m_reply = m_client->m_manager->sendCustomRequest(req, m_currentMethod, body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

bool ApiCall::followRedirect(ApiResponse& r, QNetworkReply* reply) {
    if (r.status < 300 || r.status > 399 || r.status == 304)
        return false;
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty())
        return false; // a 3xx without a Location is just an answer
    const QUrl target = m_currentUrl.resolved(location);
    // Only the origin the user configured ever sees what this request carries.
    if (!ApiClient::sameOrigin(m_request.url, target)) {
        r.refusedRedirect = target;
        return false;
    }
    if (m_hops >= ApiClient::kMaxRedirects)
        return false; // the last 3xx is the answer; the caller explains an unexpected status
    ++m_hops;
    m_currentUrl = target;
    // RFC 9110 15.4: 303 continues with GET; 301 and 302 after a POST do too, as every client does; 307 and 308
    // repeat the request as it was.
    if (r.status == 303 || ((r.status == 301 || r.status == 302) && m_currentMethod == "POST")) {
        m_currentMethod = "GET";
        m_dropBody = true;
    }
    m_hopPending = true;
    return true;
}

bool ApiCall::shouldRetry(const ApiResponse& r) const {
    if (r.cancelled || !r.refusedRedirect.isEmpty() || r.attempts >= m_client->m_connection.maxAttempts)
        return false;
    // 429 and 503 ask to come back later; 502 and 504 are a gateway in front of BMP failing, just as transient.
    if (r.status == 429 || r.status == 502 || r.status == 503 || r.status == 504)
        return true;
    if (r.status == 0) {
        switch (r.networkError) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // transfer timeout
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ProxyConnectionClosedError:
            return true;
        default:
            return false;
        }
    }
    return false;
}

qint64 ApiCall::retryDelay(const ApiResponse& r) const {
    const qint64 retryAfter = ApiClient::parseRetryAfter(r.header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (retryAfter >= 0)
        return qMin<qint64>(retryAfter, 120000);
    const qint64 backoff = static_cast<qint64>(m_client->m_connection.baseBackoffMs) << (r.attempts - 1);
    return qMin<qint64>(backoff, 30000);
}

void ApiCall::onReplyFinished() {
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    answered();
    ApiResponse& r = m_response;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.networkError = reply->error();
    r.networkErrorText = reply->errorString();
    r.refusedRedirect.clear();
    const bool following = r.networkError == QNetworkReply::NoError && followRedirect(r, reply);
    if (!r.refusedRedirect.isEmpty()) {
        // What the redirect said, never what it would have received: the request went nowhere else.
        r.body.clear();
        r.networkError = QNetworkReply::ProtocolUnknownError;
        r.networkErrorText =
            QStringLiteral("redirect to %1 refused (another origin)")
                .arg(QString::fromUtf8(Redactor::redactUrlQuery(r.refusedRedirect.toEncoded(QUrl::RemoveUserInfo))));
    }
    // Qt reports an HTTP error status (404, 500…) as an error code from 201 up: those are answers, handled by the
    // caller. A connection-level error (below 200) after the status line means the transfer broke off mid-answer:
    // the body is incomplete, so it is no answer at all and is retried like one (the IdempotencyKey makes that
    // safe), never read as a short but complete body.
    const bool transferBroken = r.networkError > QNetworkReply::NoError && r.networkError < 200;
    if (!r.refusedRedirect.isEmpty()) {
        // Keeps the 3xx status for the record; transportOk() is false, so no caller reads it as an answer.
    } else if (r.status > 0 && transferBroken) {
        r.networkErrorText = QStringLiteral("%1 (HTTP %2 answer cut off after %3 bytes)")
                                 .arg(r.networkErrorText)
                                 .arg(r.status)
                                 .arg(r.body.size());
        r.status = 0;
        r.body.clear();
    } else if (r.status > 0 && r.networkError != QNetworkReply::NoError) {
        r.networkError = QNetworkReply::NoError;
    }

    if (m_client->m_sink) {
        QByteArray requestText = m_sentMethod + ' ' + m_sentUrl.toEncoded() + '\n';
        for (const auto& [name, value] : m_request.headers)
            requestText += name + ": " + Redactor::redactHeader(name, value) + '\n';
        if (!m_request.idempotencyKey.isEmpty())
            requestText += "IdempotencyKey: " + m_request.idempotencyKey + '\n';
        requestText += '\n' + Redactor::redactBody(m_request.contentType, m_sentBody);
        QByteArray responseText;
        if (r.status > 0 && r.refusedRedirect.isEmpty()) {
            for (const QByteArray& name : {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("Retry-After")}) {
                if (!r.header(name).isEmpty())
                    responseText += name + ": " + r.header(name) + '\n';
            }
            responseText += '\n' + Redactor::redactBody(r.header("Content-Type"), r.body);
        } else {
            responseText = r.networkErrorText.toUtf8();
        }
        EvidenceEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.environment = m_client->m_connection.environment;
        e.kind = m_request.kind;
        e.method = QString::fromLatin1(m_sentMethod);
        e.url = QString::fromUtf8(m_sentUrl.toEncoded());
        e.status = r.status;
        e.request = QString::fromUtf8(requestText);
        e.response = QString::fromUtf8(responseText);
        e.durationMs = monotonicMs() - m_sentAt;
        m_client->m_sink(e);
    }

    if (following) {
        schedule(0, tr("The server moved this request to %1; following.").arg(m_currentUrl.toString()));
        return;
    }
    if (shouldRetry(r)) {
        const qint64 delay = retryDelay(r);
        QString why;
        if (r.status == 429)
            why = tr("The server asked to slow down (HTTP %1); retrying.").arg(r.status);
        else if (r.status > 0)
            why = tr("The server is unavailable for the moment (HTTP %1); retrying.").arg(r.status);
        else
            why = tr("No answer (%1); retrying.").arg(r.networkErrorText);
        schedule(delay, why);
        return;
    }
    finish();
}

void ApiCall::cancel() {
    if (m_finished)
        return;
    m_timer.stop();
    m_response.cancelled = true;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        answered();
    }
    finish();
}

void ApiCall::finish() {
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    emit finished(m_response);
}

} // namespace bmp::net
