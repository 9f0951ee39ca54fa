// Writing keys out: PEM/DER, encrypted PKCS#8, JWK, fingerprints.
#include "crypto/Base64Url.h"
#include "crypto/KeyPair.h"
#include "crypto/OpenSslPtr.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace bmp::crypto {

namespace {

QByteArray rsaComponent(EVP_PKEY* key, const char* name) {
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        ERR_clear_error();
        return {};
    }
    BignumPtr bn(raw);
    return Base64Url::encode(bignumBytes(bn.get()));
}

} // namespace

QByteArray KeyPair::publicKeyDer() const {
    if (!m_key)
        return {};
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &der);
    if (length <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray KeyPair::publicKeyPem() const {
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    return bioContents(bio.get());
}

Result<QByteArray> KeyPair::encryptedPrivateKeyPem(const QByteArray& passphrase) const {
    if (!hasPrivateKey())
        return makeError(tr("There is no private key to save."));
    if (passphrase.isEmpty())
        return makeError(tr("A passphrase is needed to protect the private key."));
    ERR_clear_error();
    Pkcs8InfoPtr info(EVP_PKEY2PKCS8(m_key.get())); // wiped by OpenSSL when freed
    // A null salt makes OpenSSL draw 16 random bytes; the IV is random too.
    X509AlgorPtr pbe(
        PKCS5_pbe2_set_iv_ex(EVP_aes_256_cbc(), kPbkdf2Iterations, nullptr, 16, nullptr, NID_hmacWithSHA256, nullptr));
    if (!info || !pbe)
        return makeError(tr("The private key could not be prepared for encryption."), takeOpenSslErrors());
    X509SigPtr encrypted(
        PKCS8_set0_pbe_ex(passphrase.constData(), int(passphrase.size()), info.get(), pbe.get(), nullptr, nullptr));
    if (!encrypted)
        return makeError(tr("The private key could not be encrypted."), takeOpenSslErrors());
    (void)pbe.release(); // now owned by encrypted
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
        return makeError(tr("The encrypted private key could not be written."), takeOpenSslErrors());
    return bioContents(bio.get());
}

QString KeyPair::jwkThumbprint() const {
    if (!m_key)
        return {};
    // RFC 7638 section 3.2: required members only, lexicographic order, no whitespace.
    const QByteArray canonical = "{\"e\":\"" + rsaComponent(m_key.get(), OSSL_PKEY_PARAM_RSA_E) +
                                 "\",\"kty\":\"RSA\","
                                 "\"n\":\"" +
                                 rsaComponent(m_key.get(), OSSL_PKEY_PARAM_RSA_N) + "\"}";
    return QString::fromLatin1(Base64Url::encode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

QJsonObject KeyPair::jwk() const {
    if (!m_key)
        return {};
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("n"), QString::fromLatin1(rsaComponent(m_key.get(), OSSL_PKEY_PARAM_RSA_N))},
        {QStringLiteral("e"), QString::fromLatin1(rsaComponent(m_key.get(), OSSL_PKEY_PARAM_RSA_E))},
        {QStringLiteral("kid"), jwkThumbprint()},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
    };
}

QString KeyPair::sha256Fingerprint() const {
    const QByteArray der = publicKeyDer();
    if (der.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace bmp::crypto
