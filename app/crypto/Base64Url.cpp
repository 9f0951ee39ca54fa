#include "crypto/Base64Url.h"

namespace bmp::crypto {

namespace {

constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isBase64UrlChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

QByteArray Base64Url::encode(const QByteArray& data) {
    return data.toBase64(kOptions);
}

Result<QByteArray> Base64Url::decode(const QByteArray& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '=')
            return makeError(tr("Base64url text must not carry '=' padding."));
        if (!isBase64UrlChar(c))
            return makeError(tr("Invalid character at position %1 in base64url text.").arg(i + 1));
    }
    if (text.size() % 4 == 1)
        return makeError(tr("Base64url text has an impossible length (%1 characters).").arg(text.size()));
    auto decoded = QByteArray::fromBase64Encoding(text, kOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return makeError(tr("The base64url text could not be decoded."));
    // Non-zero unused bits in the last character would let two spellings decode to the same bytes.
    if (encode(decoded.decoded) != text)
        return makeError(tr("The base64url text is not in canonical form (stray bits in its last character)."));
    return std::move(decoded.decoded);
}

} // namespace bmp::crypto
