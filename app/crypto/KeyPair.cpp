#include "crypto/KeyPair.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/rsa.h>

namespace bmp::crypto {

namespace {

struct KeygenState {
    const std::function<bool(int)>* progress = nullptr;
    int calls = 0;
    bool cancelled = false;
};

int keygenCallback(EVP_PKEY_CTX* ctx) {
    auto* state = static_cast<KeygenState*>(EVP_PKEY_CTX_get_app_data(ctx));
    if (!state || state->cancelled)
        return 0;
    if (!(*state->progress)(++state->calls)) {
        state->cancelled = true;
        return 0; // makes OpenSSL abandon the prime search
    }
    return 1;
}

EVP_PKEY_CTX* prepareDigestContext(EVP_MD_CTX* md, EVP_PKEY* key, bool sign) {
    EVP_PKEY_CTX* pctx = nullptr; // owned by md
    const int ok = sign ? EVP_DigestSignInit_ex(md, &pctx, "SHA256", nullptr, nullptr, key, nullptr)
                        : EVP_DigestVerifyInit_ex(md, &pctx, "SHA256", nullptr, nullptr, key, nullptr);
    if (ok != 1 || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return nullptr;
    return pctx;
}

} // namespace

Result<KeyPair> KeyPair::generate(int bits, const std::function<bool(int)>& progress) {
    if (bits != 2048 && bits != 3072 && bits != 4096)
        return makeError(tr("RSA keys can be generated with 2048, 3072 or 4096 bits, not %1.").arg(bits));
    ERR_clear_error();
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1)
        return makeError(tr("The RSA key generator could not be set up."), takeOpenSslErrors());
    KeygenState state;
    if (progress) {
        state.progress = &progress;
        EVP_PKEY_CTX_set_app_data(ctx.get(), &state);
        EVP_PKEY_CTX_set_cb(ctx.get(), keygenCallback);
    }
    EVP_PKEY* raw = nullptr;
    const int ok = EVP_PKEY_generate(ctx.get(), &raw);
    EvpPkeyPtr key(raw);
    if (state.cancelled) {
        ERR_clear_error();
        return makeError(tr("Key generation was cancelled."));
    }
    if (ok != 1 || !key)
        return makeError(tr("The RSA key could not be generated."), takeOpenSslErrors());
    return adopt(key.release(), true);
}

Result<KeyPair> KeyPair::adopt(EVP_PKEY* key, bool hasPrivateKey) {
    EvpPkeyPtr owned(key);
    if (!owned)
        return makeError(tr("No key was given."));
    if (!EVP_PKEY_is_a(owned.get(), "RSA")) {
        const char* name = EVP_PKEY_get0_type_name(owned.get());
        return makeError(
            tr("The key type is %1; BMP needs an RSA key.").arg(name ? QString::fromLatin1(name) : tr("non-RSA")));
    }
    const int bits = EVP_PKEY_get_bits(owned.get());
    if (bits < kMinimumBits)
        return makeError(tr("This RSA key has only %1 bits; BMP needs at least %2 bits.").arg(bits).arg(kMinimumBits));
    // Every use of a huge key (verifying, even parsing it again) is slow: whatever one is handed stays bounded.
    if (bits > kMaximumBits)
        return makeError(
            tr("This RSA key has %1 bits; keys of more than %2 bits are not supported.").arg(bits).arg(kMaximumBits));
    KeyPair pair;
    pair.m_key = std::shared_ptr<EVP_PKEY>(owned.release(), EVP_PKEY_free);
    pair.m_hasPrivate = hasPrivateKey;
    return pair;
}

int KeyPair::bits() const {
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

std::optional<quint64> KeyPair::publicExponent() const {
    if (!m_key)
        return std::nullopt;
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_RSA_E, &raw) != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    const BignumPtr e(raw);
    if (BN_num_bits(e.get()) > 64)
        return std::nullopt;
    unsigned char bytes[8] = {};
    if (BN_bn2binpad(e.get(), bytes, sizeof bytes) != int(sizeof bytes))
        return std::nullopt;
    quint64 value = 0;
    for (const unsigned char b : bytes)
        value = value << 8 | b;
    return value;
}

bool KeyPair::samePublicKey(const KeyPair& other) const {
    if (!m_key || !other.m_key)
        return false;
    const bool same = EVP_PKEY_eq(m_key.get(), other.m_key.get()) == 1;
    ERR_clear_error();
    return same;
}

Result<QByteArray> KeyPair::signRs256(const QByteArray& data) const {
    if (!hasPrivateKey())
        return makeError(tr("Signing needs the private key, but only a public key is loaded."));
    ERR_clear_error();
    EvpMdCtxPtr md(EVP_MD_CTX_new());
    if (!md || !prepareDigestContext(md.get(), m_key.get(), true))
        return makeError(tr("The RS256 signer could not be set up."), takeOpenSslErrors());
    const auto* in = reinterpret_cast<const unsigned char*>(data.constData());
    size_t length = 0;
    if (EVP_DigestSign(md.get(), nullptr, &length, in, size_t(data.size())) != 1)
        return makeError(tr("Signing failed."), takeOpenSslErrors());
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, in,
                       size_t(data.size())) != 1)
        return makeError(tr("Signing failed."), takeOpenSslErrors());
    signature.truncate(qsizetype(length));
    return signature;
}

bool KeyPair::verifyRs256(const QByteArray& data, const QByteArray& signature) const {
    if (!m_key || signature.isEmpty())
        return false;
    EvpMdCtxPtr md(EVP_MD_CTX_new());
    const bool ok = md && prepareDigestContext(md.get(), m_key.get(), false) &&
                    EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                                     size_t(signature.size()), reinterpret_cast<const unsigned char*>(data.constData()),
                                     size_t(data.size())) == 1;
    ERR_clear_error(); // a bad signature is an answer, not an error to report later
    return ok;
}

} // namespace bmp::crypto
