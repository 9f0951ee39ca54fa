// The ProposalWorker against the real sandbox over 127.0.0.1: the three step-7 scenarios end where BMP's
// checklist wants them, at production pace without a single 429, and no retry, lost answer, cancel or restart
// ever creates a second proposal.

#include "FaultProxy.h"
#include "ProposalTestRig.h"

#include <QDateTime>
#include <QSignalSpy>
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

    // The sandbox's receive times: never two requests closer than one second, never a 429.
    const QJsonArray requests = rig.sandboxRequests();
    QVERIFY(requests.size() >= 20);
    qint64 previous = -1;
    qint64 smallestGap = std::numeric_limits<qint64>::max();
    for (const QJsonValue& v : requests) {
        const QJsonObject r = v.toObject();
        QVERIFY2(r.value(QStringLiteral("status")).toInt() != 429,
                 qPrintable(r.value(QStringLiteral("path")).toString()));
        const qint64 at = qint64(r.value(QStringLiteral("receivedAtMs")).toDouble());
        if (previous >= 0)
            smallestGap = qMin(smallestGap, at - previous);
        previous = at;
    }
    QVERIFY2(smallestGap >= 1000, qPrintable(QStringLiteral("smallest gap %1 ms").arg(smallestGap)));
    qInfo("%d requests, smallest gap %lld ms", int(requests.size()), smallestGap);

    // Evidence: every call recorded, the bearer token never.
    const QByteArray log = rig.evidence->toJsonLines();
    QVERIFY(log.contains("IncluirManualSimplificado"));
    QVERIFY(log.contains("AtualizarContaPagamento"));
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
    proxy.script("/Pessoa/IncluirAlterar", {Fault::ResetBeforeForward});
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
    QCOMPARE(lost, 7);
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

QTEST_GUILESS_MAIN(TestProposals)
#include "TestProposals.moc"
