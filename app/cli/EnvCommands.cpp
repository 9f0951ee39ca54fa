// bmpctl env set|list — a project's environment profiles.
#include "cli/Cli.h"
#include "cli/ProjectAccess.h"
#include "crypto/KeyFiles.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>

namespace bmp::cli {

namespace {

QJsonValue keyJson(const std::optional<StoredKey>& key) {
    if (!key)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("bits"), key->bits},
                       {QStringLiteral("fingerprint"), key->fingerprint},
                       {QStringLiteral("thumbprint"), key->thumbprint},
                       {QStringLiteral("source"), KeyVault::sourceKey(key->source)},
                       {QStringLiteral("registered"), key->isRegistered()},
                       {QStringLiteral("registrationRoute"), KeyVault::routeKey(key->route)},
                       {QStringLiteral("registeredAt"),
                        key->registeredAt.isValid() ? key->registeredAt.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("ticketRef"), key->ticketRef}};
}

QJsonValue lastTestJson(const QList<TokenTest>& tests) {
    if (tests.isEmpty())
        return QJsonValue::Null;
    const TokenTest& t = tests.last();
    return QJsonObject{{QStringLiteral("at"), t.at.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("ok"), t.ok},
                       {QStringLiteral("httpStatus"), t.httpStatus},
                       {QStringLiteral("error"), t.error}};
}

int list(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), Cli::tr("machine output")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("project file"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 1)
        return cli.usage(Cli::tr("env list needs exactly one FILE"));
    auto project = openProjectFile(p.positionalArguments().first());
    if (!project)
        return cli.badInput(project.error());
    Project& pr = **project;
    const QList<EnvironmentProfile> profiles = pr.environments().list();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const EnvironmentProfile& e : profiles) {
            QJsonObject o = e.toJson();
            o.remove(QStringLiteral("caBundlePem"));
            o.insert(QStringLiteral("hasCaBundle"), !e.caBundlePem.isEmpty());
            o.insert(QStringLiteral("builtInSandbox"), e.usesBuiltInSandbox());
            o.insert(QStringLiteral("key"), keyJson(pr.keys().find(e.name)));
            o.insert(QStringLiteral("lastTokenTest"), lastTestJson(pr.environments().tokenTests(e.name)));
            const QString warning = pr.keys().reuseWarning(e.name);
            if (!warning.isEmpty())
                o.insert(QStringLiteral("warning"), warning);
            out.append(o);
        }
        cli.printJson(QJsonDocument(out));
        return Ok;
    }
    for (const EnvironmentProfile& e : profiles) {
        cli.out() << e.name << " — " << e.displayName() << Qt::endl;
        if (e.usesBuiltInSandbox())
            cli.out() << "  " << Cli::tr("token URL: built-in sandbox (started on demand)") << Qt::endl;
        else
            cli.out() << "  " << Cli::tr("token URL: %1").arg(e.tokenUrl) << Qt::endl;
        if (!e.apiUrl.isEmpty())
            cli.out() << "  " << Cli::tr("API URL: %1").arg(e.apiUrl) << Qt::endl;
        if (!e.keyUrl.isEmpty())
            cli.out() << "  " << Cli::tr("key URL: %1").arg(e.keyUrl) << Qt::endl;
        cli.out() << "  "
                  << Cli::tr("client_id: %1").arg(e.clientId.isEmpty() ? Cli::tr("(not received yet)") : e.clientId)
                  << Qt::endl
                  << "  " << Cli::tr("scope: %1").arg(e.scope) << Qt::endl
                  << "  "
                  << (e.rateLimit > 0 ? Cli::tr("rate limit: %1 per second").arg(e.rateLimit)
                                      : Cli::tr("rate limit: none"))
                  << Qt::endl;
        cli.out() << "  "
                  << (e.signatureWaived ? Cli::tr("signature before Finalizar: waived by BMP")
                                        : Cli::tr("signature before Finalizar: required"))
                  << Qt::endl;
        if (!e.caBundlePem.isEmpty())
            cli.out() << "  "
                      << Cli::tr("extra CA certificates: %1").arg(QSslCertificate::fromData(e.caBundlePem).size())
                      << Qt::endl;
        const auto key = pr.keys().find(e.name);
        if (key)
            cli.out() << "  "
                      << Cli::tr("key: RSA %1, %2, %3")
                             .arg(key->bits)
                             .arg(key->fingerprint,
                                  key->isRegistered()
                                      ? Cli::tr("registered %1").arg(key->registeredAt.toString(Qt::ISODate))
                                      : Cli::tr("not registered"))
                      << Qt::endl;
        else
            cli.out() << "  " << Cli::tr("key: none") << Qt::endl;
        const QString warning = pr.keys().reuseWarning(e.name);
        if (!warning.isEmpty())
            cli.out() << "  " << Cli::tr("WARNING: %1").arg(warning) << Qt::endl;
    }
    return Ok;
}

int set(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    const QList<std::pair<QString, QString>> urlOptions{
        {QStringLiteral("token-url"), QStringLiteral("URL")}, {QStringLiteral("api-url"), QStringLiteral("URL")},
        {QStringLiteral("key-url"), QStringLiteral("URL")},   {QStringLiteral("client-id"), QStringLiteral("ID")},
        {QStringLiteral("scope"), QStringLiteral("S")},       {QStringLiteral("rate-limit"), QStringLiteral("RPS")},
        {QStringLiteral("cacert"), QStringLiteral("PEM")}};
    for (const auto& [name, value] : urlOptions)
        p.addOption({name, name, value});
    p.addOption({QStringLiteral("no-cacert"), Cli::tr("remove the extra CA bundle")});
    p.addOption({QStringLiteral("signature"),
                 Cli::tr("required (BMP's default) or waived: whether BMP set this environment up to finalize "
                         "proposals without the signature call (IncluirAssinaturaCCBFinalizada)"),
                 QStringLiteral("RULE")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("project file"));
    p.addPositionalArgument(QStringLiteral("ENV"), QStringLiteral("practice|homologation|production|NAME"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 2)
        return cli.usage(Cli::tr("env set needs FILE and ENV"));
    if (p.isSet(QStringLiteral("cacert")) && p.isSet(QStringLiteral("no-cacert")))
        return cli.usage(Cli::tr("--cacert and --no-cacert exclude each other"));
    auto project = openProjectFile(p.positionalArguments().at(0));
    if (!project)
        return cli.badInput(project.error());
    Project& pr = **project;
    const QString name = p.positionalArguments().at(1).trimmed();
    EnvironmentProfile profile = EnvironmentProfile::defaults(EnvironmentProfile::kindForName(name));
    profile.name = name;
    const bool created = !pr.environments().find(name);
    if (!created)
        profile = *pr.environments().find(name);

    if (p.isSet(QStringLiteral("token-url")))
        profile.tokenUrl = p.value(QStringLiteral("token-url")).trimmed();
    if (p.isSet(QStringLiteral("api-url")))
        profile.apiUrl = p.value(QStringLiteral("api-url")).trimmed();
    if (p.isSet(QStringLiteral("key-url")))
        profile.keyUrl = p.value(QStringLiteral("key-url")).trimmed();
    if (p.isSet(QStringLiteral("client-id")))
        profile.clientId = p.value(QStringLiteral("client-id")).trimmed();
    if (p.isSet(QStringLiteral("scope")))
        profile.scope = p.value(QStringLiteral("scope")).trimmed();
    if (p.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        profile.rateLimit = p.value(QStringLiteral("rate-limit")).toDouble(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--rate-limit must be a number of requests per second (0 for none)"));
    }
    if (p.isSet(QStringLiteral("cacert"))) {
        const auto pem = crypto::KeyFiles::read(p.value(QStringLiteral("cacert")));
        if (!pem)
            return cli.badInput(pem.error());
        profile.caBundlePem = *pem;
    }
    if (p.isSet(QStringLiteral("no-cacert")))
        profile.caBundlePem.clear();
    if (p.isSet(QStringLiteral("signature"))) {
        const QString rule = p.value(QStringLiteral("signature"));
        if (rule != u"required" && rule != u"waived")
            return cli.usage(Cli::tr("--signature must be required or waived"));
        profile.signatureWaived = rule == u"waived";
    }
    if (const Status s = pr.environments().save(profile); !s)
        return cli.badInput(s.error());
    cli.out() << (created ? Cli::tr("Created environment %1.") : Cli::tr("Saved environment %1.")).arg(name)
              << Qt::endl;
    return Ok;
}

} // namespace

int runEnv(Cli& cli, const QStringList& args) {
    if (args.isEmpty())
        return cli.usage(Cli::tr("env needs a subcommand: set or list"));
    const QString sub = args.first();
    if (sub == QLatin1String("set"))
        return set(cli, args.mid(1));
    if (sub == QLatin1String("list"))
        return list(cli, args.mid(1));
    return cli.usage(Cli::tr("unknown env subcommand '%1'").arg(sub));
}

} // namespace bmp::cli
