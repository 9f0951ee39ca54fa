#include "sandbox/SandboxStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace bmp::sandbox {

SandboxStore::SandboxStore()
    : m_connection(QStringLiteral("bmp-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

SandboxStore::~SandboxStore() {
    if (m_db.isValid()) {
        if (m_inTransaction)
            m_db.commit();
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Status SandboxStore::open(const QString& directory) {
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return makeError(tr("Cannot create the sandbox state directory %1.").arg(directory));
    m_path = dir.absoluteFilePath(fileName());
    const bool existed = QFile::exists(m_path);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return makeError(tr("Cannot open the sandbox state file %1.").arg(m_path), m_db.lastError().text());
    if (!existed)
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery q(m_db);
    for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                            "CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, id TEXT NOT NULL, "
                            "json TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return makeError(tr("The sandbox state file %1 cannot be used.").arg(m_path), q.lastError().text());
    }
    // A file written by something else is refused rather than misread.
    if (!q.exec(QStringLiteral("SELECT kind, id, json FROM records LIMIT 1")))
        return makeError(tr("The sandbox state file %1 cannot be used.").arg(m_path), q.lastError().text());
    return {};
}

Result<QList<SandboxStore::Record>> SandboxStore::loadAll() const {
    QList<Record> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT kind, id, json FROM records ORDER BY kind, id")))
        return makeError(tr("Cannot read the sandbox state file %1.").arg(m_path), q.lastError().text());
    while (q.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toByteArray());
        if (doc.isObject())
            out.append(Record{q.value(0).toString(), q.value(1).toString(), doc.object()});
    }
    return out;
}

void SandboxStore::begin() {
    if (m_db.isOpen() && !m_inTransaction)
        m_inTransaction = m_db.transaction();
}

void SandboxStore::commit() {
    if (m_inTransaction && !m_db.commit())
        m_lastError = m_db.lastError().text();
    m_inTransaction = false;
}

Status SandboxStore::clear() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM records")))
        return makeError(tr("Cannot clear the sandbox state file %1.").arg(m_path), q.lastError().text());
    return {};
}

void SandboxStore::put(const QString& kind, const QString& id, const QJsonObject& record) {
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO records (kind, id, json) VALUES (?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        m_lastError = q.lastError().text();
}

void SandboxStore::remove(const QString& kind, const QString& id) {
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM records WHERE kind = ? AND id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec())
        m_lastError = q.lastError().text();
}

} // namespace bmp::sandbox
