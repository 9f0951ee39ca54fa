#include "storage/SqliteGuard.h"
#include "storage/Schema.h"

#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <map>
#include <set>
#include <tuple>

namespace bmp::storage {

namespace {

// SQLite calls the progress handler every this many virtual-machine instructions (a few microseconds of work).
constexpr int kProgressInstructions = 10000;

qint64 monotonicNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

sqlite3* handleOf(const QSqlDatabase& db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

using SchemaObject = std::tuple<QString, QString, QString, QString>; // type, name, tbl_name, sql
using Schema = std::set<SchemaObject>;

Result<Schema> readSchema(const QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema")))
        return makeError(QString(), q.lastError().text());
    Schema schema;
    while (q.next())
        schema.insert({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return schema;
}

// What the migrations up to `version` create, built once per version in a private in-memory database by the
// same SQLite, so the SQL text is normalised exactly as it is in a file we made.
Result<Schema> expectedSchema(int version) {
    static QMutex mutex;
    static std::map<int, Schema> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.find(version); it != cache.end())
        return it->second;
    const QString name = QStringLiteral("bmp-expected-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<Schema> schema = makeError(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            schema = makeError(QString(), db.lastError().text());
        } else {
            QString failure;
            for (const Migration& m : migrations()) {
                if (m.version > version)
                    break;
                for (const QString& sql : m.statements) {
                    QSqlQuery q(db);
                    if (failure.isEmpty() && !q.exec(sql))
                        failure = q.lastError().text();
                }
            }
            schema = failure.isEmpty() ? readSchema(db) : Result<Schema>(makeError(QString(), failure));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (schema)
        cache.emplace(version, *schema);
    return schema;
}

} // namespace

Result<std::unique_ptr<SqliteGuard>> SqliteGuard::attach(const QSqlDatabase& db) {
    sqlite3* handle = handleOf(db);
    if (!handle)
        return makeError(tr("The project file cannot be opened safely: the SQLite driver gives no handle."));
    // The handle is only ours to configure if Qt's driver runs the SQLite this program links (Debian's Qt uses the
    // system library; a Qt with its own copy would not be safe to call into): the versions must at least agree.
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next() ||
            q.value(0).toString() != QLatin1String(sqlite3_libversion()))
            return makeError(tr("The project file cannot be opened safely: SQLite refused a protection."),
                             QStringLiteral("Qt's SQLite %1, linked %2")
                                 .arg(q.value(0).toString(), QLatin1String(sqlite3_libversion())));
    }
    std::unique_ptr<SqliteGuard> guard(new SqliteGuard);
    guard->m_handle = handle;
    const std::pair<int, int> settings[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1},
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
        {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
    };
    for (const auto& [option, value] : settings) {
        int now = -1;
        if (sqlite3_db_config(handle, option, value, &now) != SQLITE_OK || now != value)
            return makeError(tr("The project file cannot be opened safely: SQLite refused a protection."),
                             QStringLiteral("sqlite3_db_config %1").arg(option));
    }
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &SqliteGuard::onTrace, guard.get());
    sqlite3_progress_handler(handle, kProgressInstructions, &SqliteGuard::onProgress, guard.get());
    return guard;
}

SqliteGuard::~SqliteGuard() {
    auto* handle = static_cast<sqlite3*>(m_handle);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
}

int SqliteGuard::onTrace(unsigned, void* self, void*, void*) {
    // A statement starts running (its first step after a prepare or a reset): its budget starts now. Trigger
    // programs would report here too, but the file's triggers are off.
    static_cast<SqliteGuard*>(self)->m_statementStartNs.store(monotonicNs());
    return 0;
}

int SqliteGuard::onProgress(void* self) {
    auto* guard = static_cast<SqliteGuard*>(self);
    const qint64 elapsedMs = (monotonicNs() - guard->m_statementStartNs.load()) / 1000000;
    if (elapsedMs <= guard->m_budgetMs.load())
        return 0;
    ++guard->m_interruptions;
    return 1; // SQLite stops the statement with SQLITE_INTERRUPT
}

Status SqliteGuard::checkSchema(const QSqlDatabase& db, int version, const QString& fileName) {
    const auto expected = expectedSchema(version);
    if (!expected)
        return makeError(tr("The expected layout of a project file could not be built."), expected.error().detail);
    const auto actual = readSchema(db);
    if (!actual)
        return makeError(tr("%1 is damaged and cannot be opened.").arg(fileName), actual.error().detail);
    QStringList unexpected;
    for (const SchemaObject& o : *actual) {
        if (!expected->count(o))
            unexpected.append(QStringLiteral("%1 %2").arg(std::get<0>(o), std::get<1>(o)));
    }
    QStringList missing;
    for (const SchemaObject& o : *expected) {
        if (!actual->count(o))
            missing.append(QStringLiteral("%1 %2").arg(std::get<0>(o), std::get<1>(o)));
    }
    if (unexpected.isEmpty() && missing.isEmpty())
        return {};
    const QString detail =
        QStringLiteral("unexpected: [%1]; missing or changed: [%2]").arg(unexpected.join(u", "), missing.join(u", "));
    if (unexpected.isEmpty())
        return makeError(tr("%1 lacks parts of a BMP Onboarding project or has them changed, so it was not opened. "
                            "The file was not changed.")
                             .arg(fileName),
                         detail.left(2000));
    return makeError(tr("%1 holds database objects BMP Onboarding does not create (such as triggers or views that "
                        "would run inside the application), so it was not opened. The file was not changed; ask "
                        "whoever sent it for a clean copy.")
                         .arg(fileName),
                     detail.left(2000));
}

} // namespace bmp::storage
