#pragma once

#include "core/Result.h"
#include "storage/SqliteGuard.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace bmp::storage {

// One project = one SQLite file. Opens with WAL, synchronous=FULL and foreign keys; migrates older files
// after a backup copy; refuses (without touching the file) newer, foreign or corrupted files.
class ProjectStore {
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
public:
    static constexpr auto kFileSuffix = "bmpproj";

    // Creates a new project file, mode 0600 from its first byte. Refuses when the file already exists.
    static Result<std::unique_ptr<ProjectStore>> create(const QString& path);
    static Result<std::unique_ptr<ProjectStore>> open(const QString& path);

    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    QString backupPath() const { return m_backupPath; } // set when open() migrated the file

    // Runs body inside one transaction: committed when it returns ok, rolled back otherwise.
    Status transaction(const std::function<Status()>& body);
    // Executes one statement with positional bindings.
    Status exec(const QString& sql, const QVariantList& bindings = {});
    // One statement of a migration; "ALTER TABLE t ADD COLUMN c …" is skipped when the column exists already.
    Status applyMigrationStatement(const QString& sql);

    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);

    // A consistent copy of the whole project (Save As), mode 0600. Refuses to overwrite.
    Status copyTo(const QString& target) const;
    Status checkIntegrity() const;
    // The time one statement may run before SQLite interrupts it (SqliteGuard); tests set a short one.
    void setQueryBudget(std::chrono::milliseconds budget) { m_guard->setBudget(budget); }
    int interruptedQueries() const { return m_guard->interruptions(); }

private:
    explicit ProjectStore(QString path, QString connectionName);
    static Result<std::unique_ptr<ProjectStore>> openConnection(const QString& path);
    Status configure();
    Status migrate(int fromVersion);
    Error sqlError(const QString& message, const QString& detail) const;

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    std::unique_ptr<SqliteGuard> m_guard; // set by openConnection() for the life of the connection
};

} // namespace bmp::storage
