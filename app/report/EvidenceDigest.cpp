#include "report/EvidenceDigest.h"

#include "net/EvidenceLog.h"

#include <QCryptographicHash>

namespace bmp::report {

QByteArray EvidenceDigest::canonical(const QList<EvidenceEntry>& entries) {
    QList<EvidenceEntry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    QByteArray out;
    for (const EvidenceEntry& e : sorted) {
        // Read the way EvidenceLog reads the same row, so that the line is byte for byte the exported one.
        net::EvidenceEntry line;
        line.id = e.id;
        line.at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        line.environment = e.environment;
        line.kind = e.kind;
        line.method = e.method;
        line.url = e.url;
        line.status = e.status.value_or(0);
        line.request = e.request;
        line.response = e.response;
        line.durationMs = e.durationMs.value_or(0);
        out += net::EvidenceLog::jsonLine(line);
    }
    return out;
}

QByteArray EvidenceDigest::sha256Hex(const QList<EvidenceEntry>& entries) {
    return QCryptographicHash::hash(canonical(entries), QCryptographicHash::Sha256).toHex();
}

} // namespace bmp::report
