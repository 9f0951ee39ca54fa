#pragma once

#include "sandbox/SandboxTypes.h"

#include <QByteArray>

namespace bmp::sandbox {

// What the request log keeps of a message: secrets (Authorization, client_assertion, access_token, callback
// credentials, anything that looks like a JWT or a private key) replaced by a marker. Everything the sandbox
// records or persists goes through here first.
class Redaction {
public:
    static const QByteArray& marker();                                       // "[redacted]"
    static QByteArray tokenPrefix() { return QByteArrayLiteral("bmpsbx_"); } // of the access tokens we issue

    static HeaderList headers(const HeaderList& headers);
    // Redacts a body according to its content type (form, JSON or anything else).
    static QByteArray body(const QByteArray& body, const QByteArray& contentType);
    static QByteArray formBody(const QByteArray& body);
    static QByteArray jsonBody(const QByteArray& body);
    // Last line of defence for free text: JWT-shaped tokens, our access tokens and PEM private keys.
    static QByteArray text(const QByteArray& text);

    static bool isSecretField(const QString& name);
};

} // namespace bmp::sandbox
