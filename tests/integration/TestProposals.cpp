// The ProposalWorker against the real sandbox over 127.0.0.1: the three step-7 scenarios end where BMP's
// checklist wants them, through BMP's documented calls (person, address, include, signature, Finalizar, …), at
// production pace without a single 429, and no retry, lost answer, cancel or restart ever creates a second
// proposal. The pace's timing figures are tests/bench/BenchProposals' business; here the pacing rule itself is
// what guarantees the absence of 429 (see RateLimiter), and TestProposalParts checks it on a virtual clock.

#include "FaultProxy.h"
#include "ProposalTestRig.h"

#include "domain/Environments.h"
#include "net/ProposalFlow.h"
#include "net/ProposalRequests.h"
#include "storage/Schema.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace bmp;
using namespace testkit;

namespace {

QList<int> statuses(const ProposalStore& store, const QString& env, ScenarioId id) {
    QList<int> out;
    for (const StatusEvent& e : store.history(env, id))
        out.append(e.status);
    return out;
}

bool inOrder(const QList<int>& seen, const QList<int>& wanted) {
    qsizetype at = 0;
    for (int s : seen) {
        if (at < wanted.size() && s == wanted.at(at))
            ++at;
    }
    return at == wanted.size();
}

int replayedCount(const QJsonArray& requests) {
    int n = 0;
    for (const QJsonValue& v : requests)
        n += v.toObject().value(QStringLiteral("replayed")).toBool() ? 1 : 0;
    return n;
}

} // namespace

class TestProposals : public QObject {
    Q_OBJECT
private slots:
    void productionPaceReachesEveryTarget();
    void retriesAfterFaultsCreateNoDuplicates();
    void cancelThenResumeCreatesNoDuplicate();
    void incorrectDetailsWaitForTheUsersFix();
    void invalidScenarioIsRefusedBeforeAnythingIsSent();
    void cliRunsTheScenariosHeadless();
    void cliRefusesBadInput_data();
    void cliRefusesBadInput();
    void duplicateIncludeIsFoundAgain();
    void legacyRunsResumeOnTheNewFlow();
    void waivedSignatureSkipsTheCall();
    void cliWithdrawsAStuckProposal();
};

void TestProposals::productionPaceReachesEveryTarget() {
    RigOptions o;
    o.mode = sandbox::SandboxMode::Production; // 1 request/second per client_id, 429 beyond
    o.clientRps = 1.0;
    o.settlementDelayMs = 2000;
    ProposalRig rig(o);
    rig.makeWorker();
    QVERIFY(rig.runToEnd(180000));

    const QString env = rig.environment;
    for (const ScenarioRun& run : rig.store->runs(env)) {
        QVERIFY2(run.state == RunState::Done,
                 qPrintable(ProposalScenario::key(run.scenario) + QStringLiteral(": ") + run.lastError));
        QVERIFY(!run.codigoProposta.isEmpty());
        QVERIFY(run.numeroProposta > 0);
        QVERIFY(!run.pending);
        const sandbox::Proposal* atBmp = rig.practice->server()->engine()->proposals().find(run.codigoProposta);
        QVERIFY(atBmp);
        QCOMPARE(atBmp->situacao, run.status);
        QVERIFY(!rig.store->evidence(env, run.scenario).isEmpty());
    }
    const QList<int> a = statuses(*rig.store, env, ScenarioId::IncorrectFinalized);
    QVERIFY2(inOrder(a, {6, 8, 11, 8, 9}), qPrintable(QString::number(a.size())));
    QCOMPARE(a.last(), 9);
    QCOMPARE(statuses(*rig.store, env, ScenarioId::CorrectFinalized).last(), 6);
    const QList<int> c = statuses(*rig.store, env, ScenarioId::CorrectReleased);
    QVERIFY(inOrder(c, {6, 8, 9}));
    QVERIFY(!c.contains(11));
    QCOMPARE(rig.sandboxProposals(), 3);

    // Never a 429: the client paces one interval after each answer, so the sandbox's limiter never sees two
    // requests closer than a second (the gaps themselves are measured by tests/bench/BenchProposals).
    const QJsonArray requests = rig.sandboxRequests();
    QVERIFY(requests.size() >= 20);
    QStringList paths;
    for (const QJsonValue& v : requests) {
        const QJsonObject r = v.toObject();
        QVERIFY2(r.value(QStringLiteral("status")).toInt() != 429,
                 qPrintable(r.value(QStringLiteral("path")).toString()));
        paths.append(r.value(QStringLiteral("path")).toString());
    }
    // BMP's documented calls, the signature before each Finalizar.
    QCOMPARE(paths.count(QStringLiteral("/Pessoa/Salvar")), 3);
    QCOMPARE(paths.count(QStringLiteral("/Pessoa/SalvarEndereco")), 3);
    QCOMPARE(paths.count(QStringLiteral("/Proposta/IncluirAssinaturaCCBFinalizada")), 3);
    QCOMPARE(paths.count(QStringLiteral("/Proposta/Finalizar")), 3);
    QVERIFY(paths.indexOf(QStringLiteral("/Proposta/IncluirAssinaturaCCBFinalizada")) <
            paths.indexOf(QStringLiteral("/Proposta/Finalizar")));
    for (const ScenarioRun& run : rig.store->runs(env))
        QVERIFY(run.signedAt.isValid());

    // Evidence: every call recorded, the bearer token never.
    const QByteArray log = rig.evidence->toJsonLines();
    QVERIFY(log.contains("IncluirManualSimplificado"));
    QVERIFY(log.contains("IncluirAssinaturaCCBFinalizada"));
    QVERIFY(log.contains("AtualizarContaPagamento"));
    QVERIFY(log.contains("dtoPagto"));
    QVERIFY(!log.contains("Bearer ey"));
    QVERIFY(log.contains("Authorization: Bearer"));
}

void TestProposals::retriesAfterFaultsCreateNoDuplicates() {
    RigOptions o;
    o.clientRps = 20;
    o.timeoutMs = 1500;
    ProposalRig rig(o);
    FaultProxy proxy(rig.practice->baseUrl());
    rig.routeThrough(proxy.url());
    // Refusals (nothing runs at BMP), then answers lost after BMP acted: the dangerous case for duplicates.
    proxy.script("/Pessoa/Salvar", {Fault::ResetBeforeForward});
    proxy.script("/Pessoa/SalvarEndereco", {Fault::Status503});
    proxy.script("/Proposta/IncluirAssinaturaCCBFinalizada", {Fault::ResetAfterForward});
    proxy.script("/Proposta/IncluirManualSimplificado",
                 {Fault::Status429, Fault::ResetAfterForward, Fault::StallAfterForward, Fault::ResetAfterForward});
    proxy.script("/Proposta/Finalizar", {Fault::Status503, Fault::Status401, Fault::ResetAfterForward});
    proxy.script("/Proposta/Liberar", {Fault::StallAfterForward, Fault::ResetAfterForward});
    proxy.script("/Proposta/AtualizarContaPagamento", {Fault::ResetAfterForward});
    rig.makeWorker();
    QVERIFY(rig.runToEnd(120000));

    QCOMPARE(proxy.remaining(), 0);
    for (const ScenarioRun& run : rig.store->runs(rig.environment))
        QVERIFY2(run.state == RunState::Done,
                 qPrintable(ProposalScenario::key(run.scenario) + QStringLiteral(": ") + run.lastError));
    QCOMPARE(rig.sandboxProposals(), 3);
    // Every answer lost after BMP acted was asked for again with the same key and replayed, not re-run.
    const int lost = proxy.injected(Fault::ResetAfterForward) + proxy.injected(Fault::StallAfterForward);
    QCOMPARE(lost, 8);
    QVERIFY(replayedCount(rig.sandboxRequests()) >= lost);
    QCOMPARE(rig.token->requestsMade(), 2); // the 401 made the worker renew its token once
    const QList<int> a = statuses(*rig.store, rig.environment, ScenarioId::IncorrectFinalized);
    QVERIFY(inOrder(a, {6, 11, 9}));
}

void TestProposals::cancelThenResumeCreatesNoDuplicate() {
    RigOptions o;
    o.clientRps = 20;
    o.timeoutMs = 60000;
    ProposalRig rig(o);
    FaultProxy proxy(rig.practice->baseUrl());
    rig.routeThrough(proxy.url());
    proxy.script("/Proposta/IncluirManualSimplificado", {Fault::StallAfterForward});
    rig.makeWorker();
    QSignalSpy lost(&proxy, &FaultProxy::answerLost);
    QVERIFY(rig.worker->start(rig.scenarios()).ok());
    QVERIFY(lost.wait(30000)); // the include ran at BMP; its answer never comes
    rig.worker->cancel();
    QVERIFY(!rig.worker->isRunning());

    // Every scenario is recorded as interrupted; the one cut off mid-include keeps its key and body.
    const QByteArray cutKey = lost.first().at(2).toByteArray();
    std::optional<ScenarioRun> cut;
    for (const ScenarioRun& run : rig.store->runs(rig.environment)) {
        QCOMPARE(run.state, RunState::Interrupted);
        QVERIFY(!run.lastError.isEmpty());
        if (run.pending && run.pending->idempotencyKey == cutKey)
            cut = run;
    }
    QVERIFY(cut.has_value());
    QCOMPARE(cut->pending->call, QStringLiteral("IncluirManualSimplificado"));
    QVERIFY(!cut->hasProposal());
    QVERIFY(rig.sandboxProposals() >= 1); // the cut include ran at BMP

    // A new worker (as after a restart) picks up where it stopped.
    rig.routeThrough(rig.practice->baseUrl());
    rig.makeWorker();
    QVERIFY(rig.runToEnd(60000));
    for (const ScenarioRun& run : rig.store->runs(rig.environment))
        QVERIFY2(run.state == RunState::Done, qPrintable(run.lastError));
    QCOMPARE(rig.sandboxProposals(), 3);
    bool replayed = false;
    for (const QJsonValue& v : rig.sandboxRequests()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("idempotencyKey")).toString().toLatin1() == cut->pending->idempotencyKey &&
            r.value(QStringLiteral("replayed")).toBool())
            replayed = true;
    }
    QVERIFY(replayed);
    QCOMPARE(rig.store->run(rig.environment, cut->scenario).codigoOperacao, cut->codigoOperacao);
}

void TestProposals::incorrectDetailsWaitForTheUsersFix() {
    RigOptions o;
    o.autoFix = false;
    ProposalRig rig(o);
    rig.makeWorker();
    QSignalSpy fixNeeded(rig.worker.get(), &net::ProposalWorker::fixNeeded);
    QVERIFY(rig.runToEnd(60000));
    QCOMPARE(fixNeeded.size(), 1);
    QCOMPARE(fixNeeded.first().first().value<ScenarioId>(), ScenarioId::IncorrectFinalized);
    const ScenarioRun a = rig.store->run(rig.environment, ScenarioId::IncorrectFinalized);
    QCOMPARE(a.state, RunState::AwaitingFix);
    QCOMPARE(a.status, ProposalStatus::PendingPayment);
    QVERIFY2(a.paymentText.contains(QLatin1String("check digit")), qPrintable(a.paymentText));
    QCOMPARE(rig.store->run(rig.environment, ScenarioId::CorrectFinalized).state, RunState::Done);
    QCOMPARE(rig.store->run(rig.environment, ScenarioId::CorrectReleased).state, RunState::Done);

    // The fix is refused for the scenarios that do not need one, then applied to A.
    QVERIFY(!rig.worker->applyFix(rig.store->scenario(ScenarioId::CorrectFinalized)).ok());
    QSignalSpy finished(rig.worker.get(), &net::ProposalWorker::finished);
    QVERIFY(rig.worker->applyFix(rig.store->scenario(ScenarioId::IncorrectFinalized)).ok());
    QVERIFY(finished.wait(60000));
    const ScenarioRun fixed = rig.store->run(rig.environment, ScenarioId::IncorrectFinalized);
    QVERIFY2(fixed.state == RunState::Done, qPrintable(fixed.lastError));
    QCOMPARE(fixed.status, ProposalStatus::Paid);
    QCOMPARE(rig.sandboxProposals(), 3);
}

void TestProposals::invalidScenarioIsRefusedBeforeAnythingIsSent() {
    ProposalRig rig;
    ProposalScenario b = rig.store->scenario(ScenarioId::CorrectFinalized);
    b.borrower.document = QStringLiteral("11111111111");
    QVERIFY(rig.store->saveScenario(b).ok());
    rig.makeWorker();
    const Status s = rig.worker->start(rig.scenarios());
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.startsWith(QLatin1String("Scenario B")));
    QVERIFY(!rig.worker->isRunning());
    QCOMPARE(rig.sandboxRequests().size(), 0);
}

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs bmpctl while this process's event loop keeps serving the in-process sandbox.
CliRun bmpctl(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"), args);
    QSignalSpy finished(&p, &QProcess::finished);
    if (!p.waitForStarted(10000) || !finished.wait(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

const QString kKey = QStringLiteral(BMP_TEST_DATA_DIR "/keys/rsa2048-pkcs8-encrypted.pem");
const QString kPass = QStringLiteral(BMP_TEST_DATA_DIR "/keys/fixture.pass");

void addLocalEnvironment(ProposalRig& rig) {
    EnvironmentProfile local;
    local.name = QStringLiteral("local");
    local.kind = EnvironmentKind::Custom;
    local.tokenUrl = rig.practice->tokenUrl().toString();
    local.apiUrl = rig.practice->baseUrl().toString();
    local.clientId = rig.practice->clientId();
    local.rateLimit = 20;
    QVERIFY(rig.project->environments().save(local).ok());
}

} // namespace

void TestProposals::cliRunsTheScenariosHeadless() {
    ProposalRig rig;
    addLocalEnvironment(rig);
    const QString file = rig.project->path();
    const CliRun first = bmpctl({QStringLiteral("proposals"), QStringLiteral("run"), QStringLiteral("--project"), file,
                                 QStringLiteral("--env"), QStringLiteral("local"), QStringLiteral("--passphrase-file"),
                                 kPass, QStringLiteral("--key"), kKey});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QList<QByteArray> all = first.out.trimmed().split('\n');
    // Progress first, a line per step a scenario starts: the signature step among them, for each scenario.
    for (const char* letter : {"A · ", "B · ", "C · "}) {
        bool signing = false;
        for (const QByteArray& line : all)
            signing = signing || (line.startsWith(letter) && line.contains("IncluirAssinaturaCCBFinalizada"));
        QVERIFY2(signing, letter);
    }
    qsizetype header = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).startsWith("SCENARIO"))
            header = i;
    }
    QVERIFY(header >= 0);
    const QList<QByteArray> lines = all.mid(header);
    QCOMPARE(lines.size(), 5); // header, three scenarios, summary
    QVERIFY(lines.at(0).contains("SIGNED"));
    QVERIFY(lines.at(1).contains("INCORRECT") && lines.at(1).contains("9 paid") && lines.at(1).contains("11"));
    QVERIFY(lines.at(1).contains(" yes "));
    QVERIFY(lines.at(2).contains("6 finalized"));
    QVERIFY(lines.at(3).contains("9 paid"));
    QCOMPARE(rig.sandboxProposals(), 3);

    // Again, with --json: the recorded results, and no new proposal.
    const CliRun again = bmpctl({QStringLiteral("proposals"), QStringLiteral("run"), QStringLiteral("--project"), file,
                                 QStringLiteral("--env"), QStringLiteral("local"), QStringLiteral("--passphrase-file"),
                                 kPass, QStringLiteral("--key"), kKey, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(again.out).object();
    QVERIFY(json.value(QStringLiteral("ok")).toBool());
    QCOMPARE(json.value(QStringLiteral("requests")).toInt(), 0);
    const QJsonArray rows = json.value(QStringLiteral("scenarios")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("scenario")).toString(), QStringLiteral("incorrect-finalized"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("status")).toInt(), 9);
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("statuses")).toArray().contains(11));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("status")).toInt(), 6);
    QVERIFY(!rows.at(2).toObject().value(QStringLiteral("codigoProposta")).toString().isEmpty());
    for (const QJsonValue& row : rows) {
        const QJsonObject r = row.toObject();
        QCOMPARE(r.value(QStringLiteral("signature")).toString(), QStringLiteral("required"));
        QVERIFY(!r.value(QStringLiteral("signedAt")).toString().isEmpty());
        bool signStepDone = false;
        for (const QJsonValue& step : r.value(QStringLiteral("steps")).toArray())
            signStepDone = signStepDone || (step.toObject().value(QStringLiteral("step")).toString() == u"sign" &&
                                            step.toObject().value(QStringLiteral("done")).toBool());
        QVERIFY(signStepDone);
    }
    QCOMPARE(rig.sandboxProposals(), 3);

    // The evidence, exported: every call, redacted.
    const QString out = rig.dir.filePath(QStringLiteral("evidence.jsonl"));
    const CliRun exported = bmpctl({QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--project"),
                                    file, QStringLiteral("--out"), out});
    QCOMPARE(exported.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray evidence = f.readAll();
    QVERIFY(evidence.count('\n') >= 20);
    QVERIFY(evidence.contains("AtualizarContaPagamento"));
    QVERIFY(!evidence.contains("Bearer ey"));
    QVERIFY(!evidence.contains("client_assertion=ey"));
    QFile pass(kPass);
    QVERIFY(pass.open(QIODevice::ReadOnly));
    QVERIFY(!evidence.contains(pass.readAll().trimmed()));
}

void TestProposals::cliRefusesBadInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString project = QStringLiteral("@PROJECT@");
    QTest::newRow("no key")
        << QStringList{QStringLiteral("--project"),         project, QStringLiteral("--env"), QStringLiteral("local"),
                       QStringLiteral("--passphrase-file"), kPass}
        << 2;
    QTest::newRow("no env")
        << QStringList{QStringLiteral("--project"), project, QStringLiteral("--passphrase-file"), kPass,
                       QStringLiteral("--key"),     kKey}
        << 2;
    QTest::newRow("unknown env")
        << QStringList{QStringLiteral("--project"),         project, QStringLiteral("--env"), QStringLiteral("nowhere"),
                       QStringLiteral("--passphrase-file"), kPass,   QStringLiteral("--key"), kKey}
        << 2;
    QTest::newRow("built-in practice") << QStringList{QStringLiteral("--project"),
                                                      project,
                                                      QStringLiteral("--env"),
                                                      QStringLiteral("practice"),
                                                      QStringLiteral("--passphrase-file"),
                                                      kPass,
                                                      QStringLiteral("--key"),
                                                      kKey}
                                       << 2;
    QTest::newRow("wrong passphrase") << QStringList{QStringLiteral("--project"),
                                                     project,
                                                     QStringLiteral("--env"),
                                                     QStringLiteral("local"),
                                                     QStringLiteral("--passphrase-file"),
                                                     QStringLiteral("@WRONGPASS@"),
                                                     QStringLiteral("--key"),
                                                     kKey}
                                      << 2;
    QTest::newRow("not a project")
        << QStringList{QStringLiteral("--project"),         kKey,  QStringLiteral("--env"), QStringLiteral("local"),
                       QStringLiteral("--passphrase-file"), kPass, QStringLiteral("--key"), kKey}
        << 2;
}

void TestProposals::cliRefusesBadInput() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    ProposalRig rig;
    addLocalEnvironment(rig);
    args.replaceInStrings(QStringLiteral("@PROJECT@"), rig.project->path());
    QFile wrong(rig.dir.filePath(QStringLiteral("wrong.pass")));
    QVERIFY(wrong.open(QIODevice::WriteOnly) && wrong.write("not the passphrase\n") > 0);
    wrong.close();
    args.replaceInStrings(QStringLiteral("@WRONGPASS@"), wrong.fileName());
    const CliRun r = bmpctl(QStringList{QStringLiteral("proposals"), QStringLiteral("run")} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.err.startsWith("bmpctl: "));
    QCOMPARE(r.err.count('\n'), 1); // one line saying why
    QCOMPARE(rig.sandboxRequests().size(), 0);
}

void TestProposals::duplicateIncludeIsFoundAgain() {
    // An include that ran at BMP, whose answer and key were lost (here: made directly at the sandbox with the run's
    // codigoOperacao). BMP documents no code for the duplicate; the worker looks the proposal up and goes on.
    ProposalRig rig;
    rig.makeWorker();
    const ProposalScenario b = rig.store->scenario(ScenarioId::CorrectFinalized);
    const auto call = [&](const QByteArray& path, const QJsonObject& body) { return rig.directCall(path, body); };
    const QString operation = QStringLiteral("onb-b-lost-answer");
    QCOMPARE(call("/Pessoa/Salvar", net::ProposalRequests::person(b)).status, 200);
    QCOMPARE(call("/Pessoa/SalvarEndereco", net::ProposalRequests::address(b)).status, 200);
    const QJsonObject made =
        call("/Proposta/IncluirManualSimplificado", net::ProposalRequests::include(b, operation, std::nullopt)).json();
    QCOMPARE(rig.sandboxProposals(), 1);
    ScenarioRun run = rig.store->run(rig.environment, ScenarioId::CorrectFinalized);
    run.codigoOperacao = operation;
    run.step = net::ProposalFlow::step::Include;
    QVERIFY(rig.store->saveRun(run).ok());

    QSignalSpy finished(rig.worker.get(), &net::ProposalWorker::finished);
    QVERIFY(rig.worker->start({b}).ok());
    QVERIFY(finished.wait(60000));
    const ScenarioRun done = rig.store->run(rig.environment, ScenarioId::CorrectFinalized);
    QVERIFY2(done.state == RunState::Done, qPrintable(done.lastError));
    QCOMPARE(done.codigoProposta, made.value(QStringLiteral("codigoProposta")).toString());
    QCOMPARE(rig.sandboxProposals(), 1); // found again, not made twice
}

void TestProposals::legacyRunsResumeOnTheNewFlow() {
    // A project saved mid-run by the version before BMP's reference was followed (schema 6): scenario B waiting to
    // finalize a proposal that BMP has (approved, never signed), scenario C about to register its borrower with the
    // old call. Reopened, it migrates and resumes on the new flow: B is signed and finalized, not made twice.
    ProposalRig rig;
    sandbox::SandboxEngine* engine = rig.practice->server()->engine();
    const ProposalScenario b = rig.store->scenario(ScenarioId::CorrectFinalized);
    const auto call = [&](const QByteArray& path, const QJsonObject& body) { return rig.directCall(path, body); };
    QCOMPARE(call("/Pessoa/Salvar", net::ProposalRequests::person(b)).status, 200);
    QCOMPARE(call("/Pessoa/SalvarEndereco", net::ProposalRequests::address(b)).status, 200);
    const QString guid = call("/Proposta/IncluirManualSimplificado",
                              net::ProposalRequests::include(b, QStringLiteral("onb-b-legacy"), std::nullopt))
                             .json()
                             .value(QStringLiteral("codigoProposta"))
                             .toString();
    QVERIFY(!guid.isEmpty());

    // The file as the old version left it: schema 6, exactly as its migrations made it, with the runs it saved.
    const QString path = rig.dir.filePath(QStringLiteral("legacy.bmpproj"));
    rig.worker.reset();
    rig.store.reset();
    rig.evidence.reset();
    rig.project.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(storage::kApplicationId)));
        for (const storage::Migration& m : storage::migrations()) {
            if (m.version > 6)
                break;
            for (const QString& sql : m.statements)
                QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO settings VALUES ('partner', 'Legacy Fintech'), ('products', 'caas')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 6")));
        q.prepare(QStringLiteral(
            "INSERT INTO proposal_runs (environment, scenario, codigo_operacao, codigo_proposta, status, step, state, "
            "pending_call, pending_key, pending_body, inputs) VALUES (?, 'correct-finalized', 'onb-b-legacy', ?, 2, "
            "'finalize', 'interrupted', '', '', '', ?)"));
        q.addBindValue(rig.environment);
        q.addBindValue(guid);
        q.addBindValue(QString::fromUtf8(QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral(
            "INSERT INTO proposal_runs (environment, scenario, codigo_operacao, step, state, pending_call, "
            "pending_key, "
            "pending_body) VALUES (?, 'correct-released', 'onb-c-legacy', 'register', 'interrupted', 'IncluirAlterar', "
            "'a5a1a7c2-0000-4000-8000-000000000001', '{\"dto\":{\"endereco\":{}}}')"));
        q.addBindValue(rig.environment);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto reopened = Project::open(path); // migrates 6 -> current
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
    rig.project = std::move(reopened).value();
    rig.store = std::make_unique<ProposalStore>(rig.project->store());
    rig.evidence = std::make_unique<net::EvidenceLog>(rig.project->store());
    const ScenarioRun c = rig.store->run(rig.environment, ScenarioId::CorrectReleased);
    QCOMPARE(c.step, net::ProposalFlow::step::Person);
    QVERIFY(!c.pending); // the old IncluirAlterar body is not resent
    QCOMPARE(rig.store->run(rig.environment, ScenarioId::CorrectFinalized).step, net::ProposalFlow::step::Locate);

    rig.makeWorker();
    QVERIFY(rig.runToEnd(60000));
    for (const ScenarioRun& run : rig.store->runs(rig.environment))
        QVERIFY2(run.state == RunState::Done, qPrintable(ProposalScenario::key(run.scenario) + u' ' + run.lastError));
    const ScenarioRun resumed = rig.store->run(rig.environment, ScenarioId::CorrectFinalized);
    QCOMPARE(resumed.codigoProposta, guid);
    QVERIFY(resumed.signedAt.isValid());
    QCOMPARE(engine->proposals().find(guid)->situacao, 6);
    QCOMPARE(rig.sandboxProposals(), 3); // B's proposal continued, not made again
}

void TestProposals::waivedSignatureSkipsTheCall() {
    ProposalRig rig;
    rig.practice->server()->engine()->setRequireSignature(false);
    rig.makeWorker();
    net::ProposalWorkerOptions o = rig.worker->options();
    o.signature = false;
    rig.worker->setOptions(o);
    QVERIFY(rig.runToEnd(60000));
    for (const ScenarioRun& run : rig.store->runs(rig.environment)) {
        QVERIFY2(run.state == RunState::Done, qPrintable(run.lastError));
        QVERIFY(!run.signedAt.isValid());
    }
    for (const QJsonValue& v : rig.sandboxRequests())
        QVERIFY(v.toObject().value(QStringLiteral("path")).toString() != u"/Proposta/IncluirAssinaturaCCBFinalizada");
}

void TestProposals::cliWithdrawsAStuckProposal() {
    ProposalRig rig;
    addLocalEnvironment(rig);
    const QString file = rig.project->path();
    const QStringList session{
        QStringLiteral("--project"),         file,  QStringLiteral("--env"), QStringLiteral("local"),
        QStringLiteral("--passphrase-file"), kPass, QStringLiteral("--key"), kKey};
    QCOMPARE(bmpctl(QStringList{QStringLiteral("proposals"), QStringLiteral("run")} + session).exitCode, 0);
    const auto atBmp = [&](ScenarioId id) {
        const ScenarioRun run = rig.store->run(QStringLiteral("local"), id);
        return rig.practice->server()->engine()->proposals().find(run.codigoProposta)->situacao;
    };
    // B (finalized, 6) is rejected with BMP's reason number and text.
    const CliRun rejected =
        bmpctl(QStringList{QStringLiteral("proposals"), QStringLiteral("reject")} + session +
               QStringList{QStringLiteral("--scenario"), QStringLiteral("b"), QStringLiteral("--reason"),
                           QStringLiteral("Proposta de teste"), QStringLiteral("--motive"), QStringLiteral("2"),
                           QStringLiteral("--json")});
    QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
    QCOMPARE(QJsonDocument::fromJson(rejected.out).object().value(QStringLiteral("status")).toInt(), 3);
    QCOMPARE(atBmp(ScenarioId::CorrectFinalized), 3);
    // Twice: refused before anything is sent.
    const CliRun again = bmpctl(QStringList{QStringLiteral("proposals"), QStringLiteral("cancel")} + session +
                                QStringList{QStringLiteral("--scenario"), QStringLiteral("b"),
                                            QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("already withdrawn"));
    // C is paid: BMP refuses to cancel it, and bmpctl says so with exit 1.
    const CliRun late = bmpctl(QStringList{QStringLiteral("proposals"), QStringLiteral("cancel")} + session +
                               QStringList{QStringLiteral("--scenario"), QStringLiteral("c"),
                                           QStringLiteral("--reason"), QStringLiteral("Proposta de teste")});
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(late.err.contains("Cancelar"), late.err.constData());
    QCOMPARE(atBmp(ScenarioId::CorrectReleased), 9);
    // No reason: a usage error.
    QCOMPARE(bmpctl(QStringList{QStringLiteral("proposals"), QStringLiteral("cancel")} + session +
                    QStringList{QStringLiteral("--scenario"), QStringLiteral("a")})
                 .exitCode,
             2);
    // A run later leaves the withdrawn scenario alone and says why.
    const CliRun rerun = bmpctl(QStringList{QStringLiteral("proposals"), QStringLiteral("run")} + session);
    QCOMPARE(rerun.exitCode, 1);
    QVERIFY2(rerun.out.contains("withdrawn"), rerun.out.constData());
}

QTEST_GUILESS_MAIN(TestProposals)
#include "TestProposals.moc"
