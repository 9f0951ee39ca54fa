#include "widgets/KeyUnlocker.h"

#include "core/BackgroundTask.h"
#include "crypto/Wipe.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"

#include <memory>

namespace bmp::ui {

KeyUnlocker::KeyUnlocker(Project& project, const Prompts* prompts, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_prompts(prompts) {}

void KeyUnlocker::unlock(const QString& environment, const QString& environmentName, Done done) {
    if (m_busy) {
        done(makeError(tr("The key is already being unlocked.")));
        return;
    }
    if (const auto cached = m_project.keys().unlocked(environment)) {
        done(*cached);
        return;
    }
    const auto pem = m_project.keys().encryptedPem(environment);
    if (!pem) {
        done(pem.error());
        return;
    }
    std::optional<QByteArray> passphrase;
    if (m_prompts && m_prompts->passphrase)
        passphrase = m_prompts->passphrase(tr("Passphrase of the %1 private key:").arg(environmentName));
    if (!passphrase) {
        done(makeError(tr("No passphrase was given, so the key stays locked.")));
        return;
    }
    m_busy = true;
    emit busyChanged(true);
    auto result = std::make_shared<Result<crypto::KeyPair>>(makeError(QString()));
    auto secret = std::make_shared<QByteArray>(std::move(*passphrase));
    const QByteArray encrypted = *pem;
    auto* task = BackgroundTask::run(this, [result, secret, encrypted] {
        *result = KeyVault::open(encrypted, *secret);
        crypto::wipe(*secret);
    });
    connect(task, &BackgroundTask::done, this, [this, result, environment, done] {
        m_busy = false;
        emit busyChanged(false);
        if (result->ok())
            m_project.keys().keepUnlocked(environment, result->value());
        done(*result);
    });
}

} // namespace bmp::ui
