// Team projects on a real PostgreSQL server (docs/TEAM.md): a throwaway cluster per test run (PgCluster), two
// people as two database roles, the project shared from a file with `bmpctl project share`.
#include "PgCluster.h"
#include "crypto/KeyPair.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "storage/LocalKeyStore.h"
#include "storage/ProjectCopy.h"
#include "storage/ProjectStore.h"
#include "storage/Schema.h"
#include "storage/ServerAddress.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

using namespace bmp;

class TestTeamProject : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void addressesAreParsedAndShownWithoutPassword();
    void shareCopiesEverythingButPrivateKeys();
    void secondShareNeedsReplace();
    void olderSharedProjectIsMigratedOnce();
    void cliSharesAndReportsStatus();
    void twoClientsInterleaveWithoutLosingAnEdit();
    void keepMineAfterAConflict();
    void projectSettingsAreNotOverwrittenEither();
    void otherClientSeesAnEditLive();
    void signoffDecisionsFollowTheirSigner();
    void serverRestartIsSurvived();
    void killedWriterLosesNothing();

private:
    QString shareFresh(const QString& database, const QString& partner);

    PgCluster m_pg;
    QTemporaryDir m_dir;
    QByteArray m_encryptedPem;
    QString m_fingerprint;
};

void TestTeamProject::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // this machine's key folder goes to a test location
    const QString why = m_pg.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(m_pg.createPeople({QStringLiteral("alice"), QStringLiteral("bob")}, QStringLiteral("team")), QString());
}

// A project file with a key and some progress, shared to a new database owned by alice (who then grants team).
QString TestTeamProject::shareFresh(const QString& database, const QString& partner) {
    if (const QString why = m_pg.createDatabase(database, QStringLiteral("alice")); !why.isEmpty())
        return why;
    const QString file = m_dir.filePath(database + QStringLiteral(".bmpproj"));
    {
        auto p = Project::create(file, partner, {Product::Caas});
        if (!p)
            return p.error().toString();
        (void)(*p)->setStepStatus(StepId::Channel, StepStatus::Done, QStringLiteral("group created"));
        (void)(*p)->setStepOwner(StepId::KeyRegistration, QStringLiteral("Dev Ana"));
        auto key = crypto::KeyPair::generate(2048);
        if (!key)
            return key.error().toString();
        if (Status s =
                (*p)->keys().store(QStringLiteral("homologation"), *key, "correct horse battery", KeySource::Generated);
            !s)
            return s.error().toString();
        m_encryptedPem = *(*p)->keys().encryptedPem(QStringLiteral("homologation"));
        m_fingerprint = (*p)->keys().find(QStringLiteral("homologation"))->fingerprint;
    }
    const auto shared =
        storage::shareProject(file, m_pg.address(QStringLiteral("alice"), database), false, {QStringLiteral("team")});
    if (!shared)
        return shared.error().toString();
    return {};
}

void TestTeamProject::addressesAreParsedAndShownWithoutPassword() {
    const auto a = storage::ServerAddress::parse(QStringLiteral("postgresql://ana:s3cret@db.example.com:5433/onb"));
    QVERIFY(a.ok());
    QCOMPARE(a->host, QStringLiteral("db.example.com"));
    QCOMPARE(a->port, 5433);
    QCOMPARE(a->password, QStringLiteral("s3cret"));
    QCOMPARE(a->options.value(QStringLiteral("sslmode")), QStringLiteral("verify-full")); // TLS by default
    QVERIFY(!a->display().contains(QStringLiteral("s3cret")));
    QCOMPARE(a->display(), QStringLiteral("postgresql://ana@db.example.com:5433/onb"));
    const auto socket = storage::ServerAddress::parse(QStringLiteral("postgresql:///onb?host=/run/pg"));
    QVERIFY(socket.ok());
    QVERIFY(!socket->options.contains(QStringLiteral("sslmode"))); // no TLS on a Unix socket
    // What is shown (and remembered) opens the same place again.
    for (const QString& text :
         {QStringLiteral("postgresql://ana:pw@db.example.com:5433/onb?sslmode=require"),
          QStringLiteral("postgresql://ana@/onb?host=/run/pg&port=5433"), QStringLiteral("postgresql:///onb")}) {
        const auto first = storage::ServerAddress::parse(text);
        QVERIFY(first.ok());
        const auto again = storage::ServerAddress::parse(first->display());
        QVERIFY2(again.ok(), qPrintable(first->display()));
        QCOMPARE(again->host, first->host);
        QCOMPARE(again->port, first->port);
        QCOMPARE(again->user, first->user);
        QCOMPARE(again->database, first->database);
        QCOMPARE(again->options, first->options);
        QVERIFY(again->password.isEmpty());
    }
    QVERIFY(!storage::ServerAddress::parse(QStringLiteral("postgresql://db/onb?options=-c%20x=1")).ok());
    QVERIFY(!storage::ServerAddress::parse(QStringLiteral("postgresql://db/")).ok());
    QVERIFY(!storage::ServerAddress::parse(QStringLiteral("postgresql://db/onb?sslmode=maybe")).ok());
}

void TestTeamProject::shareCopiesEverythingButPrivateKeys() {
    QCOMPARE(shareFresh(QStringLiteral("share1"), QStringLiteral("Fintech Equipe")), QString());
    auto p = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("share1")));
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
    QVERIFY((*p)->isShared());
    QCOMPARE((*p)->userName(), QStringLiteral("bob"));
    QCOMPARE((*p)->partner(), QStringLiteral("Fintech Equipe"));
    QCOMPARE((*p)->step(StepId::Channel).status, StepStatus::Done);
    QCOMPARE((*p)->step(StepId::KeyRegistration).owner, QStringLiteral("Dev Ana"));
    QCOMPARE((*p)->history(StepId::Channel).constLast().note, QStringLiteral("group created"));
    const auto key = (*p)->keys().find(QStringLiteral("homologation"));
    QVERIFY(key.has_value());
    QCOMPARE(key->fingerprint, m_fingerprint);
    QVERIFY(key->holder.contains(u'@'));
    // This machine shared it, so it holds the encrypted key; the server holds none of it.
    QCOMPARE(*(*p)->keys().encryptedPem(QStringLiteral("homologation")), m_encryptedPem);
    QVERIFY((*p)->keys().unlock(QStringLiteral("homologation"), "correct horse battery").ok());
    const QString dump = m_pg.dump(QStringLiteral("share1"));
    QVERIFY(dump.contains(QStringLiteral("Fintech Equipe"))); // the dump does hold the project
    QVERIFY(dump.contains(m_fingerprint));
    QVERIFY(!dump.contains(QStringLiteral("ENCRYPTED PRIVATE KEY")));
    const QList<QByteArray> lines = m_encryptedPem.split('\n');
    QVERIFY(lines.size() > 5);
    QVERIFY(!dump.contains(QString::fromLatin1(lines.at(3)))); // not one line of the key's body
    // Another machine (another key folder) learns whose key it is and where it lives.
    const QString folder = storage::LocalKeyStore::directory((*p)->setting(QStringLiteral("project.id")));
    QVERIFY(QDir().rename(folder, folder + QStringLiteral(".away")));
    const auto missing = (*p)->keys().encryptedPem(QStringLiteral("homologation"));
    QVERIFY(QDir().rename(folder + QStringLiteral(".away"), folder));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(key->holder), qPrintable(missing.error().message));
}

void TestTeamProject::secondShareNeedsReplace() {
    QCOMPARE(shareFresh(QStringLiteral("share2"), QStringLiteral("Primeira")), QString());
    const QString file = m_dir.filePath(QStringLiteral("other.bmpproj"));
    QVERIFY(Project::create(file, QStringLiteral("Segunda"), {Product::Caas}).ok());
    const QString address = m_pg.address(QStringLiteral("alice"), QStringLiteral("share2"));
    const auto refused = storage::shareProject(file, address, false);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("--replace")));
    QCOMPARE((*Project::open(address))->partner(), QStringLiteral("Primeira")); // nothing changed
    QVERIFY(storage::shareProject(file, address, true).ok());
    QCOMPARE((*Project::open(address))->partner(), QStringLiteral("Segunda"));
}

void TestTeamProject::olderSharedProjectIsMigratedOnce() {
    QCOMPARE(shareFresh(QStringLiteral("older"), QStringLiteral("Antiga")), QString());
    // As schema 9 left it on the server: without what migration 10 adds.
    QString out;
    QCOMPARE(m_pg.psql(QStringLiteral("ALTER TABLE steps DROP COLUMN row_version, DROP COLUMN updated_by, "
                                      "DROP COLUMN updated_at; UPDATE bmp_meta SET value = '9' "
                                      "WHERE key = 'schema_version'"),
                       &out, QStringLiteral("older"), QStringLiteral("alice")),
             0);
    const QString address = m_pg.address(QStringLiteral("alice"), QStringLiteral("older"));
    auto a = Project::open(address);
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().toString()));
    QCOMPARE((*a)->store().schemaVersion(), storage::currentSchemaVersion());
    QCOMPARE((*a)->partner(), QStringLiteral("Antiga"));
    QVERIFY((*a)->setStepNotes(StepId::Scope, QStringLiteral("after the update")).ok());
    auto b = Project::open(address); // already current: nothing to do
    QVERIFY(b.ok());
    QCOMPARE((*b)->step(StepId::Scope).notes, QStringLiteral("after the update"));
    QCOMPARE((*b)->step(StepId::Scope).rowVersion, qint64(1));
}

void TestTeamProject::cliSharesAndReportsStatus() {
    QString out;
    QCOMPARE(m_pg.psql(QStringLiteral("CREATE DATABASE cli OWNER alice"), &out), 0);
    const QString bmpctl = QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl");
    const QString file = m_dir.filePath(QStringLiteral("cli.bmpproj"));
    QProcess init;
    init.start(bmpctl, {QStringLiteral("project"), QStringLiteral("init"), file, QStringLiteral("--partner"),
                        QStringLiteral("Fintech CLI")});
    QVERIFY(init.waitForFinished(60000));
    QCOMPARE(init.exitCode(), 0);
    const QString address = m_pg.address(QStringLiteral("alice"), QStringLiteral("cli"));
    QProcess share;
    share.start(bmpctl, {QStringLiteral("project"), QStringLiteral("share"), file, address});
    QVERIFY(share.waitForFinished(60000));
    QVERIFY2(share.exitCode() == 0, share.readAllStandardError().constData());
    QVERIFY(share.readAllStandardOutput().contains("Shared"));
    QProcess again;
    again.start(bmpctl, {QStringLiteral("project"), QStringLiteral("share"), file, address});
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 1); // refused: the database holds a project already
    QProcess status;
    status.start(bmpctl, {QStringLiteral("project"), QStringLiteral("status"), address, QStringLiteral("--json")});
    QVERIFY(status.waitForFinished(60000));
    QVERIFY2(status.exitCode() == 0, status.readAllStandardError().constData());
    const QJsonObject json = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("partner")).toString(), QStringLiteral("Fintech CLI"));
    QCOMPARE(json.value(QStringLiteral("connectedAs")).toString(), QStringLiteral("alice"));
}

void TestTeamProject::twoClientsInterleaveWithoutLosingAnEdit() {
    QCOMPARE(shareFresh(QStringLiteral("edits"), QStringLiteral("Concorrente")), QString());
    auto a = Project::open(m_pg.address(QStringLiteral("alice"), QStringLiteral("edits")));
    auto b = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("edits")));
    QVERIFY(a.ok() && b.ok());
    auto check = Project::open(m_pg.address(QStringLiteral("alice"), QStringLiteral("edits")));
    QVERIFY(check.ok());
    Project* clients[2] = {a->get(), b->get()};
    const StepId steps[3] = {StepId::Scope, StepId::KeyRegistration, StepId::JwtToken};
    QHash<int, qint64> committed; // per step, from the versions the shared file brought
    for (StepId step : steps)
        committed[static_cast<int>(step)] = (*check)->step(step).rowVersion;
    int conflicts = 0;
    int surfaced = 0;
    QRandomGenerator random(20261205);
    for (int i = 0; i < 1000; ++i) {
        Project* client = clients[i % 2];
        const StepId step = steps[random.bounded(3)];
        const QString value = QStringLiteral("edit %1 by %2").arg(i).arg(client->userName());
        const Status s = client->setStepNotes(step, value);
        if (s) {
            ++committed[static_cast<int>(step)];
            // Saved means saved: a fresh reader sees exactly this value.
            QVERIFY((*check)->reload().ok());
            QCOMPARE((*check)->step(step).notes, value);
        } else {
            ++conflicts;
            QVERIFY(client->pendingConflict().has_value()); // surfaced, with who and when
            if (client->pendingConflict()->by == clients[(i + 1) % 2]->userName())
                ++surfaced;
            QVERIFY(s.error().message.contains(client->pendingConflict()->by));
            // The refused client now shows the other's version.
            QVERIFY((*check)->reload().ok());
            QCOMPARE(client->step(step).notes, (*check)->step(step).notes);
            client->keepTheirs();
        }
    }
    QVERIFY(conflicts > 0);
    QCOMPARE(surfaced, conflicts);
    int saved = 0;
    // Every committed edit bumped the row exactly once, and nothing else did: no edit was lost or merged away.
    QVERIFY((*check)->reload().ok());
    for (StepId step : steps)
        QCOMPARE((*check)->step(step).rowVersion, committed.value(static_cast<int>(step)));
    saved = 1000 - conflicts;
    qInfo("1000 interleaved edits: %d saved, %d refused as conflicts and surfaced, 0 lost", saved, conflicts);
}

void TestTeamProject::keepMineAfterAConflict() {
    QCOMPARE(shareFresh(QStringLiteral("mine"), QStringLiteral("Minha")), QString());
    auto a = Project::open(m_pg.address(QStringLiteral("alice"), QStringLiteral("mine")));
    auto b = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("mine")));
    QVERIFY(a.ok() && b.ok());
    QVERIFY((*a)->setStepStatus(StepId::Scope, StepStatus::InProgress).ok());
    QSignalSpy conflict(b->get(), &Project::conflictDetected);
    const Status refused = (*b)->setStepStatus(StepId::Scope, StepStatus::Blocked, QStringLiteral("waiting for BMP"));
    QVERIFY(!refused.ok());
    QCOMPARE(conflict.count(), 1);
    QCOMPARE((*b)->step(StepId::Scope).status, StepStatus::InProgress); // theirs, shown
    QCOMPARE((*b)->pendingConflict()->by, QStringLiteral("alice"));
    QVERIFY((*b)->keepMine().ok());
    QVERIFY((*a)->reload().ok());
    QCOMPARE((*a)->step(StepId::Scope).status, StepStatus::Blocked);
    // Who did what is in the history, by role.
    const QList<StatusChange> history = (*a)->history(StepId::Scope);
    QCOMPARE(history.at(history.size() - 2).by, QStringLiteral("alice"));
    QCOMPARE(history.constLast().by, QStringLiteral("bob"));
    QCOMPARE(history.constLast().note, QStringLiteral("waiting for BMP"));
}

void TestTeamProject::projectSettingsAreNotOverwrittenEither() {
    QCOMPARE(shareFresh(QStringLiteral("settings"), QStringLiteral("Nome Antigo")), QString());
    auto a = Project::open(m_pg.address(QStringLiteral("alice"), QStringLiteral("settings")));
    auto b = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("settings")));
    QVERIFY(a.ok() && b.ok());
    QVERIFY((*a)->setPartner(QStringLiteral("Nome da Alice")).ok());
    QVERIFY((*a)->setApis({QStringLiteral("Proposta/Incluir")}).ok());
    QSignalSpy conflict(b->get(), &Project::conflictDetected);
    const Status refused = (*b)->setPartner(QStringLiteral("Nome do Bob"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("alice")));
    QCOMPARE(conflict.count(), 1);
    QCOMPARE((*b)->partner(), QStringLiteral("Nome da Alice")); // theirs, shown
    QCOMPARE((*b)->scope().apis, QStringList{QStringLiteral("Proposta/Incluir")});
    QVERIFY((*b)->keepMine().ok());
    QCOMPARE((*b)->partner(), QStringLiteral("Nome do Bob"));
    QVERIFY((*a)->reload().ok());
    QCOMPARE((*a)->partner(), QStringLiteral("Nome do Bob"));
    // A value nobody else touched saves as before.
    QVERIFY((*a)->setGroupName(QStringLiteral("BMP x Fintech")).ok());
}

void TestTeamProject::otherClientSeesAnEditLive() {
    QCOMPARE(shareFresh(QStringLiteral("live"), QStringLiteral("Ao Vivo")), QString());
    auto a = Project::open(m_pg.address(QStringLiteral("alice"), QStringLiteral("live")));
    auto b = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("live")));
    QVERIFY(a.ok() && b.ok());
    QSignalSpy seen(b->get(), &Project::changedElsewhere);
    QElapsedTimer timer;
    timer.start();
    QVERIFY((*a)->setStepOwner(StepId::Development, QStringLiteral("Gerente Bia")).ok());
    QVERIFY(seen.wait(1000));
    const qint64 ms = timer.elapsed();
    QCOMPARE((*b)->step(StepId::Development).owner, QStringLiteral("Gerente Bia"));
    QVERIFY(seen.constFirst().constFirst().toStringList().contains(QStringLiteral("steps")));
    qInfo("bob saw alice's edit %lld ms after she made it", ms);
    // One's own writes do not reload one's own copy.
    QSignalSpy own(a->get(), &Project::changedElsewhere);
    QVERIFY((*a)->setStepOwner(StepId::Development, QStringLiteral("Gerente Caio")).ok());
    QVERIFY(!own.wait(300));
}

void TestTeamProject::signoffDecisionsFollowTheirSigner() {
    QCOMPARE(shareFresh(QStringLiteral("signers"), QStringLiteral("Assinaturas")), QString());
    auto owner = Project::open(m_pg.address(QStringLiteral("alice"), QStringLiteral("signers")));
    auto bob = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("signers")));
    QVERIFY(owner.ok() && bob.ok());
    const qint64 legal = (*owner)->signoff().areas().at(3).id;
    QVERIFY((*owner)->signoff().setApprover(legal, QStringLiteral("Dra. Lia")).ok());
    QVERIFY((*owner)->signoff().setSigner(legal, QStringLiteral("alice")).ok());
    QVERIFY((*bob)->reload().ok());
    // bob may not decide for an area alice signs: the application says so, and the server refuses it anyway.
    const Status refused = (*bob)->signoff().setDecision(legal, Decision::Approved, QDate::currentDate(), QString());
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("alice")));
    QString out;
    QVERIFY(m_pg.psql(QStringLiteral("UPDATE signoff_areas SET decision = 'approved' WHERE id = %1").arg(legal), &out,
                      QStringLiteral("signers"), QStringLiteral("bob")) != 0);
    QVERIFY2(out.contains(QStringLiteral("bmp-signer")), qPrintable(out));
    QVERIFY(m_pg.psql(QStringLiteral("UPDATE signoff_areas SET signer = 'bob' WHERE id = %1").arg(legal), &out,
                      QStringLiteral("signers"), QStringLiteral("bob")) != 0);
    // alice records it, and the decision says who recorded it.
    QVERIFY((*owner)->signoff().setDecision(legal, Decision::Approved, QDate::currentDate(), QString()).ok());
    QVERIFY((*bob)->reload().ok());
    QCOMPARE((*bob)->signoff().areas().at(3).decision, Decision::Approved);
    QCOMPARE((*bob)->signoff().areas().at(3).updatedBy, QStringLiteral("alice"));
}

void TestTeamProject::serverRestartIsSurvived() {
    QCOMPARE(shareFresh(QStringLiteral("restart"), QStringLiteral("Reinicio")), QString());
    const QString address = m_pg.address(QStringLiteral("alice"), QStringLiteral("restart"));
    auto a = Project::open(address);
    QVERIFY(a.ok());
    QVERIFY((*a)->setStepNotes(StepId::KeyRegistration, QStringLiteral("before the restart")).ok());
    QVERIFY(m_pg.stopServer());
    QVERIFY(m_pg.startServer());
    // The next edit reconnects and is saved; the one before the restart is still there.
    QVERIFY((*a)->setStepOwner(StepId::KeyRegistration, QStringLiteral("after the restart")).ok());
    auto fresh = Project::open(address);
    QVERIFY(fresh.ok());
    QCOMPARE((*fresh)->step(StepId::KeyRegistration).notes, QStringLiteral("before the restart"));
    QCOMPARE((*fresh)->step(StepId::KeyRegistration).owner, QStringLiteral("after the restart"));
    // And it still hears the others after reconnecting.
    QSignalSpy seen(a->get(), &Project::changedElsewhere);
    QVERIFY((*fresh)->setStepOwner(StepId::KeyRegistration, QStringLiteral("from the other window")).ok());
    QVERIFY(seen.wait(2000));
    QCOMPARE((*a)->step(StepId::KeyRegistration).owner, QStringLiteral("from the other window"));
}

void TestTeamProject::killedWriterLosesNothing() {
    QCOMPARE(shareFresh(QStringLiteral("crash"), QStringLiteral("Queda")), QString());
    const QString address = m_pg.address(QStringLiteral("alice"), QStringLiteral("crash"));
    qint64 lastPrinted = 0;
    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(BMP_BINARY_DIR "/tests/integration/CrashWriter"), {address});
        QVERIFY(writer.waitForStarted());
        // Let it commit a few edits, then SIGKILL it wherever it is (mid-transaction, most likely).
        QTRY_VERIFY_WITH_TIMEOUT(writer.bytesAvailable() > 0 || writer.state() != QProcess::Running, 20000);
        QTest::qWait(200 + round * 100);
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());
        const QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        const qint64 printed = lines.constLast().toLongLong();
        QVERIFY(printed > lastPrinted);
        lastPrinted = printed;
        auto p = Project::open(address);
        QVERIFY(p.ok());
        // Every edit it reported is there; at most the one it was making when killed went further.
        const qint64 counter = (*p)->setting(QStringLiteral("crash.counter")).toLongLong();
        QVERIFY(counter >= printed && counter <= printed + 1);
        const qint64 notes = (*p)->step(StepId::Channel).notes.mid(5).toLongLong();
        QVERIFY(notes >= counter && notes <= counter + 1);
        QCOMPARE((*p)->step(StepId::Channel).rowVersion >= notes, true);
    }
}

QTEST_GUILESS_MAIN(TestTeamProject)
#include "TestTeamProject.moc"
