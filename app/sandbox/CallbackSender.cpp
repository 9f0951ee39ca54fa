#include "sandbox/CallbackSender.h"
#include "sandbox/RequestLog.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace bmp::sandbox {

namespace {
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(CallbackSender)
};
constexpr int kTimeoutMs = 10000;
constexpr int kMaxAttemptsKept = 1000;
} // namespace

Result<CallbackConfig> CallbackConfig::fromJson(const QJsonObject& o) {
    CallbackConfig c;
    const QString url = o.value(QStringLiteral("url")).toString().trimmed();
    if (url.isEmpty())
        return c; // clears the callback
    c.url = QUrl(url, QUrl::StrictMode);
    if (!c.url.isValid() || (c.url.scheme() != u"http" && c.url.scheme() != u"https") || c.url.host().isEmpty())
        return makeError(Texts::tr("The callback url must be an absolute http or https URL."));
    const QString method = o.value(QStringLiteral("method")).toString(QStringLiteral("POST")).toUpper();
    if (method != u"GET" && method != u"POST" && method != u"PUT")
        return makeError(Texts::tr("The callback method must be GET, POST or PUT."));
    c.method = method.toLatin1();
    c.authHeader = o.value(QStringLiteral("authHeader")).toString().trimmed().toLatin1();
    c.authValue = o.value(QStringLiteral("authValue")).toString().toUtf8();
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$"));
    if (!c.authHeader.isEmpty() && !token.match(QString::fromLatin1(c.authHeader)).hasMatch())
        return makeError(Texts::tr("authHeader must be an HTTP header name, e.g. Authorization or X-API-Key."));
    if (c.authValue.size() > 255 + 16)
        return makeError(Texts::tr("authValue is too long: keys have at most 255 characters."));
    if (c.authValue.contains('\r') || c.authValue.contains('\n'))
        return makeError(Texts::tr("authValue cannot contain line breaks."));
    if (c.authHeader.isEmpty() != c.authValue.isEmpty())
        return makeError(Texts::tr("Give both authHeader and authValue, or neither."));
    return c;
}

QJsonObject CallbackConfig::toJson(bool withSecret) const {
    return QJsonObject{{QStringLiteral("url"), url.toString()},
                       {QStringLiteral("method"), QString::fromLatin1(method)},
                       {QStringLiteral("authHeader"), QString::fromLatin1(authHeader)},
                       {QStringLiteral("authValue"), withSecret            ? QString::fromUtf8(authValue)
                                                     : authValue.isEmpty() ? QString()
                                                                           : QStringLiteral("[redacted]")}};
}

CallbackSender::CallbackSender(Clock clock, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock)) {}

void CallbackSender::enqueue(const QString& proposal, int status, const QString& identifier) {
    if (!m_config.isSet())
        return;
    m_queue.enqueue(Item{proposal, status, identifier});
    if (!m_busy)
        sendNext();
}

void CallbackSender::clear() {
    m_queue.clear();
    m_attempts = {};
    m_busy = false;
    ++m_generation;
}

void CallbackSender::sendNext() {
    if (m_queue.isEmpty() || !m_config.isSet()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const Item item = m_queue.dequeue();
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);

    QUrl url = m_config.url;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("proposal"), item.proposal);
    query.addQueryItem(QStringLiteral("status"), QString::number(item.status));
    query.addQueryItem(QStringLiteral("identifier"), item.identifier);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    // Never followed: the partner's credential must not go to wherever a redirect points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_config.authHeader.isEmpty())
        request.setRawHeader(m_config.authHeader, m_config.authValue);
    QNetworkReply* reply = nullptr;
    if (m_config.method == "GET") {
        reply = m_nam->get(request);
    } else {
        // BMP documents only the query parameters; the POST or PUT body repeats them as JSON for convenience.
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QJsonObject body{{QStringLiteral("proposal"), item.proposal},
                               {QStringLiteral("status"), item.status},
                               {QStringLiteral("identifier"), item.identifier}};
        reply = m_nam->sendCustomRequest(request, m_config.method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    const quint64 generation = m_generation;
    const qint64 sentAt = m_clock();
    const QString method = QString::fromLatin1(m_config.method);
    connect(reply, &QNetworkReply::finished, this, [this, reply, item, generation, sentAt, method, url] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Only a 2xx answer is a delivery; a redirect is never followed (the credential stays with the configured
        // URL), so it is recorded as what it is.
        const bool delivered = reply->error() == QNetworkReply::NoError && httpStatus >= 200 && httpStatus < 300;
        QJsonObject attempt{
            {QStringLiteral("proposal"), item.proposal},
            {QStringLiteral("status"), item.status},
            {QStringLiteral("identifier"), item.identifier},
            {QStringLiteral("method"), method},
            {QStringLiteral("url"), url.toString()},
            {QStringLiteral("sentAt"), RequestLog::isoTime(sentAt)},
            {QStringLiteral("httpStatus"), httpStatus},
            {QStringLiteral("delivered"), delivered},
            {QStringLiteral("error"), reply->error() == QNetworkReply::NoError ? QString() : reply->errorString()}};
        m_attempts.append(attempt);
        while (m_attempts.size() > kMaxAttemptsKept)
            m_attempts.removeFirst();
        emit attempted(attempt);
        sendNext();
    });
}

} // namespace bmp::sandbox
