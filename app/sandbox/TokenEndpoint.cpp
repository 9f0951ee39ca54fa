#include "sandbox/TokenEndpoint.h"
#include "crypto/Jwt.h"
#include "crypto/NumericDate.h"
#include "sandbox/Envelope.h"
#include "sandbox/JsonFields.h"
#include "sandbox/Redaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

#include <limits>

namespace bmp::sandbox {

namespace {

const QString kTokenKind = QStringLiteral("token");
const QString kJtiKind = QStringLiteral("jti");
constexpr qint64 kPruneEveryMs = 60 * 1000;
// What the endpoint remembers at once (used jtis, live tokens). Beyond it, expired entries are dropped at once and,
// if that is not enough, new tokens are refused for a while: a jti is never forgotten early (that would allow a
// replay) and memory stays bounded whatever a client sends.
constexpr qsizetype kMaxRemembered = 100000;
constexpr int kMaxJtiLength = 255;

QByteArray tokenId(const QByteArray& token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding. A repeated parameter is an error
// (RFC 6749 section 3.2: parameters must not be included more than once).
Result<QHash<QString, QString>> parseForm(const QByteArray& body, QString* duplicate) {
    QHash<QString, QString> form;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (form.contains(key)) {
            *duplicate = key;
            return makeError(QString());
        }
        form.insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}

} // namespace

TokenEndpoint::TokenEndpoint(const SandboxConfig* config, const KeyRegistry* keys, RateLimiter* limiter)
    : m_config(config)
    , m_keys(keys)
    , m_limiter(limiter) {}

QStringList TokenEndpoint::acceptedAudiences() const {
    QStringList out;
    for (const QString& base : m_config->publicBaseUrls)
        out.append(base + QStringLiteral("/connect/token"));
    return out;
}

SandboxResponse TokenEndpoint::refuse(int status, const QString& error, const QString& reason,
                                      const QString& description) const {
    return envelope::oauthError(status, error, description, reason);
}

TokenEndpoint::Outcome TokenEndpoint::handle(const SandboxRequest& request, qint64 nowMs) {
    prune(nowMs);
    const QByteArray contentType = request.header("Content-Type").trimmed().toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded"))
        return {refuse(400, QStringLiteral("invalid_request"), QStringLiteral("content_type"),
                       tr("The token request must be application/x-www-form-urlencoded.")),
                {}};
    QString duplicate;
    const auto form = parseForm(request.body, &duplicate);
    if (!form)
        return {refuse(400, QStringLiteral("invalid_request"), QStringLiteral("duplicate_parameter"),
                       tr("The parameter %1 appears more than once.").arg(duplicate)),
                {}};

    // Rate limiting needs to know the caller before the (costly) signature check; an unknown or
    // unidentifiable caller is not limited here and is refused below anyway.
    QString caller = form->value(QStringLiteral("client_id"));
    if (caller.isEmpty()) {
        const auto peek = crypto::Jwt::decode(form->value(QStringLiteral("client_assertion")).toUtf8());
        if (peek)
            caller = peek->payload.value(QStringLiteral("iss")).toString();
    }
    if (!caller.isEmpty() && m_keys->find(caller)) {
        const RateLimiter::Decision d = m_limiter->check(caller, nowMs);
        if (!d.allowed)
            return {envelope::rateLimited(d.retryAfterMs, m_limiter->rate(), true), caller};
    }
    Outcome outcome = validate(*form, nowMs);
    if (outcome.clientId.isEmpty() && m_keys->find(caller))
        outcome.clientId = caller;
    return outcome;
}

Result<qint64> TokenEndpoint::checkTimes(const QJsonObject& claims, qint64 nowMs, int skew, int maxLifetime) {
    // Every time claim is a NumericDate in range before any arithmetic (crypto/NumericDate.h): then exp + 1 in
    // milliseconds, exp - iat and now + skew cannot overflow, whatever the client sent.
    const qint64 now = crypto::NumericDate::clamp(nowMs / 1000);
    skew = qBound(0, skew, 86400);
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble()) // absent, or not even a number (a string, say): reported as before, as missing
        return makeError(tr("The client_assertion has no exp (expiry time, in seconds since 1970)."),
                         QStringLiteral("missing_claim"));
    std::optional<qint64> values[3];
    const QString names[3] = {QStringLiteral("exp"), QStringLiteral("nbf"), QStringLiteral("iat")};
    for (int i = 0; i < 3; ++i) {
        const auto v = crypto::NumericDate::claim(claims, names[i]);
        if (!v)
            return makeError(tr("%1 must be a whole number of seconds since 1970 (at most %2).")
                                 .arg(names[i])
                                 .arg(crypto::NumericDate::kMax),
                             QStringLiteral("malformed_claim"));
        values[i] = *v;
    }
    const qint64 expiresAt = *values[0];
    if (expiresAt <= now)
        return makeError(
            tr("The client_assertion expired %1 s ago; sign a new one for each token request.").arg(now - expiresAt),
            QStringLiteral("expired"));
    for (int i = 1; i < 3; ++i) {
        if (values[i] && *values[i] > now + skew)
            return makeError(tr("%1 is %2 s in the future (more than the %3 s of clock skew allowed): check the "
                                "clock of the machine signing the assertion.")
                                 .arg(names[i])
                                 .arg(*values[i] - now)
                                 .arg(skew),
                             i == 1 ? QStringLiteral("not_yet_valid") : QStringLiteral("issued_in_future"));
    }
    const qint64 start = values[2] ? *values[2] : (values[1] ? *values[1] : now);
    if (expiresAt - start > maxLifetime)
        return makeError(tr("The client_assertion is valid for %1 s; at most %2 s is accepted.")
                             .arg(expiresAt - start)
                             .arg(maxLifetime),
                         QStringLiteral("lifetime_too_long"));
    return (expiresAt + 1) * 1000;
}

TokenEndpoint::Outcome TokenEndpoint::validate(const QHash<QString, QString>& form, qint64 nowMs) {
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return {refuse(400, QStringLiteral("invalid_request"), QStringLiteral("missing_grant_type"),
                       tr("grant_type is missing; use client_credentials.")),
                {}};
    if (grantType != u"client_credentials")
        return {refuse(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("unsupported_grant_type"),
                       tr("grant_type %1 is not supported; use client_credentials.").arg(grantType)),
                {}};
    if (form.contains(QStringLiteral("client_secret")))
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("unsupported_authentication"),
                       tr("Client secrets are not accepted: authenticate with a signed client_assertion "
                          "(private_key_jwt).")),
                {}};
    const QString assertionType = form.value(QStringLiteral("client_assertion_type"));
    const QByteArray assertion = form.value(QStringLiteral("client_assertion")).toUtf8();
    if (assertion.isEmpty() && assertionType.isEmpty())
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("missing_assertion"),
                       tr("No client authentication: send client_assertion and client_assertion_type.")),
                {}};
    if (assertionType != QLatin1String(kAssertionType))
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("unsupported_assertion_type"),
                       tr("client_assertion_type must be %1.").arg(QLatin1String(kAssertionType))),
                {}};
    if (assertion.isEmpty())
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("missing_assertion"),
                       tr("client_assertion is missing.")),
                {}};

    const auto jwt = crypto::Jwt::decode(assertion);
    if (!jwt)
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("malformed_assertion"),
                       tr("The client_assertion is not a JWT: %1").arg(jwt.error().message)),
                {}};
    const QString alg = jwt->header.value(QStringLiteral("alg")).toString();
    if (alg != u"RS256")
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("unsupported_alg"),
                       tr("The client_assertion is signed with %1; only RS256 is accepted.").arg(alg)),
                {}};
    const QJsonObject& claims = jwt->payload;
    const QJsonValue iss = claims.value(QStringLiteral("iss"));
    const QJsonValue sub = claims.value(QStringLiteral("sub"));
    if (!iss.isString() || iss.toString().isEmpty() || !sub.isString() || sub.toString().isEmpty())
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("missing_claim"),
                       tr("The client_assertion needs iss and sub, both equal to the client_id.")),
                {}};
    if (iss.toString() != sub.toString())
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("iss_sub_mismatch"),
                       tr("iss (%1) and sub (%2) must both be the client_id.").arg(iss.toString(), sub.toString())),
                {}};
    const QString clientId = iss.toString();
    const QString formClientId = form.value(QStringLiteral("client_id"));
    if (!formClientId.isEmpty() && formClientId != clientId)
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("client_id_mismatch"),
                       tr("client_id (%1) is not the assertion's issuer (%2).").arg(formClientId, clientId)),
                {}};
    const RegisteredClient* client = m_keys->find(clientId);
    if (!client)
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("unknown_client"),
                       tr("Unknown client_id %1: register the public key first.").arg(clientId)),
                {}};
    const Status signature = crypto::Jwt::verifyRs256(assertion, client->key);
    if (!signature)
        return {
            refuse(
                401, QStringLiteral("invalid_client"), QStringLiteral("bad_signature"),
                tr("The client_assertion's signature does not verify with the key registered for %1.").arg(clientId)),
            clientId};

    const QStringList audiences = acceptedAudiences();
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    bool audienceOk = false;
    if (aud.isString())
        audienceOk = audiences.contains(aud.toString());
    for (const QJsonValue& a : aud.toArray())
        audienceOk = audienceOk || (a.isString() && audiences.contains(a.toString()));
    if (!audienceOk)
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("wrong_audience"),
                       tr("aud must be this token endpoint's URL (%1).").arg(audiences.value(0))),
                clientId};

    const auto times = checkTimes(claims, nowMs, m_config->clockSkewSecs, m_config->maxAssertionLifetimeSecs);
    if (!times)
        return {refuse(401, QStringLiteral("invalid_client"), times.error().detail, times.error().message), clientId};
    const QJsonValue jtiValue = claims.value(QStringLiteral("jti"));
    const QString jti = jtiValue.toString();
    if (!jtiValue.isString() || jti.isEmpty() || jti.size() > kMaxJtiLength)
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("missing_claim"),
                       tr("The client_assertion needs a jti (a new unique id, e.g. a UUID, for every assertion).")),
                clientId};
    const QString jtiKey = clientId + u'\n' + jti;
    if (m_usedJti.contains(jtiKey))
        return {refuse(401, QStringLiteral("invalid_client"), QStringLiteral("jti_replayed"),
                       tr("This client_assertion (jti %1) was already used: sign a new one for every token "
                          "request.")
                           .arg(jti)),
                clientId};
    // Remember the jti until the assertion could no longer pass the exp check anyway.
    const qint64 forgetAtMs = *times;
    if (m_usedJti.size() >= kMaxRemembered || m_tokens.size() >= kMaxRemembered) {
        m_lastPruneMs = nowMs - kPruneEveryMs; // prune now, whenever the last one was
        prune(nowMs);
        if (m_usedJti.size() >= kMaxRemembered || m_tokens.size() >= kMaxRemembered)
            return {refuse(503, QStringLiteral("temporarily_unavailable"), QStringLiteral("too_many_tokens"),
                           tr("The sandbox holds too many live tokens right now; try again when some have expired, "
                              "or reset it.")),
                    clientId};
    }
    m_usedJti.insert(jtiKey, forgetAtMs);
    m_sink.put(kJtiKind, jtiKey, QJsonObject{{QStringLiteral("forgetAtMs"), double(forgetAtMs)}});

    const QStringList allowed = m_config->allowedScopes.split(u' ', Qt::SkipEmptyParts);
    QString scope = form.value(QStringLiteral("scope")).trimmed();
    if (scope.size() > m_config->maxScopeLength)
        return {refuse(400, QStringLiteral("invalid_scope"), QStringLiteral("scope_too_long"),
                       tr("scope has %1 characters; at most %2.").arg(scope.size()).arg(m_config->maxScopeLength)),
                clientId};
    if (scope.isEmpty())
        scope = allowed.join(u' ');
    for (const QString& s : scope.split(u' ', Qt::SkipEmptyParts)) {
        if (!allowed.contains(s))
            return {refuse(400, QStringLiteral("invalid_scope"), QStringLiteral("scope_not_allowed"),
                           tr("The scope %1 is not allowed for this client; allowed: %2.").arg(s, allowed.join(u' '))),
                    clientId};
    }

    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(raw.data()),
                                         reinterpret_cast<quint32*>(raw.data() + raw.size()));
    // Opaque, with a recognisable prefix (as GitHub's "ghp_" tokens) so redaction finds it wherever a client
    // happens to put it, not only in the Authorization header.
    const QByteArray token =
        Redaction::tokenPrefix() + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 lifetime = m_config->accessTokenLifetimeSecs;
    const Token info{clientId, scope, nowMs + lifetime * 1000};
    const QByteArray id = tokenId(token);
    m_tokens.insert(id, info);
    m_sink.put(kTokenKind, QString::fromLatin1(id.toHex()),
               QJsonObject{{QStringLiteral("clientId"), clientId},
                           {QStringLiteral("scope"), scope},
                           {QStringLiteral("expiresAtMs"), double(info.expiresAtMs)}});
    return {envelope::jsonResponse(200,
                                   QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                               {QStringLiteral("expires_in"), double(lifetime)},
                                               {QStringLiteral("scope"), scope}},
                                   {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                                    {QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")}}),
            clientId};
}

Result<TokenEndpoint::Caller> TokenEndpoint::authenticate(const QByteArray& authorization, qint64 nowMs) {
    prune(nowMs);
    const QByteArray value = authorization.trimmed();
    if (value.isEmpty())
        return makeError(tr("No access token: send Authorization: Bearer <access_token>."), {});
    const int space = value.indexOf(' ');
    if (space < 0 || value.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return makeError(tr("The Authorization header must use the Bearer scheme."), QStringLiteral("invalid_request"));
    const QByteArray token = value.mid(space + 1).trimmed();
    const auto it = m_tokens.constFind(tokenId(token));
    if (it == m_tokens.constEnd())
        return makeError(tr("The access token is not one this server issued (or the sandbox was reset)."),
                         QStringLiteral("invalid_token"));
    if (it->expiresAtMs <= nowMs)
        return makeError(tr("The access token expired; request a new one at /connect/token."),
                         QStringLiteral("invalid_token"));
    return Caller{it->clientId, it->scope};
}

void TokenEndpoint::prune(qint64 nowMs) {
    if (nowMs - m_lastPruneMs < kPruneEveryMs)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->expiresAtMs <= nowMs) {
            m_sink.remove(kTokenKind, QString::fromLatin1(it.key().toHex()));
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_usedJti.begin(); it != m_usedJti.end();) {
        if (*it <= nowMs) {
            m_sink.remove(kJtiKind, it.key());
            it = m_usedJti.erase(it);
        } else {
            ++it;
        }
    }
}

void TokenEndpoint::clear() {
    m_tokens.clear();
    m_usedJti.clear();
}

void TokenEndpoint::restoreToken(const QString& id, const QJsonObject& record) {
    m_tokens.insert(QByteArray::fromHex(id.toLatin1()),
                    Token{record.value(QStringLiteral("clientId")).toString(),
                          record.value(QStringLiteral("scope")).toString(),
                          fields::integer(record, QStringLiteral("expiresAtMs")).value_or(0)});
}

void TokenEndpoint::restoreJti(const QString& id, const QJsonObject& record) {
    // A value that is no time at all (a damaged state file) keeps the jti for as long as possible: refusing a
    // replay wrongly is harmless, accepting one is not.
    m_usedJti.insert(
        id, fields::integer(record, QStringLiteral("forgetAtMs")).value_or(std::numeric_limits<qint64>::max()));
}

} // namespace bmp::sandbox
