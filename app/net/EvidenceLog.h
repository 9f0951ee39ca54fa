#pragma once

#include "core/OutputFile.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bmp::storage {
class ProjectStore;
}

namespace bmp::net {

// One recorded exchange. Request and response texts are stored already redacted.
struct EvidenceEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString environment;
    QString kind; // "token", "key-registration", "proposal", "callback", ...
    QString method;
    QString url;
    int status = 0; // HTTP status, 0 when no answer arrived
    QString request;
    QString response;
    qint64 durationMs = 0;

    QJsonObject toJson() const;
};

// The project's evidence log: every exchange with BMP (or the sandbox), redacted, in the project file.
class EvidenceLog {
public:
    explicit EvidenceLog(storage::ProjectStore& store);

    Result<qint64> append(EvidenceEntry entry); // redacts again before writing: defence in depth
    QList<EvidenceEntry> entries(const QString& environment = {}, int limit = -1) const;
    int count() const;
    // JSON Lines, oldest first, one compact object per line (keys in a fixed order): what evidence export writes.
    QByteArray toJsonLines() const;
    // One line of it (with its LF): the one serialization of an entry, shared with the signoff report's digest.
    static QByteArray jsonLine(const EvidenceEntry& entry);
    // Through core/OutputFile: atomic, mode 0600, read back; never over an existing file unless overwrite says
    // so, never over a project (the open one least of all).
    Status exportJsonLines(const QString& path, OutputFile::Overwrite overwrite = OutputFile::Overwrite::Refuse) const;
    // SHA-256 (hex) over toJsonLines(): the digest printed in the signoff report and by bmpctl evidence export, and
    // what `sha256sum` prints for an exported file.
    QString digest() const;

private:
    storage::ProjectStore& m_store;
};

} // namespace bmp::net
