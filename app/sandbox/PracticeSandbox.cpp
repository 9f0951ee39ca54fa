#include "sandbox/PracticeSandbox.h"
#include "storage/ServerAddress.h"

#include <QCryptographicHash>

#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace bmp::sandbox {

PracticeSandbox::PracticeSandbox(QObject* parent)
    : QObject(parent) {
    setObjectName(QStringLiteral("practiceSandbox"));
}

PracticeSandbox& PracticeSandbox::instance() {
    static QPointer<PracticeSandbox> sandbox;
    if (!sandbox)
        sandbox = new PracticeSandbox(QCoreApplication::instance());
    return *sandbox;
}

void PracticeSandbox::setStateDir(const QString& directory) {
    if (isRunning())
        return;
    m_stateDir = directory;
    m_explicitStateDir = true;
}

QString PracticeSandbox::stateDirFor(const QString& projectPath) {
    return projectPath + QStringLiteral(".practice");
}

void PracticeSandbox::useProject(const QString& projectPath) {
    if (m_explicitStateDir || projectPath.isEmpty())
        return;
    // A shared project has no folder: each person's practice sandbox is their own, kept with their data.
    const QString wanted =
        storage::ServerAddress::looksLike(projectPath)
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/practice-") +
                  QString::fromLatin1(
                      QCryptographicHash::hash(projectPath.toUtf8(), QCryptographicHash::Sha256).toHex().left(16))
            : stateDirFor(QFileInfo(projectPath).absoluteFilePath());
    if (wanted == m_stateDir)
        return;
    if (m_server) {
        // Another project's sandbox: it goes, with its state saved in that project's folder.
        delete m_server;
    }
    m_stateDir = wanted;
}

SandboxServer* PracticeSandbox::server() const {
    return m_server.data();
}

bool PracticeSandbox::isRunning() const {
    return m_server && m_server->isListening();
}

Status PracticeSandbox::ensureStarted() {
    if (isRunning())
        return {};
    if (m_stateDir.isEmpty())
        m_stateDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(QStringLiteral("practice-sandbox"));
    if (!QDir().mkpath(m_stateDir))
        return makeError(tr("The practice sandbox cannot keep its state in %1.").arg(m_stateDir));
    // Its state holds the practice client's registration and proposals: the owner's only, like the project.
    QFile::setPermissions(m_stateDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    SandboxServer::Options options;
    options.tls = true; // rehearse what BMP does: HTTPS, with a CA the environment trusts explicitly
    options.stateDir = m_stateDir;
    delete m_server;
    m_server = new SandboxServer(options, this);
    if (const Status s = m_server->start(); !s) {
        delete m_server;
        return makeError(tr("The practice sandbox could not start: %1").arg(s.error().message), s.error().detail);
    }
    emit started(m_server->baseUrl().toString());
    return {};
}

Result<EnvironmentProfile> PracticeSandbox::resolve(const EnvironmentProfile& profile) {
    if (!profile.usesBuiltInSandbox())
        return profile;
    if (const Status s = ensureStarted(); !s)
        return s.error();
    EnvironmentProfile resolved = profile;
    const QString base = m_server->baseUrl().toString();
    resolved.tokenUrl = m_server->tokenUrl().toString();
    resolved.apiUrl = base;
    resolved.keyUrl = base + QStringLiteral("/_sandbox/keys");
    resolved.caBundlePem = m_server->caCertificatePem();
    return resolved;
}

} // namespace bmp::sandbox
