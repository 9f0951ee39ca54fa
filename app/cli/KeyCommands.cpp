// bmpctl key generate|inspect — the file-based forms (the --project forms are in ProjectKeyCommands.cpp).
#include "cli/Cli.h"
#include "cli/ProjectKeyCommands.h"
#include "crypto/KeyFiles.h"
#include "crypto/KeyPair.h"
#include "crypto/PassphraseStrength.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace bmp::cli {

using crypto::KeyFiles;
using crypto::KeyPair;

namespace {

const QString kJson = QStringLiteral("json");
const QString kPassphraseFile = QStringLiteral("passphrase-file");

int generate(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("out-dir"), Cli::tr("directory for private.pem and public.pem"), QStringLiteral("DIR")});
    p.addOption({kPassphraseFile, Cli::tr("file holding the passphrase for private.pem"), QStringLiteral("F")});
    p.addOption({QStringLiteral("bits"), Cli::tr("2048, 3072 or 4096"), QStringLiteral("N"), QStringLiteral("2048")});
    p.addOption({QStringLiteral("project"), Cli::tr("project file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("env"), Cli::tr("environment"), QStringLiteral("ENV")});
    p.addOption({QStringLiteral("replace"), Cli::tr("replace the environment's current key (--project)")});
    p.addOption({kJson, Cli::tr("machine output")});
    if (!cli.parse(p, args))
        return Usage;
    if (!p.positionalArguments().isEmpty())
        return cli.usage(Cli::tr("key generate takes no positional argument"));
    if (p.isSet(QStringLiteral("project")))
        return generateKeyInProject(cli, p);
    if (!p.isSet(QStringLiteral("out-dir")) || !p.isSet(kPassphraseFile))
        return cli.usage(Cli::tr("key generate needs --out-dir DIR and --passphrase-file F"));
    bool ok = false;
    const int bits = p.value(QStringLiteral("bits")).toInt(&ok);
    if (!ok || (bits != 2048 && bits != 3072 && bits != 4096))
        return cli.usage(Cli::tr("--bits must be 2048, 3072 or 4096"));

    const QDir dir(p.value(QStringLiteral("out-dir")));
    const QString privatePath = dir.filePath(QStringLiteral("private.pem"));
    const QString publicPath = dir.filePath(QStringLiteral("public.pem"));
    for (const QString& path : {privatePath, publicPath}) {
        if (QFileInfo::exists(path))
            return cli.usage(Cli::tr("%1 already exists; refusing to overwrite a key").arg(path));
    }
    auto passphrase = cli.readPassphraseFile(p.value(kPassphraseFile));
    if (!passphrase)
        return cli.badInput(passphrase.error());
    const crypto::WipeGuard wipePassphrase(passphrase.value());
    // The same rule as a key kept in a project: a one-character passphrase protects nothing.
    if (const Status s = crypto::PassphraseStrength::checkMinimum(*passphrase); !s)
        return cli.badInput(s.error());
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return cli.badInput(makeError(Cli::tr("cannot create the directory %1").arg(dir.path())));

    const auto key = KeyPair::generate(bits);
    if (!key)
        return cli.failed(key.error());
    auto pem = key->encryptedPrivateKeyPem(*passphrase);
    if (!pem)
        return cli.failed(pem.error());
    if (const Status s = KeyFiles::writePrivate(privatePath, *pem); !s)
        return cli.failed(s.error());
    // Prove the saved file opens with this passphrase before telling the user it is their key.
    const auto reread = KeyPair::fromPrivatePem(*pem, *passphrase);
    if (!reread || !reread->samePublicKey(*key))
        return cli.failed(makeError(Cli::tr("%1 could not be read back; do not use it").arg(privatePath)));
    if (const Status s = KeyFiles::writePublic(publicPath, key->publicKeyPem()); !s)
        return cli.failed(s.error());

    if (p.isSet(kJson)) {
        cli.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("private"), QFileInfo(privatePath).absoluteFilePath()},
            {QStringLiteral("public"), QFileInfo(publicPath).absoluteFilePath()},
            {QStringLiteral("bits"), key->bits()},
            {QStringLiteral("fingerprint"), key->sha256Fingerprint()},
            {QStringLiteral("thumbprint"), key->jwkThumbprint()},
        }));
        return Ok;
    }
    cli.out() << Cli::tr("Private key: %1 (encrypted PKCS#8, RSA %2 bits, readable by you only)")
                     .arg(privatePath)
                     .arg(key->bits())
              << Qt::endl
              << Cli::tr("Public key:  %1 (send this file, and only it, to BMP)").arg(publicPath) << Qt::endl
              << Cli::tr("SHA-256 fingerprint: %1").arg(key->sha256Fingerprint()) << Qt::endl
              << Cli::tr("JWK thumbprint: %1").arg(key->jwkThumbprint()) << Qt::endl;
    return Ok;
}

int inspect(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({kPassphraseFile, Cli::tr("passphrase of an encrypted private key"), QStringLiteral("F")});
    p.addOption({kJson, Cli::tr("machine output")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("public or private key PEM"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 1)
        return cli.usage(Cli::tr("key inspect needs exactly one FILE"));
    const QString path = p.positionalArguments().first();
    auto pem = KeyFiles::read(path);
    if (!pem)
        return cli.badInput(pem.error());
    const crypto::WipeGuard wipePem(pem.value()); // it may be a plaintext private key

    const KeyPair::PemKind kind = KeyPair::classifyPem(*pem);
    Result<KeyPair> key = makeError({});
    if (kind == KeyPair::PemKind::PublicKey) {
        key = KeyPair::fromPublicPem(*pem);
    } else if (kind == KeyPair::PemKind::EncryptedPrivateKey && !p.isSet(kPassphraseFile)) {
        return cli.badInput(
            makeError(Cli::tr("%1 is an encrypted private key; give its passphrase with --passphrase-file").arg(path)));
    } else {
        QByteArray passphrase;
        if (p.isSet(kPassphraseFile)) {
            auto read = cli.readPassphraseFile(p.value(kPassphraseFile));
            if (!read)
                return cli.badInput(read.error());
            passphrase = std::move(read.value());
        }
        const crypto::WipeGuard wipePassphrase(passphrase);
        key = KeyPair::fromPrivatePem(*pem, passphrase);
    }
    if (!key)
        return cli.badInput(key.error());

    const bool isPrivate = key->hasPrivateKey();
    if (p.isSet(kJson)) {
        cli.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("type"), isPrivate ? QStringLiteral("private") : QStringLiteral("public")},
            {QStringLiteral("algorithm"), QStringLiteral("RSA")},
            {QStringLiteral("bits"), key->bits()},
            {QStringLiteral("encrypted"), kind == KeyPair::PemKind::EncryptedPrivateKey},
            {QStringLiteral("fingerprint"), key->sha256Fingerprint()},
            {QStringLiteral("thumbprint"), key->jwkThumbprint()},
            {QStringLiteral("jwk"), key->jwk()},
        }));
        return Ok;
    }
    if (!isPrivate)
        cli.out() << Cli::tr("RSA public key, %1 bits").arg(key->bits()) << Qt::endl;
    else if (kind == KeyPair::PemKind::EncryptedPrivateKey)
        cli.out() << Cli::tr("RSA private key, %1 bits, encrypted").arg(key->bits()) << Qt::endl;
    else
        cli.out() << Cli::tr("RSA private key, %1 bits, NOT encrypted").arg(key->bits()) << Qt::endl;
    cli.out() << Cli::tr("SHA-256 fingerprint: %1").arg(key->sha256Fingerprint()) << Qt::endl
              << Cli::tr("JWK thumbprint: %1").arg(key->jwkThumbprint()) << Qt::endl;
    return Ok;
}

} // namespace

int runKey(Cli& cli, const QStringList& args) {
    if (args.isEmpty())
        return cli.usage(Cli::tr("key needs a subcommand: generate, import, register or inspect"));
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("generate"))
        return generate(cli, rest);
    if (sub == QLatin1String("inspect"))
        return inspect(cli, rest);
    if (sub == QLatin1String("import"))
        return importKey(cli, rest);
    if (sub == QLatin1String("register"))
        return registerKey(cli, rest);
    return cli.usage(Cli::tr("unknown key subcommand '%1'").arg(sub));
}

} // namespace bmp::cli
