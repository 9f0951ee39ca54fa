#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace bmp::crypto {

// An RSA key (private+public, or public only) held in an EVP_PKEY. Copies share the same immutable key;
// the key is freed when the last copy goes. Safe to use for signing from several threads at once.
class KeyPair {
    Q_DECLARE_TR_FUNCTIONS(KeyPair)
public:
    static constexpr int kMinimumBits = 2048;
    static constexpr int kMaximumBits = 16384;
    // PBKDF2-HMAC-SHA256 iterations for the encrypted PKCS#8 we write (OWASP 2023 figure for SHA-256).
    static constexpr int kPbkdf2Iterations = 600000;
    static constexpr qsizetype kMaxPemSize = 1024 * 1024;

    KeyPair() = default;

    // bits: 2048, 3072 or 4096. progress(n) is called from OpenSSL's keygen callback on the calling thread,
    // n counting the callbacks so far (RSA key generation has no known total); return false to cancel.
    static Result<KeyPair> generate(int bits, const std::function<bool(int)>& progress = {});
    // PKCS#1 ("RSA PRIVATE KEY", also legacy-encrypted), PKCS#8 plain or encrypted. Refuses, with a message
    // saying what is wrong: garbage, truncated or damaged PEM, public key only, certificates, missing or
    // wrong passphrase, non-RSA keys, RSA below 2048 bits.
    static Result<KeyPair> fromPrivatePem(const QByteArray& pem, const QByteArray& passphrase = {});
    // SPKI ("PUBLIC KEY") or PKCS#1 ("RSA PUBLIC KEY") PEM.
    static Result<KeyPair> fromPublicPem(const QByteArray& pem);
    // RFC 7517 RSA JWK: public ("n", "e") or private (plus "d", and optionally "p","q","dp","dq","qi").
    static Result<KeyPair> fromJwk(const QJsonObject& jwk);
    enum class PemKind { NotAKey, PublicKey, PrivateKey, EncryptedPrivateKey };
    // What the first key block of a PEM file is, without decoding or decrypting it.
    static PemKind classifyPem(const QByteArray& pem);
    // Takes ownership of key (RSA, >= 2048 bits, checked).
    static Result<KeyPair> adopt(EVP_PKEY* key, bool hasPrivateKey);

    bool isNull() const { return !m_key; }
    bool hasPrivateKey() const { return m_key && m_hasPrivate; }
    int bits() const;
    // The RSA public exponent e, or nullopt when it does not fit in 64 bits (or there is no key).
    std::optional<quint64> publicExponent() const;
    EVP_PKEY* evpKey() const { return m_key.get(); } // for OpenSSL calls; owned by this KeyPair

    QByteArray publicKeyPem() const; // SPKI "BEGIN PUBLIC KEY"
    QByteArray publicKeyDer() const; // SPKI DER
    // Encrypted PKCS#8 PEM: AES-256-CBC, PBKDF2-HMAC-SHA256 with kPbkdf2Iterations, random 16-byte salt.
    Result<QByteArray> encryptedPrivateKeyPem(const QByteArray& passphrase) const;
    // RFC 7517 {"kty":"RSA","n","e","kid" (= thumbprint),"use":"sig","alg":"RS256"}.
    QJsonObject jwk() const;
    QString sha256Fingerprint() const; // SHA-256 of SPKI DER, "AB:CD:..."
    QString jwkThumbprint() const;     // RFC 7638, base64url without padding

    bool samePublicKey(const KeyPair& other) const;

    Result<QByteArray> signRs256(const QByteArray& data) const; // RSASSA-PKCS1-v1_5 with SHA-256
    bool verifyRs256(const QByteArray& data, const QByteArray& signature) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
    bool m_hasPrivate = false;
};

} // namespace bmp::crypto
