#pragma once

// What the --project forms of bmpctl share: opening the project, finding an environment (with the practice
// sandbox's run-time URLs), unlocking its key, and waiting for a worker's finished() signal.
#include "cli/Cli.h"
#include "core/Result.h"
#include "crypto/KeyPair.h"
#include "domain/Environment.h"

#include <QEventLoop>

#include <memory>
#include <optional>

namespace bmp {
class Project;
}

namespace bmp::cli {

Result<std::unique_ptr<Project>> openProjectFile(const QString& path);
Result<EnvironmentProfile> findEnvironment(Project& project, const QString& name);
// The profile as it must be used for network calls: the practice environment gets the in-process sandbox.
Result<EnvironmentProfile> usableEnvironment(Project& project, const QString& name);
// Reads the passphrase file and decrypts the environment's key with it.
Result<crypto::KeyPair> unlockEnvironmentKey(Cli& cli, Project& project, const QString& environment,
                                             const QString& passphraseFile);

// Runs an event loop until the worker's finished(result) arrives.
template <typename Worker, typename R> R waitForFinished(Worker& worker, void (Worker::*signal)(const R&)) {
    std::optional<R> out;
    QEventLoop loop;
    QObject::connect(&worker, signal, &loop, [&](const R& r) {
        out.emplace(r);
        loop.quit();
    });
    loop.exec();
    return *out;
}

} // namespace bmp::cli
