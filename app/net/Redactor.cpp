#include "net/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace bmp::net {

namespace {

QJsonValue redactValue(const QJsonValue& value);

QJsonObject redactObject(const QJsonObject& object) {
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (Redactor::isSensitiveName(it.key().toUtf8()) && !it.value().isNull() && !it.value().isBool())
            out.insert(it.key(), QString::fromUtf8(Redactor::mask(it.value().toVariant().toString().toUtf8())));
        else
            out.insert(it.key(), redactValue(it.value()));
    }
    return out;
}

QJsonValue redactValue(const QJsonValue& value) {
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(redactValue(v));
        return out;
    }
    if (value.isString())
        return QString::fromUtf8(Redactor::scrubText(value.toString().toUtf8()));
    return value;
}

} // namespace

QByteArray Redactor::mask(const QByteArray& secret) {
    return QByteArrayLiteral("\xE2\x80\xB9redacted: ") + QByteArray::number(secret.size()) +
           QByteArrayLiteral(" bytes\xE2\x80\xBA");
}

bool Redactor::isSensitiveName(const QByteArray& name) {
    static const QList<QByteArray> names{"authorization",    "proxy-authorization",
                                         "cookie",           "set-cookie",
                                         "x-api-key",        "access_token",
                                         "refresh_token",    "id_token",
                                         "client_assertion", "client_secret",
                                         "password",         "passphrase",
                                         "privatekey",       "private_key",
                                         "privatekeypem",    "authvalue",
                                         "secret",           "token",
                                         "accesstoken",      "apikey",
                                         "api_key",          "hmac",
                                         "assertion"};
    return names.contains(name.toLower());
}

QByteArray Redactor::redactHeader(const QByteArray& name, const QByteArray& value) {
    if (!isSensitiveName(name))
        return scrubText(value);
    const int space = value.indexOf(' ');
    if (space > 0 && space < 16) // keep the scheme ("Bearer", "Basic") — it is useful and not secret
        return value.left(space + 1) + mask(value.mid(space + 1));
    return mask(value);
}

QByteArray Redactor::redactForm(const QByteArray& body) {
    QList<QByteArray> out;
    for (const QByteArray& pair : body.split('&')) {
        const int eq = pair.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        if (eq >= 0 && isSensitiveName(name))
            out.append(pair.left(eq + 1) + mask(QByteArray::fromPercentEncoding(pair.mid(eq + 1))).toPercentEncoding());
        else
            out.append(scrubText(pair));
    }
    return out.join('&');
}

QByteArray Redactor::redactJson(const QByteArray& body) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return scrubText(body);
    if (doc.isObject())
        return QJsonDocument(redactObject(doc.object())).toJson(QJsonDocument::Compact);
    if (doc.isArray())
        return QJsonDocument(redactValue(doc.array()).toArray()).toJson(QJsonDocument::Compact);
    return scrubText(body);
}

QByteArray Redactor::redactBody(const QByteArray& contentType, const QByteArray& body) {
    const QByteArray type = contentType.toLower();
    if (type.contains("x-www-form-urlencoded"))
        return redactForm(body);
    if (type.contains("json") || body.trimmed().startsWith('{') || body.trimmed().startsWith('['))
        return redactJson(body);
    return scrubText(body);
}

QByteArray Redactor::scrubText(const QByteArray& text) {
    static const QRegularExpression jwt(QStringLiteral(R"(eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)"));
    static const QRegularExpression pem(
        QStringLiteral(R"(-----BEGIN ([A-Z ]*PRIVATE KEY)-----[\s\S]*?(-----END \1-----|$))"));
    QString s = QString::fromUtf8(text);
    bool changed = false;
    for (const QRegularExpression* re : {&pem, &jwt}) {
        QRegularExpressionMatchIterator it = re->globalMatch(s);
        QList<QRegularExpressionMatch> matches;
        while (it.hasNext())
            matches.append(it.next());
        for (auto m = matches.rbegin(); m != matches.rend(); ++m) {
            s.replace(m->capturedStart(), m->capturedLength(), QString::fromUtf8(mask(m->captured().toUtf8())));
            changed = true;
        }
    }
    return changed ? s.toUtf8() : text;
}

QByteArray Redactor::redactUrlQuery(const QByteArray& url) {
    QUrl u = QUrl::fromEncoded(url);
    if (!u.hasQuery())
        return scrubText(url);
    QUrlQuery query(u);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QUrlQuery out;
    for (const auto& [name, value] : items)
        out.addQueryItem(name, isSensitiveName(name.toUtf8()) ? QString::fromUtf8(mask(value.toUtf8())) : value);
    u.setQuery(out);
    return scrubText(u.toEncoded());
}

} // namespace bmp::net
