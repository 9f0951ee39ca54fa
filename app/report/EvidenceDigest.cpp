#include "report/EvidenceDigest.h"

#include <QCryptographicHash>

namespace bmp::report {

namespace {

void appendField(QByteArray& out, const QString& field) {
    const QByteArray utf8 = field.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
}

} // namespace

QByteArray EvidenceDigest::canonical(const QList<EvidenceEntry>& entries) {
    QList<EvidenceEntry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    QByteArray out;
    for (const EvidenceEntry& e : sorted) {
        const QStringList fields{QString::number(e.id),
                                 e.at,
                                 e.environment,
                                 e.kind,
                                 e.method,
                                 e.url,
                                 e.status ? QString::number(*e.status) : QString(),
                                 e.durationMs ? QString::number(*e.durationMs) : QString(),
                                 e.request,
                                 e.response};
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += '\t';
            appendField(out, fields.at(i));
        }
        out += '\n';
    }
    return out;
}

QByteArray EvidenceDigest::sha256Hex(const QList<EvidenceEntry>& entries) {
    return QCryptographicHash::hash(canonical(entries), QCryptographicHash::Sha256).toHex();
}

} // namespace bmp::report
