// Team projects when things go wrong (docs/TEAM.md): the server stops answering mid-session (edits wait, in order,
// and are made once it answers; a teammate's newer edit is still a conflict), participants and calendar days edited
// by two people at once, and a shared project saved back to a file. A real throwaway cluster (PgCluster).
#include "PgCluster.h"
#include "crypto/KeyPair.h"
#include "domain/ApiChecklist.h"
#include "domain/BmpTestLog.h"
#include "domain/CallbackEndpoints.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "domain/Signoff.h"
#include "storage/ProjectCopy.h"
#include "storage/ProjectStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace bmp;

class TestTeamOffline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void editsWaitWhileTheServerIsAway();
    void aWaitingEditMeetsATeammatesEdit();
    void participantsAreNotOverwritten();
    void calendarDaysAreNotOverwritten();
    void aSignoffDecisionConflictOffersMine();
    void productionStepsAreNotOverwritten();
    void environmentProfilesAreNotOverwritten();
    void checklistTestsAndCallbacksAreNotOverwritten();
    void sharedProjectIsCopiedToAFile();
    void eachPersonKeepsTheirOwnPlace();

private:
    // A new database with a fresh project shared by alice; its address for person.
    QString share(const QString& database);
    QString address(const QString& person, const QString& database) const { return m_pg.address(person, database); }

    PgCluster m_pg;
    QTemporaryDir m_dir;
};

void TestTeamOffline::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_pg.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(m_pg.createPeople({QStringLiteral("alice"), QStringLiteral("bob")}, QStringLiteral("team")), QString());
}

// A test that failed while the server was stopped leaves it running for the next one.
void TestTeamOffline::cleanup() {
    (void)m_pg.startServer(); // refused when it runs already
}

QString TestTeamOffline::share(const QString& database) {
    if (const QString why = m_pg.createDatabase(database, QStringLiteral("alice")); !why.isEmpty())
        return why;
    const QString file = m_dir.filePath(database + QStringLiteral(".bmpproj"));
    if (auto p = Project::create(file, QStringLiteral("Fintech ") + database, {Product::Caas}); !p)
        return p.error().toString();
    const auto shared =
        storage::shareProject(file, address(QStringLiteral("alice"), database), false, {QStringLiteral("team")});
    return shared ? QString() : shared.error().toString();
}

void TestTeamOffline::editsWaitWhileTheServerIsAway() {
    QCOMPARE(share(QStringLiteral("away")), QString());
    auto a = Project::open(address(QStringLiteral("alice"), QStringLiteral("away")));
    QVERIFY(a.ok());
    Project& alice = **a;
    alice.keepEditsWhileOffline(true); // as the window does
    QSignalSpy reachable(&alice, &Project::serverReachableChanged);
    QSignalSpy waiting(&alice, &Project::waitingEditsChanged);
    auto once = Project::open(address(QStringLiteral("bob"), QStringLiteral("away"))); // as bmpctl opens it
    QVERIFY(once.ok());
    auto profile = alice.environments().find(QStringLiteral("homologation")); // as step 4 shows it
    QVERIFY(profile);
    QVERIFY(m_pg.stopServer());
    // A copy that will not live on (a command) keeps nothing: it says the edit was not saved.
    const Status refusedOnce = (*once)->setStepNotes(StepId::Scope, QStringLiteral("from a command"));
    QVERIFY(!refusedOnce.ok());
    QVERIFY2(refusedOnce.error().message.contains(QStringLiteral("make it again")),
             qPrintable(refusedOnce.error().message));
    QCOMPARE((*once)->waitingEdits(), 0);

    // Each edit is refused as "not saved yet", kept, and counted; nothing blocks until the server is back.
    const Status first = alice.setStepNotes(StepId::Scope, QStringLiteral("written while away"));
    QVERIFY(!first.ok());
    QVERIFY2(first.error().message.contains(QStringLiteral("kept")), qPrintable(first.error().message));
    QVERIFY(alice.isOffline());
    QCOMPARE(alice.waitingEdits(), 1);
    QVERIFY(
        !alice.addContact({0, QStringLiteral("Rita Away"), QStringLiteral("PM"), Side::Partner, {}, {}, false}).ok());
    QVERIFY(!alice.setGroupName(QStringLiteral("Grupo offline")).ok());
    QVERIFY(!alice.addCalendarOverride({QDate(2027, 3, 15), true, QStringLiteral("Feriado local")}).ok());
    QCOMPARE(alice.waitingEdits(), 4);
    // An edit the project itself refuses is not kept: it never would be saved.
    const Status invalid = alice.setInviteLink(QStringLiteral("not a link"));
    QVERIFY(!invalid.ok());
    QCOMPARE(alice.waitingEdits(), 4);
    // Changes that do not wait (here an environment profile, saved as a whole) are refused, saying so.
    profile->clientId = QStringLiteral("typed-while-away");
    const Status notKept = alice.environments().save(*profile);
    QVERIFY(!notKept.ok());
    QVERIFY2(notKept.error().message.contains(QStringLiteral("make it again")), qPrintable(notKept.error().message));
    // A new production procedure waits like an edit.
    QVERIFY(!alice.signoff().addProcedure(QStringLiteral("Procedimento offline")).ok());
    QCOMPARE(alice.waitingEdits(), 5);

    // Memory still shows what the server holds: a waiting edit is not shown as saved.
    QCOMPARE(alice.step(StepId::Scope).notes, QString());
    QVERIFY(reachable.wait(2000));
    QCOMPARE(reachable.last().at(0).toBool(), false);

    QVERIFY(m_pg.startServer());
    QElapsedTimer back;
    back.start();
    QTRY_VERIFY_WITH_TIMEOUT(!reachable.isEmpty() && reachable.last().at(0).toBool(), 10000);
    qInfo("the waiting edits were saved %lld ms after the server was back", back.elapsed());
    QCOMPARE(alice.waitingEdits(), 0);
    QVERIFY(!alice.isOffline());
    QCOMPARE(waiting.last().at(0).toInt(), 0);

    // All five were made, in order, and another client reads them.
    auto b = Project::open(address(QStringLiteral("bob"), QStringLiteral("away")));
    QVERIFY(b.ok());
    QCOMPARE((*b)->step(StepId::Scope).notes, QStringLiteral("written while away"));
    QCOMPARE((*b)->step(StepId::Scope).updatedBy, QStringLiteral("alice"));
    QCOMPARE((*b)->contacts().size(), 1);
    QCOMPARE((*b)->contacts().first().name, QStringLiteral("Rita Away"));
    QCOMPARE((*b)->contacts().first().updatedBy, QStringLiteral("alice"));
    QCOMPARE((*b)->channel().groupName, QStringLiteral("Grupo offline"));
    QCOMPARE((*b)->calendarOverrides().size(), 1);
    QCOMPARE((*b)->signoff().procedures().last().text, QStringLiteral("Procedimento offline"));
    QCOMPARE(alice.step(StepId::Scope).notes, QStringLiteral("written while away"));
    QCOMPARE((*b)->environments().find(QStringLiteral("homologation"))->clientId, QString()); // refused, not kept

    // And alice hears bob again after reconnecting.
    QSignalSpy seen(&alice, &Project::changedElsewhere);
    QVERIFY((*b)->setStepOwner(StepId::Scope, QStringLiteral("Bob")).ok());
    QVERIFY(seen.wait(3000));
    QCOMPARE(alice.step(StepId::Scope).owner, QStringLiteral("Bob"));
}

void TestTeamOffline::aWaitingEditMeetsATeammatesEdit() {
    QCOMPARE(share(QStringLiteral("meet")), QString());
    auto a = Project::open(address(QStringLiteral("alice"), QStringLiteral("meet")));
    QVERIFY(a.ok());
    Project& alice = **a;
    alice.keepEditsWhileOffline(true);
    QSignalSpy conflicts(&alice, &Project::conflictDetected);
    QVERIFY(m_pg.stopServer());
    QVERIFY(!alice.setStepNotes(StepId::Credentials, QStringLiteral("alice, offline")).ok());
    QVERIFY(!alice.setStepOwner(StepId::JwtToken, QStringLiteral("Alice")).ok());
    QCOMPARE(alice.waitingEdits(), 2);
    QVERIFY(m_pg.startServer());
    // bob writes the same step first (alice's copy has not turned its event loop, so has not made hers yet).
    auto b = Project::open(address(QStringLiteral("bob"), QStringLiteral("meet")));
    QVERIFY(b.ok());
    QVERIFY((*b)->setStepNotes(StepId::Credentials, QStringLiteral("bob, online")).ok());

    // Alice's waiting edit is refused, not written over bob's; the one behind it waits for her decision.
    QVERIFY(conflicts.wait(10000));
    const auto conflict = conflicts.last().at(0).value<StepConflict>();
    QCOMPARE(conflict.step, StepId::Credentials);
    QCOMPARE(conflict.by, QStringLiteral("bob"));
    QCOMPARE(alice.step(StepId::Credentials).notes, QStringLiteral("bob, online"));
    QCOMPARE(alice.waitingEdits(), 1);
    QVERIFY(alice.keepMine().ok());
    QCOMPARE(alice.waitingEdits(), 0);
    QVERIFY((*b)->reload().ok());
    QCOMPARE((*b)->step(StepId::Credentials).notes, QStringLiteral("alice, offline"));
    QCOMPARE((*b)->step(StepId::JwtToken).owner, QStringLiteral("Alice"));
}

void TestTeamOffline::participantsAreNotOverwritten() {
    QCOMPARE(share(QStringLiteral("people")), QString());
    auto a = Project::open(address(QStringLiteral("alice"), QStringLiteral("people")));
    auto b = Project::open(address(QStringLiteral("bob"), QStringLiteral("people")));
    QVERIFY(a.ok() && b.ok());
    Project& alice = **a;
    Project& bob = **b;
    const auto id = alice.addContact({0, QStringLiteral("Ana"), QStringLiteral("PM"), Side::Partner, {}, {}, false});
    QVERIFY(id.ok());
    QVERIFY(bob.reload().ok());
    Contact bobs = bob.contacts().first();
    Contact alices = alice.contacts().first();

    // bob renames her first; alice's edit (made on the copy she read) is refused, with who did it.
    bobs.role = QStringLiteral("Project manager");
    QVERIFY(bob.updateContact(bobs).ok());
    alices.phone = QStringLiteral("+55 11 91234-5678");
    QSignalSpy conflicts(&alice, &Project::conflictDetected);
    const Status refused = alice.updateContact(alices);
    QVERIFY(!refused.ok());
    QCOMPARE(conflicts.size(), 1);
    const auto conflict = conflicts.first().at(0).value<StepConflict>();
    QCOMPARE(conflict.kind, StepConflict::Kind::Contact);
    QCOMPARE(conflict.by, QStringLiteral("bob"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Ana")), qPrintable(refused.error().message));
    QCOMPARE(alice.contacts().first().role, QStringLiteral("Project manager")); // theirs shown
    // Save mine: her whole edit, over theirs.
    QVERIFY(alice.keepMine().ok());
    QVERIFY(bob.reload().ok());
    QCOMPARE(bob.contacts().first().phone, QStringLiteral("+5511912345678"));
    QCOMPARE(bob.contacts().first().role, QStringLiteral("PM"));

    // A participant changed by one is not removed by the other's stale copy…
    bobs = bob.contacts().first();
    bobs.email = QStringLiteral("ana@example.com");
    QVERIFY(bob.updateContact(bobs).ok());
    QVERIFY(!alice.removeContact(*id).ok());
    QCOMPARE(alice.contacts().size(), 1);
    alice.keepTheirs();
    QVERIFY(bob.reload().ok());
    QCOMPARE(bob.contacts().size(), 1);
    // …and one removed by a teammate comes back when the editor saves theirs.
    Contact edited = alice.contacts().first();
    QVERIFY(bob.removeContact(*id).ok());
    edited.name = QStringLiteral("Ana Souza");
    const Status gone = alice.updateContact(edited);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().message.contains(QStringLiteral("removed")), qPrintable(gone.error().message));
    QVERIFY(alice.contacts().isEmpty());
    QVERIFY(alice.keepMine().ok());
    QVERIFY(bob.reload().ok());
    QCOMPARE(bob.contacts().size(), 1);
    QCOMPARE(bob.contacts().first().name, QStringLiteral("Ana Souza"));
}

void TestTeamOffline::calendarDaysAreNotOverwritten() {
    QCOMPARE(share(QStringLiteral("days")), QString());
    auto a = Project::open(address(QStringLiteral("alice"), QStringLiteral("days")));
    auto b = Project::open(address(QStringLiteral("bob"), QStringLiteral("days")));
    QVERIFY(a.ok() && b.ok());
    Project& alice = **a;
    Project& bob = **b;
    const QDate day(2027, 1, 25);
    // Both add the same day, neither having seen the other's: the second is refused, naming the first.
    QVERIFY(alice.addCalendarOverride({day, true, QStringLiteral("Aniversário de São Paulo (alice)")}).ok());
    QSignalSpy conflicts(&bob, &Project::conflictDetected);
    QVERIFY(!bob.addCalendarOverride({day, false, QStringLiteral("bob says it is a working day")}).ok());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().at(0).value<StepConflict>().kind, StepConflict::Kind::CalendarDay);
    QCOMPARE(conflicts.first().at(0).value<StepConflict>().by, QStringLiteral("alice"));
    QCOMPARE(bob.calendarOverrides().size(), 1);
    QVERIFY(bob.calendarOverrides().first().added); // alice's day, shown
    bob.keepTheirs();
    // A day changed by one is not removed by the other's stale copy; one removed by both is simply gone.
    QVERIFY(alice.addCalendarOverride({day, true, QStringLiteral("Aniversário de São Paulo")}).ok());
    QVERIFY(!bob.removeCalendarOverride(day).ok());
    QCOMPARE(bob.calendarOverrides().first().name, QStringLiteral("Aniversário de São Paulo"));
    QVERIFY(alice.removeCalendarOverride(day).ok());
    QVERIFY(bob.removeCalendarOverride(day).ok());
    QVERIFY(bob.calendarOverrides().isEmpty());
}

void TestTeamOffline::aSignoffDecisionConflictOffersMine() {
    QCOMPARE(share(QStringLiteral("decide")), QString());
    auto a = Project::open(address(QStringLiteral("alice"), QStringLiteral("decide")));
    auto b = Project::open(address(QStringLiteral("bob"), QStringLiteral("decide")));
    QVERIFY(a.ok() && b.ok());
    const qint64 finance = (*a)->signoff().areas().at(4).id;
    QVERIFY((*a)->signoff().setApprover(finance, QStringLiteral("Sr. Tesouro")).ok());
    QVERIFY((*b)->reload().ok());
    QVERIFY((*b)->signoff()
                .setDecision(finance, Decision::ApprovedWithRemarks, QDate::currentDate(), QStringLiteral("limits"))
                .ok());
    QSignalSpy conflicts(a->get(), &Project::conflictDetected);
    const Status refused =
        (*a)->signoff().setDecision(finance, Decision::Rejected, QDate::currentDate(), QStringLiteral("no contract"));
    QVERIFY(!refused.ok());
    QCOMPARE(conflicts.size(), 1);
    const auto conflict = conflicts.first().at(0).value<StepConflict>();
    QCOMPARE(conflict.kind, StepConflict::Kind::SignoffArea);
    QCOMPARE(conflict.by, QStringLiteral("bob"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("bob")), qPrintable(refused.error().message));
    QCOMPARE((*a)->signoff().area(finance)->decision, Decision::ApprovedWithRemarks); // theirs shown
    QVERIFY((*a)->keepMine().ok());
    QVERIFY((*b)->reload().ok());
    QCOMPARE((*b)->signoff().area(finance)->decision, Decision::Rejected);
    QCOMPARE((*b)->signoff().area(finance)->updatedBy, QStringLiteral("alice"));

    // The area's name and approver too: bob renames it, alice's stale approver edit is refused, then kept as hers.
    QVERIFY((*b)->signoff().renameArea(finance, QStringLiteral("Tesouraria")).ok());
    QVERIFY(!(*a)->signoff().setApprover(finance, QStringLiteral("Sra. Caixa")).ok());
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE((*a)->signoff().area(finance)->displayName(), QStringLiteral("Tesouraria"));
    QVERIFY((*a)->keepMine().ok());
    QVERIFY((*b)->reload().ok());
    QCOMPARE((*b)->signoff().area(finance)->approver, QStringLiteral("Sra. Caixa"));
    QCOMPARE((*b)->signoff().area(finance)->displayName(), QStringLiteral("Tesouraria"));
    // An area a teammate changed since is not removed from a stale copy.
    QVERIFY((*b)->signoff().renameArea(finance, QStringLiteral("Tesouraria e Caixa")).ok());
    QVERIFY(!(*a)->signoff().removeArea(finance).ok());
    QVERIFY((*a)->signoff().area(finance).has_value());
    (*a)->keepTheirs();
}

void TestTeamOffline::productionStepsAreNotOverwritten() {
    QCOMPARE(share(QStringLiteral("production")), QString());
    auto a = Project::open(address(QStringLiteral("alice"), QStringLiteral("production")));
    auto b = Project::open(address(QStringLiteral("bob"), QStringLiteral("production")));
    QVERIFY(a.ok() && b.ok());
    Signoff& alice = (*a)->signoff();
    Signoff& bob = (*b)->signoff();
    QSignalSpy conflicts(a->get(), &Project::conflictDetected);

    // Step 10's procedures: ticked by bob, then reworded on alice's stale copy: refused, naming bob; mine on top.
    const qint64 first = alice.procedures().first().id;
    QVERIFY(bob.setProcedureDone(first, true).ok());
    QVERIFY(!alice.setProcedureText(first, QStringLiteral("Ask BMP for the production client_id")).ok());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.last().at(0).value<StepConflict>().kind, StepConflict::Kind::Procedure);
    QCOMPARE(conflicts.last().at(0).value<StepConflict>().by, QStringLiteral("bob"));
    QVERIFY(alice.procedures().first().done); // theirs shown
    QVERIFY((*a)->keepMine().ok());
    QVERIFY((*b)->reload().ok());
    QCOMPARE(bob.procedures().first().text, QStringLiteral("Ask BMP for the production client_id"));
    QVERIFY(bob.procedures().first().done); // bob's tick kept: mine changed the text only
    // Removing a procedure a teammate changed since is refused the same way.
    QVERIFY(bob.setProcedureDone(first, false).ok());
    QVERIFY(!alice.removeProcedure(first).ok());
    QCOMPARE(conflicts.size(), 2);
    (*a)->keepTheirs();
    QVERIFY((*b)->reload().ok());
    QCOMPARE(bob.procedures().first().id, first);

    // Steps 10 and 11's dates and summary: saved only over the value read.
    QVERIFY(bob.setFinalSummary(QStringLiteral("bob's summary")).ok());
    QVERIFY(!alice.setFinalSummary(QStringLiteral("alice's summary")).ok());
    QCOMPARE(conflicts.size(), 3);
    QCOMPARE(conflicts.last().at(0).value<StepConflict>().step, StepId::Delivery);
    QCOMPARE(alice.finalSummary(), QStringLiteral("bob's summary"));
    QVERIFY((*a)->keepMine().ok());
    QVERIFY((*b)->reload().ok());
    QCOMPARE(bob.finalSummary(), QStringLiteral("alice's summary"));
}

void TestTeamOffline::environmentProfilesAreNotOverwritten() {
    QCOMPARE(share(QStringLiteral("profiles")), QString());
    auto a = Project::open(address(QStringLiteral("alice"), QStringLiteral("profiles")));
    auto b = Project::open(address(QStringLiteral("bob"), QStringLiteral("profiles")));
    QVERIFY(a.ok() && b.ok());
    const QString env = QStringLiteral("homologation");
    auto alices = (*a)->environments().find(env); // what alice's step 4 shows
    auto bobs = (*b)->environments().find(env);
    QVERIFY(alices && bobs);
    bobs->scope = QStringLiteral("bmp.scope.bob");
    QVERIFY((*b)->environments().save(*bobs).ok());
    QCOMPARE((*b)->environments().find(env)->updatedBy, QStringLiteral("bob"));

    QSignalSpy conflicts(a->get(), &Project::conflictDetected);
    alices->clientId = QStringLiteral("alice-client");
    const Status refused = (*a)->environments().save(*alices);
    QVERIFY(!refused.ok());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().at(0).value<StepConflict>().kind, StepConflict::Kind::Environment);
    QCOMPARE(conflicts.first().at(0).value<StepConflict>().step, StepId::Credentials);
    QCOMPARE(conflicts.first().at(0).value<StepConflict>().by, QStringLiteral("bob"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("bob")), qPrintable(refused.error().message));
    QCOMPARE((*b)->environments().find(env)->clientId, QString()); // nothing of alice's written
    QVERIFY((*a)->keepMine().ok());
    QCOMPARE((*b)->environments().find(env)->clientId, QStringLiteral("alice-client"));
    QCOMPARE((*b)->environments().find(env)->updatedBy, QStringLiteral("alice"));
    // An import replaces the profiles it holds (it is asked for), whatever their version.
    const QByteArray exported = (*b)->environments().exportJson();
    QVERIFY((*a)->environments().importJson(exported).ok());
}

void TestTeamOffline::checklistTestsAndCallbacksAreNotOverwritten() {
    QCOMPARE(share(QStringLiteral("tables")), QString());
    auto a = Project::open(address(QStringLiteral("alice"), QStringLiteral("tables")));
    auto b = Project::open(address(QStringLiteral("bob"), QStringLiteral("tables")));
    QVERIFY(a.ok() && b.ok());
    Project& alice = **a;
    Project& bob = **b;
    QSignalSpy conflicts(&alice, &Project::conflictDetected);

    // Step 6's API checklist: both see "not started" (no row); bob saves first, alice's save is refused.
    const QString api = ApiChecklist::knownApis().first();
    ApiChecklist alicesApis(alice.store(), alice.conflictSink());
    ApiChecklist bobsApis(bob.store(), bob.conflictSink());
    const auto bobSaved = bobsApis.setStatus(api, StepStatus::InProgress, 0);
    QVERIFY(bobSaved.ok());
    QVERIFY(!alicesApis.setStatus(api, StepStatus::Done, 0).ok());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.last().at(0).value<StepConflict>().kind, StepConflict::Kind::Api);
    QCOMPARE(conflicts.last().at(0).value<StepConflict>().by, QStringLiteral("bob"));
    QCOMPARE(bobsApis.list({api}).first().status, StepStatus::InProgress); // nothing of alice's written
    QVERIFY(alice.keepMine().ok());
    QCOMPARE(bobsApis.list({api}).first().status, StepStatus::Done);
    QCOMPARE(bobsApis.list({api}).first().updatedBy, QStringLiteral("alice"));
    // Notes over the version shown: bob's stale copy is refused now.
    QVERIFY(!bobsApis.setNotes(api, QStringLiteral("bob"), *bobSaved).ok());

    // Step 8's tests: an update over the version shown only.
    BmpTestLog alicesTests(alice.store(), alice.conflictSink());
    BmpTestLog bobsTests(bob.store(), bob.conflictSink());
    BmpTest t;
    t.name = QStringLiteral("Proposta C");
    const auto id = alicesTests.add(t);
    QVERIFY(id.ok());
    BmpTest shownToAlice = alicesTests.list().first();
    BmpTest shownToBob = bobsTests.list().first();
    shownToBob.result = BmpTestResult::Passed;
    QVERIFY(bobsTests.update(shownToBob).ok());
    shownToAlice.finding = QStringLiteral("vlrIOF differs");
    shownToAlice.result = BmpTestResult::Failed;
    QVERIFY(!alicesTests.update(shownToAlice).ok());
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE(conflicts.last().at(0).value<StepConflict>().kind, StepConflict::Kind::BmpTest);
    QCOMPARE(bobsTests.list().first().result, BmpTestResult::Passed);
    alice.keepTheirs();
    QCOMPARE(bobsTests.list().first().result, BmpTestResult::Passed);

    // Step 6's callbacks: saved over the version the form showed.
    CallbackEndpoints alicesCallbacks(alice.store(), alice.conflictSink());
    CallbackEndpoints bobsCallbacks(bob.store(), bob.conflictSink());
    CallbackEndpoint callback;
    callback.environment = QStringLiteral("homologation");
    callback.url = QStringLiteral("https://bob.example.com/bmp");
    QVERIFY(bobsCallbacks.save(callback).ok()); // a new one: version 0 shown
    callback.url = QStringLiteral("https://alice.example.com/bmp");
    QVERIFY(!alicesCallbacks.save(callback).ok()); // alice's form also showed none
    QCOMPARE(conflicts.size(), 3);
    QCOMPARE(conflicts.last().at(0).value<StepConflict>().kind, StepConflict::Kind::Callback);
    QCOMPARE(bobsCallbacks.find(QStringLiteral("homologation"))->url, QStringLiteral("https://bob.example.com/bmp"));
    QVERIFY(alice.keepMine().ok());
    QCOMPARE(bobsCallbacks.find(QStringLiteral("homologation"))->url, QStringLiteral("https://alice.example.com/bmp"));
    QCOMPARE(bobsCallbacks.find(QStringLiteral("homologation"))->updatedBy, QStringLiteral("alice"));
}

void TestTeamOffline::sharedProjectIsCopiedToAFile() {
    QCOMPARE(share(QStringLiteral("home")), QString());
    const QString shared = address(QStringLiteral("alice"), QStringLiteral("home"));
    {
        auto a = Project::open(shared);
        QVERIFY(a.ok());
        QVERIFY((*a)->setStepNotes(StepId::Scope, QStringLiteral("made on the server")).ok());
        QVERIFY((*a)->addContact({0, QStringLiteral("Caio"), {}, Side::Bmp, {}, {}, true}).ok());
        auto key = crypto::KeyPair::generate(2048);
        QVERIFY(key.ok());
        // Made in the shared project: its private half is on this machine only.
        QVERIFY((*a)->keys()
                    .store(QStringLiteral("homologation"), *key, "correct horse battery", KeySource::Generated)
                    .ok());
    }
    auto a = Project::open(shared);
    QVERIFY(a.ok());
    const QString file = m_dir.filePath(QStringLiteral("home-copy.bmpproj"));
    const auto rows = storage::copyToFile((*a)->store(), file);
    QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().toString()));
    QVERIFY(*rows > 11);
    QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    // Never over an existing file.
    QVERIFY(!storage::copyToFile((*a)->store(), file).ok());

    auto copy = Project::open(file);
    QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().toString()));
    QVERIFY(!(*copy)->isShared());
    QCOMPARE((*copy)->partner(), QStringLiteral("Fintech home"));
    QCOMPARE((*copy)->step(StepId::Scope).notes, QStringLiteral("made on the server"));
    QCOMPARE((*copy)->contacts().size(), 1);
    // This machine's key came along, and unlocks in the file.
    QVERIFY((*copy)->keys().unlock(QStringLiteral("homologation"), "correct horse battery").ok());
    // New rows continue after the copied ids.
    QVERIFY((*copy)->addContact({0, QStringLiteral("Depois"), {}, Side::Partner, {}, {}, false}).ok());
    QCOMPARE((*copy)->contacts().size(), 2);

    // The command line does the same.
    const QString cliFile = m_dir.filePath(QStringLiteral("home-cli.bmpproj"));
    QProcess cli;
    cli.start(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"),
              {QStringLiteral("project"), QStringLiteral("copy"), shared, cliFile});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardOutput().contains("home-cli.bmpproj"));
    auto again = Project::open(cliFile);
    QVERIFY(again.ok());
    QCOMPARE((*again)->step(StepId::Scope).notes, QStringLiteral("made on the server"));
}

void TestTeamOffline::eachPersonKeepsTheirOwnPlace() {
    QCOMPARE(share(QStringLiteral("places")), QString());
    auto a = Project::open(address(QStringLiteral("alice"), QStringLiteral("places")));
    auto b = Project::open(address(QStringLiteral("bob"), QStringLiteral("places")));
    QVERIFY(a.ok() && b.ok());
    QSignalSpy heard(b->get(), &Project::changedElsewhere);
    QVERIFY((*a)->setSetting(QStringLiteral("ui.page"), QStringLiteral("proposals")).ok());
    QVERIFY((*b)->setSetting(QStringLiteral("ui.page"), QStringLiteral("signoff")).ok());
    QCOMPARE((*a)->setting(QStringLiteral("ui.page")), QStringLiteral("proposals"));
    QCOMPARE((*b)->setting(QStringLiteral("ui.page")), QStringLiteral("signoff"));
    // Not on the server, and nobody else's window reloads for it.
    QCOMPARE((*a)->store().setting(QStringLiteral("ui.page")), QString());
    QVERIFY(!heard.wait(300));
    // Project data still goes to the server for everyone.
    QVERIFY((*a)->setSetting(QStringLiteral("calendar.sp_city"), QStringLiteral("0")).ok());
    QVERIFY(heard.wait(3000));
    QCOMPARE((*b)->setting(QStringLiteral("calendar.sp_city")), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestTeamOffline)
#include "TestTeamOffline.moc"
