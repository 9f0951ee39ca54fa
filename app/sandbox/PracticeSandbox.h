#pragma once

#include "core/Result.h"
#include "domain/Environment.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace bmp::sandbox {

class SandboxServer;

// The Practice environment: the local BMP sandbox, started inside this process the first time something needs
// it (HTTPS on 127.0.0.1 with a CA made at start) and stopped with the process. Its port and CA change on
// every start, so they are never saved in a project: resolve() hands out a copy of the practice profile with
// the running sandbox's URLs and CA filled in. The sandbox's state (registered keys, hence the practice
// client_id) persists in stateDir so that what was registered yesterday still works today.
class PracticeSandbox : public QObject {
    Q_OBJECT
public:
    // The process's practice sandbox (created on first use, a child of the application object).
    static PracticeSandbox& instance();

    // Where the sandbox keeps its state; default: <app data>/practice-sandbox. Only before it starts.
    void setStateDir(const QString& directory);
    QString stateDir() const { return m_stateDir; }

    Status ensureStarted();
    bool isRunning() const;
    SandboxServer* server() const;

    // profile itself unless it is the practice profile using the built-in sandbox; then a copy with tokenUrl,
    // apiUrl, keyUrl and caBundlePem of the running sandbox (started when needed).
    Result<EnvironmentProfile> resolve(const EnvironmentProfile& profile);

signals:
    void started(const QString& baseUrl);

private:
    explicit PracticeSandbox(QObject* parent);
    QString m_stateDir;
    QPointer<SandboxServer> m_server;
};

} // namespace bmp::sandbox
