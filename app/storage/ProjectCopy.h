#pragma once

#include "core/Result.h"
#include "storage/ServerAddress.h"

#include <QStringList>

namespace bmp::storage {

struct ShareSummary {
    QString address;      // where the project now lives (without a password)
    QString projectId;    // the shared project's id (names this machine's key folder)
    int rows = 0;         // rows copied, all tables
    QStringList keptKeys; // environments whose encrypted private key stayed on this machine
    QString keyFolder;    // where those keys are
};

// Copies a project file to a PostgreSQL database, all in one transaction: every table's rows, except the
// encrypted private keys, which go to this machine's key folder (LocalKeyStore) — the server gets public
// material, fingerprints, client_ids and evidence only. Refuses a database holding a project unless replace.
// The file itself is left as it is (migrated first when it is older, with its usual backup).
Result<ShareSummary> shareProject(const QString& file, const QString& address, bool replace,
                                  const QStringList& grantTo = {});

class ProjectStore;

// A copy of a project (a file or a shared project) as a new project file, mode 0600; refuses to overwrite. A shared
// project's copy carries everything the server holds, and the encrypted private keys this machine holds for it;
// keys that live on a teammate's machine stay there (the copy says whose they are). Returns the rows copied.
Result<int> copyToFile(const ProjectStore& from, const QString& file);

} // namespace bmp::storage
