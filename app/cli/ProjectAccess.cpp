#include "cli/ProjectAccess.h"

#include "crypto/Wipe.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "sandbox/PracticeSandbox.h"

namespace bmp::cli {

Result<std::unique_ptr<Project>> openProjectFile(const QString& path) {
    if (path.isEmpty())
        return makeError(Cli::tr("--project needs the project file"));
    return Project::open(path);
}

Result<EnvironmentProfile> findEnvironment(Project& project, const QString& name) {
    if (name.isEmpty())
        return makeError(Cli::tr("--env needs an environment name (practice, homologation, production or yours)"));
    const auto profile = project.environments().find(name);
    if (!profile) {
        QStringList names;
        for (const EnvironmentProfile& p : project.environments().list())
            names.append(p.name);
        return makeError(Cli::tr("the project has no environment '%1' (it has: %2)").arg(name, names.join(u", ")));
    }
    return *profile;
}

Result<EnvironmentProfile> usableEnvironment(Project& project, const QString& name) {
    const auto profile = findEnvironment(project, name);
    if (!profile)
        return profile;
    sandbox::PracticeSandbox::instance().useProject(project.path()); // the same practice sandbox as the app's
    return sandbox::PracticeSandbox::instance().resolve(*profile);
}

Result<crypto::KeyPair> unlockEnvironmentKey(Cli& cli, Project& project, const QString& environment,
                                             const QString& passphraseFile) {
    if (!project.keys().find(environment))
        return makeError(Cli::tr("the %1 environment has no key yet (bmpctl key generate --project or key import)")
                             .arg(environment));
    auto passphrase = cli.readPassphraseFile(passphraseFile);
    if (!passphrase)
        return passphrase.error();
    const crypto::WipeGuard wipe(passphrase.value());
    return project.keys().unlock(environment, *passphrase);
}

} // namespace bmp::cli
