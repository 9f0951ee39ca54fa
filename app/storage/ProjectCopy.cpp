#include "storage/ProjectCopy.h"

#include "storage/LocalKeyStore.h"
#include "storage/ProjectStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace bmp::storage {

namespace {

Status copyTable(ProjectStore& from, ProjectStore& to, const QString& table, const QString& projectId,
                 ShareSummary& summary) {
    QSqlQuery q(from.database());
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return makeError(ProjectStore::tr("Could not read the project file."), q.lastError().text());
    const QSqlRecord record = q.record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns.append(record.fieldName(i));
        marks.append(QStringLiteral("?"));
    }
    const QString insert =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(u", "), marks.join(u", "));
    const int pem = table == QLatin1String("keys") ? columns.indexOf(QStringLiteral("encrypted_pem")) : -1;
    const int holder = table == QLatin1String("keys") ? columns.indexOf(QStringLiteral("holder")) : -1;
    const int environment = columns.indexOf(QStringLiteral("environment"));
    while (q.next()) {
        QVariantList values;
        for (int i = 0; i < record.count(); ++i)
            values.append(q.value(i));
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
        if (Status s = to.exec(insert, values); !s)
            return s;
        ++summary.rows;
    }
    if (columns.contains(QStringLiteral("id"))) {
        // Explicit ids were copied: the identity continues after the highest one.
        return to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                      "GREATEST((SELECT max(id) FROM %1), 1))")
                           .arg(table));
    }
    return {};
}

} // namespace

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
