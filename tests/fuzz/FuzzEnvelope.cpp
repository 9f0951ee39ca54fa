// BMP's response envelope, as every proposal and person call reads it: bytes -> BmpEnvelope::parse() and
// everything the workers ask of it afterwards. Besides not crashing, the parse must keep its promises:
// garbage is "not parsed" rather than an error, and an error always has words for the user.
#include "FuzzSupport.h"
#include "net/BmpEnvelope.h"

BMP_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto envelope = bmp::net::BmpEnvelope::parse(body);
    if (!envelope.parsed()) {
        fuzzCheck(envelope.messages().isEmpty() && envelope.payload().isEmpty() && !envelope.hasError(),
                  "an unparsed envelope still carries content");
    }
    for (const char* name : {"situacao", "codigoProposta", "numeroProposta", "textoRetornoPagamento", "codigo", "data",
                             "proposta", "msg"}) {
        const QString key = QString::fromLatin1(name);
        (void)envelope.value(key);
        (void)envelope.text(key);
        (void)envelope.integer(key);
    }
    for (const auto& message : envelope.messages())
        (void)message.text();
    // Every status the workers hand to toError(): the user must always get a sentence.
    for (const int status : {0, 200, 400, 401, 404, 409, 422, 429, 500, 503}) {
        const bmp::Error error = envelope.toError(status);
        fuzzCheck(!error.message.trimmed().isEmpty(), "toError() gave no message");
    }
    return 0;
}
