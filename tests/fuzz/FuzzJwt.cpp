// JWT decode and verify: any bytes as a compact JWS, verified against a fixed RSA key.
#include "FuzzSupport.h"
#include "crypto/Jwt.h"
#include "crypto/KeyPair.h"

BMP_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const auto key = bmp::crypto::KeyPair::generate(2048);
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto decoded = bmp::crypto::Jwt::decode(input); decoded.ok()) {
        (void)decoded->signingInput();
        (void)bmp::crypto::Jwt::timeState(decoded->payload, 1700000000, 60);
    }
    if (key.ok())
        (void)bmp::crypto::Jwt::verifyRs256(input, *key);
    (void)bmp::crypto::Jwt::base64UrlDecode(input);
    return 0;
}
