// bmpctl jwt sign|decode|verify — the file-based forms (the --project form is in ProjectKeyCommands.cpp).
#include "cli/Cli.h"
#include "cli/ProjectKeyCommands.h"
#include "crypto/Jwt.h"
#include "crypto/KeyFiles.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QUrl>

namespace bmp::cli {

using crypto::ClientAssertion;
using crypto::Jwt;
using crypto::KeyFiles;
using crypto::KeyPair;

namespace {

const QString kJson = QStringLiteral("json");

// TOKEN on the command line, or "-" to read it from stdin (keeps it out of the process list).
Result<QByteArray> tokenArgument(const QString& arg) {
    QByteArray token;
    if (arg == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return makeError(Cli::tr("cannot read the token from standard input"));
        token = in.read(Jwt::kMaxTokenSize + 1024);
    } else {
        token = arg.toUtf8();
    }
    return token.trimmed();
}

QString utc(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString timeStateKey(Jwt::TimeState state) {
    switch (state) {
    case Jwt::TimeState::Valid:
        return QStringLiteral("valid");
    case Jwt::TimeState::Expired:
        return QStringLiteral("expired");
    case Jwt::TimeState::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case Jwt::TimeState::Invalid:
        return QStringLiteral("invalid");
    case Jwt::TimeState::NoExpiry:
        break;
    }
    return QStringLiteral("no-exp");
}

QString timeStateText(const QJsonObject& payload, qint64 now) {
    const qint64 exp = payload.value(QStringLiteral("exp")).toInteger();
    const qint64 nbf = payload.value(QStringLiteral("nbf")).toInteger();
    switch (Jwt::timeState(payload, now)) {
    case Jwt::TimeState::Valid:
        return Cli::tr("Expires at %1 (in %2 s).").arg(utc(exp)).arg(exp - now);
    case Jwt::TimeState::Expired:
        return Cli::tr("EXPIRED at %1 (%2 s ago).").arg(utc(exp)).arg(now - exp);
    case Jwt::TimeState::NotYetValid:
        return Cli::tr("NOT YET VALID: usable from %1 (in %2 s).").arg(utc(nbf)).arg(nbf - now);
    case Jwt::TimeState::Invalid:
        return Cli::tr("INVALID times: exp, nbf and iat must be whole numbers of seconds since 1970 (up to the year "
                       "9999).");
    case Jwt::TimeState::NoExpiry:
        break;
    }
    return Cli::tr("The token has no \"exp\" claim.");
}

int sign(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("key"), Cli::tr("private key PEM"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("passphrase-file"), Cli::tr("passphrase of the key"), QStringLiteral("F")});
    p.addOption({QStringLiteral("client-id"), Cli::tr("client_id (iss and sub)"), QStringLiteral("ID")});
    p.addOption({QStringLiteral("aud"), Cli::tr("token endpoint URL"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("lifetime"), Cli::tr("seconds until exp"), QStringLiteral("SECONDS"),
                 QString::number(ClientAssertion::kDefaultLifetime)});
    p.addOption({QStringLiteral("project"), Cli::tr("project file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("env"), Cli::tr("environment"), QStringLiteral("ENV")});
    p.addOption({kJson, Cli::tr("machine output")});
    if (!cli.parse(p, args))
        return Usage;
    if (!p.positionalArguments().isEmpty())
        return cli.usage(Cli::tr("jwt sign takes no positional argument"));
    if (p.isSet(QStringLiteral("project")))
        return signJwtForProject(cli, p);
    for (const char* name : {"key", "passphrase-file", "client-id", "aud"}) {
        if (!p.isSet(QLatin1String(name)))
            return cli.usage(Cli::tr("jwt sign needs --%1").arg(QLatin1String(name)));
    }
    const QString clientId = p.value(QStringLiteral("client-id")).trimmed();
    if (clientId.isEmpty())
        return cli.usage(Cli::tr("--client-id must not be empty"));
    const QUrl aud(p.value(QStringLiteral("aud")), QUrl::StrictMode);
    if (!aud.isValid() || aud.host().isEmpty() ||
        (aud.scheme() != QLatin1String("https") && aud.scheme() != QLatin1String("http")))
        return cli.usage(
            Cli::tr("--aud must be the token endpoint URL, e.g. https://auth.moneyp.dev.br/connect/token"));
    bool ok = false;
    const int lifetime = p.value(QStringLiteral("lifetime")).toInt(&ok);
    if (!ok || lifetime < 1 || lifetime > 86400)
        return cli.usage(Cli::tr("--lifetime must be a number of seconds from 1 to 86400"));

    auto pem = KeyFiles::read(p.value(QStringLiteral("key")));
    if (!pem)
        return cli.badInput(pem.error());
    const crypto::WipeGuard wipePem(pem.value()); // it may be a plaintext private key
    auto passphrase = cli.readPassphraseFile(p.value(QStringLiteral("passphrase-file")));
    if (!passphrase)
        return cli.badInput(passphrase.error());
    const crypto::WipeGuard wipePassphrase(passphrase.value());
    const auto key = KeyPair::fromPrivatePem(*pem, *passphrase);
    if (!key)
        return cli.badInput(key.error());

    const auto assertion =
        ClientAssertion::make(clientId, p.value(QStringLiteral("aud")), QDateTime::currentSecsSinceEpoch(), lifetime);
    const auto token = assertion.sign(*key);
    if (!token)
        return cli.failed(token.error());
    // The user asked for the assertion itself: this command's output is the secret, by design.
    if (p.isSet(kJson)) {
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(*token)},
                                                {QStringLiteral("jti"), assertion.jti},
                                                {QStringLiteral("iat"), assertion.issuedAt},
                                                {QStringLiteral("exp"), assertion.expiresAt()}}));
    } else {
        cli.out() << QString::fromLatin1(*token) << Qt::endl;
    }
    return Ok;
}

int decode(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({kJson, Cli::tr("machine output")});
    p.addPositionalArgument(QStringLiteral("TOKEN"), Cli::tr("compact JWT, or - for stdin"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 1)
        return cli.usage(Cli::tr("jwt decode needs exactly one TOKEN (or - to read it from stdin)"));
    const auto token = tokenArgument(p.positionalArguments().first());
    if (!token)
        return cli.badInput(token.error());
    const auto jwt = Jwt::decode(*token);
    if (!jwt)
        return cli.badInput(jwt.error());
    if (p.isSet(kJson)) {
        cli.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("header"), jwt->header}, {QStringLiteral("payload"), jwt->payload}}));
        return Ok;
    }
    cli.out() << Cli::tr("Header:") << Qt::endl
              << QString::fromUtf8(QJsonDocument(jwt->header).toJson(QJsonDocument::Indented)) << Cli::tr("Payload:")
              << Qt::endl
              << QString::fromUtf8(QJsonDocument(jwt->payload).toJson(QJsonDocument::Indented))
              << timeStateText(jwt->payload, QDateTime::currentSecsSinceEpoch()) << Qt::endl
              << Cli::tr("(decoded only; the signature was not checked — use jwt verify)") << Qt::endl;
    return Ok;
}

int verify(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("pub"), Cli::tr("public key PEM"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("ignore-time"), Cli::tr("check the signature only, not exp/nbf")});
    p.addOption({kJson, Cli::tr("machine output")});
    p.addPositionalArgument(QStringLiteral("TOKEN"), Cli::tr("compact JWT, or - for stdin"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("pub")))
        return cli.usage(Cli::tr("jwt verify needs TOKEN (or -) and --pub public.pem"));
    const auto pem = KeyFiles::read(p.value(QStringLiteral("pub")));
    if (!pem)
        return cli.badInput(pem.error());
    const auto key = KeyPair::fromPublicPem(*pem);
    if (!key)
        return cli.badInput(key.error());
    const auto token = tokenArgument(p.positionalArguments().first());
    if (!token)
        return cli.badInput(token.error());
    const auto jwt = Jwt::decode(*token);
    if (!jwt)
        return cli.badInput(jwt.error());

    const Status signature = Jwt::verifyRs256(*token, *key);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Jwt::TimeState time = Jwt::timeState(jwt->payload, now);
    const bool timeOk =
        p.isSet(QStringLiteral("ignore-time")) ||
        (time != Jwt::TimeState::Expired && time != Jwt::TimeState::NotYetValid && time != Jwt::TimeState::Invalid);
    const bool valid = signature.ok() && timeOk;
    if (p.isSet(kJson)) {
        QJsonObject out{{QStringLiteral("valid"), valid},
                        {QStringLiteral("signatureValid"), signature.ok()},
                        {QStringLiteral("time"), timeStateKey(time)},
                        {QStringLiteral("keyFingerprint"), key->sha256Fingerprint()}};
        if (jwt->payload.contains(QStringLiteral("exp")))
            out.insert(QStringLiteral("exp"), jwt->payload.value(QStringLiteral("exp")));
        if (!signature.ok())
            out.insert(QStringLiteral("reason"), signature.error().message);
        cli.printJson(QJsonDocument(out));
        return valid ? Ok : Failed;
    }
    if (signature.ok())
        cli.out() << Cli::tr("Signature valid (RS256, key %1).").arg(key->sha256Fingerprint()) << Qt::endl;
    else
        cli.out() << Cli::tr("Signature INVALID: %1").arg(signature.error().message) << Qt::endl;
    cli.out() << timeStateText(jwt->payload, now) << Qt::endl;
    return valid ? Ok : Failed;
}

} // namespace

int runJwt(Cli& cli, const QStringList& args) {
    if (args.isEmpty())
        return cli.usage(Cli::tr("jwt needs a subcommand: sign, decode or verify"));
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("sign"))
        return sign(cli, rest);
    if (sub == QLatin1String("decode"))
        return decode(cli, rest);
    if (sub == QLatin1String("verify"))
        return verify(cli, rest);
    return cli.usage(Cli::tr("unknown jwt subcommand '%1'").arg(sub));
}

} // namespace bmp::cli
