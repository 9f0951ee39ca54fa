// What a token endpoint answers: the first two bytes choose the HTTP status, the rest is the body. Both the
// success parse (access_token, expires_in, a JWT access token decoded for display) and the refusal explanation
// run on every input, as the app cannot know in advance which one a server sends.
#include "FuzzSupport.h"
#include "net/TokenWorker.h"

BMP_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2)
        return 0;
    bmp::net::ApiResponse response;
    response.status = 100 + (data[0] << 8 | data[1]) % 500;
    response.body = QByteArray(reinterpret_cast<const char*>(data + 2), static_cast<qsizetype>(size - 2));
    response.attempts = 1;

    const auto parsed = bmp::net::TokenWorker::parseSuccess(response);
    if (parsed) {
        fuzzCheck(!parsed->accessToken.isEmpty(), "a token without an access_token was accepted");
        fuzzCheck(parsed->expiresIn >= 0, "a negative lifetime was accepted");
    } else {
        fuzzCheck(!parsed.error().message.isEmpty(), "a refused token answer has no message");
    }

    bmp::net::TokenFailure failure;
    const bmp::Error error = bmp::net::TokenWorker::explain(response, QStringLiteral("bmp.proposta"), &failure);
    fuzzCheck(!error.message.trimmed().isEmpty(), "explain() gave no message");
    fuzzCheck(failure.httpStatus == response.status, "explain() lost the HTTP status");
    fuzzCheck(failure.oauthError.size() <= 100 && failure.description.size() <= 500 && failure.reason.size() <= 100,
              "explain() kept an unbounded field from the server");
    return 0;
}
