#include "net/KeyUploadWorker.h"

#include "crypto/KeyPair.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "net/EvidenceLog.h"
#include "net/RateLimiter.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bmp::net {

namespace {

// The first description in a BMP envelope's messages, or an OAuth-style error_description.
QString serverReason(const QJsonObject& o) {
    for (const QJsonValue& m : o.value(QStringLiteral("messages")).toArray()) {
        const QString d = m.toObject().value(QStringLiteral("description")).toString();
        if (!d.isEmpty())
            return d.left(500);
    }
    const QString d = o.value(QStringLiteral("error_description")).toString();
    if (!d.isEmpty())
        return d.left(500);
    return o.value(QStringLiteral("msg")).toString().left(500);
}

} // namespace

KeyUploadWorker::KeyUploadWorker(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<bmp::Result<bmp::net::KeyUploadResult>>();
}

KeyUploadWorker::~KeyUploadWorker() {
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

Result<KeyUploadResult> KeyUploadWorker::parse(const ApiResponse& r) {
    if (!r.transportOk() || r.cancelled)
        return r.transportError();
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    const QJsonObject o = doc.object();
    if (r.status < 200 || r.status >= 300) {
        const QString reason = serverReason(o);
        if (r.status == 404 || r.status == 405)
            return makeError(tr("There is no key-registration endpoint at this URL (HTTP %1). Check the key URL, "
                                "or register by e-mail ticket.")
                                 .arg(r.status),
                             reason);
        if (!reason.isEmpty())
            return makeError(tr("The server refused the public key: %1").arg(reason),
                             QStringLiteral("HTTP %1").arg(r.status));
        return makeError(tr("The server refused the public key (HTTP %1).").arg(r.status));
    }
    KeyUploadResult result;
    result.clientId = o.value(QStringLiteral("clientId")).toString();
    if (result.clientId.isEmpty())
        result.clientId = o.value(QStringLiteral("client_id")).toString();
    result.clientId = result.clientId.trimmed();
    static const QRegularExpression plausible(QStringLiteral("^[\\x21-\\x7e]{1,200}$"));
    if (!doc.isObject() || !plausible.match(result.clientId).hasMatch())
        return makeError(tr("The server accepted the request but sent no usable client_id."),
                         QString::fromUtf8(r.body.left(200)));
    result.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    result.at = QDateTime::currentDateTimeUtc();
    return result;
}

Status KeyUploadWorker::start(const KeyUploadRequest& request) {
    if (isRunning())
        return makeError(tr("The key is already being sent."));
    const auto key = crypto::KeyPair::fromPublicPem(request.publicKeyPem);
    if (!key)
        return key.error();
    const QString scheme = request.keyUrl.scheme();
    if (!request.keyUrl.isValid() || request.keyUrl.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return makeError(tr("This environment has no key-registration URL. BMP registers keys by e-mail ticket; "
                            "use that route, or enter the key URL in step 4."));
    m_request = request;
    delete m_client;
    Connection c;
    c.environment = request.environment;
    c.requestsPerSecond = request.rateLimit;
    c.caBundlePem = request.caBundlePem;
    c.timeoutMs = request.timeoutMs;
    c.maxAttempts = qMax(1, request.maxAttempts);
    m_client = new ApiClient(c, this);
    m_client->rateLimiter().setRate(request.rateLimit);
    if (m_project) {
        Project* project = m_project;
        m_client->setEvidenceSink([project](const EvidenceEntry& e) {
            if (const auto id = EvidenceLog(project->store()).append(e); !id)
                qWarning("Could not record the key registration: %s", qPrintable(id.error().toString()));
        });
    }
    ApiRequest req;
    req.url = request.keyUrl;
    req.kind = QStringLiteral("key-registration");
    // Always the SPKI we re-export: never anything the user pasted that might carry a private block.
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("publicKeyPem"), QString::fromLatin1(key->publicKeyPem())},
                                         {QStringLiteral("partner"), request.partner}})
                   .toJson(QJsonDocument::Compact);
    req.idempotencyKey = ApiClient::newIdempotencyKey();
    m_call = m_client->send(req);
    connect(m_call, &ApiCall::attemptStarted, this,
            [this](int) { emit progress(tr("Sending the public key to %1…").arg(m_request.keyUrl.host())); });
    connect(m_call, &ApiCall::finished, this, &KeyUploadWorker::onFinished);
    return {};
}

void KeyUploadWorker::cancel() {
    if (m_call)
        m_call->cancel();
}

void KeyUploadWorker::onFinished(const ApiResponse& response) {
    m_call.clear();
    Result<KeyUploadResult> result = parse(response);
    if (result) {
        const auto sent = crypto::KeyPair::fromPublicPem(m_request.publicKeyPem);
        if (!result->fingerprint.isEmpty() && sent &&
            result->fingerprint.compare(sent->sha256Fingerprint(), Qt::CaseInsensitive) != 0)
            result = makeError(tr("The server registered a different key than the one sent (fingerprints differ)."),
                               result->fingerprint);
    }
    if (result && m_project) {
        if (const Status s = store(*result); !s)
            result = s.error();
    }
    emit finished(result);
}

Status KeyUploadWorker::store(const KeyUploadResult& result) {
    auto profile = m_project->environments().find(m_request.environment);
    if (!profile)
        return makeError(tr("The environment %1 no longer exists.").arg(m_request.environment));
    const auto stored = m_project->keys().find(m_request.environment);
    const auto sent = crypto::KeyPair::fromPublicPem(m_request.publicKeyPem);
    if (!stored || !sent || stored->fingerprint != sent->sha256Fingerprint())
        return makeError(tr("The environment's key changed while it was being registered; register it again."));
    // Only the client_id changes in the saved profile (the practice profile's run-time URLs stay unsaved).
    profile->clientId = result.clientId;
    return m_project->store().transaction([&]() -> Status {
        if (Status s = m_project->environments().save(*profile); !s)
            return s;
        return m_project->keys().recordRegistration(m_request.environment, RegistrationRoute::Http, result.at);
    });
}

} // namespace bmp::net
