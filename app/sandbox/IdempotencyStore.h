#pragma once

#include "sandbox/SandboxTypes.h"
#include "sandbox/StateSink.h"

#include <QHash>
#include <QString>

namespace bmp::sandbox {

// Remembers the answer given to each (client, IdempotencyKey) so a retried call gets the same answer and
// creates nothing twice. A key reused for a different request (method, path or body) is a conflict.
class IdempotencyStore {
public:
    enum class Outcome { New, Replay, Conflict };
    struct Lookup {
        Outcome outcome = Outcome::New;
        SandboxResponse response; // the stored answer, for Replay
    };

    static QByteArray fingerprint(const SandboxRequest& request);

    void setTtl(qint64 ttlMs) { m_ttlMs = ttlMs; }
    void setSink(StateSink* sink) { m_sink.set(sink); }

    Lookup lookup(const QString& clientId, const QString& key, const QByteArray& fingerprint, qint64 nowMs);
    void store(const QString& clientId, const QString& key, const QByteArray& fingerprint,
               const SandboxResponse& response, qint64 nowMs);
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }

    void restore(const QString& id, const QJsonObject& record);

private:
    struct Entry {
        QByteArray fingerprint;
        SandboxResponse response;
        qint64 storedAtMs = 0;
    };
    static QString idFor(const QString& clientId, const QString& key) { return clientId + u'\n' + key; }
    void prune(qint64 nowMs);

    QHash<QString, Entry> m_entries;
    qint64 m_ttlMs = 24LL * 3600 * 1000;
    qint64 m_lastPruneMs = 0;
    SinkRef m_sink;
};

} // namespace bmp::sandbox
