#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace bmp::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Case-insensitive lookup in a header list (HTTP field names are case-insensitive); first match wins.
QByteArray headerValue(const HeaderList& headers, const QByteArray& name);

// One HTTP request as the engine sees it: no socket, so tests, the fuzzer and benchmarks can build it directly.
struct SandboxRequest {
    QByteArray method; // "POST", "GET", ...
    QByteArray path;   // decoded path, e.g. "/Proposta/Consultar"
    QByteArray query;  // without the '?'
    HeaderList headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray& name) const { return headerValue(headers, name); }
};

struct SandboxResponse {
    int status = 200;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headerValue(headers, name); }
    // The body as a JSON object (empty when it is not one); convenient for callers and tests.
    QJsonObject json() const;
};

enum class SandboxMode { Homologation, Production };

// Every knob of the emulator. Defaults follow BMP-DOMAIN.md; docs/SANDBOX.md explains each choice.
struct SandboxConfig {
    SandboxMode mode = SandboxMode::Homologation;
    // Requests per second per client_id; unset = the mode's default (unlimited in homologation, 1 in
    // production); 0 = no limit.
    std::optional<double> rateLimitRps;
    // How early (ms) a request may arrive before its slot and still pass: absorbs network jitter for a
    // client that paces exactly at the limit, without allowing a sustained higher rate.
    qint64 rateLimitToleranceMs = 50;

    int maxAssertionLifetimeSecs = 3600;                                   // exp - iat of a client assertion
    int clockSkewSecs = 60;                                                // how far in the future iat/nbf may be
    int accessTokenLifetimeSecs = 3600;                                    // expires_in of the tokens we issue
    QString allowedScopes = QStringLiteral("bmp.digital.api.full.access"); // space-separated
    int maxScopeLength = 300;

    // BMP's Finalizar needs the signature call first (IncluirAssinaturaCCBFinalizada) unless BMP set the partner
    // up without it; false plays such a partner.
    bool requireSignature = true;

    qint64 settlementDelayMs = 2000; // release -> payment result; 0 = at the end of the Liberar call
    qint64 idempotencyTtlMs = 24LL * 3600 * 1000;
    qint64 maxBodyBytes = 1024 * 1024;
    int requestLogCapacity = 10000;

    // What one client may hold of the server (SandboxServer, HttpGuard.h has the details).
    int headerTimeoutMs = 10000;
    int requestTimeoutMs = 30000;
    int idleTimeoutMs = 30000;
    int maxConnections = 256;

    // Host header values (host names or addresses, no port) the /_sandbox/ administration answers to: loopback
    // names always, plus what the server adds for its listen address. Any other Host is a browser sent here by DNS
    // rebinding or a page of another site, and is refused.
    QStringList allowedHosts;

    // Base URLs the server answers on (scheme://host:port, no trailing slash); the token endpoint's
    // accepted audiences are these plus "/connect/token". The server fills them in when it listens.
    QStringList publicBaseUrls;

    double effectiveRateLimit() const {
        if (rateLimitRps)
            return std::max(0.0, *rateLimitRps);
        return mode == SandboxMode::Production ? 1.0 : 0.0;
    }
};

QString modeName(SandboxMode mode);

} // namespace bmp::sandbox
