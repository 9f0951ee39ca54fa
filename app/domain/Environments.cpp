#include "domain/Environments.h"

#include "domain/Project.h"
#include "storage/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace bmp {

Environments::Environments(storage::ProjectStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store) {}

QList<EnvironmentProfile> Environments::list() const {
    QList<EnvironmentProfile> out;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT name, kind, token_url, api_url, key_url, client_id, scope, rate_limit, "
                               "ca_bundle, signature_waived, row_version, updated_by, updated_at FROM environments "
                               "ORDER BY CASE kind WHEN 'practice' THEN 0 WHEN "
                               "'homologation' THEN 1 WHEN 'production' THEN 2 ELSE 3 END, name")))
        return out;
    while (q.next()) {
        EnvironmentProfile p;
        p.name = q.value(0).toString();
        // The name decides, never the stored kind: a row named "production" gets production's rules even when a
        // planted file says its kind is "custom" (validate() and net/ApiClient apply them).
        p.kind = EnvironmentProfile::kindForName(p.name);
        p.tokenUrl = q.value(2).toString();
        p.apiUrl = q.value(3).toString();
        p.keyUrl = q.value(4).toString();
        p.clientId = q.value(5).toString();
        p.scope = q.value(6).toString();
        p.rateLimit = q.value(7).toDouble();
        p.caBundlePem = q.value(8).toString().toLatin1();
        p.signatureWaived = q.value(9).toBool();
        p.rowVersion = q.value(10).toLongLong();
        p.updatedBy = q.value(11).toString();
        p.updatedAt = q.value(12).toString();
        out.append(p);
    }
    return out;
}

std::optional<EnvironmentProfile> Environments::find(const QString& name) const {
    for (const EnvironmentProfile& p : list()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

Status Environments::save(const EnvironmentProfile& profile) {
    if (Status s = profile.validate(); !s)
        return s;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const auto changedRows = m_store.update(
        QStringLiteral(
            "INSERT INTO environments (name, kind, token_url, api_url, key_url, client_id, scope, rate_limit, "
            "ca_bundle, signature_waived, updated_by, updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, 1) "
            "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, token_url = excluded.token_url, "
            "api_url = excluded.api_url, key_url = excluded.key_url, client_id = excluded.client_id, "
            "scope = excluded.scope, rate_limit = excluded.rate_limit, ca_bundle = excluded.ca_bundle, "
            "signature_waived = excluded.signature_waived, row_version = environments.row_version + 1, "
            "updated_by = excluded.updated_by, updated_at = excluded.updated_at "
            "WHERE environments.row_version = ?"),
        {profile.name, EnvironmentProfile::kindKey(profile.kind), profile.tokenUrl, profile.apiUrl, profile.keyUrl,
         profile.clientId, profile.scope, profile.rateLimit, QString::fromLatin1(profile.caBundlePem),
         int(profile.signatureWaived), m_store.userName(), now, profile.rowVersion});
    if (!changedRows)
        return changedRows.error();
    if (*changedRows == 0) {
        // Saved by someone else since this copy read it: theirs is shown, and mine may go over it.
        const std::optional<EnvironmentProfile> theirs = find(profile.name);
        const StepConflict c{StepId::Credentials, theirs ? theirs->updatedBy : QString(),
                             theirs ? QDateTime::fromString(theirs->updatedAt, Qt::ISODateWithMs) : QDateTime(),
                             StepConflict::Kind::Environment, profile.displayName()};
        emit changed(profile.name);
        emit conflict(c, [this, profile]() -> Status {
            EnvironmentProfile mine = profile;
            if (const auto now = find(profile.name))
                mine.rowVersion = now->rowVersion;
            return save(mine);
        });
        return makeError(Project::conflictText(c));
    }
    emit changed(profile.name);
    return {};
}

Status Environments::remove(const QString& name) {
    if (EnvironmentProfile::kindForName(name) != EnvironmentKind::Custom)
        return makeError(EnvironmentProfile::tr("The %1 environment is built in and cannot be removed.").arg(name));
    Status s = m_store.exec(QStringLiteral("DELETE FROM environments WHERE name = ?"), {name});
    if (s)
        emit changed(name);
    return s;
}

QByteArray Environments::exportJson() const {
    QJsonArray envs;
    for (const EnvironmentProfile& p : list())
        envs.append(p.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("bmp-environments")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("environments"), envs}})
        .toJson(QJsonDocument::Indented);
}

Result<int> Environments::importJson(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(EnvironmentProfile::tr("The file is not valid JSON."), error.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("bmp-environments"))
        return makeError(EnvironmentProfile::tr("The file is not an environment profile export."));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return makeError(EnvironmentProfile::tr("The file was made by a newer version of BMP Onboarding."));
    QList<EnvironmentProfile> profiles;
    for (const QJsonValue& v : root.value(QStringLiteral("environments")).toArray()) {
        auto p = EnvironmentProfile::fromJson(v.toObject());
        if (!p)
            return p.error();
        profiles.append(*p);
    }
    // All or nothing: a file with one bad profile changes nothing. An import replaces what is there (it is asked
    // for), so each profile goes over the version saved now.
    Status s = m_store.transaction([&]() -> Status {
        for (EnvironmentProfile p : profiles) {
            if (const auto current = find(p.name))
                p.rowVersion = current->rowVersion;
            if (Status e = save(p); !e)
                return e;
        }
        return {};
    });
    if (!s)
        return s.error();
    return static_cast<int>(profiles.size());
}

Status Environments::recordTokenTest(const TokenTest& t) {
    return m_store.exec(QStringLiteral("INSERT INTO token_tests (environment, at, ok, http_status, token_type, scope, "
                                       "expires_in, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {t.environment, t.at.toUTC().toString(Qt::ISODateWithMs), t.ok ? 1 : 0, t.httpStatus,
                         t.tokenType, t.scope, t.expiresIn, t.error});
}

QList<TokenTest> Environments::tokenTests(const QString& environment) const {
    QList<TokenTest> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT environment, at, ok, http_status, token_type, scope, expires_in, error FROM "
                             "token_tests WHERE (? = '' OR environment = ?) ORDER BY id"));
    q.addBindValue(environment.isNull() ? QString(u""_qs) : environment);
    q.addBindValue(environment.isNull() ? QString(u""_qs) : environment);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                    q.value(2).toBool(), q.value(3).toInt(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toInt(), q.value(7).toString()});
    }
    return out;
}

} // namespace bmp
