#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bmp::storage {

// PRAGMA application_id of every project file: "BMP1". A SQLite file without it is not ours.
constexpr int kApplicationId = 0x424D5031;

struct Migration {
    int version;            // user_version after this migration
    QStringList statements; // each safe to run again (IF NOT EXISTS / checks), all run in one transaction
};

// Ordered migrations; the last one's version is the current schema version.
const QList<Migration>& migrations();
int currentSchemaVersion();

} // namespace bmp::storage
