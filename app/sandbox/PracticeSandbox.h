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
// the running sandbox's URLs and CA filled in. One sandbox per project, used by steps 3 to 7 alike: its state
// (the registered key, hence the practice client_id, and the proposals) is kept next to the project file
// (`<project>.practice/`), so that what was registered or sent yesterday is still there today.
class PracticeSandbox : public QObject {
    Q_OBJECT
public:
    // The process's practice sandbox (created on first use, a child of the application object).
    static PracticeSandbox& instance();

    // The project whose practice sandbox this is: its state lives in `<projectPath>.practice`. A sandbox running
    // for another project is stopped (the next use starts this project's). Ignored after setStateDir().
    void useProject(const QString& projectPath);
    static QString stateDirFor(const QString& projectPath);
    // An explicit state directory for every project (tests); only before the sandbox starts.
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
    bool m_explicitStateDir = false;
    QPointer<SandboxServer> m_server;
};

} // namespace bmp::sandbox
