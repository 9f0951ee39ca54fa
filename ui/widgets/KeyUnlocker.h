#pragma once

#include "core/Result.h"
#include "crypto/KeyPair.h"
#include "widgets/Prompts.h"

#include <QObject>

#include <functional>

namespace bmp {
class Project;
}

namespace bmp::ui {

// Gets an environment's private key for signing: from this session's memory when it was unlocked before,
// otherwise by asking the passphrase (Prompts::passphrase) and decrypting on a worker thread (PBKDF2 takes
// about a second; the GUI keeps running). The passphrase is dropped as soon as the key is open.
class KeyUnlocker : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<crypto::KeyPair>&)>;

    KeyUnlocker(Project& project, const Prompts* prompts, QObject* parent = nullptr);

    // done is called exactly once: at once (cached key, no key, cancelled) or when decryption finishes.
    void unlock(const QString& environment, const QString& environmentName, Done done);
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);

private:
    Project& m_project;
    const Prompts* m_prompts;
    bool m_busy = false;
};

} // namespace bmp::ui
