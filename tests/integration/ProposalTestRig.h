#pragma once

// Everything a proposals test or benchmark needs: a project file, the in-process sandbox (PracticeSession with the
// fixture key), an ApiClient paced by its own rate limiter, a token source, and a ProposalWorker over them.

#include "crypto/ClientAssertion.h"
#include "crypto/KeyPair.h"
#include "domain/Project.h"
#include "domain/ProposalStore.h"
#include "net/ApiClient.h"
#include "net/ClientCredentialsToken.h"
#include "net/EvidenceLog.h"
#include "net/PracticeSession.h"
#include "net/ProposalWorker.h"
#include "net/RateLimiter.h"
#include "sandbox/SandboxServer.h"
#include "storage/ProjectStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace testkit {

inline bmp::crypto::KeyPair fixtureKey() {
    QFile f(QStringLiteral(BMP_TEST_DATA_DIR "/keys/rsa2048-pkcs8.pem"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture key");
    return bmp::crypto::KeyPair::fromPrivatePem(f.readAll()).value();
}

struct RigOptions {
    bmp::sandbox::SandboxMode mode = bmp::sandbox::SandboxMode::Homologation;
    std::optional<double> serverRps;
    double clientRps = 0; // 0: unlimited
    qint64 settlementDelayMs = 200;
    int timeoutMs = 10000;
    int baseBackoffMs = 100;
    bool autoFix = true;
};

class ProposalRig {
public:
    explicit ProposalRig(RigOptions options = {})
        : m_options(options)
        , environment(QStringLiteral("rig-") + QUuid::createUuid().toString(QUuid::Id128).left(12)) {
        auto p = bmp::Project::create(dir.filePath(QStringLiteral("rig.bmpproj")), QStringLiteral("Rig Fintech"),
                                      {bmp::Product::Caas});
        if (!p)
            qFatal("project: %s", qPrintable(p.error().toString()));
        project = std::move(p).value();
        store = std::make_unique<bmp::ProposalStore>(project->store());
        evidence = std::make_unique<bmp::net::EvidenceLog>(project->store());

        bmp::net::PracticeSession::Options o;
        o.mode = options.mode;
        o.rateLimitRps = options.serverRps;
        o.settlementDelayMs = options.settlementDelayMs;
        o.key = fixtureKey();
        practice = std::make_unique<bmp::net::PracticeSession>(o);
        QSignalSpy ready(practice.get(), &bmp::net::PracticeSession::ready);
        practice->start();
        if (ready.isEmpty() && !ready.wait(20000))
            qFatal("the practice sandbox did not start");
        const auto status = ready.first().first().value<bmp::Status>();
        if (!status)
            qFatal("sandbox: %s", qPrintable(status.error().toString()));
        apiBase = practice->baseUrl();
    }

    // Points the client at another URL (a fault proxy in front of the sandbox), for the API and the token.
    void routeThrough(const QUrl& base) { apiBase = base; }

    bmp::net::ProposalWorker* makeWorker() {
        worker.reset();
        client.reset();
        bmp::net::Connection c;
        c.environment = environment;
        c.requestsPerSecond = m_options.clientRps;
        c.timeoutMs = m_options.timeoutMs;
        c.baseBackoffMs = m_options.baseBackoffMs;
        client = std::make_unique<bmp::net::ApiClient>(c);
        token = new bmp::net::ClientCredentialsToken(
            client.get(), QUrl(apiBase.toString() + QStringLiteral("/connect/token")), practice->clientId(),
            QStringLiteral("bmp.digital.api.full.access"), practice->key(), client.get());
        token->setAudience(practice->tokenUrl().toString());
        worker = std::make_unique<bmp::net::ProposalWorker>(client.get(), apiBase, token->provider(), *store,
                                                            evidence.get());
        bmp::net::ProposalWorkerOptions wo;
        wo.autoFix = m_options.autoFix;
        wo.pollBaseMs = m_options.clientRps > 0 ? qint64(1000 / m_options.clientRps) : 100;
        worker->setOptions(wo);
        return worker.get();
    }

    QList<bmp::ProposalScenario> scenarios() const {
        QList<bmp::ProposalScenario> out;
        for (bmp::ScenarioId id : bmp::ProposalScenario::all())
            out.append(store->scenario(id));
        return out;
    }

    // Starts and waits until the worker has nothing left to do.
    bool runToEnd(int timeoutMs) {
        QSignalSpy finished(worker.get(), &bmp::net::ProposalWorker::finished);
        const bmp::Status started = worker->start(scenarios());
        if (!started) {
            qWarning("start: %s", qPrintable(started.error().toString()));
            return false;
        }
        return !finished.isEmpty() || finished.wait(timeoutMs);
    }

    // The sandbox's own record of what it received (GET /_sandbox/requests), business and token calls only.
    QJsonArray sandboxRequests() const {
        QNetworkAccessManager nam;
        QNetworkReply* reply =
            nam.get(QNetworkRequest(QUrl(practice->baseUrl().toString() + QStringLiteral("/_sandbox/requests"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        QJsonArray out;
        for (const QJsonValue& v : QJsonDocument::fromJson(reply->readAll()).array()) {
            if (!v.toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1String("/_sandbox")))
                out.append(v);
        }
        reply->deleteLater();
        return out;
    }

    int sandboxProposals() const { return practice->server()->engine()->proposals().count(); }

    // A call straight into the sandbox's engine with the practice client's credentials: for a test that sets up
    // BMP's side of a story (a proposal made by an earlier, lost run).
    bmp::sandbox::SandboxResponse directCall(const QByteArray& path, const QJsonObject& body) {
        if (m_directToken.isEmpty()) {
            bmp::sandbox::SandboxRequest t;
            t.method = "POST";
            t.path = "/connect/token";
            t.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
            const auto assertion =
                bmp::crypto::ClientAssertion::make(practice->clientId(), practice->tokenUrl().toString(),
                                                   QDateTime::currentSecsSinceEpoch(), 300)
                    .sign(practice->key());
            t.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(practice->clientId()) +
                     "&scope=bmp.digital.api.full.access&client_assertion_type=" +
                     QUrl::toPercentEncoding(QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")) +
                     "&client_assertion=" + assertion.value();
            m_directToken = practice->server()
                                ->engine()
                                ->handle(t)
                                .json()
                                .value(QStringLiteral("access_token"))
                                .toString()
                                .toLatin1();
        }
        bmp::sandbox::SandboxRequest r;
        r.method = "POST";
        r.path = path;
        r.headers = {{"Content-Type", "application/json"},
                     {"Authorization", "Bearer " + m_directToken},
                     {"IdempotencyKey", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}};
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return practice->server()->engine()->handle(r);
    }

    QTemporaryDir dir;
    RigOptions m_options;
    QString environment;
    std::unique_ptr<bmp::Project> project;
    std::unique_ptr<bmp::ProposalStore> store;
    std::unique_ptr<bmp::net::EvidenceLog> evidence;
    std::unique_ptr<bmp::net::PracticeSession> practice;
    QUrl apiBase;
    std::unique_ptr<bmp::net::ApiClient> client;
    bmp::net::ClientCredentialsToken* token = nullptr;
    std::unique_ptr<bmp::net::ProposalWorker> worker;

private:
    QByteArray m_directToken;
};

} // namespace testkit
