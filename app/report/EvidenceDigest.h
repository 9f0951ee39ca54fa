#pragma once

#include "report/ReportData.h"

#include <QByteArray>
#include <QList>

namespace bmp::report {

// The SHA-256 digest of the evidence log printed in the signoff report, so that a log exported later can be shown
// to be the one that was signed off.
//
// The digest is that of the bytes `bmpctl evidence export` (EvidenceLog::toJsonLines) writes for the same entries:
// anyone can check a report against an exported file with `sha256sum FILE.jsonl`, and the CLI prints the same
// digest when it exports. The serialization is the export's: the entries in ascending id order, one compact JSON
// object per line (net::EvidenceLog::jsonLine), UTF-8, each line ended by LF. An empty log is the empty byte string.
class EvidenceDigest {
public:
    static QByteArray canonical(const QList<EvidenceEntry>& entries);
    static QByteArray sha256Hex(const QList<EvidenceEntry>& entries); // lowercase hex, 64 characters
};

} // namespace bmp::report
