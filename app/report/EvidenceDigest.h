#pragma once

#include "report/ReportData.h"

#include <QByteArray>
#include <QList>

namespace bmp::report {

// The SHA-256 digest of the evidence log printed in the signoff report, so that a log exported later can be shown
// to be the one that was signed off.
//
// Canonical serialization (printed in the report too): the entries in ascending id order, each one UTF-8 line of
// ten fields separated by TAB (U+0009) and ended by LF (U+000A):
//   id, at, environment, kind, method, url, status, duration_ms, request, response
// Numbers in decimal without leading zeros; a missing status or duration is an empty field; in every field a
// backslash is written as "\\", a TAB as "\t", a CR as "\r" and an LF as "\n". Text is stored as is (no Unicode
// normalization). An empty log is the empty byte string.
class EvidenceDigest {
public:
    static QByteArray canonical(const QList<EvidenceEntry>& entries);
    static QByteArray sha256Hex(const QList<EvidenceEntry>& entries); // lowercase hex, 64 characters
};

} // namespace bmp::report
