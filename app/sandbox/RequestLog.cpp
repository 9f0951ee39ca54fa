#include "sandbox/RequestLog.h"
#include "sandbox/Redaction.h"

#include <QDateTime>
#include <QTimeZone>

namespace bmp::sandbox {

namespace {

const QString kKind = QStringLiteral("request");

QByteArray cut(const QByteArray& body) {
    if (body.size() <= RequestLog::kMaxBodyBytes)
        return body;
    return body.left(RequestLog::kMaxBodyBytes) + QByteArrayLiteral("...[truncated]");
}

QString latin(const QByteArray& b) {
    return QString::fromUtf8(b);
}

} // namespace

QString RequestLog::isoTime(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject RequestLogEntry::toJson() const {
    QJsonArray headers;
    for (const auto& h : requestHeaders)
        headers.append(QJsonArray{latin(h.first), latin(h.second)});
    return QJsonObject{
        {QStringLiteral("id"), double(id)},
        {QStringLiteral("receivedAt"), RequestLog::isoTime(receivedAtMs)},
        {QStringLiteral("receivedAtMs"), double(receivedAtMs)},
        {QStringLiteral("method"), latin(method)},
        {QStringLiteral("path"), latin(path)},
        {QStringLiteral("query"), latin(query)},
        {QStringLiteral("status"), status},
        {QStringLiteral("idempotencyKey"), idempotencyKey.isEmpty() ? QJsonValue() : QJsonValue(idempotencyKey)},
        {QStringLiteral("clientId"), clientId.isEmpty() ? QJsonValue() : QJsonValue(clientId)},
        {QStringLiteral("peer"), peer},
        {QStringLiteral("replayed"), replayed},
        {QStringLiteral("requestHeaders"), headers},
        {QStringLiteral("requestBody"), latin(requestBody)},
        {QStringLiteral("responseBody"), latin(responseBody)},
    };
}

RequestLogEntry RequestLogEntry::fromJson(const QJsonObject& o) {
    RequestLogEntry e;
    e.id = qint64(o.value(QStringLiteral("id")).toDouble());
    e.receivedAtMs = qint64(o.value(QStringLiteral("receivedAtMs")).toDouble());
    e.method = o.value(QStringLiteral("method")).toString().toUtf8();
    e.path = o.value(QStringLiteral("path")).toString().toUtf8();
    e.query = o.value(QStringLiteral("query")).toString().toUtf8();
    e.status = o.value(QStringLiteral("status")).toInt();
    e.idempotencyKey = o.value(QStringLiteral("idempotencyKey")).toString();
    e.clientId = o.value(QStringLiteral("clientId")).toString();
    e.peer = o.value(QStringLiteral("peer")).toString();
    e.replayed = o.value(QStringLiteral("replayed")).toBool();
    for (const QJsonValue& h : o.value(QStringLiteral("requestHeaders")).toArray()) {
        const QJsonArray pair = h.toArray();
        e.requestHeaders.append({pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()});
    }
    e.requestBody = o.value(QStringLiteral("requestBody")).toString().toUtf8();
    e.responseBody = o.value(QStringLiteral("responseBody")).toString().toUtf8();
    return e;
}

qint64 RequestLog::record(const SandboxRequest& request, const SandboxResponse& response, qint64 receivedAtMs,
                          const QString& clientId, const QString& idempotencyKey, bool replayed) {
    RequestLogEntry e;
    e.id = m_nextId++;
    e.receivedAtMs = receivedAtMs;
    // Even the request line and the key header get the free-text redaction: clients put secrets in odd places.
    e.method = Redaction::text(request.method);
    e.path = Redaction::text(request.path);
    e.query = Redaction::formBody(request.query);
    e.status = response.status;
    e.idempotencyKey = QString::fromUtf8(Redaction::text(idempotencyKey.toUtf8()));
    e.clientId = clientId;
    e.peer = request.peer.isNull() ? QString() : request.peer.toString();
    e.replayed = replayed;
    e.requestHeaders = Redaction::headers(request.headers);
    e.requestBody = cut(Redaction::body(request.body, request.header("Content-Type")));
    e.responseBody = cut(Redaction::body(response.body, response.header("Content-Type")));
    if (m_sink.enabled())
        m_sink.put(kKind, QString::number(e.id).rightJustified(12, u'0'), e.toJson());
    m_entries.push_back(std::move(e));
    while (int(m_entries.size()) > m_capacity) {
        if (m_sink.enabled())
            m_sink.remove(kKind, QString::number(m_entries.front().id).rightJustified(12, u'0'));
        m_entries.pop_front();
    }
    return m_nextId - 1;
}

void RequestLog::restore(const QJsonObject& record) {
    RequestLogEntry e = RequestLogEntry::fromJson(record);
    m_nextId = std::max(m_nextId, e.id + 1);
    m_entries.push_back(std::move(e));
}

QJsonArray RequestLog::toJson(qint64 sinceId) const {
    QJsonArray out;
    for (const RequestLogEntry& e : m_entries) {
        if (e.id > sinceId)
            out.append(e.toJson());
    }
    return out;
}

} // namespace bmp::sandbox
