#pragma once

#include "core/Result.h"
#include "storage/Dialect.h"
#include "storage/ServerAddress.h"
#include "storage/SqliteGuard.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace bmp::storage {

// One project = one SQLite file (the default, one person) or one PostgreSQL database (a team's shared project,
// docs/TEAM.md). A file opens with WAL, synchronous=FULL and foreign keys, is migrated after a backup copy, and is
// refused (without touching it) when newer, foreign or corrupted. A server database runs the same migrations,
// rewritten by Dialect; its clients hear of each other's writes through LISTEN/NOTIFY.
class ProjectStore {
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
public:
    static constexpr auto kFileSuffix = "bmpproj";

    // Creates a new project file, mode 0600 from its first byte. Refuses when the file already exists.
    static Result<std::unique_ptr<ProjectStore>> create(const QString& path);
    // A file path or a server address (postgresql://…); password: for a server that asks for one (never stored).
    static Result<std::unique_ptr<ProjectStore>> open(const QString& location, const QString& password = {});
    // An empty project on a server: the migrations, the meta table and the server's rules, then fill() — all in
    // one transaction. Refuses a database that already holds a project unless replace (which drops it first).
    static Result<std::unique_ptr<ProjectStore>> createOnServer(const ServerAddress& address, bool replace,
                                                                const std::function<Status(ProjectStore&)>& fill);

    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    // The file's absolute path, or the server's address without its password.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isShared() const { return m_engine == Engine::Postgres; }
    // Who writes: the database role on a server (each person connects as their own), the OS user for a file.
    QString userName() const { return m_userName; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    QString backupPath() const { return m_backupPath; } // set when open() migrated the file

    // Runs body inside one transaction: committed when it returns ok, rolled back otherwise.
    Status transaction(const std::function<Status()>& body);
    // Executes one statement with positional bindings.
    Status exec(const QString& sql, const QVariantList& bindings = {});
    // exec() that says how many rows it changed (an optimistic update that changed none met a newer row).
    Result<int> update(const QString& sql, const QVariantList& bindings);
    // An INSERT into a table with an id column; returns the new row's id (RETURNING id, both engines).
    Result<qint64> insert(const QString& sql, const QVariantList& bindings);
    // The project's tables, in the order they were created (parents before the tables that refer to them).
    QStringList tables() const;
    // A server connection dropped (the server restarted): one attempt to connect and listen again, never a wait in a
    // loop (the caller is usually the GUI thread). When it fails the store is offline() and the handler set with
    // setOfflineHandler() hears it once; Project then probes the server off the GUI thread (ServerProbe) and calls
    // reconnect() again once the server answers. Files: nothing to do.
    Status reconnect();
    bool offline() const { return m_offline; }
    // How many statements were refused because the server did not answer (Project keeps those edits waiting).
    quint64 offlineRefusals() const { return m_offlineRefusals; }
    void setOfflineHandler(std::function<void()> handler) { m_offlineHandler = std::move(handler); }
    // The address to probe (with the password given, in memory only); empty for a file.
    std::optional<ServerAddress> serverAddress() const { return m_address; }
    // One statement of a migration; "ALTER TABLE t ADD COLUMN c …" is skipped when the column exists already.
    Status applyMigrationStatement(const QString& sql);

    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);

    // A consistent copy of the whole project (Save As), mode 0600. Refuses to overwrite.
    Status copyTo(const QString& target) const;
    Status checkIntegrity() const;
    // The time one statement may run before SQLite interrupts it (SqliteGuard); tests set a short one.
    void setQueryBudget(std::chrono::milliseconds budget) {
        if (m_guard)
            m_guard->setBudget(budget);
    }
    int interruptedQueries() const { return m_guard ? m_guard->interruptions() : 0; }

private:
    explicit ProjectStore(QString path, QString connectionName);
    static Result<std::unique_ptr<ProjectStore>> openConnection(const QString& path);
    static Result<std::unique_ptr<ProjectStore>> connectServer(const ServerAddress& address);
    static Result<std::unique_ptr<ProjectStore>> openOnServer(const ServerAddress& address);
    // quick: a reconnect made while someone waits (libpq's shortest connect timeout, 2 s, unless the address sets one).
    Status openServerDatabase(bool quick = false);
    Status applyServerRules();
    Status setSchemaVersion(int version);
    bool connectionLost(const QString& detail) const;
    Error offlineError(const QString& detail) const;
    void goOffline();
    Status configure();
    Status migrate(int fromVersion);
    Error sqlError(const QString& message, const QString& detail) const;

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    Engine m_engine = Engine::Sqlite;
    QString m_userName;
    bool m_inTransaction = false;
    bool m_offline = false;
    mutable quint64 m_offlineRefusals = 0;
    std::function<void()> m_offlineHandler;
    std::optional<ServerAddress> m_address; // a server project's address (with the password given, in memory only)
    std::unique_ptr<SqliteGuard> m_guard;   // set by openConnection() for the life of the connection
};

} // namespace bmp::storage
