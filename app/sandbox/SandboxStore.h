#pragma once

#include "core/Result.h"
#include "sandbox/StateSink.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bmp::sandbox {

// The sandbox's optional persistence (--state-dir): one SQLite file, DIR/sandbox-state.sqlite, holding every
// component's records as (kind, id, json). Written through on every change; the engine wraps each request in
// one transaction. Records are already redacted where they could hold secrets; access tokens are stored only
// as hashes.
class SandboxStore : public StateSink {
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)
public:
    struct Record {
        QString kind;
        QString id;
        QJsonObject json;
    };

    SandboxStore();
    ~SandboxStore() override;
    SandboxStore(const SandboxStore&) = delete;
    SandboxStore& operator=(const SandboxStore&) = delete;

    static QString fileName() { return QStringLiteral("sandbox-state.sqlite"); }
    Status open(const QString& directory);
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }

    Result<QList<Record>> loadAll() const; // ordered by kind, then id
    void begin();
    void commit();
    Status clear();

    void put(const QString& kind, const QString& id, const QJsonObject& record) override;
    void remove(const QString& kind, const QString& id) override;

    QString lastError() const { return m_lastError; }

private:
    QString m_connection;
    QSqlDatabase m_db;
    QString m_path;
    QString m_lastError;
    bool m_inTransaction = false;
};

} // namespace bmp::sandbox
