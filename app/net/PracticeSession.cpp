#include "net/PracticeSession.h"

#include "crypto/KeyGenJob.h"
#include "net/ApiClient.h"
#include "net/ClientCredentialsToken.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bmp::net {

PracticeSession::PracticeSession(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_key(m_options.key) {}

PracticeSession::~PracticeSession() = default;

QUrl PracticeSession::baseUrl() const {
    return m_server ? m_server->baseUrl() : QUrl();
}

QUrl PracticeSession::tokenUrl() const {
    return m_server ? m_server->tokenUrl() : QUrl();
}

void PracticeSession::start() {
    if (m_started)
        return;
    m_started = true;
    sandbox::SandboxServer::Options o;
    o.config.mode = m_options.mode;
    o.config.rateLimitRps = m_options.rateLimitRps;
    o.config.settlementDelayMs = m_options.settlementDelayMs;
    o.config.requireSignature = m_options.requireSignature;
    m_server = new sandbox::SandboxServer(o, this);
    if (const Status s = m_server->start(); !s) {
        fail(s.error());
        return;
    }
    connect(m_server->engine(), &sandbox::SandboxEngine::proposalStatusChanged, this,
            [this](const QString& code, int status, const QString&) { emit proposalStatusChanged(code, status); });
    if (!m_key.isNull()) {
        registerKey();
        return;
    }
    m_keyJob = new crypto::KeyGenJob(this);
    connect(m_keyJob, &crypto::KeyGenJob::finished, this, [this](const Result<crypto::KeyPair>& key) {
        if (!key) {
            fail(key.error());
            return;
        }
        m_key = *key;
        registerKey();
    });
    m_keyJob->start(crypto::KeyPair::kMinimumBits);
}

void PracticeSession::registerKey() {
    // In-process: the same route a partner's tool would use over HTTP, without a round trip.
    sandbox::SandboxRequest request;
    request.method = "POST";
    request.path = "/_sandbox/keys";
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("publicKeyPem"), QString::fromLatin1(m_key.publicKeyPem())},
                                  {QStringLiteral("partner"), m_options.partner}})
            .toJson(QJsonDocument::Compact);
    const sandbox::SandboxResponse response = m_server->engine()->handle(request);
    m_clientId = response.json().value(QStringLiteral("clientId")).toString();
    if (response.status != 200 || m_clientId.isEmpty()) {
        fail(makeError(tr("The practice sandbox refused the key."), QString::fromUtf8(response.body.left(300))));
        return;
    }
    m_ready = true;
    emit ready(Status{});
}

void PracticeSession::fail(const Error& error) {
    emit ready(makeError(tr("The practice sandbox could not start: %1").arg(error.message), error.detail));
}

TokenProvider PracticeSession::tokenProvider(ApiClient* client) {
    auto* source = new ClientCredentialsToken(client, tokenUrl(), m_clientId,
                                              QStringLiteral("bmp.digital.api.full.access"), m_key, client);
    return source->provider();
}

} // namespace bmp::net
