#include "sandbox/IdempotencyStore.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace bmp::sandbox {

namespace {
const QString kKind = QStringLiteral("idempotency");
constexpr qint64 kPruneEveryMs = 60 * 1000;
} // namespace

QByteArray IdempotencyStore::fingerprint(const SandboxRequest& request) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method.toUpper());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path.toLower());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body);
    return hash.result();
}

IdempotencyStore::Lookup IdempotencyStore::lookup(const QString& clientId, const QString& key,
                                                  const QByteArray& fingerprint, qint64 nowMs) {
    prune(nowMs);
    const auto it = m_entries.constFind(idFor(clientId, key));
    if (it == m_entries.constEnd() || nowMs - it->storedAtMs > m_ttlMs)
        return {};
    if (it->fingerprint != fingerprint)
        return Lookup{Outcome::Conflict, {}};
    return Lookup{Outcome::Replay, it->response};
}

void IdempotencyStore::store(const QString& clientId, const QString& key, const QByteArray& fingerprint,
                             const SandboxResponse& response, qint64 nowMs) {
    const QString id = idFor(clientId, key);
    m_entries.insert(id, Entry{fingerprint, response, nowMs});
    if (!m_sink.enabled())
        return;
    QJsonArray headers;
    for (const auto& h : response.headers)
        headers.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    m_sink.put(kKind, id,
               QJsonObject{{QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint.toHex())},
                           {QStringLiteral("status"), response.status},
                           {QStringLiteral("headers"), headers},
                           {QStringLiteral("body"), QString::fromLatin1(response.body.toBase64())},
                           {QStringLiteral("storedAtMs"), double(nowMs)}});
}

void IdempotencyStore::restore(const QString& id, const QJsonObject& record) {
    Entry e;
    e.fingerprint = QByteArray::fromHex(record.value(QStringLiteral("fingerprint")).toString().toLatin1());
    e.response.status = record.value(QStringLiteral("status")).toInt();
    for (const QJsonValue& h : record.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = h.toArray();
        e.response.headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    e.response.body = QByteArray::fromBase64(record.value(QStringLiteral("body")).toString().toLatin1());
    e.storedAtMs = qint64(record.value(QStringLiteral("storedAtMs")).toDouble());
    m_entries.insert(id, e);
}

void IdempotencyStore::prune(qint64 nowMs) {
    if (nowMs - m_lastPruneMs < kPruneEveryMs)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (nowMs - it->storedAtMs > m_ttlMs) {
            m_sink.remove(kKind, it.key());
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace bmp::sandbox
