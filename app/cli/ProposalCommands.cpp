// bmpctl proposals run: the three step-7 scenarios, headless, with the same ProposalWorker as the app.
// bmpctl proposals cancel|reject: withdraws one scenario's proposal at BMP.

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
#include <QHash>
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

// Everything a proposal command needs: the project, the environment, its key unlocked, a paced client, a token
// source and the worker. open() prints the reason and gives the exit code when something is missing.
struct Session {
    std::unique_ptr<Project> project;
    EnvironmentProfile profile;
    std::unique_ptr<net::ApiClient> client;
    net::ClientCredentialsToken* token = nullptr;
    std::unique_ptr<ProposalStore> store;
    std::unique_ptr<net::EvidenceLog> evidence;
    std::unique_ptr<net::ProposalWorker> worker;

    // Returns Ok, or the exit code after printing why.
    int open(Cli& cli, const QCommandLineParser& p) {
        for (const QString& required : {kProject, kEnv, kPassphraseFile}) {
            if (!p.isSet(required))
                return cli.usage(Cli::tr("this command needs --%1").arg(required));
        }
        auto opened = Project::open(p.value(kProject));
        if (!opened)
            return cli.badInput(opened.error());
        project = std::move(opened).value();
        const QString envName = p.value(kEnv);
        const auto found = project->environments().find(envName);
        if (!found)
            return cli.badInput(makeError(Cli::tr("the project has no environment named %1").arg(envName)));
        profile = *found;
        if (profile.usesBuiltInSandbox())
            return cli.badInput(makeError(
                Cli::tr("the %1 environment is the app's built-in sandbox; start `bmpctl sandbox` and set the "
                        "environment's token and API URLs to it")
                    .arg(envName)));
        if (profile.apiUrl.isEmpty() || profile.tokenUrl.isEmpty() || profile.clientId.isEmpty())
            return cli.badInput(
                makeError(Cli::tr("the %1 environment needs its token URL, API base URL and client_id").arg(envName)));

        // The environment's key: the one kept (encrypted) in the project, or a PEM file given with --key.
        Result<crypto::KeyPair> key = makeError(QString());
        if (!p.isSet(kKey)) {
            key = unlockEnvironmentKey(cli, *project, envName, p.value(kPassphraseFile));
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
        connection.environment = profile.name;
        connection.requestsPerSecond = profile.rateLimit;
        connection.caBundlePem = profile.caBundlePem;
        client = std::make_unique<net::ApiClient>(connection);
        token = new net::ClientCredentialsToken(client.get(), QUrl(profile.tokenUrl), profile.clientId, profile.scope,
                                                *key, client.get());
        store = std::make_unique<ProposalStore>(project->store());
        evidence = std::make_unique<net::EvidenceLog>(project->store());
        worker = std::make_unique<net::ProposalWorker>(client.get(), QUrl(profile.apiUrl), token->provider(), *store,
                                                       evidence.get());
        net::ProposalWorkerOptions options;
        options.autoFix = true; // nobody to click "Fix": send the corrected details as soon as the payment fails
        options.partnerComputesLoan = project->scope().partnerComputesLoan;
        options.signature = !profile.signatureWaived;
        worker->setOptions(options);
        return Ok;
    }

    void waitUntilFinished() {
        if (!worker->isRunning())
            return;
        QEventLoop loop;
        QObject::connect(worker.get(), &net::ProposalWorker::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }

    int requests() const { return worker->progress().requestsSent + token->requestsMade(); }
};

void addSessionOptions(QCommandLineParser& p) {
    p.addOption({kProject, Cli::tr("project file"), QStringLiteral("FILE")});
    p.addOption({kEnv, Cli::tr("environment"), QStringLiteral("ENV")});
    p.addOption({kPassphraseFile, Cli::tr("passphrase of the private key"), QStringLiteral("F")});
    p.addOption({kKey, Cli::tr("the environment's private key (PEM)"), QStringLiteral("PEM")});
    p.addOption({kJson, Cli::tr("machine output")});
}

QJsonArray stepsJson(const ScenarioRun& run, const net::ProposalWorkerOptions& options) {
    QJsonArray out;
    const QStringList plan = net::ProposalWorker::plannedStepKeys(run.scenario, options);
    const qsizetype at = run.state == RunState::Done ? plan.size() : plan.indexOf(run.step);
    for (qsizetype i = 0; i < plan.size(); ++i)
        out.append(
            QJsonObject{{QStringLiteral("step"), plan.at(i)}, {QStringLiteral("done"), at < 0 ? false : i < at}});
    return out;
}

int run(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    addSessionOptions(p);
    if (!cli.parse(p, args))
        return Usage;
    Session session;
    if (const int code = session.open(cli, p); code != Ok)
        return code;
    ProposalStore& store = *session.store;
    net::ProposalWorker& worker = *session.worker;
    const QString env = session.profile.name;

    // Progress, one line per step a scenario starts (not in --json mode: stdout is the document there).
    QHash<ScenarioId, QString> lastStep;
    if (!p.isSet(kJson)) {
        if (!worker.options().signature)
            cli.out() << Cli::tr("The signature call is waived for %1 (set with bmpctl env set --signature).").arg(env)
                      << Qt::endl;
        QObject::connect(&worker, &net::ProposalWorker::runChanged, &worker, [&](ScenarioId id) {
            const ScenarioRun r = worker.run(id);
            if (r.state != RunState::Running || lastStep.value(id) == r.step)
                return;
            lastStep.insert(id, r.step);
            cli.out() << QStringLiteral("%1 · %2").arg(ProposalScenario::letter(id),
                                                       net::ProposalWorker::stepLabel(r.step))
                      << Qt::endl;
        });
    }
    QList<ProposalScenario> scenarios;
    for (ScenarioId id : ProposalScenario::all())
        scenarios.append(store.scenario(id));
    if (const Status started = worker.start(scenarios); !started)
        return cli.badInput(started.error());
    session.waitUntilFinished();

    bool allOk = true;
    QJsonArray rows;
    QStringList lines;
    lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(Cli::tr("SCENARIO"), -40)
                     .arg(QStringLiteral("CODIGOPROPOSTA"), -36)
                     .arg(QStringLiteral("NUMERO"), 7)
                     .arg(Cli::tr("SIGNED"), -6)
                     .arg(Cli::tr("STATUS"), -34)
                     .arg(Cli::tr("RESULT")));
    for (const ScenarioRun& r : store.runs(env)) {
        const QList<StatusEvent> history = store.history(env, r.scenario);
        const bool ok = r.state == RunState::Done;
        allOk = allOk && ok;
        QJsonArray statuses;
        for (const StatusEvent& e : history)
            statuses.append(e.status);
        const QString signedText = r.signedAt.isValid()         ? Cli::tr("yes")
                                   : worker.options().signature ? Cli::tr("no")
                                                                : Cli::tr("waived");
        rows.append(
            QJsonObject{{QStringLiteral("scenario"), ProposalScenario::key(r.scenario)},
                        {QStringLiteral("letter"), ProposalScenario::letter(r.scenario)},
                        {QStringLiteral("codigoOperacao"), r.codigoOperacao},
                        {QStringLiteral("codigoProposta"), r.codigoProposta},
                        {QStringLiteral("numeroProposta"), double(r.numeroProposta)},
                        {QStringLiteral("status"), r.status},
                        {QStringLiteral("statuses"), statuses},
                        {QStringLiteral("signature"),
                         worker.options().signature ? QStringLiteral("required") : QStringLiteral("waived")},
                        {QStringLiteral("signedAt"),
                         r.signedAt.isValid() ? QJsonValue(r.signedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                        {QStringLiteral("steps"), stepsJson(r, worker.options())},
                        {QStringLiteral("state"), ScenarioRun::stateKey(r.state)},
                        {QStringLiteral("requests"), r.requests},
                        {QStringLiteral("ok"), ok},
                        {QStringLiteral("error"), r.lastError}});
        const QString result = ok ? Cli::tr("ok (%1)").arg(statusPath(history)) : r.lastError;
        lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(ProposalScenario::title(r.scenario), -40)
                         .arg(r.codigoProposta.isEmpty() ? QStringLiteral("-") : r.codigoProposta, -36)
                         .arg(r.numeroProposta > 0 ? QString::number(r.numeroProposta) : QStringLiteral("-"), 7)
                         .arg(signedText, -6)
                         .arg(ProposalStatus::label(r.status), -34)
                         .arg(result));
    }
    const int requests = session.requests();
    if (p.isSet(kJson)) {
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("environment"), env},
                                                {QStringLiteral("ok"), allOk},
                                                {QStringLiteral("requests"), requests},
                                                {QStringLiteral("scenarios"), rows}}));
    } else {
        for (const QString& line : lines)
            cli.out() << line << '\n';
        cli.out() << Cli::tr("%1 requests to %2 this run; evidence recorded in the project.").arg(requests).arg(env)
                  << Qt::endl;
    }
    return allOk ? Ok : Failed;
}

// bmpctl proposals cancel|reject: withdraws one scenario's stuck test proposal at BMP (Cancelar or Recusar).
int withdraw(Cli& cli, const QStringList& args, net::ProposalWorker::Withdrawal how) {
    const bool cancelling = how == net::ProposalWorker::Withdrawal::Cancel;
    QCommandLineParser p;
    addSessionOptions(p);
    p.addOption({QStringLiteral("scenario"), Cli::tr("a, b or c"), QStringLiteral("S")});
    p.addOption({QStringLiteral("reason"), Cli::tr("why (BMP records it)"), QStringLiteral("TEXT")});
    if (!cancelling)
        p.addOption(
            {QStringLiteral("motive"), Cli::tr("BMP's rejection reason number (motivoRejeicao)"), QStringLiteral("N")});
    if (!cli.parse(p, args))
        return Usage;
    const auto id = ProposalScenario::fromKey(p.value(QStringLiteral("scenario")));
    if (!id)
        return cli.usage(Cli::tr("--scenario must be a, b or c"));
    if (p.value(QStringLiteral("reason")).simplified().isEmpty())
        return cli.usage(Cli::tr("--reason is required: BMP records why the proposal is withdrawn"));
    int motive = 0;
    if (!cancelling) {
        bool ok = false;
        motive = p.value(QStringLiteral("motive")).toInt(&ok);
        if (!ok || motive < 0 || motive > 9999)
            return cli.usage(Cli::tr("--motive must be BMP's rejection reason number (0 to 9999)"));
    }
    Session session;
    if (const int code = session.open(cli, p); code != Ok)
        return code;
    if (const Status s = session.worker->withdraw(*id, how, p.value(QStringLiteral("reason")), motive); !s)
        return cli.badInput(s.error());
    session.waitUntilFinished();
    const ScenarioRun r = session.store->run(session.profile.name, *id);
    const int wanted = cancelling ? ProposalStatus::Canceled : ProposalStatus::Rejected;
    const bool ok = r.status == wanted;
    if (p.isSet(kJson)) {
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("scenario"), ProposalScenario::key(*id)},
                                                {QStringLiteral("codigoProposta"), r.codigoProposta},
                                                {QStringLiteral("status"), r.status},
                                                {QStringLiteral("ok"), ok},
                                                {QStringLiteral("error"), ok ? QString() : r.lastError}}));
    } else if (ok) {
        cli.out() << Cli::tr("Scenario %1's proposal %2 is now %3.")
                         .arg(ProposalScenario::letter(*id), r.codigoProposta, ProposalStatus::label(r.status))
                  << Qt::endl;
    }
    if (!ok)
        return cli.failed(makeError(r.lastError));
    return Ok;
}

} // namespace

int runProposals(Cli& cli, const QStringList& args) {
    const QString verb = args.value(0);
    if (verb == u"run")
        return run(cli, args.mid(1));
    if (verb == u"cancel")
        return withdraw(cli, args.mid(1), net::ProposalWorker::Withdrawal::Cancel);
    if (verb == u"reject")
        return withdraw(cli, args.mid(1), net::ProposalWorker::Withdrawal::Reject);
    return cli.usage(Cli::tr("usage: bmpctl proposals run|cancel|reject --project FILE --env ENV --passphrase-file F "
                             "[--key private.pem] [--json]; cancel and reject also take --scenario a|b|c "
                             "--reason TEXT (reject: --motive N)"));
}

} // namespace bmp::cli
