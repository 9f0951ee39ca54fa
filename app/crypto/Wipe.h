#pragma once

#include <QByteArray>

#include <openssl/crypto.h>

namespace bmp::crypto {

// Overwrites a buffer that held a secret (passphrase, plaintext key) and empties it. Only an unshared buffer is
// ours to wipe: data() on a shared one would detach and wipe a fresh copy, so a shared one is just released.
inline void wipe(QByteArray& secret) {
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

// Wipes the buffer when the scope ends, whichever return path is taken.
class WipeGuard {
public:
    explicit WipeGuard(QByteArray& secret)
        : m_secret(secret) {}
    ~WipeGuard() { wipe(m_secret); }
    WipeGuard(const WipeGuard&) = delete;
    WipeGuard& operator=(const WipeGuard&) = delete;

private:
    QByteArray& m_secret;
};

} // namespace bmp::crypto
