// bmpctl proposals run: the three step-7 scenarios, headless, with the same ProposalWorker as the app.

#include "cli/Cli.h"
#include "cli/ProjectAccess.h"
#include "crypto/KeyFiles.h"
#include "crypto/KeyPair.h"
#include "crypto/Wipe.h"
#include "domain/Environments.h"
#include "domain/Project.h"
#include "domain/ProposalStore.h"
#include "net/ApiClient.h"
#include "net/ClientCredentialsToken.h"
#include "net/ProposalWorker.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace bmp::cli {

namespace {

const QString kJson = QStringLiteral("json");
const QString kProject = QStringLiteral("project");
const QString kEnv = QStringLiteral("env");
const QString kPassphraseFile = QStringLiteral("passphrase-file");
const QString kKey = QStringLiteral("key");

QString statusPath(const QList<StatusEvent>& history) {
    QStringList parts;
    for (const StatusEvent& e : history)
        parts.append(QString::number(e.status));
    return parts.join(QStringLiteral(" > "));
}

int run(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({kProject, Cli::tr("project file"), QStringLiteral("FILE")});
    p.addOption({kEnv, Cli::tr("environment"), QStringLiteral("ENV")});
    p.addOption({kPassphraseFile, Cli::tr("passphrase of the private key"), QStringLiteral("F")});
    p.addOption({kKey, Cli::tr("the environment's private key (PEM)"), QStringLiteral("PEM")});
    p.addOption({kJson, Cli::tr("machine output")});
    if (!cli.parse(p, args))
        return Usage;
    for (const QString& required : {kProject, kEnv, kPassphraseFile}) {
        if (!p.isSet(required))
            return cli.usage(Cli::tr("proposals run needs --%1").arg(required));
    }

    auto project = Project::open(p.value(kProject));
    if (!project)
        return cli.badInput(project.error());
    const QString envName = p.value(kEnv);
    const auto profile = (*project)->environments().find(envName);
    if (!profile)
        return cli.badInput(makeError(Cli::tr("the project has no environment named %1").arg(envName)));
    if (profile->usesBuiltInSandbox())
        return cli.badInput(
            makeError(Cli::tr("the %1 environment is the app's built-in sandbox; start `bmpctl sandbox` and set the "
                              "environment's token and API URLs to it")
                          .arg(envName)));
    if (profile->apiUrl.isEmpty() || profile->tokenUrl.isEmpty() || profile->clientId.isEmpty())
        return cli.badInput(
            makeError(Cli::tr("the %1 environment needs its token URL, API base URL and client_id").arg(envName)));

    // The environment's key: the one kept (encrypted) in the project, or a PEM file given with --key.
    Result<crypto::KeyPair> key = makeError(QString());
    if (!p.isSet(kKey)) {
        key = unlockEnvironmentKey(cli, **project, envName, p.value(kPassphraseFile));
    } else {
        auto pem = crypto::KeyFiles::read(p.value(kKey));
        if (!pem)
            return cli.badInput(pem.error());
        const crypto::WipeGuard wipePem(pem.value()); // it may be a plaintext private key
        auto passphrase = cli.readPassphraseFile(p.value(kPassphraseFile));
        if (!passphrase)
            return cli.badInput(passphrase.error());
        const crypto::WipeGuard wipePassphrase(passphrase.value());
        key = crypto::KeyPair::fromPrivatePem(*pem, *passphrase);
    }
    if (!key)
        return cli.badInput(key.error());

    net::Connection connection;
    connection.environment = profile->name;
    connection.requestsPerSecond = profile->rateLimit;
    connection.caBundlePem = profile->caBundlePem;
    net::ApiClient client(connection);
    auto* token = new net::ClientCredentialsToken(&client, QUrl(profile->tokenUrl), profile->clientId, profile->scope,
                                                  *key, &client);
    ProposalStore store((*project)->store());
    net::EvidenceLog evidence((*project)->store());
    net::ProposalWorker worker(&client, QUrl(profile->apiUrl), token->provider(), store, &evidence);
    net::ProposalWorkerOptions options;
    options.autoFix = true; // nobody to click "Fix": send the corrected details as soon as the payment fails
    options.partnerComputesLoan = (*project)->scope().partnerComputesLoan;
    worker.setOptions(options);

    QList<ProposalScenario> scenarios;
    for (ScenarioId id : ProposalScenario::all())
        scenarios.append(store.scenario(id));
    QEventLoop loop;
    QObject::connect(&worker, &net::ProposalWorker::finished, &loop, &QEventLoop::quit);
    if (const Status started = worker.start(scenarios); !started)
        return cli.badInput(started.error());
    if (worker.isRunning())
        loop.exec();

    bool allOk = true;
    QJsonArray rows;
    QStringList lines;
    lines.append(QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(Cli::tr("SCENARIO"), -40)
                     .arg(QStringLiteral("CODIGOPROPOSTA"), -36)
                     .arg(QStringLiteral("NUMERO"), 7)
                     .arg(Cli::tr("STATUS"), -34)
                     .arg(Cli::tr("RESULT")));
    for (const ScenarioRun& r : store.runs(profile->name)) {
        const QList<StatusEvent> history = store.history(profile->name, r.scenario);
        const bool ok = r.state == RunState::Done;
        allOk = allOk && ok;
        QJsonArray statuses;
        for (const StatusEvent& e : history)
            statuses.append(e.status);
        rows.append(QJsonObject{{QStringLiteral("scenario"), ProposalScenario::key(r.scenario)},
                                {QStringLiteral("letter"), ProposalScenario::letter(r.scenario)},
                                {QStringLiteral("codigoOperacao"), r.codigoOperacao},
                                {QStringLiteral("codigoProposta"), r.codigoProposta},
                                {QStringLiteral("numeroProposta"), double(r.numeroProposta)},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("statuses"), statuses},
                                {QStringLiteral("state"), ScenarioRun::stateKey(r.state)},
                                {QStringLiteral("requests"), r.requests},
                                {QStringLiteral("ok"), ok},
                                {QStringLiteral("error"), r.lastError}});
        const QString result = ok ? Cli::tr("ok (%1)").arg(statusPath(history)) : r.lastError;
        lines.append(QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(ProposalScenario::title(r.scenario), -40)
                         .arg(r.codigoProposta.isEmpty() ? QStringLiteral("-") : r.codigoProposta, -36)
                         .arg(r.numeroProposta > 0 ? QString::number(r.numeroProposta) : QStringLiteral("-"), 7)
                         .arg(ProposalStatus::label(r.status), -34)
                         .arg(result));
    }
    const int requests = worker.progress().requestsSent + token->requestsMade();
    if (p.isSet(kJson)) {
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("environment"), profile->name},
                                                {QStringLiteral("ok"), allOk},
                                                {QStringLiteral("requests"), requests},
                                                {QStringLiteral("scenarios"), rows}}));
    } else {
        for (const QString& line : lines)
            cli.out() << line << '\n';
        cli.out()
            << Cli::tr("%1 requests to %2 this run; evidence recorded in the project.").arg(requests).arg(profile->name)
            << Qt::endl;
    }
    return allOk ? Ok : Failed;
}

} // namespace

int runProposals(Cli& cli, const QStringList& args) {
    if (args.isEmpty() || args.first() != QLatin1String("run"))
        return cli.usage(Cli::tr("usage: bmpctl proposals run --project FILE --env ENV --passphrase-file F "
                                 "[--key private.pem] [--json]"));
    return run(cli, args.mid(1));
}

} // namespace bmp::cli
