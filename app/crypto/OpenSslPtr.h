#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/params.h>
#include <openssl/x509.h>

#include <memory>

namespace bmp::crypto {

// unique_ptr deleter calling an OpenSSL free function, so every OpenSSL object has exactly one owner.
template <auto FreeFn> struct OpenSslDeleter {
    template <typename T> void operator()(T* p) const { FreeFn(p); }
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
// For private components: wiped before they are freed.
using SecretBignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_clear_free>>;
using OsslParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, OpenSslDeleter<OSSL_PARAM_BLD_free>>;
using OsslParamPtr = std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM_free>>;
using Pkcs8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, OpenSslDeleter<PKCS8_PRIV_KEY_INFO_free>>;
using X509SigPtr = std::unique_ptr<X509_SIG, OpenSslDeleter<X509_SIG_free>>;
using X509AlgorPtr = std::unique_ptr<X509_ALGOR, OpenSslDeleter<X509_ALGOR_free>>;

// Drains OpenSSL's (thread-local) error queue into one line for Error::detail. Call it right after a failure:
// the queue is per thread and otherwise leaks into the next operation's report.
inline QString takeOpenSslErrors() {
    QStringList parts;
    const char* data = nullptr;
    int flags = 0;
    unsigned long code = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        QString part = QString::fromLatin1(buf);
        if ((flags & ERR_TXT_STRING) && data && *data)
            part += QStringLiteral(" (%1)").arg(QString::fromUtf8(data));
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

inline QByteArray bioContents(BIO* bio) {
    char* ptr = nullptr;
    const long len = BIO_get_mem_data(bio, &ptr);
    return len > 0 ? QByteArray(ptr, len) : QByteArray();
}

inline BioPtr memBioFor(const QByteArray& data) {
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

inline QByteArray bignumBytes(const BIGNUM* bn) {
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

} // namespace bmp::crypto
