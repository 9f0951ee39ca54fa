#include "net/BmpEnvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace bmp::net {

namespace {

QJsonValue member(const QJsonObject& o, const QString& name) {
    const QJsonValue exact = o.value(name);
    if (!exact.isUndefined())
        return exact;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString textOf(const QJsonValue& v) {
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool truthy(const QJsonValue& v) {
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        return s == u"true" || s == u"1" || s == u"yes";
    }
    return false;
}

BmpMessage messageFrom(const QJsonValue& v) {
    BmpMessage m;
    if (v.isString()) {
        m.description = v.toString().trimmed();
        return m;
    }
    const QJsonObject o = v.toObject();
    const QJsonValue type = member(o, QStringLiteral("messageType"));
    m.messageType = type.isDouble() ? type.toInt() : textOf(type).toInt();
    m.code = textOf(member(o, QStringLiteral("code")));
    m.context = textOf(member(o, QStringLiteral("context")));
    m.description = textOf(member(o, QStringLiteral("description")));
    if (m.description.isEmpty())
        m.description = textOf(member(o, QStringLiteral("message")));
    m.field = textOf(member(o, QStringLiteral("field")));
    return m;
}

} // namespace

QString BmpMessage::text() const {
    const QString what = description.isEmpty() ? BmpEnvelope::tr("(no description)") : description;
    if (!code.isEmpty() && !field.isEmpty())
        return BmpEnvelope::tr("%1 (%2): %3").arg(code, field, what);
    if (!code.isEmpty())
        return BmpEnvelope::tr("%1: %2").arg(code, what);
    if (!field.isEmpty())
        return BmpEnvelope::tr("(%1): %2").arg(field, what);
    return what;
}

BmpEnvelope BmpEnvelope::parse(const QByteArray& body) {
    BmpEnvelope e;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return e;
    e.m_parsed = true;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key.compare(u"msg", Qt::CaseInsensitive) == 0) {
            e.m_msg = textOf(it.value());
        } else if (key.compare(u"hasError", Qt::CaseInsensitive) == 0) {
            e.m_hasError = truthy(it.value());
        } else if (key.compare(u"messages", Qt::CaseInsensitive) == 0) {
            const QJsonValue v = it.value();
            if (v.isArray()) {
                for (const QJsonValue& m : v.toArray()) {
                    if (m.isObject() || m.isString())
                        e.m_messages.append(messageFrom(m));
                }
            } else if (v.isObject() || v.isString()) {
                e.m_messages.append(messageFrom(v));
            }
        } else {
            e.m_payload.insert(key, it.value());
        }
    }
    return e;
}

QJsonValue BmpEnvelope::value(const QString& name) const {
    const QJsonValue top = member(m_payload, name);
    if (!top.isUndefined())
        return top;
    for (auto it = m_payload.begin(); it != m_payload.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonValue nested = member(it.value().toObject(), name);
        if (!nested.isUndefined())
            return nested;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString BmpEnvelope::text(const QString& name) const {
    return textOf(value(name));
}

std::optional<qint64> BmpEnvelope::integer(const QString& name) const {
    const QJsonValue v = value(name);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

Error BmpEnvelope::toError(int httpStatus) const {
    QStringList lines;
    for (const BmpMessage& m : m_messages)
        lines.append(m.text());
    const QString detail = httpStatus > 0 ? QStringLiteral("HTTP %1").arg(httpStatus) : QString();
    if (!lines.isEmpty())
        return makeError(lines.join(u'\n'), detail);
    if (!m_msg.isEmpty())
        return makeError(m_msg, detail);
    if (!m_parsed)
        return makeError(tr("The server answered HTTP %1 without BMP's response envelope.").arg(httpStatus), detail);
    return makeError(tr("The server answered HTTP %1 and gave no reason.").arg(httpStatus), detail);
}

bool BmpEnvelope::hasCode(const QString& code, const QString& detail) const {
    for (const BmpMessage& m : m_messages) {
        if (!m.code.startsWith(code, Qt::CaseInsensitive))
            continue;
        if (detail.isEmpty() || m.context.compare(detail, Qt::CaseInsensitive) == 0 ||
            m.code.contains(detail, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace bmp::net
