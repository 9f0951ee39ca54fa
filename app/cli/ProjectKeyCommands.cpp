// bmpctl key generate|import|register --project and jwt sign --project: keys kept encrypted in a project.
#include "cli/ProjectKeyCommands.h"

#include "cli/ProjectAccess.h"
#include "crypto/ClientAssertion.h"
#include "crypto/KeyFiles.h"
#include "crypto/Wipe.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "net/KeyUploadWorker.h"

#include <QDateTime>
#include <QJsonObject>

namespace bmp::cli {

using crypto::KeyPair;

namespace {

const QString kProject = QStringLiteral("project");
const QString kEnv = QStringLiteral("env");
const QString kPassphraseFile = QStringLiteral("passphrase-file");
const QString kJson = QStringLiteral("json");
const QString kReplace = QStringLiteral("replace");

// Stores key for env and reports it as key generate/import do.
int storeAndReport(Cli& cli, Project& project, const QString& env, const KeyPair& key, KeySource source,
                   const QString& passphraseFile, bool json) {
    auto passphrase = cli.readPassphraseFile(passphraseFile);
    if (!passphrase)
        return cli.badInput(passphrase.error());
    const crypto::WipeGuard wipe(passphrase.value());
    if (const Status s = project.keys().store(env, key, *passphrase, source); !s)
        return cli.badInput(s.error());
    const QString warning = project.keys().reuseWarning(env);
    if (json) {
        QJsonObject o{{QStringLiteral("environment"), env},
                      {QStringLiteral("bits"), key.bits()},
                      {QStringLiteral("source"), KeyVault::sourceKey(source)},
                      {QStringLiteral("fingerprint"), key.sha256Fingerprint()},
                      {QStringLiteral("thumbprint"), key.jwkThumbprint()}};
        if (!warning.isEmpty())
            o.insert(QStringLiteral("warning"), warning);
        cli.printJson(QJsonDocument(o));
    } else {
        cli.out()
            << Cli::tr("Stored an RSA %1-bit key for %2, encrypted with your passphrase.").arg(key.bits()).arg(env)
            << Qt::endl
            << Cli::tr("SHA-256 fingerprint: %1").arg(key.sha256Fingerprint()) << Qt::endl
            << Cli::tr("JWK thumbprint: %1").arg(key.jwkThumbprint()) << Qt::endl;
    }
    if (!warning.isEmpty())
        cli.err() << "bmpctl: " << Cli::tr("warning: %1").arg(warning) << Qt::endl;
    return Ok;
}

// Opens the project and checks the environment; refuses to replace an existing key without --replace.
Result<std::unique_ptr<Project>> projectForNewKey(const QCommandLineParser& p) {
    auto project = openProjectFile(p.value(kProject));
    if (!project)
        return project;
    const QString env = p.value(kEnv);
    if (const auto profile = findEnvironment(**project, env); !profile)
        return profile.error();
    if (const auto existing = (*project)->keys().find(env); existing && !p.isSet(kReplace)) {
        return makeError((existing->isRegistered()
                              ? Cli::tr("%1 already has a key (%2), registered with BMP; add --replace to replace it")
                              : Cli::tr("%1 already has a key (%2); add --replace to replace it"))
                             .arg(env, existing->fingerprint));
    }
    return project;
}

} // namespace

int generateKeyInProject(Cli& cli, const QCommandLineParser& p) {
    if (!p.isSet(kEnv) || !p.isSet(kPassphraseFile))
        return cli.usage(Cli::tr("key generate --project needs --env ENV and --passphrase-file F"));
    if (p.isSet(QStringLiteral("out-dir")))
        return cli.usage(Cli::tr("--out-dir and --project exclude each other"));
    bool ok = false;
    const int bits = p.value(QStringLiteral("bits")).toInt(&ok);
    if (!ok || (bits != 2048 && bits != 3072 && bits != 4096))
        return cli.usage(Cli::tr("--bits must be 2048, 3072 or 4096"));
    auto project = projectForNewKey(p);
    if (!project)
        return cli.badInput(project.error());
    // Check the passphrase before spending seconds on a 4096-bit key.
    if (auto pass = cli.readPassphraseFile(p.value(kPassphraseFile)); !pass)
        return cli.badInput(pass.error());
    else
        crypto::wipe(pass.value());
    const auto key = KeyPair::generate(bits);
    if (!key)
        return cli.failed(key.error());
    return storeAndReport(cli, **project, p.value(kEnv), *key, KeySource::Generated, p.value(kPassphraseFile),
                          p.isSet(kJson));
}

int importKey(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({kProject, Cli::tr("project file"), QStringLiteral("FILE")});
    p.addOption({kEnv, Cli::tr("environment"), QStringLiteral("ENV")});
    p.addOption({QStringLiteral("key"), Cli::tr("private key PEM (PKCS#1 or PKCS#8)"), QStringLiteral("PEM")});
    p.addOption({QStringLiteral("key-passphrase-file"),
                 Cli::tr("passphrase of the PEM when it is encrypted with another one"), QStringLiteral("F")});
    p.addOption({kPassphraseFile, Cli::tr("passphrase to encrypt the key with in the project"), QStringLiteral("F")});
    p.addOption({kReplace, Cli::tr("replace the environment's current key")});
    p.addOption({kJson, Cli::tr("machine output")});
    if (!cli.parse(p, args))
        return Usage;
    if (!p.positionalArguments().isEmpty())
        return cli.usage(Cli::tr("key import takes no positional argument"));
    for (const QString& name : {kProject, kEnv, QStringLiteral("key"), kPassphraseFile}) {
        if (!p.isSet(name))
            return cli.usage(Cli::tr("key import needs --%1").arg(name));
    }
    auto project = projectForNewKey(p);
    if (!project)
        return cli.badInput(project.error());
    auto pem = crypto::KeyFiles::read(p.value(QStringLiteral("key")));
    if (!pem)
        return cli.badInput(pem.error());
    const crypto::WipeGuard wipePem(pem.value());
    QByteArray keyPassphrase;
    const crypto::WipeGuard wipeKeyPassphrase(keyPassphrase);
    if (KeyPair::classifyPem(*pem) == KeyPair::PemKind::EncryptedPrivateKey) {
        // The PEM's own passphrase; when not given, the project passphrase is tried (often the same).
        const QString file = p.isSet(QStringLiteral("key-passphrase-file"))
                                 ? p.value(QStringLiteral("key-passphrase-file"))
                                 : p.value(kPassphraseFile);
        auto read = cli.readPassphraseFile(file);
        if (!read)
            return cli.badInput(read.error());
        keyPassphrase = std::move(read.value());
    }
    const auto key = KeyPair::fromPrivatePem(*pem, keyPassphrase);
    if (!key)
        return cli.badInput(key.error());
    return storeAndReport(cli, **project, p.value(kEnv), *key, KeySource::Imported, p.value(kPassphraseFile),
                          p.isSet(kJson));
}

int registerKey(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({kProject, Cli::tr("project file"), QStringLiteral("FILE")});
    p.addOption({kEnv, Cli::tr("environment"), QStringLiteral("ENV")});
    p.addOption({kJson, Cli::tr("machine output")});
    if (!cli.parse(p, args))
        return Usage;
    if (!p.positionalArguments().isEmpty())
        return cli.usage(Cli::tr("key register takes no positional argument"));
    if (!p.isSet(kProject) || !p.isSet(kEnv))
        return cli.usage(Cli::tr("key register needs --project FILE and --env ENV"));
    auto project = openProjectFile(p.value(kProject));
    if (!project)
        return cli.badInput(project.error());
    Project& pr = **project;
    const QString env = p.value(kEnv);
    if (const auto known = findEnvironment(pr, env); !known)
        return cli.badInput(known.error());
    const auto key = pr.keys().find(env);
    if (!key)
        return cli.badInput(makeError(
            Cli::tr("the %1 environment has no key yet (bmpctl key generate --project or key import)").arg(env)));
    const auto profile = usableEnvironment(pr, env);
    if (!profile)
        return cli.failed(profile.error());
    if (profile->keyUrl.isEmpty())
        return cli.badInput(makeError(Cli::tr("the %1 environment has no key URL: BMP registers keys by e-mail "
                                              "ticket (send public.pem, record it in the app), or set one with "
                                              "bmpctl env set --key-url")
                                          .arg(env)));

    net::KeyUploadWorker worker;
    worker.setProject(&pr);
    net::KeyUploadRequest request;
    request.environment = env;
    request.keyUrl = QUrl(profile->keyUrl);
    request.publicKeyPem = key->publicPem;
    request.partner = pr.partner();
    request.rateLimit = profile->rateLimit;
    request.caBundlePem = profile->caBundlePem;
    if (const Status s = worker.start(request); !s)
        return cli.badInput(s.error());
    const auto result = waitForFinished(worker, &net::KeyUploadWorker::finished);
    if (!result)
        return cli.failed(result.error());
    if (p.isSet(kJson)) {
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("environment"), env},
                                                {QStringLiteral("clientId"), result->clientId},
                                                {QStringLiteral("fingerprint"), key->fingerprint},
                                                {QStringLiteral("registeredAt"), result->at.toString(Qt::ISODate)}}));
    } else {
        cli.out() << Cli::tr("Registered the %1 public key (%2).").arg(env, key->fingerprint) << Qt::endl
                  << Cli::tr("client_id: %1").arg(result->clientId) << Qt::endl;
    }
    return Ok;
}

int signJwtForProject(Cli& cli, const QCommandLineParser& p) {
    for (const QString& name : {kEnv, kPassphraseFile}) {
        if (!p.isSet(name))
            return cli.usage(Cli::tr("jwt sign --project needs --%1").arg(name));
    }
    for (const char* name : {"key", "client-id", "aud"}) {
        if (p.isSet(QLatin1String(name)))
            return cli.usage(Cli::tr("--%1 and --project exclude each other").arg(QLatin1String(name)));
    }
    bool ok = false;
    const int lifetime = p.value(QStringLiteral("lifetime")).toInt(&ok);
    if (!ok || lifetime < 1 || lifetime > 86400)
        return cli.usage(Cli::tr("--lifetime must be a number of seconds from 1 to 86400"));
    auto project = openProjectFile(p.value(kProject));
    if (!project)
        return cli.badInput(project.error());
    const QString env = p.value(kEnv);
    const auto known = findEnvironment(**project, env);
    if (!known)
        return cli.badInput(known.error());
    if (known->clientId.isEmpty())
        return cli.badInput(makeError(
            Cli::tr("the %1 environment has no client_id yet (key register, or env set --client-id)").arg(env)));
    const auto profile = usableEnvironment(**project, env);
    if (!profile)
        return cli.failed(profile.error());
    const auto key = unlockEnvironmentKey(cli, **project, env, p.value(kPassphraseFile));
    if (!key)
        return cli.badInput(key.error());
    const auto assertion = crypto::ClientAssertion::make(profile->clientId, profile->tokenUrl,
                                                         QDateTime::currentSecsSinceEpoch(), lifetime);
    const auto token = assertion.sign(*key);
    if (!token)
        return cli.failed(token.error());
    // The user asked for the assertion itself: this command's output is the secret, by design.
    if (p.isSet(kJson)) {
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(*token)},
                                                {QStringLiteral("jti"), assertion.jti},
                                                {QStringLiteral("iat"), assertion.issuedAt},
                                                {QStringLiteral("exp"), assertion.expiresAt()},
                                                {QStringLiteral("aud"), assertion.audience},
                                                {QStringLiteral("clientId"), assertion.clientId}}));
    } else {
        cli.out() << QString::fromLatin1(*token) << Qt::endl;
    }
    return Ok;
}

} // namespace bmp::cli
