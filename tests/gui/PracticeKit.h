#pragma once

// What a GUI test needs to rehearse like a user who did step 3: the Practice key stored (encrypted) in the project,
// registered with the project's practice sandbox, its client_id in the Practice environment, and step 5's token
// factory answering the passphrase question by script.

#include "crypto/KeyPair.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "pages/ProposalsPage.h"
#include "sandbox/PracticeSandbox.h"
#include "sandbox/SandboxEngine.h"
#include "sandbox/SandboxServer.h"
#include "widgets/StepFiveTokens.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace practicekit {

inline const QByteArray kPassphrase = "practice passphrase 42";

inline bmp::crypto::KeyPair fixtureKey() {
    QFile f(QStringLiteral(BMP_TEST_DATA_DIR "/keys/rsa2048-pkcs8.pem"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture key");
    return bmp::crypto::KeyPair::fromPrivatePem(f.readAll()).value();
}

// Returns the client_id the sandbox gave, empty on failure.
inline QString registerPracticeKey(bmp::Project& project, double rateLimit = 50, qint64 settlementDelayMs = 300) {
    using namespace bmp;
    auto& practice = sandbox::PracticeSandbox::instance();
    practice.useProject(project.path());
    if (!project.keys().store(QStringLiteral("practice"), fixtureKey(), kPassphrase, KeySource::Imported))
        return {};
    if (!practice.resolve(*project.environments().find(QStringLiteral("practice"))))
        return {};
    sandbox::SandboxRequest r;
    r.method = "POST";
    r.path = "/_sandbox/keys";
    r.headers = {{"Content-Type", "application/json"}, {"Host", "127.0.0.1"}};
    r.body =
        QJsonDocument(QJsonObject{{QStringLiteral("publicKeyPem"), QString::fromLatin1(fixtureKey().publicKeyPem())},
                                  {QStringLiteral("partner"), project.partner()}})
            .toJson(QJsonDocument::Compact);
    const QString clientId = practice.server()->engine()->handle(r).json().value(QStringLiteral("clientId")).toString();
    if (clientId.isEmpty())
        return {};
    EnvironmentProfile env = *project.environments().find(QStringLiteral("practice"));
    env.clientId = clientId;
    env.rateLimit = rateLimit;
    if (!project.environments().save(env))
        return {};
    if (!project.keys().recordRegistration(QStringLiteral("practice"), RegistrationRoute::Http,
                                           QDateTime::currentDateTimeUtc()))
        return {};
    practice.server()->engine()->setSettlementDelay(settlementDelayMs);
    // Step 5's tokens, the passphrase typed by script.
    bmp::ui::ProposalsPage::setTokenProviderFactory(bmp::ui::stepFiveTokens(project, [] {
        bmp::ui::Prompts p;
        p.passphrase = [](const QString&) { return std::optional<QByteArray>(kPassphrase); };
        return p;
    }));
    return clientId;
}

inline bmp::sandbox::SandboxEngine* engine() {
    auto* server = bmp::sandbox::PracticeSandbox::instance().server();
    return server ? server->engine() : nullptr;
}

} // namespace practicekit
