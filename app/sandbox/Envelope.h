#pragma once

#include "sandbox/SandboxTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace bmp::sandbox {

// One entry of BMP's "messages" array.
struct EnvelopeMessage {
    QString code;        // "C0108", "V0001", ...
    QString description; // human-readable, translated
    QString field;       // offending field, when there is one
    QString context;     // e.g. the action name
    int messageType = 1; // 1 error, 2 warning, 3 information (BMP does not publish its enumeration)
};

// Stable error codes of the sandbox (documented in docs/SANDBOX.md). BMP publishes no list; these follow
// the shape of the codes seen in its answers (letter + 4 digits).
namespace codes {
inline constexpr auto IdempotencyKeyMissing = "V0001";
inline constexpr auto BadJson = "V0002";
inline constexpr auto IdempotencyConflict = "V0003";
inline constexpr auto UnsupportedMediaType = "V0004";
inline constexpr auto InvalidField = "V0005";
inline constexpr auto BodyTooLarge = "V0006";
inline constexpr auto MalformedHttp = "V0007";
inline constexpr auto Unauthorized = "A0001";
inline constexpr auto RateLimited = "A0002";
inline constexpr auto NotFound = "R0001";
inline constexpr auto MethodNotAllowed = "R0002";
inline constexpr auto HostNotAllowed = "R0003";
inline constexpr auto TooMany = "R0004";
inline constexpr auto ProposalNotFound = "C0101";
inline constexpr auto PersonNotFound = "C0102";
inline constexpr auto DuplicateOperation = "C0103";
inline constexpr auto InvalidTransition = "C0108";
inline constexpr auto InvalidKey = "K0001";
inline constexpr auto InvalidCallback = "K0002";
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
// 429 with Retry-After (whole seconds, at least 1) and the envelope; withOAuthError adds RFC 6749-style
// error members for the token endpoint's clients.
SandboxResponse rateLimited(qint64 retryAfterMs, double rps, bool withOAuthError);
// RFC 6749 section 5.2 error; "reason" is the sandbox's stable sub-code (extra member, ignored by clients).
SandboxResponse oauthError(int status, const QString& error, const QString& description, const QString& reason);

} // namespace envelope
} // namespace bmp::sandbox
