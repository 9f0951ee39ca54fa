#include "domain/CallbackEndpoints.h"

#include "domain/Project.h"
#include "domain/Validators.h"
#include "storage/ProjectStore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace bmp {

QList<CallbackAuth> CallbackEndpoint::allAuths() {
    return {CallbackAuth::None,
            CallbackAuth::Bearer,
            CallbackAuth::ApiKeyHeader,
            CallbackAuth::Basic,
            CallbackAuth::XApiKey,
            CallbackAuth::Jwt,
            CallbackAuth::Hmac,
            CallbackAuth::OAuth,
            CallbackAuth::Digest,
            CallbackAuth::AwsSignature,
            CallbackAuth::ClientCertificate};
}

QStringList CallbackEndpoint::methods() {
    return {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT")};
}

bool CallbackEndpoint::authNeedsSecret(CallbackAuth auth) {
    return auth != CallbackAuth::None && auth != CallbackAuth::ClientCertificate;
}

bool CallbackEndpoint::testerCanSend(CallbackAuth auth) {
    return auth != CallbackAuth::Digest && auth != CallbackAuth::AwsSignature &&
           auth != CallbackAuth::ClientCertificate;
}

QString CallbackEndpoint::authKey(CallbackAuth auth) {
    switch (auth) {
    case CallbackAuth::None:
        return QStringLiteral("none");
    case CallbackAuth::Bearer:
        return QStringLiteral("bearer");
    case CallbackAuth::ApiKeyHeader:
        return QStringLiteral("api-key-header");
    case CallbackAuth::Basic:
        return QStringLiteral("basic");
    case CallbackAuth::XApiKey:
        return QStringLiteral("x-api-key");
    case CallbackAuth::Jwt:
        return QStringLiteral("jwt");
    case CallbackAuth::Hmac:
        return QStringLiteral("hmac");
    case CallbackAuth::OAuth:
        return QStringLiteral("oauth");
    case CallbackAuth::Digest:
        return QStringLiteral("digest");
    case CallbackAuth::AwsSignature:
        return QStringLiteral("aws-signature");
    case CallbackAuth::ClientCertificate:
        return QStringLiteral("client-certificate");
    }
    return {};
}

std::optional<CallbackAuth> CallbackEndpoint::authFromKey(const QString& key) {
    for (CallbackAuth a : allAuths()) {
        if (authKey(a) == key)
            return a;
    }
    return std::nullopt;
}

QString CallbackEndpoint::authLabel(CallbackAuth auth) {
    switch (auth) {
    case CallbackAuth::None:
        return tr("No authentication");
    case CallbackAuth::Bearer:
        return tr("Bearer token");
    case CallbackAuth::ApiKeyHeader:
        return tr("API key in a header of your choice");
    case CallbackAuth::Basic:
        return tr("Basic (user:password)");
    case CallbackAuth::XApiKey:
        return tr("X-API-Key header");
    case CallbackAuth::Jwt:
        return tr("JWT (HS256, signed with the secret)");
    case CallbackAuth::Hmac:
        return tr("HMAC-SHA256 signature");
    case CallbackAuth::OAuth:
        return tr("OAuth token");
    case CallbackAuth::Digest:
        return tr("Digest (user:password)");
    case CallbackAuth::AwsSignature:
        return tr("AWS Signature");
    case CallbackAuth::ClientCertificate:
        return tr("Client certificate (mutual TLS)");
    }
    return {};
}

QString CallbackEndpoint::authHint(CallbackAuth auth) {
    switch (auth) {
    case CallbackAuth::None:
        return tr("BMP calls the URL without credentials; anyone who knows it can call it too.");
    case CallbackAuth::Bearer:
        return tr("Sent as Authorization: Bearer «secret».");
    case CallbackAuth::ApiKeyHeader:
        return tr("Sent as «header»: «secret», with the header name you give.");
    case CallbackAuth::Basic:
        return tr("Enter user:password; sent as Authorization: Basic base64(user:password).");
    case CallbackAuth::XApiKey:
        return tr("Sent as X-API-Key: «secret».");
    case CallbackAuth::Jwt:
        return tr("A short-lived HS256 JWT signed with the secret, sent as Authorization: Bearer «jwt». BMP "
                  "publishes no claims for it: agree on them with BMP.");
    case CallbackAuth::Hmac:
        return tr("HMAC-SHA256 of the body (POST, PUT) or the query (GET) with the secret, sent as «header»: "
                  "HMAC «hex» (BMP's example: Authorization: HMAC «hash»). BMP publishes no more of the scheme: agree "
                  "on what is signed with BMP.");
    case CallbackAuth::OAuth:
        return tr("An OAuth access token, sent as Authorization: Bearer «token». Enter the token BMP will send; how "
                  "BMP obtains it from your authorization server is agreed with BMP.");
    case CallbackAuth::Digest:
        return tr("HTTP Digest (RFC 7616): your server answers 401 with a challenge and BMP answers it with "
                  "Authorization: Digest …. Recorded for BMP's team; the tester cannot rehearse the challenge.");
    case CallbackAuth::AwsSignature:
        return tr("AWS Signature (Authorization: AWS «signature»), for an endpoint behind AWS. Recorded for BMP's "
                  "team; the tester cannot sign as BMP.");
    case CallbackAuth::ClientCertificate:
        return tr("BMP presents a client certificate in the TLS handshake and your server verifies it. Recorded for "
                  "BMP's team; the tester has no BMP certificate to present.");
    }
    return {};
}

bool CallbackEndpoint::authUsesHeaderName(CallbackAuth auth) {
    return auth == CallbackAuth::ApiKeyHeader || auth == CallbackAuth::Hmac;
}

QString CallbackEndpoint::effectiveHeader() const {
    switch (auth) {
    case CallbackAuth::None:
        return {};
    case CallbackAuth::Bearer:
    case CallbackAuth::Basic:
    case CallbackAuth::Jwt:
    case CallbackAuth::OAuth:
    case CallbackAuth::Digest:
    case CallbackAuth::AwsSignature:
        return QStringLiteral("Authorization");
    case CallbackAuth::ClientCertificate:
        return {};
    case CallbackAuth::XApiKey:
        return QStringLiteral("X-API-Key");
    case CallbackAuth::ApiKeyHeader:
        return authHeader.trimmed();
    case CallbackAuth::Hmac:
        return authHeader.trimmed().isEmpty() ? QStringLiteral("Authorization") : authHeader.trimmed();
    }
    return {};
}

Status CallbackEndpoint::validate() const {
    if (Status s = validateAddress(); !s)
        return s;
    if (needsSecret() && sealedSecret.isEmpty())
        return makeError(tr("Enter the secret for %1.").arg(authLabel(auth)));
    return {};
}

Status CallbackEndpoint::validateAddress() const {
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty())
        return makeError(tr("Enter the callback URL BMP will call."));
    const bool loopback = u.host() == u"127.0.0.1" || u.host() == u"localhost" || u.host() == u"::1";
    const bool needsHttps = environment != u"practice" && !loopback;
    if (auto checked = Validators::httpUrl(url.trimmed(), needsHttps); !checked)
        return makeError(tr("The callback URL is not valid: %1").arg(checked.error().message));
    if (u.hasQuery() &&
        (u.query().contains(QLatin1String("proposal=")) || u.query().contains(QLatin1String("status="))))
        return makeError(tr("Leave proposal, status and identifier out of the URL: BMP adds them."));
    if (!methods().contains(method))
        return makeError(tr("The callback method is GET, POST or PUT."));
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$"));
    if (auth == CallbackAuth::ApiKeyHeader && !token.match(authHeader.trimmed()).hasMatch())
        return makeError(tr("Enter the name of the header that carries the API key, e.g. X-Partner-Key."));
    if (auth == CallbackAuth::Hmac && !authHeader.trimmed().isEmpty() && !token.match(authHeader.trimmed()).hasMatch())
        return makeError(tr("The signature header name may only hold letters, digits and - (e.g. Authorization)."));
    return {};
}

Status CallbackEndpoint::validateSecret(CallbackAuth auth, const QByteArray& secret) {
    if (!authNeedsSecret(auth))
        return {};
    if (secret.isEmpty())
        return makeError(tr("Enter the secret for %1.").arg(authLabel(auth)));
    if (secret.size() > kMaxSecretLength)
        return makeError(tr("The secret is too long: BMP accepts keys of up to %1 characters.").arg(kMaxSecretLength));
    if (secret.contains('\r') || secret.contains('\n') || secret.contains('\0'))
        return makeError(tr("The secret cannot contain line breaks."));
    if ((auth == CallbackAuth::Basic || auth == CallbackAuth::Digest) && !secret.contains(':'))
        return makeError(tr("For %1 enter user:password.").arg(authLabel(auth)));
    return {};
}

CallbackEndpoints::CallbackEndpoints(storage::ProjectStore& store, ConflictSink sink)
    : m_store(store)
    , m_sink(std::move(sink)) {}

QList<CallbackEndpoint> CallbackEndpoints::list() const {
    QList<CallbackEndpoint> out;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT environment, url, method, auth_type, auth_header, secret, updated_at, updated_by, row_version "
            "FROM callback_configs ORDER BY environment")))
        return out;
    while (q.next()) {
        CallbackEndpoint e;
        e.environment = q.value(0).toString();
        e.url = q.value(1).toString();
        e.method = q.value(2).toString();
        e.auth = CallbackEndpoint::authFromKey(q.value(3).toString()).value_or(CallbackAuth::None);
        e.authHeader = q.value(4).toString();
        e.sealedSecret = q.value(5).toString().toLatin1();
        e.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        e.updatedBy = q.value(7).toString();
        e.rowVersion = q.value(8).toLongLong();
        out.append(e);
    }
    return out;
}

std::optional<CallbackEndpoint> CallbackEndpoints::find(const QString& environment) const {
    for (const CallbackEndpoint& e : list()) {
        if (e.environment == environment)
            return e;
    }
    return std::nullopt;
}

Status CallbackEndpoints::save(const CallbackEndpoint& e) {
    if (Status s = e.validate(); !s)
        return s;
    const auto changed = m_store.update(
        QStringLiteral(
            "INSERT INTO callback_configs (environment, url, method, auth_type, auth_header, secret, "
            "updated_at, updated_by, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (environment) DO "
            "UPDATE SET "
            "url = excluded.url, method = excluded.method, auth_type = excluded.auth_type, "
            "auth_header = excluded.auth_header, secret = excluded.secret, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by, row_version = callback_configs.row_version + 1 "
            "WHERE callback_configs.row_version = ?"),
        {e.environment, e.url.trimmed(), e.method, CallbackEndpoint::authKey(e.auth), e.authHeader.trimmed(),
         e.needsSecret() ? QString::fromLatin1(e.sealedSecret) : QString(),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_store.userName(), e.rowVersion});
    if (!changed)
        return changed.error();
    if (*changed == 1)
        return {};
    // Saved by a teammate since the editor read it: theirs stays; mine may go over it.
    const std::optional<CallbackEndpoint> theirs = find(e.environment);
    const StepConflict c{StepId::Development, theirs ? theirs->updatedBy : QString(),
                         theirs ? theirs->updatedAt : QDateTime(), StepConflict::Kind::Callback, e.environment};
    if (m_sink) {
        m_sink(c, [store = &m_store, sink = m_sink, e]() -> Status {
            CallbackEndpoints again(*store, sink);
            CallbackEndpoint mine = e;
            if (const auto now = again.find(e.environment))
                mine.rowVersion = now->rowVersion;
            return again.save(mine);
        });
    }
    return makeError(Project::conflictText(c));
}

Status CallbackEndpoints::remove(const QString& environment) {
    return m_store.exec(QStringLiteral("DELETE FROM callback_configs WHERE environment = ?"), {environment});
}

} // namespace bmp
