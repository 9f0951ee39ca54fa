#include "sandbox/TlsIdentity.h"
#include "crypto/OpenSslPtr.h"

#include <QSslCertificate>
#include <QSslKey>

#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace bmp::sandbox {

namespace {

using crypto::BignumPtr;
using crypto::BioPtr;
using crypto::EvpPkeyPtr;
using X509Ptr = std::unique_ptr<X509, crypto::OpenSslDeleter<X509_free>>;
using X509ExtPtr = std::unique_ptr<X509_EXTENSION, crypto::OpenSslDeleter<X509_EXTENSION_free>>;

EvpPkeyPtr makeKey() {
    return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value) {
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setName(X509_NAME* name, const char* commonName) {
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>("BMP Onboarding Sandbox"), -1, -1,
                                      0) == 1 &&
           X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName), -1,
                                      -1, 0) == 1;
}

// Subject, issuer, validity, serial and key of a certificate; extensions are added by the caller.
X509Ptr newCertificate(EVP_PKEY* subjectKey, const char* commonName, X509* issuer, int validDays) {
    X509Ptr cert(X509_new());
    BignumPtr serial(BN_new());
    if (!cert || !serial || X509_set_version(cert.get(), 2) != 1 ||
        BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) ||
        !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 86400) ||
        X509_set_pubkey(cert.get(), subjectKey) != 1 || !setName(X509_get_subject_name(cert.get()), commonName))
        return nullptr;
    X509_NAME* issuerName = issuer ? X509_get_subject_name(issuer) : X509_get_subject_name(cert.get());
    if (X509_set_issuer_name(cert.get(), issuerName) != 1)
        return nullptr;
    return cert;
}

QByteArray certificatePem(X509* cert) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return crypto::bioContents(bio.get());
}

} // namespace

Result<TlsIdentity> TlsIdentity::generate(const QStringList& extraDnsNames, const QList<QHostAddress>& extraAddresses,
                                          int validDays) {
    ERR_clear_error();
    const auto failed = [] {
        return makeError(tr("Could not create the sandbox's TLS certificates."), crypto::takeOpenSslErrors());
    };
    EvpPkeyPtr caKey = makeKey();
    EvpPkeyPtr serverKey = makeKey();
    if (!caKey || !serverKey)
        return failed();

    X509Ptr ca = newCertificate(caKey.get(), "BMP Onboarding Sandbox CA", nullptr, validDays);
    if (!ca || !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0)
        return failed();

    QStringList names{QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1")};
    for (const QString& dns : extraDnsNames)
        names.append(QStringLiteral("DNS:") + dns);
    for (const QHostAddress& a : extraAddresses) {
        if (!a.isNull() && a != QHostAddress(QHostAddress::Any) && a != QHostAddress(QHostAddress::AnyIPv6))
            names.append(QStringLiteral("IP:") + a.toString());
    }
    names.removeDuplicates();

    X509Ptr server = newCertificate(serverKey.get(), "localhost", ca.get(), validDays);
    if (!server || !addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature,keyAgreement") ||
        !addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(server.get(), ca.get(), NID_subject_alt_name, names.join(u',').toLatin1()) ||
        !addExtension(server.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always") ||
        X509_sign(server.get(), caKey.get(), EVP_sha256()) <= 0)
        return failed();

    TlsIdentity identity;
    identity.m_caPem = certificatePem(ca.get());
    identity.m_serverPem = certificatePem(server.get());
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (identity.m_caPem.isEmpty() || identity.m_serverPem.isEmpty() || !keyBio ||
        PEM_write_bio_PrivateKey(keyBio.get(), serverKey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failed();
    QByteArray keyPem = crypto::bioContents(keyBio.get());
    const QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    OPENSSL_cleanse(keyPem.data(), size_t(keyPem.size()));
    // The memory BIO held the key too: wipe its buffer before it is freed.
    char* bioData = nullptr;
    const long bioLength = BIO_get_mem_data(keyBio.get(), &bioData);
    if (bioData && bioLength > 0)
        OPENSSL_cleanse(bioData, size_t(bioLength));
    if (key.isNull())
        return makeError(tr("Could not load the sandbox's TLS key into Qt's TLS backend."));

    const QSslCertificate serverCert(identity.m_serverPem, QSsl::Pem);
    const QSslCertificate caCert(identity.m_caPem, QSsl::Pem);
    identity.m_server = QSslConfiguration::defaultConfiguration();
    identity.m_server.setLocalCertificateChain({serverCert, caCert});
    identity.m_server.setPrivateKey(key);
    identity.m_server.setProtocol(QSsl::TlsV1_2OrLater);
    return identity;
}

} // namespace bmp::sandbox
