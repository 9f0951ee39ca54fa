#include "sandbox/SandboxEngine.h"
#include "sandbox/Envelope.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace bmp::sandbox {

namespace {

const QByteArray kSandboxPrefix = QByteArrayLiteral("/_sandbox/");

SandboxResponse methodNotAllowed(const QByteArray& allowed) {
    SandboxResponse r =
        envelope::error(405, QString::fromLatin1(codes::MethodNotAllowed),
                        SandboxEngine::tr("This endpoint only accepts %1.").arg(QString::fromLatin1(allowed)));
    r.headers.append({QByteArrayLiteral("Allow"), allowed});
    return r;
}

QString canonical(const QStringList& names, const QString& name) {
    for (const QString& n : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return n;
    }
    return {};
}

bool isJsonContentType(const QByteArray& contentType) {
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

} // namespace

SandboxEngine::SandboxEngine(SandboxConfig config, Clock nowMs, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(nowMs ? std::move(nowMs) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_token(&m_config, &m_keys, &m_limiter)
    , m_proposals(m_clock, this)
    , m_callbacks(m_clock, this) {
    applyRateLimit();
    m_idempotency.setTtl(m_config.idempotencyTtlMs);
    m_proposals.setSettlementDelay(m_config.settlementDelayMs);
    m_proposals.setPeople(&m_people);
    m_proposals.setRequireSignature(m_config.requireSignature);
    m_log.setCapacity(m_config.requestLogCapacity);
    connect(&m_proposals, &ProposalService::statusChanged, this,
            [this](const QString& code, int status, const QString& operation, const QString&) {
                m_callbacks.enqueue(code, status, operation);
                emit proposalStatusChanged(code, status, operation);
            });
}

SandboxEngine::~SandboxEngine() = default;

void SandboxEngine::applyRateLimit() {
    m_limiter.setRate(m_config.effectiveRateLimit(), m_config.rateLimitToleranceMs);
}

void SandboxEngine::setRateLimit(std::optional<double> rps) {
    m_config.rateLimitRps = rps;
    applyRateLimit();
}

void SandboxEngine::setRequireSignature(bool required) {
    m_config.requireSignature = required;
    m_proposals.setRequireSignature(required);
}

void SandboxEngine::setSettlementDelay(qint64 ms) {
    m_config.settlementDelayMs = ms;
    m_proposals.setSettlementDelay(ms);
}

Status SandboxEngine::openStateDir(const QString& directory) {
    auto store = std::make_unique<SandboxStore>();
    if (const Status opened = store->open(directory); !opened)
        return opened;
    m_store = std::move(store);
    restore();
    m_keys.setSink(m_store.get());
    m_token.setSink(m_store.get());
    m_idempotency.setSink(m_store.get());
    m_people.setSink(m_store.get());
    m_proposals.setSink(m_store.get());
    m_log.setSink(m_store.get());
    return {};
}

void SandboxEngine::restore() {
    const auto records = m_store->loadAll();
    if (!records)
        return;
    for (const SandboxStore::Record& r : *records) {
        if (r.kind == u"client")
            m_keys.restore(r.json);
        else if (r.kind == u"token")
            m_token.restoreToken(r.id, r.json);
        else if (r.kind == u"jti")
            m_token.restoreJti(r.id, r.json);
        else if (r.kind == u"idempotency")
            m_idempotency.restore(r.id, r.json);
        else if (r.kind == u"person")
            m_people.restore(r.id, r.json);
        else if (r.kind == u"proposal")
            m_proposals.restoreProposal(r.json);
        else if (r.kind == u"request")
            m_log.restore(r.json);
        else if (r.kind == u"meta" && r.id == u"lastNumeroProposta")
            m_proposals.restoreCounter(qint64(r.json.value(QStringLiteral("value")).toDouble()));
        else if (r.kind == u"meta" && r.id == u"callback") {
            const auto config = CallbackConfig::fromJson(r.json);
            if (config)
                m_callbacks.setConfig(*config);
        }
    }
}

void SandboxEngine::reset() {
    m_keys.clear();
    m_token.clear();
    m_limiter.reset();
    m_idempotency.clear();
    m_people.clear();
    m_proposals.clear();
    m_callbacks.clear();
    m_callbacks.setConfig({});
    m_log.clear();
    if (m_store)
        (void)m_store->clear();
}

SandboxResponse SandboxEngine::handle(const SandboxRequest& request) {
    const qint64 receivedAt = m_clock();
    if (m_store)
        m_store->begin();
    m_proposals.settleDue();
    Context ctx;
    SandboxResponse response = dispatch(request, ctx);
    m_proposals.settleDue(); // a zero settlement delay pays at the end of the Liberar call itself
    if (ctx.log) {
        const qint64 id = m_log.record(request, response, receivedAt, ctx.clientId, ctx.idempotencyKey, ctx.replayed);
        emit requestHandled(id, response.status);
    }
    if (m_store)
        m_store->commit();
    return response;
}

void SandboxEngine::recordTransportRefusal(const SandboxRequest& partial, const SandboxResponse& response) {
    const qint64 id = m_log.record(partial, response, m_clock(), {}, {}, false);
    emit requestHandled(id, response.status);
}

SandboxResponse SandboxEngine::dispatch(const SandboxRequest& request, Context& ctx) {
    if (request.body.size() > m_config.maxBodyBytes)
        return envelope::error(
            413, QString::fromLatin1(codes::BodyTooLarge),
            tr("The request body has %1 bytes; the limit is %2.").arg(request.body.size()).arg(m_config.maxBodyBytes));
    QByteArray path = request.path;
    if (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    const QByteArray method = request.method.toUpper();

    if (path.compare("/connect/token", Qt::CaseInsensitive) == 0) {
        if (method != "POST")
            return methodNotAllowed("POST");
        TokenEndpoint::Outcome outcome = m_token.handle(request, m_clock());
        ctx.clientId = outcome.clientId;
        return outcome.response;
    }
    if (path.startsWith(kSandboxPrefix))
        return admin(request, QString::fromUtf8(path.mid(kSandboxPrefix.size())), ctx);

    const QList<QByteArray> segments = path.split('/');
    if (segments.size() == 3 && segments[0].isEmpty()) {
        const QString controller = QString::fromUtf8(segments[1]);
        const QString action = QString::fromUtf8(segments[2]);
        if (controller.compare(u"Proposta", Qt::CaseInsensitive) == 0) {
            const QString name = canonical(ProposalService::actions(), action);
            if (!name.isEmpty())
                return business(request, QStringLiteral("Proposta"), name, ctx);
        } else if (controller.compare(u"Pessoa", Qt::CaseInsensitive) == 0) {
            const QString name = canonical(PersonService::actions(), action);
            if (!name.isEmpty())
                return business(request, QStringLiteral("Pessoa"), name, ctx);
        }
    }
    return envelope::error(404, QString::fromLatin1(codes::NotFound),
                           tr("There is no endpoint %1 in the sandbox.").arg(QString::fromUtf8(path.left(200))));
}

SandboxResponse SandboxEngine::business(const SandboxRequest& request, const QString& controller, const QString& action,
                                        Context& ctx) {
    if (request.method.toUpper() != "POST")
        return methodNotAllowed("POST");
    const qint64 now = m_clock();

    const auto caller = m_token.authenticate(request.header("Authorization"), now);
    if (!caller) {
        SandboxResponse r = envelope::error(401, QString::fromLatin1(codes::Unauthorized), caller.error().message,
                                            QStringLiteral("Authorization"), action);
        QByteArray challenge = QByteArrayLiteral("Bearer realm=\"bmp-sandbox\"");
        if (!caller.error().detail.isEmpty())
            challenge += QByteArrayLiteral(", error=\"") + caller.error().detail.toLatin1() + '"';
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), challenge});
        return r;
    }
    ctx.clientId = caller->clientId;

    const RateLimiter::Decision limit = m_limiter.check(caller->clientId, now);
    if (!limit.allowed)
        return envelope::rateLimited(limit.retryAfterMs, m_limiter.rate(), false);

    if (!isJsonContentType(request.header("Content-Type")))
        return envelope::error(415, QString::fromLatin1(codes::UnsupportedMediaType),
                               tr("Send the body as JSON with Content-Type: application/json."),
                               QStringLiteral("Content-Type"), action);

    const QByteArray keyHeader = request.header("IdempotencyKey").trimmed();
    ctx.idempotencyKey = QString::fromUtf8(keyHeader.left(100));
    if (keyHeader.isEmpty()) {
        const QString hint = request.header("Idempotency-Key").isEmpty()
                                 ? tr("The IdempotencyKey header is mandatory: a new GUID for every logical call, "
                                      "the same GUID when retrying it.")
                                 : tr("The header is spelled IdempotencyKey (no hyphen) in BMP's API.");
        return envelope::error(400, QString::fromLatin1(codes::IdempotencyKeyMissing), hint,
                               QStringLiteral("IdempotencyKey"), action);
    }
    const QUuid key = QUuid::fromString(QString::fromLatin1(keyHeader));
    if (key.isNull())
        return envelope::error(
            400, QString::fromLatin1(codes::IdempotencyKeyMissing),
            tr("IdempotencyKey must be a GUID, e.g. %1.").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
            QStringLiteral("IdempotencyKey"), action);
    const QString keyText = key.toString(QUuid::WithoutBraces);
    const QByteArray fingerprint = IdempotencyStore::fingerprint(request);
    const IdempotencyStore::Lookup previous = m_idempotency.lookup(caller->clientId, keyText, fingerprint, now);
    if (previous.outcome == IdempotencyStore::Outcome::Replay) {
        ctx.replayed = true;
        SandboxResponse r = previous.response;
        r.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
        return r;
    }
    if (previous.outcome == IdempotencyStore::Outcome::Conflict)
        return envelope::error(409, QString::fromLatin1(codes::IdempotencyConflict),
                               tr("This IdempotencyKey was already used for a different request; use a new GUID "
                                  "for a new call."),
                               QStringLiteral("IdempotencyKey"), action);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return envelope::error(400, QString::fromLatin1(codes::BadJson),
                               parseError.error != QJsonParseError::NoError
                                   ? tr("The body is not valid JSON: %1 at offset %2.")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset)
                                   : tr("The body must be a JSON object."),
                               {}, action);
    const QJsonValue dto = doc.object().value(QStringLiteral("dto"));
    if (!dto.isObject())
        return envelope::error(400, QString::fromLatin1(codes::InvalidField),
                               tr("The body must carry the call's data in a \"dto\" object."), QStringLiteral("dto"),
                               action);

    SandboxResponse response = controller == u"Pessoa" ? m_people.handle(action, caller->clientId, doc.object())
                                                       : m_proposals.handle(action, caller->clientId, doc.object());
    // Stored once the call ran, whatever its outcome, so a retry never runs it twice (validation failures of
    // the request itself, above, are not stored: the same key may be retried with a corrected request).
    m_idempotency.store(caller->clientId, keyText, fingerprint, response, now);
    return response;
}

std::optional<SandboxResponse> SandboxEngine::refuseAdmin(const SandboxRequest& request) const {
    // DNS rebinding: a web page whose host name now resolves to 127.0.0.1 reaches this port with its own name in
    // Host. The administration answers only to the names of this machine. A request without Host comes from
    // inside the process (the app's practice session, tests); over the network HTTP/1.1 always has one.
    const QByteArray hostHeader = request.header("Host").trimmed().toLower();
    if (!hostHeader.isEmpty() || !request.peer.isNull()) {
        QString host = QString::fromLatin1(hostHeader);
        if (host.startsWith(u'[')) // [::1]:8443
            host = host.mid(1, host.indexOf(u']') - 1);
        else if (host.count(u':') == 1) // 127.0.0.1:8443
            host = host.left(host.indexOf(u':'));
        if (host.endsWith(u'.'))
            host.chop(1);
        static const QStringList loopback{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                          QStringLiteral("::1")};
        if (host.isEmpty() || (!loopback.contains(host) && !m_config.allowedHosts.contains(host, Qt::CaseInsensitive)))
            return envelope::error(403, QString::fromLatin1(codes::HostNotAllowed),
                                   tr("The sandbox's /_sandbox/ administration answers only to this machine's own "
                                      "names (localhost, 127.0.0.1 or the address it listens on), not to \"%1\".")
                                       .arg(QString::fromLatin1(hostHeader.left(100))),
                                   QStringLiteral("Host"));
    }
    // A web page can POST text/plain, a form or multipart anywhere without asking; application/json needs the
    // browser's CORS preflight, which the sandbox never grants.
    if (request.method.toUpper() == "POST") {
        const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
        if (type != "application/json")
            return envelope::error(415, QString::fromLatin1(codes::UnsupportedMediaType),
                                   tr("Send /_sandbox/ requests as JSON with Content-Type: application/json."),
                                   QStringLiteral("Content-Type"));
    }
    return std::nullopt;
}

SandboxResponse SandboxEngine::admin(const SandboxRequest& request, const QString& what, Context& ctx) {
    if (auto refused = refuseAdmin(request))
        return *refused;
    const QByteArray method = request.method.toUpper();
    if (what == u"keys") {
        if (method != "POST")
            return methodNotAllowed("POST");
        return registerKey(request);
    }
    if (what == u"requests") {
        if (method != "GET")
            return methodNotAllowed("GET");
        ctx.log = false; // reading the log does not add to it
        const qint64 since =
            QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(QStringLiteral("since")).toLongLong();
        SandboxResponse r;
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
        r.body = QJsonDocument(m_log.toJson(since)).toJson(QJsonDocument::Compact);
        return r;
    }
    if (what == u"reset") {
        if (method != "POST")
            return methodNotAllowed("POST");
        reset();
        ctx.log = false; // the log starts empty after a reset
        return envelope::ok({}, tr("The sandbox was reset: keys, tokens, proposals and logs are gone."));
    }
    if (what == u"callback") {
        if (method == "GET")
            return envelope::ok(QJsonObject{{QStringLiteral("callback"), m_callbacks.config().toJson(false)}});
        if (method != "POST")
            return methodNotAllowed("GET, POST");
        return configureCallback(request);
    }
    if (what == u"callbacks") {
        if (method != "GET")
            return methodNotAllowed("GET");
        ctx.log = false;
        return envelope::ok(QJsonObject{{QStringLiteral("attempts"), m_callbacks.attempts()},
                                        {QStringLiteral("pending"), m_callbacks.pending()}});
    }
    if (what == u"settle") {
        if (method != "POST")
            return methodNotAllowed("POST");
        return envelope::ok(QJsonObject{{QStringLiteral("settled"), settleNow()}});
    }
    if (what == u"info") {
        if (method != "GET")
            return methodNotAllowed("GET");
        ctx.log = false;
        return info();
    }
    return envelope::error(404, QString::fromLatin1(codes::NotFound),
                           tr("There is no endpoint /_sandbox/%1.").arg(what.left(100)));
}

SandboxResponse SandboxEngine::registerKey(const SandboxRequest& request) {
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return envelope::error(400, QString::fromLatin1(codes::BadJson),
                               tr("Send {\"publicKeyPem\": \"-----BEGIN PUBLIC KEY-----...\", \"partner\": \"...\"} "
                                  "as JSON."));
    const QJsonObject o = doc.object();
    const auto client = m_keys.registerKey(o.value(QStringLiteral("publicKeyPem")).toString().toUtf8(),
                                           o.value(QStringLiteral("partner")).toString(), m_clock());
    if (!client)
        return envelope::error(400, QString::fromLatin1(codes::InvalidKey), client.error().message,
                               QStringLiteral("publicKeyPem"));
    return envelope::ok(QJsonObject{{QStringLiteral("clientId"), client->clientId},
                                    {QStringLiteral("partner"), client->partner},
                                    {QStringLiteral("fingerprint"), client->fingerprint},
                                    {QStringLiteral("bits"), client->key.bits()},
                                    {QStringLiteral("tokenUrl"), m_token.acceptedAudiences().value(0)}},
                        tr("Public key registered."));
}

SandboxResponse SandboxEngine::configureCallback(const SandboxRequest& request) {
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return envelope::error(400, QString::fromLatin1(codes::BadJson),
                               tr("Send {\"url\", \"method\", \"authHeader\", \"authValue\"} as JSON."));
    const auto config = CallbackConfig::fromJson(doc.object());
    if (!config)
        return envelope::error(400, QString::fromLatin1(codes::InvalidCallback), config.error().message);
    m_callbacks.setConfig(*config);
    // The callback's credential is a secret: a configuration that has one is kept in memory only.
    if (m_store && config->authValue.isEmpty())
        m_store->put(QStringLiteral("meta"), QStringLiteral("callback"), config->toJson(false));
    else if (m_store)
        m_store->remove(QStringLiteral("meta"), QStringLiteral("callback"));
    return envelope::ok(QJsonObject{{QStringLiteral("callback"), config->toJson(false)}},
                        config->isSet() ? tr("Callback configured.") : tr("Callback removed."));
}

SandboxResponse SandboxEngine::info() const {
    return envelope::ok(QJsonObject{
        {QStringLiteral("mode"), modeName(m_config.mode)},
        {QStringLiteral("rateLimitRps"), m_limiter.rate()},
        {QStringLiteral("tokenUrls"), QJsonArray::fromStringList(m_token.acceptedAudiences())},
        {QStringLiteral("settlementDelayMs"), double(m_config.settlementDelayMs)},
        {QStringLiteral("requireSignature"), m_config.requireSignature},
        {QStringLiteral("maxAssertionLifetimeSecs"), m_config.maxAssertionLifetimeSecs},
        {QStringLiteral("accessTokenLifetimeSecs"), m_config.accessTokenLifetimeSecs},
        {QStringLiteral("maxBodyBytes"), double(m_config.maxBodyBytes)},
        {QStringLiteral("clients"), m_keys.size()},
        {QStringLiteral("proposals"), m_proposals.count()},
        {QStringLiteral("persistent"), m_store != nullptr},
    });
}

} // namespace bmp::sandbox
