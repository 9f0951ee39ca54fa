#include "net/TokenWorker.h"

#include "crypto/Jwt.h"
#include "crypto/NumericDate.h"
#include "domain/Environments.h"
#include "domain/Project.h"
#include "net/EvidenceLog.h"
#include "net/RateLimiter.h"
#include "net/Redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace bmp::net {

namespace {

constexpr double kMaxLifetimeSecs = 366.0 * 24 * 3600;

qint64 systemNow() {
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray field(const char* name, const QByteArray& value) {
    return QByteArray(name) + '=' + value.toPercentEncoding();
}

} // namespace

QByteArray TokenResult::redactedToken() const {
    return Redactor::mask(accessToken);
}

TokenWorker::TokenWorker(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<bmp::Result<bmp::net::TokenResult>>();
}

TokenWorker::~TokenWorker() {
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

TokenRequest TokenWorker::requestFor(const EnvironmentProfile& profile, const crypto::KeyPair& key) {
    TokenRequest r;
    r.environment = profile.name;
    r.tokenUrl = QUrl(profile.tokenUrl);
    r.clientId = profile.clientId;
    r.scope = profile.scope;
    r.key = key;
    r.rateLimit = profile.rateLimit;
    r.caBundlePem = profile.caBundlePem;
    return r;
}

Result<QByteArray> TokenWorker::formBody(const TokenRequest& request, qint64 now, QString* jti) {
    QJsonObject claims;
    if (request.claimsTemplate.isEmpty()) {
        claims =
            crypto::ClientAssertion::make(request.clientId, request.tokenUrl.toString(), now, request.lifetimeSeconds)
                .claims();
    } else {
        claims = request.claimsTemplate;
        claims.insert(QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (request.refreshTimes) {
            // The template's own lifetime, when both of its times are real dates (never arithmetic on others).
            const auto iat = crypto::NumericDate::fromJson(claims.value(QStringLiteral("iat")));
            const auto exp = crypto::NumericDate::fromJson(claims.value(QStringLiteral("exp")));
            const qint64 lifetime =
                iat && exp ? qBound(qint64(0), *exp - *iat, qint64(86400)) : qint64(request.lifetimeSeconds);
            claims.insert(QStringLiteral("iat"), now);
            claims.insert(QStringLiteral("nbf"), now);
            claims.insert(QStringLiteral("exp"), now + lifetime);
        }
    }
    if (jti)
        *jti = claims.value(QStringLiteral("jti")).toString();
    const auto assertion = crypto::Jwt::signRs256(claims, request.key);
    if (!assertion)
        return assertion.error();
    // The order and names BMP documents; every value percent-encoded (application/x-www-form-urlencoded).
    QByteArrayList parts{field("grant_type", "client_credentials"), field("client_id", request.clientId.toUtf8())};
    if (!request.scope.isEmpty())
        parts.append(field("scope", request.scope.toUtf8()));
    parts.append(field("client_assertion", *assertion));
    parts.append(field("client_assertion_type", kAssertionType));
    return parts.join('&');
}

Result<TokenResult> TokenWorker::parseSuccess(const ApiResponse& r) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(tr("The server answered HTTP %1 but not with a token (the answer is not JSON). Check "
                            "the token URL.")
                             .arg(r.status),
                         error.errorString());
    const QJsonObject o = doc.object();
    TokenResult t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString().toUtf8();
    if (t.accessToken.isEmpty())
        return makeError(tr("The server answered HTTP %1 without an access_token. Check the token URL.").arg(r.status));
    t.tokenType = o.value(QStringLiteral("token_type")).toString();
    t.scope = o.value(QStringLiteral("scope")).toString();
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    // Whatever the server sends (a string, 1e30, a negative number), the lifetime is 0 (not said) up to a year;
    // a double beyond qint64 is never converted (undefined behaviour, found by FuzzTokenResponse).
    const double seconds = expires.isString() ? expires.toString().trimmed().toDouble() : expires.toDouble();
    t.expiresIn = std::isfinite(seconds) && seconds > 0 ? static_cast<qint64>(std::min(seconds, kMaxLifetimeSecs)) : 0;
    t.receivedAt = QDateTime::currentDateTimeUtc();
    t.httpStatus = r.status;
    t.attempts = r.attempts;
    if (const auto jwt = crypto::Jwt::decode(t.accessToken)) {
        t.isJwt = true;
        t.jwtHeader = jwt->header;
        t.jwtPayload = jwt->payload;
    }
    return t;
}

Status TokenWorker::start(const TokenRequest& request) {
    if (isRunning())
        return makeError(tr("A token request is already running."));
    if (!request.key.hasPrivateKey())
        return makeError(tr("The private key is needed to sign the assertion; unlock it first."));
    const QString scheme = request.tokenUrl.scheme();
    if (!request.tokenUrl.isValid() || request.tokenUrl.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return makeError(tr("Enter the token URL of the environment (such as %1).")
                             .arg(QStringLiteral("https://auth.moneyp.dev.br/connect/token")));
    if (request.clientId.trimmed().isEmpty())
        return makeError(tr("Enter the client_id BMP sent for this environment (step 4)."));

    m_request = request;
    if (!m_request.clock)
        m_request.clock = systemNow;
    m_failure = {};
    m_lastJti.clear();
    delete m_client;
    Connection c;
    c.environment = request.environment;
    c.requestsPerSecond = request.rateLimit;
    c.caBundlePem = request.caBundlePem;
    c.timeoutMs = request.timeoutMs;
    c.maxAttempts = qMax(1, request.maxAttempts);
    c.baseBackoffMs = request.baseBackoffMs;
    m_client = new ApiClient(c, this);
    m_client->rateLimiter().setRate(request.rateLimit); // the profile may have changed since the limiter was made
    if (m_project) {
        Project* project = m_project;
        m_client->setEvidenceSink([project](const EvidenceEntry& e) {
            if (const auto id = EvidenceLog(project->store()).append(e); !id)
                qWarning("Could not record the token exchange: %s", qPrintable(id.error().toString()));
        });
    }

    ApiRequest req;
    req.method = "POST";
    req.url = request.tokenUrl;
    req.contentType = "application/x-www-form-urlencoded";
    req.kind = QStringLiteral("token");
    // A new assertion for every attempt: the server remembers each jti and refuses a second use.
    req.bodyFactory = [this]() { return formBody(m_request, m_request.clock(), &m_lastJti); };
    m_call = m_client->send(req);
    connect(m_call, &ApiCall::attemptStarted, this, [this](int attempt, qint64) {
        emit progress(attempt == 1 ? tr("Sending the token request…")
                                   : tr("Sending the token request again (attempt %1)…").arg(attempt));
    });
    connect(m_call, &ApiCall::waiting, this, [this](qint64 delayMs, const QString& why) {
        const QString wait = tr("Waiting %1 s before sending (rate limit).").arg(double(delayMs) / 1000.0, 0, 'f', 1);
        emit progress(why.isEmpty() ? wait : tr("%1 %2").arg(why, wait));
    });
    connect(m_call, &ApiCall::finished, this, &TokenWorker::onFinished);
    return {};
}

void TokenWorker::cancel() {
    if (m_call)
        m_call->cancel();
}

void TokenWorker::onFinished(const ApiResponse& response) {
    m_call.clear();
    Result<TokenResult> result = makeError({});
    if (response.transportOk() && !response.cancelled && response.status == 200) {
        result = parseSuccess(response);
        if (result)
            result.value().assertionJti = m_lastJti;
    } else {
        result = explain(response, m_request.scope, &m_failure);
    }
    if (!result && response.status == 200)
        m_failure.httpStatus = 200;
    record(result);
    m_request.key = {}; // do not keep the private key around longer than the request
    emit finished(result);
}

void TokenWorker::record(const Result<TokenResult>& result) {
    if (!m_project)
        return;
    TokenTest t;
    t.environment = m_request.environment;
    t.at = QDateTime::currentDateTimeUtc();
    t.ok = result.ok();
    if (result) {
        t.httpStatus = result->httpStatus;
        t.tokenType = result->tokenType;
        t.scope = result->scope;
        t.expiresIn = int(result->expiresIn);
    } else {
        t.httpStatus = m_failure.httpStatus;
        t.error = result.error().message;
    }
    if (const Status s = m_project->environments().recordTokenTest(t); !s)
        qWarning("Could not record the token test: %s", qPrintable(s.error().toString()));
}

} // namespace bmp::net
