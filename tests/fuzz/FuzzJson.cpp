// JSON the app reads from outside: environment profile imports, and redaction of any response body.
#include "FuzzSupport.h"
#include "domain/Environment.h"
#include "net/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>

BMP_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)bmp::net::Redactor::redactBody("application/json", input);
    (void)bmp::net::Redactor::redactBody("application/x-www-form-urlencoded", input);
    (void)bmp::net::Redactor::scrubText(input);
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject())
        (void)bmp::EnvironmentProfile::fromJson(doc.object());
    return 0;
}
