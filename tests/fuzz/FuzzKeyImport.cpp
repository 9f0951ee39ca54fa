// Key import: any bytes, as private PEM (with and without a passphrase), public PEM, and classified.
#include "FuzzSupport.h"
#include "crypto/KeyPair.h"

BMP_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    using bmp::crypto::KeyPair;
    (void)KeyPair::classifyPem(input);
    if (auto k = KeyPair::fromPrivatePem(input, QByteArrayLiteral("fixture-passphrase")); k.ok()) {
        (void)k->publicKeyPem();
        (void)k->jwkThumbprint();
    }
    (void)KeyPair::fromPrivatePem(input);
    if (auto k = KeyPair::fromPublicPem(input); k.ok())
        (void)k->sha256Fingerprint();
    return 0;
}
