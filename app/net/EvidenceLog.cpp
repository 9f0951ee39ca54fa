#include "net/EvidenceLog.h"

#include "net/Redactor.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bmp::net {

QJsonObject EvidenceEntry::toJson() const {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("environment"), environment},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("request"), request},
                       {QStringLiteral("response"), response},
                       {QStringLiteral("durationMs"), durationMs}};
}

EvidenceLog::EvidenceLog(storage::ProjectStore& store)
    : m_store(store) {}

Result<qint64> EvidenceLog::append(EvidenceEntry e) {
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    e.url = QString::fromUtf8(Redactor::redactUrlQuery(e.url.toUtf8()));
    e.request = QString::fromUtf8(Redactor::scrubText(e.request.toUtf8()));
    e.response = QString::fromUtf8(Redactor::scrubText(e.response.toUtf8()));
    const auto id = m_store.insert(QStringLiteral("INSERT INTO evidence (at, environment, kind, method, url, status, "
                                                  "request, response, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {e.at.toUTC().toString(Qt::ISODateWithMs), e.environment, e.kind, e.method, e.url,
                                    e.status, e.request, e.response, e.durationMs});
    if (!id)
        return makeError(QCoreApplication::translate("EvidenceLog", "Could not record the exchange in the project."),
                         id.error().detail);
    return *id;
}

QList<EvidenceEntry> EvidenceLog::entries(const QString& environment, int limit) const {
    QList<EvidenceEntry> list;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, at, environment, kind, method, url, status, request, response, duration_ms "
                             "FROM evidence WHERE (? = '' OR environment = ?) ORDER BY id LIMIT ?"));
    q.addBindValue(environment.isNull() ? QString(u""_qs) : environment);
    q.addBindValue(environment.isNull() ? QString(u""_qs) : environment);
    q.addBindValue(limit);
    if (!q.exec())
        return list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                     q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toInt(), q.value(7).toString(), q.value(8).toString(), q.value(9).toLongLong()});
    }
    return list;
}

int EvidenceLog::count() const {
    QSqlQuery q(m_store.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM evidence")) && q.next() ? q.value(0).toInt() : 0;
}

QByteArray EvidenceLog::jsonLine(const EvidenceEntry& entry) {
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray EvidenceLog::toJsonLines() const {
    QByteArray out;
    for (const EvidenceEntry& e : entries())
        out += jsonLine(e);
    return out;
}

Status EvidenceLog::exportJsonLines(const QString& path, OutputFile::Overwrite overwrite) const {
    return OutputFile::write(path, toJsonLines(), overwrite);
}

QString EvidenceLog::digest() const {
    return QString::fromLatin1(QCryptographicHash::hash(toJsonLines(), QCryptographicHash::Sha256).toHex());
}

} // namespace bmp::net
