#pragma once

#include <QString>
#include <QStringList>

namespace bmp::storage {

enum class Engine { Sqlite, Postgres };

// Every difference between the two engines' SQL lives here. Migrations are written once, in the SQLite dialect
// the project files have always used; forEngine() rewrites a statement for PostgreSQL (identity columns, 64-bit
// integers, INSERT OR IGNORE, ADD COLUMN IF NOT EXISTS). Domain code writes SQL both engines read the same way:
// ON CONFLICT … DO UPDATE, RETURNING id, typed parameters only.
namespace Dialect {

QString forEngine(Engine engine, const QString& sql);

// PostgreSQL only: the table holding what PRAGMA application_id and user_version hold in a file.
QString serverMetaTable();
// PostgreSQL only, run after every migration: each write to a table notifies the project's channel (other
// clients reload what changed), and the rule that only an area's named signer records its decision.
QStringList serverRules(const QStringList& tables);
// The LISTEN/NOTIFY channel of a shared project.
QString notifyChannel();

} // namespace Dialect

} // namespace bmp::storage
