#include "sandbox/Envelope.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bmp::sandbox {

namespace {
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Envelope)
};
} // namespace

QByteArray headerValue(const HeaderList& headers, const QByteArray& name) {
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject SandboxResponse::json() const {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? doc.object() : QJsonObject{};
}

QString modeName(SandboxMode mode) {
    return mode == SandboxMode::Production ? QStringLiteral("production") : QStringLiteral("homologation");
}

namespace envelope {

QJsonObject message(const EnvelopeMessage& m) {
    return QJsonObject{{QStringLiteral("messageType"), m.messageType},
                       {QStringLiteral("code"), m.code},
                       {QStringLiteral("context"), m.context},
                       {QStringLiteral("description"), m.description},
                       {QStringLiteral("field"), m.field}};
}

QJsonObject success(const QJsonObject& payload, const QString& msg) {
    QJsonObject out = payload;
    out.insert(QStringLiteral("msg"), msg.isEmpty() ? Texts::tr("Operation completed.") : msg);
    out.insert(QStringLiteral("hasError"), false);
    out.insert(QStringLiteral("messages"), QJsonArray{});
    return out;
}

QJsonObject failure(const QList<EnvelopeMessage>& messages, const QString& msg) {
    QJsonArray list;
    for (const EnvelopeMessage& m : messages)
        list.append(message(m));
    QString text = msg;
    if (text.isEmpty())
        text = messages.isEmpty() ? Texts::tr("The request was refused.") : messages.first().description;
    return QJsonObject{
        {QStringLiteral("msg"), text}, {QStringLiteral("hasError"), true}, {QStringLiteral("messages"), list}};
}

SandboxResponse jsonResponse(int status, const QJsonObject& body, const HeaderList& extraHeaders) {
    SandboxResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    r.headers.append(extraHeaders);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

SandboxResponse ok(const QJsonObject& payload, const QString& msg) {
    return jsonResponse(200, success(payload, msg));
}

SandboxResponse error(int status, const QString& code, const QString& description, const QString& field,
                      const QString& context) {
    return jsonResponse(status, failure({EnvelopeMessage{code, description, field, context}}));
}

SandboxResponse error(int status, const BmpCode& code, const QString& description, const QString& field) {
    return jsonResponse(status, failure({EnvelopeMessage{QString::fromLatin1(code.code), description, field,
                                                         QString::fromLatin1(code.detail)}}));
}

SandboxResponse rateLimited(qint64 retryAfterMs, double rps, bool withOAuthError) {
    const qint64 seconds = std::max<qint64>(1, (retryAfterMs + 999) / 1000);
    const QString description =
        Texts::tr("Too many requests: this environment's limit is %1 per second per client. Retry after %2 s.")
            .arg(rps)
            .arg(seconds);
    QJsonObject body = failure({EnvelopeMessage{QString::fromLatin1(codes::RateLimited), description, {}, {}}});
    body.insert(QStringLiteral("retryAfterMs"), double(retryAfterMs));
    if (withOAuthError) {
        body.insert(QStringLiteral("error"), QStringLiteral("too_many_requests"));
        body.insert(QStringLiteral("error_description"), description);
    }
    return jsonResponse(429, body, {{QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)}});
}

SandboxResponse oauthError(int status, const QString& error, const QString& description, const QString& reason) {
    // Token responses must never be cached (RFC 6749 section 5.1/5.2).
    return jsonResponse(status,
                        QJsonObject{{QStringLiteral("error"), error},
                                    {QStringLiteral("error_description"), description},
                                    {QStringLiteral("reason"), reason}},
                        {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                         {QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")}});
}

} // namespace envelope
} // namespace bmp::sandbox
