#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace bmp::crypto {

// Seals a small secret (a callback API key, an HMAC key) with a user passphrase so that the project file only ever
// holds ciphertext: PBKDF2-HMAC-SHA256 (kIterations, random 16-byte salt) derives an AES-256-GCM key; a random
// 12-byte nonce; the format tag is authenticated too. Text form:
//   bmp-secretbox-v1:<base64(salt | nonce | tag | ciphertext)>
// Slow on purpose (the key derivation): call it off the UI thread.
class SecretBox {
    Q_DECLARE_TR_FUNCTIONS(SecretBox)
public:
    static constexpr int kIterations = 600000;
    static constexpr int kMaxSecretBytes = 4096;

    static Result<QByteArray> seal(const QByteArray& plaintext, const QByteArray& passphrase,
                                   int iterations = kIterations);
    // Refuses a wrong passphrase and any change to the sealed text alike (GCM's tag), with the same message.
    static Result<QByteArray> open(const QByteArray& sealed, const QByteArray& passphrase);
    static bool looksSealed(const QByteArray& text);
};

} // namespace bmp::crypto
