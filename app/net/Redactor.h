#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace bmp::net {

// Removes secrets from everything recorded or shown: Authorization headers, OAuth form fields and JSON
// fields that carry tokens, assertions or secrets, and — wherever they appear — JWTs and PEM private keys.
class Redactor {
public:
    static QByteArray mask(const QByteArray& secret); // "‹redacted: 812 bytes›"
    static bool isSensitiveName(const QByteArray& name);
    static QByteArray redactHeader(const QByteArray& name, const QByteArray& value);
    static QByteArray redactForm(const QByteArray& body);
    static QByteArray redactJson(const QByteArray& body);
    // Picks the right method for the content, then scrubs any JWT or private key left in free text.
    static QByteArray redactBody(const QByteArray& contentType, const QByteArray& body);
    static QByteArray scrubText(const QByteArray& text);
    static QByteArray redactUrlQuery(const QByteArray& url);
};

} // namespace bmp::net
