#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

namespace bmp::storage {

// What a project file may do to the application opening it: nothing but hold data. A .bmpproj comes from
// anywhere (e-mail, a shared folder), and SQLite runs whatever its schema says: triggers fire on our own edits,
// views run on our queries, a table's CHECK or DEFAULT is evaluated. So every connection to a project file is
//   - defensive (SQLITE_DBCONFIG_DEFENSIVE: no writable_schema, no corrupting pragmas) with an untrusted schema
//     (trusted_schema=OFF: no functions with side effects from the schema), triggers and views of the file off;
//   - bounded: each statement gets a time budget, after which SQLite interrupts it (a hostile recursive query
//     cannot hang the application);
// and a file is opened only when its schema is exactly the one our migrations create (checkSchema()).
class SqliteGuard {
    Q_DECLARE_TR_FUNCTIONS(SqliteGuard)
public:
    // Longer than the busy timeout (5 s), which a statement may spend waiting for another writer's lock.
    static constexpr std::chrono::milliseconds kDefaultBudget{10000};

    // Hardens db's connection (it must be a QSQLITE connection, open). Refuses when the driver gives no handle.
    static Result<std::unique_ptr<SqliteGuard>> attach(const QSqlDatabase& db);
    ~SqliteGuard(); // detaches the handlers; the connection must still be open
    SqliteGuard(const SqliteGuard&) = delete;
    SqliteGuard& operator=(const SqliteGuard&) = delete;

    // The longest one statement may run (tests set a short one).
    void setBudget(std::chrono::milliseconds budget) { m_budgetMs = budget.count(); }
    // Statements interrupted for running past the budget, since attach().
    int interruptions() const { return m_interruptions; }

    // The schema of db (sqlite_schema: type, name, table, SQL) must be exactly what the migrations up to `version`
    // create, object for object and SQL text for SQL text. fileName is for the message.
    static Status checkSchema(const QSqlDatabase& db, int version, const QString& fileName);

private:
    SqliteGuard() = default;
    static int onProgress(void* self);
    static int onTrace(unsigned type, void* self, void* statement, void* extra);

    void* m_handle = nullptr; // sqlite3*
    std::atomic<qint64> m_budgetMs{kDefaultBudget.count()};
    std::atomic<qint64> m_statementStartNs{0};
    int m_interruptions = 0;
};

} // namespace bmp::storage
