#include "crypto/SecretBox.h"

#include "crypto/OpenSslPtr.h"
#include "crypto/Wipe.h"

#include <openssl/rand.h>

namespace bmp::crypto {

namespace {

constexpr QByteArrayView kPrefix("bmp-secretbox-v1:");
constexpr int kSaltBytes = 16;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr int kKeyBytes = 32;
constexpr int kMinIterations = 1000;
constexpr int kMaxIterations = 10000000;

using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, OpenSslDeleter<EVP_CIPHER_CTX_free>>;
using CipherPtr = std::unique_ptr<EVP_CIPHER, OpenSslDeleter<EVP_CIPHER_free>>;

auto uc(QByteArray& b) {
    return reinterpret_cast<unsigned char*>(b.data());
}
auto cuc(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}

Result<QByteArray> deriveKey(const QByteArray& passphrase, const QByteArray& salt, int iterations) {
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(passphrase.constData(), int(passphrase.size()), cuc(salt), int(salt.size()), iterations,
                          EVP_sha256(), kKeyBytes, uc(key)) != 1)
        return makeError(SecretBox::tr("The secret could not be protected."), takeOpenSslErrors());
    return key;
}

// The iteration count travels with the ciphertext (authenticated as associated data), so it can be raised later.
QByteArray associatedData(int iterations) {
    return kPrefix.toByteArray() + QByteArray::number(iterations);
}

} // namespace

bool SecretBox::looksSealed(const QByteArray& text) {
    return text.startsWith(kPrefix);
}

Result<QByteArray> SecretBox::seal(const QByteArray& plaintext, const QByteArray& passphrase, int iterations) {
    if (passphrase.isEmpty())
        return makeError(tr("Enter a passphrase to protect the secret."));
    if (plaintext.size() > kMaxSecretBytes)
        return makeError(tr("The secret is too long (at most %1 bytes).").arg(kMaxSecretBytes));
    if (iterations < kMinIterations || iterations > kMaxIterations)
        return makeError(tr("The key derivation strength is out of range."));
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    if (RAND_bytes(uc(salt), kSaltBytes) != 1 || RAND_bytes(uc(nonce), kNonceBytes) != 1)
        return makeError(tr("The secret could not be protected."), takeOpenSslErrors());
    auto derived = deriveKey(passphrase, salt, iterations);
    if (!derived)
        return derived.error();
    QByteArray key = std::move(derived).value();
    const WipeGuard wipeKey(key);

    CipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const QByteArray aad = associatedData(iterations);
    QByteArray out(plaintext.size(), Qt::Uninitialized);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    int len = 0;
    int tail = 0;
    const bool ok = cipher && ctx && EVP_EncryptInit_ex2(ctx.get(), cipher.get(), cuc(key), cuc(nonce), nullptr) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), nullptr, &len, cuc(aad), int(aad.size())) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), uc(out), &len, cuc(plaintext), int(plaintext.size())) == 1 &&
                    EVP_EncryptFinal_ex(ctx.get(), uc(out) + len, &tail) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) == 1;
    if (!ok)
        return makeError(tr("The secret could not be protected."), takeOpenSslErrors());
    out.truncate(len + tail);
    return aad + ':' + (salt + nonce + tag + out).toBase64();
}

Result<QByteArray> SecretBox::open(const QByteArray& sealed, const QByteArray& passphrase) {
    const Error refused = makeError(tr("The passphrase is wrong, or the stored secret was changed."));
    if (!looksSealed(sealed))
        return makeError(tr("This is not a protected secret."));
    const QByteArray rest = sealed.mid(kPrefix.size());
    const qsizetype colon = rest.indexOf(':');
    bool numberOk = false;
    const int iterations = colon > 0 ? rest.left(colon).toInt(&numberOk) : 0;
    if (!numberOk || iterations < kMinIterations || iterations > kMaxIterations)
        return makeError(tr("The stored secret is damaged."));
    const auto decoded = QByteArray::fromBase64Encoding(rest.mid(colon + 1), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kSaltBytes + kNonceBytes + kTagBytes)
        return makeError(tr("The stored secret is damaged."));
    const QByteArray& blob = decoded.decoded;
    const QByteArray salt = blob.left(kSaltBytes);
    const QByteArray nonce = blob.mid(kSaltBytes, kNonceBytes);
    QByteArray tag = blob.mid(kSaltBytes + kNonceBytes, kTagBytes);
    const QByteArray ciphertext = blob.mid(kSaltBytes + kNonceBytes + kTagBytes);
    auto derived = deriveKey(passphrase, salt, iterations);
    if (!derived)
        return derived.error();
    QByteArray key = std::move(derived).value();
    const WipeGuard wipeKey(key);

    CipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const QByteArray aad = associatedData(iterations);
    QByteArray out(ciphertext.size(), Qt::Uninitialized);
    int len = 0;
    int tail = 0;
    const bool ok = cipher && ctx && EVP_DecryptInit_ex2(ctx.get(), cipher.get(), cuc(key), cuc(nonce), nullptr) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), nullptr, &len, cuc(aad), int(aad.size())) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), uc(out), &len, cuc(ciphertext), int(ciphertext.size())) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1 &&
                    EVP_DecryptFinal_ex(ctx.get(), uc(out) + len, &tail) == 1;
    if (!ok) {
        ERR_clear_error();
        wipe(out);
        return refused;
    }
    out.truncate(len + tail);
    return out;
}

} // namespace bmp::crypto
