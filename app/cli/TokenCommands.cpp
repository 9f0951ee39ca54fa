// bmpctl token — fetch an access token with explicit options or from a project's environment.
#include "cli/Cli.h"
#include "cli/ProjectAccess.h"
#include "crypto/KeyFiles.h"
#include "crypto/Wipe.h"
#include "domain/Project.h"
#include "net/TokenWorker.h"

#include <QJsonObject>
#include <QSslCertificate>

namespace bmp::cli {

using crypto::KeyPair;

namespace {

const QString kJson = QStringLiteral("json");
const QString kShowSecret = QStringLiteral("show-secret");

int report(Cli& cli, const net::TokenWorker& worker, const Result<net::TokenResult>& result, const QString& url,
           bool json, bool showSecret) {
    if (!result) {
        if (json) {
            const net::TokenFailure& f = worker.failure();
            cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                    {QStringLiteral("httpStatus"), f.httpStatus},
                                                    {QStringLiteral("error"), f.oauthError},
                                                    {QStringLiteral("errorDescription"), f.description},
                                                    {QStringLiteral("reason"), f.reason},
                                                    {QStringLiteral("message"), result.error().message}}));
        }
        return cli.failed(result.error());
    }
    const net::TokenResult& t = *result;
    const QString token = showSecret ? QString::fromUtf8(t.accessToken) : QString::fromUtf8(t.redactedToken());
    if (json) {
        QJsonObject o{
            {QStringLiteral("ok"), true},
            {QStringLiteral("httpStatus"), t.httpStatus},
            {QStringLiteral("tokenType"), t.tokenType},
            {QStringLiteral("scope"), t.scope},
            {QStringLiteral("expiresIn"), t.expiresIn},
            {QStringLiteral("expiresAt"), t.expiresAt().isValid() ? t.expiresAt().toString(Qt::ISODate) : QString()},
            {QStringLiteral("attempts"), t.attempts},
            {QStringLiteral("accessToken"), token},
            {QStringLiteral("accessTokenRedacted"), !showSecret}};
        if (t.isJwt)
            o.insert(QStringLiteral("jwt"),
                     QJsonObject{{QStringLiteral("header"), t.jwtHeader}, {QStringLiteral("payload"), t.jwtPayload}});
        cli.printJson(QJsonDocument(o));
        return Ok;
    }
    cli.out()
        << Cli::tr("Token received from %1 (HTTP %2, %n attempt(s)).", nullptr, t.attempts).arg(url).arg(t.httpStatus)
        << Qt::endl
        << Cli::tr("Token type: %1").arg(t.tokenType) << Qt::endl
        << Cli::tr("Scope: %1").arg(t.scope) << Qt::endl;
    if (t.expiresIn > 0)
        cli.out() << Cli::tr("Expires in %1 s (at %2).").arg(t.expiresIn).arg(t.expiresAt().toString(Qt::ISODate))
                  << Qt::endl;
    if (t.isJwt)
        cli.out() << Cli::tr("The access token is a JWT issued by %1.")
                         .arg(t.jwtPayload.value(QStringLiteral("iss")).toString())
                  << Qt::endl;
    if (showSecret)
        cli.out() << Cli::tr("Access token: %1").arg(token) << Qt::endl;
    else
        cli.out() << Cli::tr("Access token: %1 (add --show-secret to print it)").arg(token) << Qt::endl;
    return Ok;
}

} // namespace

int runToken(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("token-url"), Cli::tr("token endpoint URL"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("client-id"), QStringLiteral("client_id"), QStringLiteral("ID")});
    p.addOption({QStringLiteral("scope"), QStringLiteral("scope"), QStringLiteral("S")});
    p.addOption({QStringLiteral("key"), Cli::tr("private key PEM"), QStringLiteral("PEM")});
    p.addOption({QStringLiteral("cacert"), Cli::tr("extra CA certificates to trust"), QStringLiteral("PEM")});
    p.addOption({QStringLiteral("passphrase-file"), Cli::tr("passphrase of the key"), QStringLiteral("F")});
    p.addOption({QStringLiteral("project"), Cli::tr("project file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("env"), Cli::tr("environment"), QStringLiteral("ENV")});
    p.addOption({QStringLiteral("lifetime"), Cli::tr("assertion lifetime in seconds"), QStringLiteral("S"),
                 QString::number(crypto::ClientAssertion::kDefaultLifetime)});
    p.addOption({kShowSecret, Cli::tr("print the access token itself")});
    p.addOption({kJson, Cli::tr("machine output")});
    if (!cli.parse(p, args))
        return Usage;
    if (!p.positionalArguments().isEmpty())
        return cli.usage(Cli::tr("token takes no positional argument"));
    bool ok = false;
    const int lifetime = p.value(QStringLiteral("lifetime")).toInt(&ok);
    if (!ok || lifetime < 1 || lifetime > 86400)
        return cli.usage(Cli::tr("--lifetime must be a number of seconds from 1 to 86400"));
    if (!p.isSet(QStringLiteral("passphrase-file")))
        return cli.usage(Cli::tr("token needs --passphrase-file F"));

    net::TokenRequest request;
    request.lifetimeSeconds = lifetime;
    std::unique_ptr<Project> project;
    if (p.isSet(QStringLiteral("project"))) {
        for (const char* name : {"token-url", "client-id", "scope", "key", "cacert"}) {
            if (p.isSet(QLatin1String(name)))
                return cli.usage(Cli::tr("--%1 and --project exclude each other (change the environment with "
                                         "bmpctl env set)")
                                     .arg(QLatin1String(name)));
        }
        if (!p.isSet(QStringLiteral("env")))
            return cli.usage(Cli::tr("token --project needs --env ENV"));
        auto opened = openProjectFile(p.value(QStringLiteral("project")));
        if (!opened)
            return cli.badInput(opened.error());
        project = std::move(opened).value();
        const QString env = p.value(QStringLiteral("env"));
        const auto known = findEnvironment(*project, env);
        if (!known)
            return cli.badInput(known.error());
        if (known->clientId.isEmpty())
            return cli.badInput(makeError(
                Cli::tr("the %1 environment has no client_id yet (key register, or env set --client-id)").arg(env)));
        const auto profile = usableEnvironment(*project, env);
        if (!profile)
            return cli.failed(profile.error());
        auto key = unlockEnvironmentKey(cli, *project, env, p.value(QStringLiteral("passphrase-file")));
        if (!key)
            return cli.badInput(key.error());
        request = net::TokenWorker::requestFor(*profile, *key);
        request.lifetimeSeconds = lifetime;
    } else {
        for (const char* name : {"token-url", "client-id", "key"}) {
            if (!p.isSet(QLatin1String(name)))
                return cli.usage(Cli::tr("token needs --%1 (or --project FILE --env ENV)").arg(QLatin1String(name)));
        }
        if (p.isSet(QStringLiteral("env")))
            return cli.usage(Cli::tr("--env needs --project FILE"));
        const QUrl url(p.value(QStringLiteral("token-url")), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return cli.usage(
                Cli::tr("--token-url must be an http(s) URL, e.g. https://auth.moneyp.dev.br/connect/token"));
        if (p.isSet(QStringLiteral("cacert"))) {
            const auto ca = crypto::KeyFiles::read(p.value(QStringLiteral("cacert")));
            if (!ca)
                return cli.badInput(ca.error());
            if (QSslCertificate::fromData(*ca, QSsl::Pem).isEmpty())
                return cli.badInput(
                    makeError(Cli::tr("%1 holds no PEM certificate").arg(p.value(QStringLiteral("cacert")))));
            request.caBundlePem = *ca;
        }
        auto pem = crypto::KeyFiles::read(p.value(QStringLiteral("key")));
        if (!pem)
            return cli.badInput(pem.error());
        const crypto::WipeGuard wipePem(pem.value());
        auto passphrase = cli.readPassphraseFile(p.value(QStringLiteral("passphrase-file")));
        if (!passphrase)
            return cli.badInput(passphrase.error());
        const crypto::WipeGuard wipePassphrase(passphrase.value());
        const auto key = KeyPair::fromPrivatePem(*pem, *passphrase);
        if (!key)
            return cli.badInput(key.error());
        request.environment = url.host();
        request.tokenUrl = url;
        request.clientId = p.value(QStringLiteral("client-id")).trimmed();
        request.scope = p.value(QStringLiteral("scope")).trimmed();
        request.key = *key;
    }

    net::TokenWorker worker;
    worker.setProject(project.get());
    const QString url = request.tokenUrl.toString();
    if (const Status s = worker.start(request); !s)
        return cli.badInput(s.error());
    request.key = {};
    const auto result = waitForFinished(worker, &net::TokenWorker::finished);
    return report(cli, worker, result, url, p.isSet(kJson), p.isSet(kShowSecret));
}

} // namespace bmp::cli
