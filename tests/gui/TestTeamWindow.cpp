// The main window on a shared project (docs/TEAM.md): opened by its address (with a password prompt when the
// server asks), a teammate's edit shown live, and a conflict offered as "keep theirs" or "save mine".
#include "../integration/PgCluster.h"
#include "MainWindow.h"
#include "domain/Project.h"
#include "storage/ProjectCopy.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace bmp;

class TestTeamWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensASharedProjectAndShowsTeammatesLive();
    void conflictOffersTheirsOrMine();
    void asksForThePasswordTheServerWants();

private:
    PgCluster m_pg;
    QTemporaryDir m_dir;
    QString m_address;
};

void TestTeamWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_pg.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QString out;
    QCOMPARE(m_pg.psql(QStringLiteral("CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN; CREATE ROLE carol LOGIN "
                                      "PASSWORD 'carol-pw';"),
                       &out),
             0);
    QCOMPARE(m_pg.psql(QStringLiteral("CREATE DATABASE win OWNER alice"), &out), 0); // not in a transaction
    const QString file = m_dir.filePath(QStringLiteral("win.bmpproj"));
    QVERIFY(Project::create(file, QStringLiteral("Fintech Janela"), {Product::Caas}).ok());
    m_address = m_pg.address(QStringLiteral("alice"), QStringLiteral("win"));
    const auto shared = storage::shareProject(file, m_address, false, {QStringLiteral("bob"), QStringLiteral("carol")});
    QVERIFY2(shared.ok(), shared.ok() ? "" : qPrintable(shared.error().toString()));
}

void TestTeamWindow::opensASharedProjectAndShowsTeammatesLive() {
    ui::MainWindow window(QString{});
    window.setTextPrompt([&](const QString&, bool) { return std::optional<QString>(m_address); });
    window.findChild<QAction*>(QStringLiteral("openSharedAction"))->trigger();
    QVERIFY(window.project() && window.project()->isShared());
    QVERIFY2(window.windowTitle().contains(QStringLiteral("alice")), qPrintable(window.windowTitle()));
    auto bob = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("win")));
    QVERIFY(bob.ok());
    QVERIFY((*bob)->setStepOwner(StepId::Scope, QStringLiteral("Bob PM")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(window.project()->step(StepId::Scope).owner, QStringLiteral("Bob PM"), 2000);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("teammate")));
}

void TestTeamWindow::conflictOffersTheirsOrMine() {
    ui::MainWindow window(m_address);
    QVERIFY(window.project() && window.project()->isShared());
    auto bob = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("win")));
    QVERIFY(bob.ok());
    // bob saves first; the window has not heard yet (no event loop turn) and saves on its stale copy.
    QVERIFY((*bob)->setStepNotes(StepId::Channel, QStringLiteral("bob's notes")).ok());
    QVERIFY(!window.project()->setStepNotes(StepId::Channel, QStringLiteral("alice's notes")).ok());
    QCOMPARE(window.project()->step(StepId::Channel).notes, QStringLiteral("bob's notes")); // theirs shown
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("conflictBox"))));
    QVERIFY(box->text().contains(QStringLiteral("bob")));
    box->findChild<QPushButton*>(QStringLiteral("keepMineButton"))->click();
    QVERIFY((*bob)->reload().ok());
    QCOMPARE((*bob)->step(StepId::Channel).notes, QStringLiteral("alice's notes"));
}

void TestTeamWindow::asksForThePasswordTheServerWants() {
    // carol's role has a password and the cluster trusts everyone on the socket: ask the server to want one.
    QString out;
    QVERIFY(m_pg.psql(QStringLiteral("ALTER SYSTEM SET password_encryption = 'scram-sha-256'"), &out) == 0);
    // pg_hba is the cluster's: password for carol only, trust for the rest.
    QVERIFY(m_pg.setHbaFirstLine(QStringLiteral("local all carol scram-sha-256")));
    QVERIFY(m_pg.psql(QStringLiteral("ALTER ROLE carol PASSWORD 'carol-pw'"), &out) == 0);
    qunsetenv("PGPASSWORD");
    QStringList asked;
    ui::MainWindow window(QString{});
    window.setTextPrompt([&](const QString& label, bool secret) {
        asked.append(label);
        return std::optional<QString>(secret ? QStringLiteral("carol-pw")
                                             : m_pg.address(QStringLiteral("carol"), QStringLiteral("win")));
    });
    window.findChild<QAction*>(QStringLiteral("openSharedAction"))->trigger();
    QCOMPARE(asked.size(), 2); // the address, then the password
    QVERIFY(window.project() && window.project()->isShared());
    QCOMPARE(window.project()->userName(), QStringLiteral("carol"));
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    QVERIFY(recent.join(u' ').contains(QStringLiteral("carol@")));    // remembered…
    QVERIFY(!recent.join(u' ').contains(QStringLiteral("carol-pw"))); // …without its password
}

QTEST_MAIN(TestTeamWindow)
#include "TestTeamWindow.moc"
