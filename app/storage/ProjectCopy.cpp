#include "storage/ProjectCopy.h"

#include "storage/LocalKeyStore.h"
#include "storage/ProjectStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace bmp::storage {

namespace {

// Every row of a table, and the INSERT that writes one back with the same columns (both engines share the schema).
struct TableRows {
    QSqlQuery query;
    QStringList columns;
    QString insert;
    int pem = -1; // columns of the keys table (-1 elsewhere)
    int holder = -1;
    int environment = -1; // any table's environment column, if it has one

    static Result<TableRows> read(const ProjectStore& from, const QString& table, const QString& failure) {
        TableRows rows{QSqlQuery(from.database()), {}, {}, -1, -1, -1};
        if (!rows.query.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return makeError(failure, rows.query.lastError().text());
        const QSqlRecord record = rows.query.record();
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            rows.columns.append(record.fieldName(i));
            marks.append(QStringLiteral("?"));
        }
        rows.insert =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, rows.columns.join(u", "), marks.join(u", "));
        // The keys table's private key and its holder: what either copy direction treats apart.
        const bool keys = table == QLatin1String("keys");
        rows.pem = keys ? rows.columns.indexOf(QStringLiteral("encrypted_pem")) : -1;
        rows.holder = keys ? rows.columns.indexOf(QStringLiteral("holder")) : -1;
        rows.environment = rows.columns.indexOf(QStringLiteral("environment"));
        return rows;
    }
    QVariantList values() const {
        QVariantList out;
        for (int i = 0; i < columns.size(); ++i)
            out.append(query.value(i));
        return out;
    }
};

Status copyTable(ProjectStore& from, ProjectStore& to, const QString& table, const QString& projectId,
                 ShareSummary& summary) {
    auto read = TableRows::read(from, table, ProjectStore::tr("Could not read the project file."));
    if (!read)
        return read.error();
    TableRows& r = read.value();
    const int pem = r.pem;
    const int holder = r.holder;
    const int environment = r.environment;
    while (r.query.next()) {
        QVariantList values = r.values();
        if (pem >= 0) {
            // The private key stays here; the server learns whose machine holds it.
            const QString env = values.at(environment).toString();
            if (Status s = LocalKeyStore::save(projectId, env, values.at(pem).toString().toLatin1()); !s)
                return s;
            values[pem] = QString();
            if (holder >= 0)
                values[holder] = LocalKeyStore::holder(from.userName());
            summary.keptKeys.append(env);
        }
        if (Status s = to.exec(r.insert, values); !s)
            return s;
        ++summary.rows;
    }
    if (r.columns.contains(QStringLiteral("id"))) {
        // Explicit ids were copied: the identity continues after the highest one.
        return to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                      "GREATEST((SELECT max(id) FROM %1), 1))")
                           .arg(table));
    }
    return {};
}

// From the server to a new file: the same columns (one list of migrations), ids as they are (SQLite continues after
// the highest), this machine's private keys put back into their rows.
Status copyTableToFile(const ProjectStore& from, ProjectStore& to, const QString& table, const QString& projectId,
                       int& rows) {
    auto read = TableRows::read(from, table, ProjectStore::tr("Cannot read the shared project."));
    if (!read)
        return read.error();
    TableRows& r = read.value();
    const int pem = r.pem;
    const int holder = r.holder;
    const int environment = r.environment;
    while (r.query.next()) {
        QVariantList values = r.values();
        if (pem >= 0 && environment >= 0) {
            const QByteArray local = LocalKeyStore::load(projectId, values.at(environment).toString());
            if (!local.isEmpty()) {
                values[pem] = QString::fromLatin1(local);
                if (holder >= 0)
                    values[holder] = QString();
            }
        }
        if (Status s = to.exec(r.insert, values); !s)
            return s;
        ++rows;
    }
    return {};
}

} // namespace

Result<int> copyToFile(const ProjectStore& from, const QString& file) {
    if (!from.isShared()) {
        if (Status s = from.copyTo(file); !s)
            return s.error();
        return 0;
    }
    auto created = ProjectStore::create(file);
    if (!created)
        return created.error();
    ProjectStore& to = **created;
    const QString projectId = from.setting(QStringLiteral("project.id"));
    const QStringList tables = from.tables();
    int rows = 0;
    Status s = to.transaction([&]() -> Status {
        // The new file's own first rows (steps, built-in environments, settings) give way to the project's.
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (Status e = to.exec(QStringLiteral("DELETE FROM %1").arg(*it)); !e)
                return e;
        }
        for (const QString& table : tables) {
            if (Status e = copyTableToFile(from, to, table, projectId, rows); !e)
                return e;
        }
        return {};
    });
    if (!s) {
        created.value().reset();
        QFile::remove(file);
        return makeError(ProjectStore::tr("Could not copy the project to %1; nothing was written.").arg(file),
                         s.error().toString());
    }
    return rows;
}

Result<ShareSummary> shareProject(const QString& file, const QString& address, bool replace,
                                  const QStringList& grantTo) {
    auto target = ServerAddress::parse(address);
    if (!target)
        return target.error();
    static const QRegularExpression roleName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    for (const QString& role : grantTo) {
        if (!roleName.match(role).hasMatch())
            return makeError(
                ProjectStore::tr("\"%1\" is not a database role name (lower-case letters, digits and _).").arg(role));
    }
    if (ServerAddress::looksLike(file))
        return makeError(ProjectStore::tr("The project to share must be a project file (.bmpproj)."));
    auto source = ProjectStore::open(file);
    if (!source)
        return source.error();
    ProjectStore& from = **source;
    ShareSummary summary;
    summary.projectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList tables = from.tables();
    auto created = ProjectStore::createOnServer(*target, replace, [&](ProjectStore& to) -> Status {
        // The new database's own first rows (steps, built-in environments, settings) give way to the file's.
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (Status s = to.exec(QStringLiteral("DELETE FROM %1").arg(*it)); !s)
                return s;
        }
        for (const QString& table : tables) {
            if (Status s = copyTable(from, to, table, summary.projectId, summary); !s)
                return s;
        }
        if (Status s = to.setSetting(QStringLiteral("project.id"), summary.projectId); !s)
            return s;
        for (const QString& role : grantTo) {
            for (const QString& sql :
                 {QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA current_schema TO %1"),
                  QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA current_schema TO %1")}) {
                QString statement = sql.arg(role);
                // GRANT takes a schema name, not a function: spell out the one this connection writes to.
                QSqlQuery schema(to.database());
                if (!schema.exec(QStringLiteral("SELECT current_schema()")) || !schema.next())
                    return makeError(ProjectStore::tr("Cannot read the shared project."), schema.lastError().text());
                statement.replace(QStringLiteral("current_schema"), schema.value(0).toString());
                if (Status s = to.exec(statement); !s)
                    return s;
            }
        }
        return {};
    });
    if (!created) {
        for (const QString& env : summary.keptKeys)
            LocalKeyStore::remove(summary.projectId, env);
        return created.error();
    }
    summary.address = (*created)->path();
    summary.keyFolder = LocalKeyStore::directory(summary.projectId);
    return summary;
}

} // namespace bmp::storage
