#include "storage/ProjectStore.h"
#include "core/AppInfo.h"
#include "core/OutputFile.h"
#include "storage/Schema.h"
#include "storage/ServerProbe.h"

#include <QSqlDriver>

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
    if (m_engine == Engine::Sqlite)
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
    store->m_userName = AppInfo::userName();
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

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString& path, const QString& password) {
    if (ServerAddress::looksLike(path)) {
        auto address = ServerAddress::parse(path);
        if (!address)
            return address.error();
        if (!password.isEmpty())
            address.value().password = password;
        return openOnServer(*address);
    }
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

Result<std::unique_ptr<ProjectStore>> ProjectStore::connectServer(const ServerAddress& address) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError(tr("Qt's PostgreSQL driver is not installed, so shared projects cannot be opened (Debian "
                            "and Ubuntu: apt-get install libqt6sql6-psql)."));
    }
    const QString name = QStringLiteral("bmp-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ProjectStore> store(new ProjectStore(address.display(), name));
    store->m_engine = Engine::Postgres;
    store->m_address = address;
    QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (Status s = store->openServerDatabase(); !s)
        return s.error();
    return store;
}

Status ProjectStore::openServerDatabase(bool quick) {
    QSqlDatabase db = database();
    if (db.isOpen())
        db.close();
    configureConnection(db, *m_address, quick ? 2 : 10);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        if (needsPassword(Error{{}, detail}))
            return makeError(tr("The server %1 asks for a password for this connection.").arg(m_path), detail);
        return makeError(tr("Cannot reach the shared project at %1. Check the address, that the server runs and "
                            "accepts you, and its certificate (sslmode).")
                             .arg(m_path),
                         detail);
    }
    QSqlQuery q(db);
    // A statement may wait for a lock, never forever; and who writes is the role this person logged in as.
    if (!q.exec(QStringLiteral("SET statement_timeout = '30s'")) || !q.exec(QStringLiteral("SELECT session_user")) ||
        !q.next())
        return sqlError(tr("Cannot reach the shared project at %1.").arg(m_path), q.lastError().text());
    m_userName = q.value(0).toString();
    if (QSqlDriver* driver = db.driver(); driver && driver->hasFeature(QSqlDriver::EventNotifications))
        driver->subscribeToNotification(Dialect::notifyChannel());
    return {};
}

Status ProjectStore::reconnect() {
    if (m_engine != Engine::Postgres)
        return {};
    Status s = openServerDatabase(true);
    if (s) {
        m_offline = false;
        return s;
    }
    goOffline();
    return offlineError(s.error().toString());
}

void ProjectStore::goOffline() {
    if (!std::exchange(m_offline, true) && m_offlineHandler)
        m_offlineHandler();
}

Error ProjectStore::offlineError(const QString& detail) const {
    ++m_offlineRefusals;
    return makeError(tr("The server of the shared project at %1 cannot be reached right now, so this change was not "
                        "saved. BMP Onboarding keeps trying to reconnect: make it again once the server answers.")
                         .arg(m_path),
                     detail);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::openOnServer(const ServerAddress& address) {
    auto connected = connectServer(address);
    if (!connected)
        return connected.error();
    std::unique_ptr<ProjectStore> store = std::move(connected).value();
    QSqlQuery q(store->database());
    QString application;
    int version = -1;
    if (q.exec(QStringLiteral("SELECT key, value FROM bmp_meta WHERE key IN ('application', 'schema_version')"))) {
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("application"))
                application = q.value(1).toString();
            else
                version = q.value(1).toInt();
        }
    }
    if (application != QLatin1String("BMP1")) {
        return makeError(tr("The database at %1 holds no BMP Onboarding project. Put one there with: bmpctl project "
                            "share FILE.bmpproj %1")
                             .arg(store->m_path),
                         q.lastError().text());
    }
    if (version > currentSchemaVersion()) {
        return makeError(tr("The shared project at %1 was updated by a newer version of BMP Onboarding (format %2, "
                            "this version reads up to %3). Update the application to open it.")
                             .arg(store->m_path)
                             .arg(version)
                             .arg(currentSchemaVersion()));
    }
    if (version < currentSchemaVersion()) {
        // Two clients of an older project may open it at once: the first one migrates, the other waits for it.
        Status s = store->transaction([&]() -> Status {
            if (Status e = store->exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242000001)")); !e)
                return e;
            QSqlQuery again(store->database());
            if (!again.exec(QStringLiteral("SELECT value FROM bmp_meta WHERE key = 'schema_version'")) || !again.next())
                return store->sqlError(tr("Cannot read the shared project."), again.lastError().text());
            const int now = again.value(0).toInt();
            for (const Migration& m : migrations()) {
                if (m.version <= now)
                    continue;
                for (const QString& sql : m.statements) {
                    if (Status e = store->applyMigrationStatement(sql); !e)
                        return e;
                }
                if (Status e = store->setSchemaVersion(m.version); !e)
                    return e;
            }
            return store->applyServerRules();
        });
        if (!s)
            return makeError(tr("Could not update the shared project to format %1.").arg(currentSchemaVersion()),
                             s.error().toString());
    }
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::createOnServer(const ServerAddress& address, bool replace,
                                                                   const std::function<Status(ProjectStore&)>& fill) {
    auto connected = connectServer(address);
    if (!connected)
        return connected.error();
    std::unique_ptr<ProjectStore> store = std::move(connected).value();
    Status s = store->transaction([&]() -> Status {
        if (Status e = store->exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242000001)")); !e)
            return e;
        QSqlQuery q(store->database());
        if (!q.exec(QStringLiteral("SELECT to_regclass('bmp_meta') IS NOT NULL")) || !q.next())
            return store->sqlError(tr("Cannot read the shared project."), q.lastError().text());
        if (q.value(0).toBool()) {
            if (!replace) {
                return makeError(tr("The database at %1 already holds a BMP Onboarding project; nothing was changed. "
                                    "To replace it, say so (bmpctl project share … --replace).")
                                     .arg(store->m_path));
            }
            for (const QString& table : store->tables() + QStringList{QStringLiteral("bmp_meta")}) {
                if (Status e = store->exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(table)); !e)
                    return e;
            }
        }
        if (Status e = store->exec(Dialect::serverMetaTable()); !e)
            return e;
        if (Status e = store->exec(QStringLiteral("INSERT INTO bmp_meta (key, value) VALUES ('application', 'BMP1')"));
            !e)
            return e;
        for (const Migration& m : migrations()) {
            for (const QString& sql : m.statements) {
                if (Status e = store->applyMigrationStatement(sql); !e)
                    return e;
            }
        }
        if (Status e = store->setSchemaVersion(currentSchemaVersion()); !e)
            return e;
        if (Status e = store->applyServerRules(); !e)
            return e;
        if (Status e = store->setSetting(QStringLiteral("created_at"),
                                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            !e)
            return e;
        return fill ? fill(*store) : Status{};
    });
    if (!s)
        return s.error();
    return store;
}

Status ProjectStore::applyServerRules() {
    for (const QString& sql : Dialect::serverRules(tables())) {
        if (Status s = exec(sql); !s)
            return s;
    }
    return {};
}

Status ProjectStore::configure() {
    if (m_engine == Engine::Postgres)
        return {};
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
            return setSchemaVersion(m.version);
        });
        if (!s) {
            return makeError(tr("Could not update the project file to format %1.").arg(m.version),
                             s.error().toString());
        }
    }
    return {};
}

Status ProjectStore::setSchemaVersion(int version) {
    if (m_engine == Engine::Postgres) {
        return exec(QStringLiteral("INSERT INTO bmp_meta (key, value) VALUES ('schema_version', ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {QString::number(version)});
    }
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Status ProjectStore::applyMigrationStatement(const QString& sql) {
    if (m_engine == Engine::Postgres)
        return exec(Dialect::forEngine(m_engine, sql)); // ADD COLUMN IF NOT EXISTS, natively
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
    if (m_engine == Engine::Postgres)
        q.exec(QStringLiteral("SELECT value FROM bmp_meta WHERE key = 'schema_version'"));
    else
        q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

Status ProjectStore::transaction(const std::function<Status()>& body) {
    if (m_offline)
        return offlineError(QStringLiteral("offline: waiting for the server to answer"));
    QSqlDatabase db = database();
    if (!db.transaction()) {
        // Nothing ran yet: a server that restarted since the last statement is simply reached again.
        const QString detail = db.lastError().text();
        if (!connectionLost(detail))
            return sqlError(tr("Could not save to the project file."), detail);
        if (Status r = reconnect(); !r)
            return r;
        if (!(db = database()).transaction())
            return sqlError(tr("Could not save to the project file."), db.lastError().text());
    }
    m_inTransaction = true;
    Status s = body();
    m_inTransaction = false;
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        if (connectionLost(detail)) {
            goOffline();
            return offlineError(detail);
        }
        return sqlError(tr("Could not save to the project file."), detail);
    }
    return {};
}

namespace {

// Statements without parameters run as they are (PostgreSQL cannot PREPARE a CREATE or an ALTER); the others are
// prepared, with the values both engines read the same way.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& bindings) {
    if (bindings.isEmpty())
        return q.exec(sql);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : bindings) {
        // A null QString is an empty text here; SQL NULL is always spelled as a null QVariant. Booleans are stored
        // as 0/1 (a PostgreSQL integer column does not take TRUE).
        const bool nullText = v.metaType().id() == QMetaType::QString && !v.isNull() && v.toString().isNull();
        if (v.metaType().id() == QMetaType::Bool)
            q.addBindValue(v.toBool() ? 1 : 0);
        else
            q.addBindValue(nullText ? QVariant(QStringLiteral("")) : v);
    }
    return q.exec();
}

} // namespace

bool ProjectStore::connectionLost(const QString& detail) const {
    if (m_engine != Engine::Postgres)
        return false;
    for (const char* sign : {"server closed the connection", "terminating connection", "no connection to the server",
                             "connection to server", "could not send data", "could not receive data", "Broken pipe",
                             "Connection refused", "the database system is"}) {
        if (detail.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Status ProjectStore::exec(const QString& sql, const QVariantList& bindings) {
    auto changed = update(sql, bindings);
    if (!changed)
        return changed.error();
    return {};
}

Result<int> ProjectStore::update(const QString& sql, const QVariantList& bindings) {
    if (m_offline)
        return offlineError(QStringLiteral("offline: waiting for the server to answer"));
    QSqlQuery q(database());
    if (!run(q, sql, bindings)) {
        const QString detail = q.lastError().text();
        if (!connectionLost(detail))
            return sqlError(tr("Could not save to the project file."), detail);
        if (m_inTransaction) {
            // The transaction is gone with the connection: the whole edit waits for the server (Project keeps it).
            goOffline();
            return offlineError(detail);
        }
        // Outside a transaction it did not run (PostgreSQL aborts what a lost connection was doing): sent once more
        // on a new connection.
        if (Status r = reconnect(); !r)
            return r.error();
        QSqlQuery again(database());
        if (!run(again, sql, bindings))
            return sqlError(tr("Could not save to the project file."), again.lastError().text());
        return again.numRowsAffected();
    }
    return q.numRowsAffected();
}

Result<qint64> ProjectStore::insert(const QString& sql, const QVariantList& bindings) {
    if (m_offline)
        return offlineError(QStringLiteral("offline: waiting for the server to answer"));
    QSqlQuery q(database());
    const QString returning = sql + QStringLiteral(" RETURNING id");
    if (!run(q, returning, bindings) || !q.next()) {
        const QString detail = q.lastError().text();
        if (!connectionLost(detail))
            return sqlError(tr("Could not save to the project file."), detail);
        // An insert is not sent twice (it might have run): the edit waits for the server, then is made again.
        goOffline();
        return offlineError(detail);
    }
    return q.value(0).toLongLong();
}

QStringList ProjectStore::tables() const {
    QSqlQuery q(database());
    if (m_engine == Engine::Postgres) {
        // Creation order: the oid of each table (parents were created before the tables that refer to them).
        q.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'bmp_meta' "
                              "ORDER BY c.oid"));
    } else {
        q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY rowid"));
    }
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
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
    if (m_engine == Engine::Postgres)
        return makeError(tr("This version cannot save a shared project as a file yet; export the signoff report or "
                            "the evidence instead."));
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
    if (m_engine == Engine::Postgres)
        return {}; // the server keeps its own
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        const QString detail = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
        return sqlError(tr("%1 is damaged and cannot be opened.").arg(QFileInfo(m_path).fileName()), detail);
    }
    return {};
}

} // namespace bmp::storage
