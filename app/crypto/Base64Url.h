#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace bmp::crypto {

// RFC 4648 section 5 without padding, as JOSE uses it (RFC 7515 section 2).
class Base64Url {
    Q_DECLARE_TR_FUNCTIONS(Base64Url)
public:
    static QByteArray encode(const QByteArray& data);
    // Strict: only [A-Za-z0-9_-], no '=' padding, no whitespace, and the encoding must be the canonical one
    // (unused trailing bits zero), so one value has exactly one accepted spelling.
    static Result<QByteArray> decode(const QByteArray& text);
};

} // namespace bmp::crypto
