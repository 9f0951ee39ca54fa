#pragma once

#include "sandbox/SandboxTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace bmp::sandbox {

// One entry of BMP's "messages" array. BMP's reference tables give each error a code and a "detailed code"
// (Liberar refused by status: C0065 / V0003); its envelope has one `code` and one `context` string. The sandbox
// sends the code in `code` and the detailed code in `context` (docs/BMP-API.md, "Errors": where BMP puts the
// detailed code is not documented; the client does not depend on it).
struct EnvelopeMessage {
    QString code;        // "C0065", "X0005", ...
    QString description; // human-readable, translated
    QString field;       // offending field, when there is one
    QString context;     // BMP's detailed code ("V0003") or, for the sandbox's own codes, the action name
    int messageType = 1; // 1 error, 2 warning, 3 information (BMP does not publish its enumeration)
};

// A code with its detailed code, as BMP's reference tables list them.
struct BmpCode {
    const char* code;
    const char* detail;
};

// Codes from BMP's reference pages (docs/BMP-API.md lists the page of each). Sent exactly as BMP documents them.
namespace bmpcodes {
inline constexpr BmpCode ReleaseNotAllowedForPartner{"C0065", "V0001"};
inline constexpr BmpCode AlreadyReleased{"C0065", "V0002"};
inline constexpr BmpCode ReleaseRefusedByStatus{"C0065", "V0003"};
inline constexpr BmpCode ProposalNotFound{"C0112", "V0001"};
inline constexpr BmpCode ProposalOfAnotherIntegration{"C0112", "V0002"};
inline constexpr BmpCode AddressDocumentMissing{"C0108", "V0001"};
inline constexpr BmpCode AddressClientNotFound{"C0108", "V0002"};
inline constexpr BmpCode AddressClientOfAnotherPartner{"C0108", "V0003"};
} // namespace bmpcodes

// The sandbox's own codes, for what BMP's reference does not document (docs/SANDBOX.md lists them). They start
// with X so that nobody mistakes them for BMP's: a client must never key its logic on them.
namespace codes {
inline constexpr auto IdempotencyKeyMissing = "X0001";
inline constexpr auto BadJson = "X0002";
inline constexpr auto IdempotencyConflict = "X0003";
inline constexpr auto UnsupportedMediaType = "X0004";
inline constexpr auto InvalidField = "X0005";
inline constexpr auto BodyTooLarge = "X0006";
inline constexpr auto MalformedHttp = "X0007";
inline constexpr auto Unauthorized = "X0011";
inline constexpr auto RateLimited = "X0012";
inline constexpr auto NotFound = "X0021";
inline constexpr auto MethodNotAllowed = "X0022";
inline constexpr auto PersonNotFound = "X0102";
inline constexpr auto DuplicateOperation = "X0103";
inline constexpr auto BorrowerNotRegistered = "X0104";
inline constexpr auto SignatureMissing = "X0105";
inline constexpr auto InvalidTransition = "X0108";
inline constexpr auto InvalidKey = "X0201";
inline constexpr auto InvalidCallback = "X0202";
inline constexpr auto PartnerFigureDiffers = "X0301"; // a warning (messageType 2)
inline constexpr auto HostNotAllowed = "X0023";
inline constexpr auto TooMany = "X0024";
} // namespace codes

// Builders for BMP's envelope {msg, hasError, messages:[...], ...payload}.
namespace envelope {

QJsonObject message(const EnvelopeMessage& m);
// A success envelope: payload fields are merged at the top level, as BMP does.
QJsonObject success(const QJsonObject& payload = {}, const QString& msg = {});
QJsonObject failure(const QList<EnvelopeMessage>& messages, const QString& msg = {});

SandboxResponse jsonResponse(int status, const QJsonObject& body, const HeaderList& extraHeaders = {});
SandboxResponse ok(const QJsonObject& payload = {}, const QString& msg = {});
SandboxResponse error(int status, const QString& code, const QString& description, const QString& field = {},
                      const QString& context = {});
// One of BMP's documented errors: its code, its detailed code in `context`.
SandboxResponse error(int status, const BmpCode& code, const QString& description, const QString& field = {});
// 429 with Retry-After (whole seconds, at least 1) and the envelope; withOAuthError adds RFC 6749-style
// error members for the token endpoint's clients.
SandboxResponse rateLimited(qint64 retryAfterMs, double rps, bool withOAuthError);
// RFC 6749 section 5.2 error; "reason" is the sandbox's stable sub-code (extra member, ignored by clients).
SandboxResponse oauthError(int status, const QString& error, const QString& description, const QString& reason);

} // namespace envelope
} // namespace bmp::sandbox
