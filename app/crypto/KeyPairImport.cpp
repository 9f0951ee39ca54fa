// Reading keys from PEM and JWK, with a precise refusal for each way a user's file can be wrong.
#include "crypto/Base64Url.h"
#include "crypto/KeyPair.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/PemScan.h"

#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/pem.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace bmp::crypto {

namespace {

struct PassphraseRequest {
    const QByteArray* passphrase = nullptr;
    bool asked = false;
};

// Always given to OpenSSL: without it OpenSSL would prompt on the terminal.
int passphraseCallback(char* buf, int size, int, void* userdata) {
    auto* request = static_cast<PassphraseRequest*>(userdata);
    request->asked = true;
    const QByteArray& pass = *request->passphrase;
    if (pass.isEmpty() || pass.size() > size)
        return -1;
    std::memcpy(buf, pass.constData(), size_t(pass.size()));
    return int(pass.size());
}

// A damaged private key file can still parse (a flipped bit in the modulus or the private exponent); it would
// then sign garbage that BMP rejects much later. One signature round trip (~1 ms) catches that at import.
Result<KeyPair> checkedPrivate(Result<KeyPair> key) {
    if (!key)
        return key;
    static const QByteArray probe = "bmp-onboarding key self-test";
    const auto signature = key->signRs256(probe);
    if (!signature || !key->verifyRs256(probe, *signature))
        return makeError(KeyPair::tr("The private key is damaged: its parts do not belong together."),
                         signature ? QString() : signature.error().detail);
    return key;
}

using DecoderCtxPtr = std::unique_ptr<OSSL_DECODER_CTX, OpenSslDeleter<OSSL_DECODER_CTX_free>>;

} // namespace

// Shared first checks for both PEM readers; returns the block to decode or the refusal.
static Result<PemBlock> pickBlock(const QByteArray& pem, bool wantPrivate) {
    if (pem.trimmed().isEmpty())
        return makeError(KeyPair::tr("The key file is empty."));
    if (pem.size() > KeyPair::kMaxPemSize)
        return makeError(KeyPair::tr("The file is too large to be a PEM key (%1 bytes).").arg(pem.size()));
    QList<PemBlock> blocks = scanPem(pem);
    const PemBlocksWiper wiper{blocks}; // the returned copy shares, and keeps, the chosen block's data
    if (blocks.isEmpty()) {
        if (looksLikeDer(pem))
            return makeError(KeyPair::tr("This looks like a binary DER key; BMP Onboarding reads PEM. Convert it "
                                         "with: openssl pkey -inform DER -in KEY.der -out KEY.pem"));
        return makeError(KeyPair::tr("This is not a PEM key: no \"-----BEGIN\" line was found."));
    }
    const PemBlock* chosen = nullptr;
    for (const PemBlock& b : blocks) {
        if (b.state == PemBlock::State::Truncated || (wantPrivate ? b.isPrivateKey() : b.isPublicKey())) {
            chosen = &b;
            break;
        }
    }
    if (!chosen) {
        const auto has = [&](auto pred) { return std::any_of(blocks.begin(), blocks.end(), pred); };
        if (wantPrivate && has([](const PemBlock& b) { return b.isPublicKey(); }))
            return makeError(KeyPair::tr("This file holds only a public key; the private key is needed here."));
        if (!wantPrivate && has([](const PemBlock& b) { return b.isPrivateKey(); }))
            return makeError(KeyPair::tr("This file holds a private key; a public key (\"BEGIN PUBLIC KEY\") is "
                                         "expected here."));
        if (has([](const PemBlock& b) { return b.isCertificate(); }))
            return makeError(KeyPair::tr("This is a certificate, not a key. BMP registers a bare RSA key."));
        return makeError(KeyPair::tr("The file holds a PEM \"%1\" block, which is not a key.")
                             .arg(QString::fromLatin1(blocks.first().label)));
    }
    if (chosen->label == "OPENSSH PRIVATE KEY")
        return makeError(KeyPair::tr("OpenSSH key files are not supported. Convert it to PKCS#8 with: "
                                     "ssh-keygen -p -m PKCS8 -f FILE"));
    switch (chosen->state) {
    case PemBlock::State::Truncated:
        return makeError(KeyPair::tr("The PEM key is truncated: its \"-----END\" line is missing. Copy the whole "
                                     "file again."));
    case PemBlock::State::BadBase64:
        return makeError(KeyPair::tr("The PEM key is damaged: its body is not valid base64."));
    case PemBlock::State::BadDer:
        return makeError(KeyPair::tr("The PEM key is damaged or incomplete: its content is cut short or altered."));
    case PemBlock::State::Ok:
        break;
    }
    return *chosen;
}

KeyPair::PemKind KeyPair::classifyPem(const QByteArray& pem) {
    QList<PemBlock> blocks = scanPem(pem.left(kMaxPemSize));
    const PemBlocksWiper wiper{blocks};
    for (const PemBlock& block : std::as_const(blocks)) {
        if (block.isPrivateKey())
            return block.isEncrypted() ? PemKind::EncryptedPrivateKey : PemKind::PrivateKey;
        if (block.isPublicKey())
            return PemKind::PublicKey;
    }
    return PemKind::NotAKey;
}

Result<KeyPair> KeyPair::fromPrivatePem(const QByteArray& pem, const QByteArray& passphrase) {
    auto block = pickBlock(pem, true);
    if (!block)
        return block.error();
    QList<PemBlock> picked{std::move(block.value())};
    const PemBlocksWiper wiper{picked};
    const PemBlock& chosen = picked.constFirst();
    const bool encrypted = chosen.isEncrypted();
    if (encrypted && passphrase.isEmpty())
        return makeError(tr("This private key is encrypted; enter its passphrase."));
    ERR_clear_error();
    BioPtr bio = memBioFor(chosen.text);
    PassphraseRequest request{&passphrase};
    EvpPkeyPtr key(PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, passphraseCallback, &request, nullptr, nullptr));
    if (!key) {
        const QString detail = takeOpenSslErrors();
        if (encrypted || request.asked)
            return makeError(tr("The passphrase is wrong for this private key."), detail);
        return makeError(tr("The private key could not be read: the file is damaged or in an unsupported format."),
                         detail);
    }
    return checkedPrivate(adopt(key.release(), true));
}

Result<KeyPair> KeyPair::fromPublicPem(const QByteArray& pem) {
    auto block = pickBlock(pem, false);
    if (!block)
        return block.error();
    ERR_clear_error();
    EVP_PKEY* raw = nullptr;
    DecoderCtxPtr dctx(
        OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", nullptr, nullptr, EVP_PKEY_PUBLIC_KEY, nullptr, nullptr));
    const auto* data = reinterpret_cast<const unsigned char*>(block->text.constData());
    size_t length = size_t(block->text.size());
    if (!dctx || OSSL_DECODER_from_data(dctx.get(), &data, &length) != 1 || !raw) {
        EVP_PKEY_free(raw);
        return makeError(tr("The public key could not be read: the file is damaged or in an unsupported format."),
                         takeOpenSslErrors());
    }
    return adopt(raw, false);
}

Result<KeyPair> KeyPair::fromJwk(const QJsonObject& jwk) {
    if (jwk.value(QStringLiteral("kty")).toString() != QLatin1String("RSA"))
        return makeError(tr("The JWK is not an RSA key (\"kty\" must be \"RSA\")."));
    struct Field {
        const char* jwkName;
        const char* param;
        bool required;
        bool secret;
    };
    static constexpr Field fields[] = {
        {"n", OSSL_PKEY_PARAM_RSA_N, true, false},          {"e", OSSL_PKEY_PARAM_RSA_E, true, false},
        {"d", OSSL_PKEY_PARAM_RSA_D, false, true},          {"p", OSSL_PKEY_PARAM_RSA_FACTOR1, false, true},
        {"q", OSSL_PKEY_PARAM_RSA_FACTOR2, false, true},    {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1, false, true},
        {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2, false, true}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1, false, true},
    };
    OsslParamBldPtr builder(OSSL_PARAM_BLD_new());
    std::vector<SecretBignumPtr> numbers; // must outlive OSSL_PARAM_BLD_to_param
    bool hasPrivate = false;
    for (const Field& f : fields) {
        const QJsonValue value = jwk.value(QLatin1String(f.jwkName));
        if (value.isUndefined()) {
            if (f.required)
                return makeError(tr("The JWK lacks its \"%1\" member.").arg(QLatin1String(f.jwkName)));
            continue;
        }
        QByteArray bytes = value.toString().toLatin1();
        auto decoded = Base64Url::decode(bytes);
        if (!decoded || decoded->isEmpty())
            return makeError(tr("The JWK member \"%1\" is not valid base64url.").arg(QLatin1String(f.jwkName)),
                             decoded ? QString() : decoded.error().message);
        // Secure BIGNUMs make OSSL_PARAM_BLD put private numbers in the block that OSSL_PARAM_free wipes.
        numbers.emplace_back(BN_bin2bn(reinterpret_cast<const unsigned char*>(decoded->constData()),
                                       int(decoded->size()), f.secret ? BN_secure_new() : nullptr));
        if (f.secret)
            OPENSSL_cleanse(decoded.value().data(), size_t(decoded->size()));
        if (!numbers.back() || OSSL_PARAM_BLD_push_BN(builder.get(), f.param, numbers.back().get()) != 1)
            return makeError(tr("The JWK could not be converted."), takeOpenSslErrors());
        hasPrivate = hasPrivate || f.secret;
    }
    OsslParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, hasPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return makeError(tr("The JWK does not describe a usable RSA key."), takeOpenSslErrors());
    return hasPrivate ? checkedPrivate(adopt(raw, true)) : adopt(raw, false);
}

} // namespace bmp::crypto
