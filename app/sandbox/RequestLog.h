#pragma once

#include "sandbox/SandboxTypes.h"
#include "sandbox/StateSink.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <deque>

namespace bmp::sandbox {

// What the sandbox received, oldest first, for tests and for the app's evidence view. Entries are redacted
// when recorded (see Redaction), so nothing secret is ever kept, returned or persisted.
struct RequestLogEntry {
    qint64 id = 0;
    qint64 receivedAtMs = 0;
    QByteArray method;
    QByteArray path;
    QByteArray query;
    int status = 0;
    QString idempotencyKey;
    QString clientId;
    QString peer;
    bool replayed = false; // answered from the idempotency store
    HeaderList requestHeaders;
    QByteArray requestBody;
    QByteArray responseBody;

    QJsonObject toJson() const;
    static RequestLogEntry fromJson(const QJsonObject& o);
};

class RequestLog {
public:
    static constexpr int kMaxBodyBytes = 16 * 1024; // per recorded body; the rest is cut

    void setCapacity(int capacity) { m_capacity = std::max(1, capacity); }
    void setSink(StateSink* sink) { m_sink.set(sink); }

    // Redacts and stores; returns the entry's id.
    qint64 record(const SandboxRequest& request, const SandboxResponse& response, qint64 receivedAtMs,
                  const QString& clientId, const QString& idempotencyKey, bool replayed);
    QJsonArray toJson(qint64 sinceId = 0) const;
    const std::deque<RequestLogEntry>& entries() const { return m_entries; }
    void clear() {
        m_entries.clear();
        m_nextId = 1;
    }
    void restore(const QJsonObject& record);

    static QString isoTime(qint64 msSinceEpoch); // ISO 8601, UTC, with milliseconds

private:
    std::deque<RequestLogEntry> m_entries;
    int m_capacity = 10000;
    qint64 m_nextId = 1;
    SinkRef m_sink;
};

} // namespace bmp::sandbox
