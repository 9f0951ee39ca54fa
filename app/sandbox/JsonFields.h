#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace bmp::sandbox::fields {

// BMP's .NET API accepts numbers and numeric strings alike; so does the sandbox.
inline std::optional<double> number(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return std::isfinite(v.toDouble()) ? std::optional<double>(v.toDouble()) : std::nullopt;
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

inline std::optional<qint64> integer(const QJsonObject& o, const QString& key) {
    const auto d = number(o, key);
    if (!d || *d != std::floor(*d) || std::fabs(*d) > 9e15)
        return std::nullopt;
    return qint64(*d);
}

inline QString text(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString().trimmed();
}

inline bool present(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().trimmed().isEmpty());
}

// "2026-03-10" or "2026-03-10T00:00:00" (what .NET serialises for DateTime).
inline QDate date(const QJsonObject& o, const QString& key) {
    const QString s = text(o, key);
    return QDate::fromString(s.left(10), Qt::ISODate);
}

// BMP's API is ASP.NET: member names bind case-insensitively ("Nome" and "nome" alike; BMP's own use-case pages
// print Pessoa/Salvar's members in PascalCase and its reference in camelCase). Renames the members that match one
// of `names` whatever their case to that spelling; other members are kept as they are.
inline QJsonObject canonical(const QJsonObject& o, const QStringList& names) {
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString key = it.key();
        for (const QString& n : names) {
            if (n.compare(key, Qt::CaseInsensitive) == 0) {
                key = n;
                break;
            }
        }
        out.insert(key, it.value());
    }
    return out;
}

} // namespace bmp::sandbox::fields
