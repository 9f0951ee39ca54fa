#include "sandbox/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bmp::sandbox {

namespace {

const QByteArray kMarker = QByteArrayLiteral("[redacted]");

bool isSecretHeader(const QByteArray& name) {
    static const QList<QByteArray> names{"authorization", "proxy-authorization", "cookie",
                                         "set-cookie",    "x-api-key",           "api-key"};
    for (const QByteArray& n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonValue redactValue(const QJsonValue& value, const QString& key);

QJsonObject redactObject(const QJsonObject& object) {
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        // Keys too: a client may use a secret as a key.
        const QString key = QString::fromUtf8(Redaction::text(it.key().toUtf8()));
        out.insert(key, redactValue(it.value(), it.key()));
    }
    return out;
}

QJsonValue redactValue(const QJsonValue& value, const QString& key) {
    if (Redaction::isSecretField(key) && !value.isNull() && !(value.isString() && value.toString().isEmpty()))
        return QString::fromLatin1(kMarker);
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(redactValue(v, {}));
        return out;
    }
    if (value.isString()) {
        const QByteArray text = value.toString().toUtf8();
        const QByteArray redacted = Redaction::text(text);
        if (redacted != text)
            return QString::fromUtf8(redacted);
    }
    return value;
}

} // namespace

const QByteArray& Redaction::marker() {
    return kMarker;
}

bool Redaction::isSecretField(const QString& name) {
    static const QStringList names{
        QStringLiteral("access_token"),  QStringLiteral("client_assertion"), QStringLiteral("refresh_token"),
        QStringLiteral("client_secret"), QStringLiteral("id_token"),         QStringLiteral("authValue"),
        QStringLiteral("password"),      QStringLiteral("passphrase"),       QStringLiteral("privateKeyPem")};
    return names.contains(name, Qt::CaseInsensitive);
}

HeaderList Redaction::headers(const HeaderList& headers) {
    HeaderList out;
    out.reserve(headers.size());
    for (const auto& h : headers) {
        if (!isSecretHeader(h.first)) {
            out.append({text(h.first), text(h.second)});
            continue;
        }
        // Keep the scheme ("Bearer", "Basic"): it helps diagnose a wrong header without revealing the secret.
        const int space = h.second.indexOf(' ');
        const QByteArray scheme = space > 0 && space < 16 ? h.second.left(space + 1) : QByteArray();
        out.append({h.first, scheme + kMarker});
    }
    return out;
}

QByteArray Redaction::formBody(const QByteArray& body) {
    QList<QByteArray> parts = body.split('&');
    for (QByteArray& part : parts) {
        const int eq = part.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq));
        if (eq >= 0 && isSecretField(QString::fromUtf8(name)))
            part = part.left(eq + 1) + kMarker;
        else
            part = text(part);
    }
    return parts.join('&');
}

namespace {
// Cheap test first: parsing and re-serialising every logged body would dominate the cost of a request. A \u
// escape could spell a field name in disguise, so it sends the body through the full parse too.
bool mentionsSecretField(const QByteArray& body) {
    if (body.contains("\\u"))
        return true;
    static const QList<QByteArray> names{"access_token",  "client_assertion", "refresh_token",
                                         "client_secret", "id_token",         "authvalue",
                                         "password",      "passphrase",       "privatekeypem"};
    const QByteArray lower = body.toLower();
    for (const QByteArray& n : names) {
        if (lower.contains(n))
            return true;
    }
    return false;
}
} // namespace

QByteArray Redaction::jsonBody(const QByteArray& body) {
    if (!mentionsSecretField(body))
        return text(body);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return text(body);
    if (doc.isObject())
        return QJsonDocument(redactObject(doc.object())).toJson(QJsonDocument::Compact);
    if (doc.isArray())
        return QJsonDocument(redactValue(doc.array(), {}).toArray()).toJson(QJsonDocument::Compact);
    return text(body);
}

QByteArray Redaction::body(const QByteArray& body, const QByteArray& contentType) {
    if (body.isEmpty())
        return body;
    const QByteArray type = contentType.toLower();
    if (type.startsWith("application/x-www-form-urlencoded"))
        return formBody(body);
    if (type.contains("json") || body.trimmed().startsWith('{') || body.trimmed().startsWith('['))
        return jsonBody(body);
    return text(body);
}

QByteArray Redaction::text(const QByteArray& input) {
    // Cheap checks first: this runs on every logged request.
    const bool maybeJwt = input.contains("eyJ");
    const bool maybeKey = input.contains("PRIVATE KEY");
    const bool maybeToken = input.contains(tokenPrefix());
    if (!maybeJwt && !maybeKey && !maybeToken)
        return input;
    QString s = QString::fromUtf8(input);
    if (maybeToken) {
        static const QRegularExpression token(QStringLiteral("bmpsbx_[A-Za-z0-9_-]*"));
        s.replace(token, QString::fromLatin1(kMarker));
    }
    if (maybeKey) {
        static const QRegularExpression pem(
            QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|$)"),
            QRegularExpression::DotMatchesEverythingOption);
        s.replace(pem, QStringLiteral("[redacted private key]"));
    }
    if (maybeJwt) {
        static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*)?"));
        s.replace(jwt, QString::fromLatin1(kMarker));
    }
    return s.toUtf8();
}

} // namespace bmp::sandbox
