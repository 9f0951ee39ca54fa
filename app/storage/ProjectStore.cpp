#include "storage/ProjectStore.h"
#include "core/OutputFile.h"
#include "storage/Schema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bmp::storage {

namespace {

constexpr QByteArrayView kSqliteMagic("SQLite format 3\0", 16);

Status createPrivateFile(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return makeError(QCoreApplication::translate("ProjectStore", "Cannot create the project file %1.").arg(path),
                         QString::fromLocal8Bit(strerror(errno)));
    }
    ::close(fd);
    return {};
}

} // namespace

ProjectStore::ProjectStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName)) {}

ProjectStore::~ProjectStore() {
    OutputFile::unprotect(m_path);
    m_guard.reset(); // while the connection is still open
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ProjectStore::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Error ProjectStore::sqlError(const QString& message, const QString& detail) const {
    return makeError(message, QStringLiteral("%1: %2").arg(m_path, detail));
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::openConnection(const QString& path) {
    const QString name = QStringLiteral("bmp-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ProjectStore> store(new ProjectStore(QFileInfo(path).absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(store->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return store->sqlError(tr("Cannot open the project file."), db.lastError().text());
    // Before the first statement: the file's schema is not trusted, and no query may run forever.
    auto guard = SqliteGuard::attach(db);
    if (!guard)
        return guard.error();
    store->m_guard = std::move(guard).value();
    // While it is open no export may replace it (or its -wal/-shm), whatever path it is given by.
    OutputFile::protect(store->m_path);
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString& path) {
    if (QFileInfo::exists(path))
        return makeError(tr("A file named %1 already exists.").arg(path));
    if (Status s = createPrivateFile(path); !s)
        return s.error();
    auto opened = openConnection(path);
    if (!opened) {
        QFile::remove(path);
        return opened.error();
    }
    std::unique_ptr<ProjectStore> store = std::move(opened).value();
    Status s = store->exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    if (s)
        s = store->configure();
    if (s)
        s = store->migrate(0);
    if (s) {
        s = store->setSetting(QStringLiteral("created_at"),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    if (!s) {
        store.reset();
        QFile::remove(path);
        return s.error();
    }
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return makeError(tr("The project file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read the project file %1.").arg(path), file.errorString());
    const QByteArray header = file.read(16);
    file.close();
    if (header.size() < 16 || QByteArrayView(header) != kSqliteMagic)
        return makeError(tr("%1 is not a BMP Onboarding project.").arg(QFileInfo(path).fileName()),
                         QStringLiteral("no SQLite header"));

    auto opened = openConnection(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<ProjectStore> store = std::move(opened).value();
    const QString fileName = QFileInfo(path).fileName();

    // Only reads until every check has passed: a refused file is left exactly as it was.
    int appId = 0;
    int version = -1;
    {
        QSqlQuery q(store->database());
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return store->sqlError(tr("%1 is damaged and cannot be opened.").arg(fileName), q.lastError().text());
        appId = q.value(0).toInt();
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
    }
    if (appId != kApplicationId)
        return makeError(tr("%1 is not a BMP Onboarding project.").arg(fileName),
                         QStringLiteral("application_id %1").arg(appId));
    if (version > currentSchemaVersion()) {
        return makeError(tr("%1 was made by a newer version of BMP Onboarding (file format %2, this version "
                            "reads up to %3). Update the application to open it; the file was not changed.")
                             .arg(fileName)
                             .arg(version)
                             .arg(currentSchemaVersion()));
    }
    if (Status s = store->checkIntegrity(); !s)
        return s.error();
    // Only the tables and indexes our migrations make, with their exact SQL: nothing of the file's own runs here.
    if (Status s = SqliteGuard::checkSchema(store->database(), version, fileName); !s)
        return s.error();

    if (version < currentSchemaVersion()) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = QStringLiteral("%1.v%2-%3.bak").arg(store->m_path).arg(version).arg(stamp);
        if (Status s = store->copyTo(backup); !s)
            return makeError(tr("Could not back up %1 before updating its format; nothing was changed.").arg(fileName),
                             s.error().toString());
        store->m_backupPath = backup;
    }
    if (Status s = store->configure(); !s)
        return s.error();
    if (Status s = store->migrate(version); !s)
        return s.error();
    return store;
}

Status ProjectStore::configure() {
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (Status s = exec(QString::fromLatin1(pragma)); !s)
            return s;
    }
    return {};
}

Status ProjectStore::migrate(int fromVersion) {
    for (const Migration& m : migrations()) {
        if (m.version <= fromVersion)
            continue;
        Status s = transaction([&]() -> Status {
            for (const QString& sql : m.statements) {
                if (Status e = applyMigrationStatement(sql); !e)
                    return e;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        });
        if (!s) {
            return makeError(tr("Could not update the project file to format %1.").arg(m.version),
                             s.error().toString());
        }
    }
    return {};
}

Status ProjectStore::applyMigrationStatement(const QString& sql) {
    // SQLite has no "ADD COLUMN IF NOT EXISTS": the check is made here, so that every statement is safe to re-run.
    static const QRegularExpression addColumn(QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+) "),
                                              QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = addColumn.match(sql);
    if (m.hasMatch()) {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = '%2'")
                        .arg(m.captured(1), m.captured(2))))
            return sqlError(tr("Could not read the project file."), q.lastError().text());
        if (q.next())
            return {};
    }
    return exec(sql);
}

int ProjectStore::schemaVersion() const {
    QSqlQuery q(database());
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

Status ProjectStore::transaction(const std::function<Status()>& body) {
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlError(tr("Could not save to the project file."), db.lastError().text());
    Status s = body();
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return sqlError(tr("Could not save to the project file."), detail);
    }
    return {};
}

Status ProjectStore::exec(const QString& sql, const QVariantList& bindings) {
    QSqlQuery q(database());
    if (!q.prepare(sql))
        return sqlError(tr("Could not save to the project file."), q.lastError().text());
    for (const QVariant& v : bindings) {
        // A null QString is an empty text here; SQL NULL is always spelled as a null QVariant.
        const bool nullText = v.metaType().id() == QMetaType::QString && !v.isNull() && v.toString().isNull();
        q.addBindValue(nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec())
        return sqlError(tr("Could not save to the project file."), q.lastError().text());
    return {};
}

QString ProjectStore::setting(const QString& key, const QString& fallback) const {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status ProjectStore::setSetting(const QString& key, const QString& value) {
    return exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

Status ProjectStore::copyTo(const QString& target) const {
    if (QFileInfo::exists(target))
        return makeError(tr("A file named %1 already exists.").arg(target));
    // VACUUM INTO creates the file itself: the umask makes it 0600 from its first byte.
    const mode_t old = ::umask(077);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    const bool ok = q.exec();
    ::umask(old);
    if (!ok) {
        QFile::remove(target);
        return sqlError(tr("Could not copy the project to %1.").arg(target), q.lastError().text());
    }
    return {};
}

Status ProjectStore::checkIntegrity() const {
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        const QString detail = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
        return sqlError(tr("%1 is damaged and cannot be opened.").arg(QFileInfo(m_path).fileName()), detail);
    }
    return {};
}

} // namespace bmp::storage
