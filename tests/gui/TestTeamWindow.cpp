// The main window on a shared project (docs/TEAM.md): opened by its address (with a password prompt when the
// server asks), a teammate's edit shown live, and a conflict offered as "keep theirs" or "save mine".
#include "../integration/PgCluster.h"
#include "MainWindow.h"
#include "core/AppInfo.h"
#include "domain/ApiChecklist.h"
#include "domain/BmpTestLog.h"
#include "domain/Project.h"
#include "pages/ApprovalPage.h"
#include "pages/DevelopmentPage.h"
#include "pages/SignoffPage.h"
#include "storage/ProjectCopy.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace bmp;

class TestTeamWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensASharedProjectAndShowsTeammatesLive();
    void conflictOffersTheirsOrMine();
    void saysWhenEditsWaitForTheServer();
    void savesASharedProjectAsAFile();
    void namesASignerFromStepNine();
    void stepSixAndEightTablesSaveOverWhatTheyShow();
    void asksForThePasswordTheServerWants();
    void rendersTheTeamDialogs();

private:
    PgCluster m_pg;
    QTemporaryDir m_dir;
    QString m_address;
};

void TestTeamWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_pg.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(m_pg.createPeople({QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}), QString());
    QCOMPARE(m_pg.createDatabase(QStringLiteral("win"), QStringLiteral("alice")), QString());
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

void TestTeamWindow::saysWhenEditsWaitForTheServer() {
    ui::MainWindow window(m_address);
    QVERIFY(window.project() && window.project()->isShared());
    auto* saved = window.findChild<QLabel*>(QStringLiteral("savedLabel"));
    QVERIFY(saved);
    QVERIFY(m_pg.stopServer());
    QVERIFY(!window.project()->setStepNotes(StepId::Scope, QStringLiteral("typed while the server was away")).ok());
    // Never "All changes saved" while one waits; leaving asks first.
    QTRY_VERIFY2(saved->text().contains(QStringLiteral("not saved yet")), qPrintable(saved->text()));
    QString asked;
    window.setQuitConfirmer([&](const QString& question) {
        asked = question;
        return false;
    });
    window.show();
    QVERIFY(!window.close());
    QVERIFY2(asked.contains(QStringLiteral("could not be saved yet")), qPrintable(asked));
    QVERIFY(window.isVisible());

    QVERIFY(m_pg.startServer());
    QTRY_VERIFY_WITH_TIMEOUT(saved->text().startsWith(QStringLiteral("All changes saved")), 10000);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("answers again")));
    auto bob = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("win")));
    QVERIFY(bob.ok());
    QCOMPARE((*bob)->step(StepId::Scope).notes, QStringLiteral("typed while the server was away"));
    asked.clear();
    QVERIFY(window.close()); // nothing waits now: no question
    QVERIFY(asked.isEmpty());
}

void TestTeamWindow::savesASharedProjectAsAFile() {
    ui::MainWindow window(m_address);
    QVERIFY(window.project() && window.project()->isShared());
    QVERIFY(window.project()->setStepOwner(StepId::Proposals, QStringLiteral("Dev Bia")).ok());
    const QString file = m_dir.filePath(QStringLiteral("taken-home.bmpproj"));
    window.setFileChooser([&](ui::MainWindow::FileQuestion) { return file; });
    auto* saveAs = window.findChild<QAction*>(QStringLiteral("saveAsAction"));
    QVERIFY(saveAs && saveAs->isEnabled());
    saveAs->trigger();
    // The window now edits the file; the status bar says the shared project is unchanged.
    QVERIFY(window.project() && !window.project()->isShared());
    QCOMPARE(window.project()->path(), file);
    QCOMPARE(window.project()->step(StepId::Proposals).owner, QStringLiteral("Dev Bia"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("unchanged")));
}

void TestTeamWindow::namesASignerFromStepNine() {
    // A file has no database roles: neither the button nor the column.
    {
        const QString file = m_dir.filePath(QStringLiteral("alone.bmpproj"));
        auto alone = Project::create(file, QStringLiteral("Sozinha"), {Product::Caas});
        QVERIFY(alone.ok());
        ui::SignoffPage page(**alone);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("nameSignerButton"))->isHidden());
        QVERIFY(page.findChild<QTableWidget*>(QStringLiteral("areasTable"))->isColumnHidden(5));
    }
    auto alice = Project::open(m_address); // the owner of the project's tables names signers
    QVERIFY(alice.ok());
    const qint64 areaId = (*alice)->signoff().areas().at(2).id;
    QVERIFY((*alice)->signoff().setApprover(areaId, QStringLiteral("Dr. Lia")).ok());
    ui::SignoffPage page(**alice);
    page.show();
    auto* button = page.findChild<QPushButton*>(QStringLiteral("nameSignerButton"));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("areasTable"));
    QVERIFY(!button->isHidden() && !table->isColumnHidden(5));
    QVERIFY(!button->isEnabled()); // nothing selected yet
    table->selectRow(2);
    QVERIFY(button->isEnabled());
    QCOMPARE(table->item(2, 5)->text(), QStringLiteral("anyone"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = page.findChild<QInputDialog*>(QStringLiteral("signerDialog"));
    QVERIFY(dialog && dialog->isVisible());
    dialog->setTextValue(QStringLiteral("bob"));
    dialog->accept();
    QTRY_COMPARE(table->item(2, 5)->text(), QStringLiteral("bob"));
    // Held by the server: bob alone records that area's decision now, alice is told so.
    const Status refused =
        (*alice)->signoff().setDecision(areaId, Decision::Approved, QDate::currentDate(), QStringLiteral("ok"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("bob")), qPrintable(refused.error().message));
    auto bob = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("win")));
    QVERIFY(bob.ok());
    const Status recorded = (*bob)->signoff().setDecision(areaId, Decision::Approved, QDate::currentDate(), QString());
    QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().toString()));
}

void TestTeamWindow::stepSixAndEightTablesSaveOverWhatTheyShow() {
    auto alice = Project::open(m_address);
    auto bob = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("win")));
    QVERIFY(alice.ok() && bob.ok());
    const QString api = ApiChecklist::knownApis().at(1);
    QVERIFY((*alice)->setApis({api}).ok());
    QVERIFY((*bob)->reload().ok());
    ui::DevelopmentPage development(**alice);
    development.show();
    auto* status = development.findChild<QComboBox*>(QStringLiteral("apiStatusCombo_0"));
    auto* notes = development.findChild<QLineEdit*>(QStringLiteral("apiNotesEdit_0"));
    QVERIFY(status && notes);
    QSignalSpy conflicts(alice->get(), &Project::conflictDetected);
    // Leaving a field untouched writes nothing (so it cannot meet a conflict either).
    emit notes->editingFinished();
    QCOMPARE(ApiChecklist(alice->get()->store()).list({api}).first().rowVersion, 0);
    // bob saves first; the table (no event loop turn yet) still shows "not started" and saves over that: refused.
    QVERIFY(ApiChecklist((*bob)->store()).setStatus(api, StepStatus::Blocked, 0).ok());
    status->setCurrentIndex(status->findData(static_cast<int>(StepStatus::Done)));
    emit status->activated(status->currentIndex());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().at(0).value<StepConflict>().kind, StepConflict::Kind::Api);
    // The table shows theirs (read again, not from inside the combo's own signal).
    QTRY_COMPARE(development.findChild<QComboBox*>(QStringLiteral("apiStatusCombo_0"))->currentData().toInt(),
                 static_cast<int>(StepStatus::Blocked));
    QVERIFY((*alice)->keepMine().ok());
    QCOMPARE(ApiChecklist((*bob)->store()).list({api}).first().status, StepStatus::Done);
    QTRY_COMPARE(development.findChild<QComboBox*>(QStringLiteral("apiStatusCombo_0"))->currentData().toInt(),
                 static_cast<int>(StepStatus::Done));

    // Step 8: an edit over the row shown; bob's newer save of the same test is a conflict, not overwritten.
    QVERIFY(BmpTestLog((*alice)->store())
                .add(BmpTest{0, QStringLiteral("Proposta A"), {}, BmpTestResult::Pending, {}, {}, {}, 0})
                .ok());
    ui::ApprovalPage approval(**alice);
    approval.show();
    auto* finding = approval.findChild<QLineEdit*>(QStringLiteral("testFindingEdit_0"));
    QVERIFY(finding);
    BmpTest bobs = BmpTestLog((*bob)->store()).list().first();
    bobs.finding = QStringLiteral("bob's finding");
    QVERIFY(BmpTestLog((*bob)->store()).update(bobs).ok());
    finding->setText(QStringLiteral("alice's finding"));
    emit finding->editingFinished();
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE(BmpTestLog((*bob)->store()).list().first().finding, QStringLiteral("bob's finding"));
    (*alice)->keepTheirs();
    QTRY_COMPARE(approval.findChild<QLineEdit*>(QStringLiteral("testFindingEdit_0"))->text(),
                 QStringLiteral("bob's finding"));
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

// Only with BMP_SHOTS=DIR: the conflict dialog, the "not saved yet" status bar and step 9's signer dialog in both
// languages, as PNGs to look at (QUALITY.md: look at what you build).
void TestTeamWindow::rendersTheTeamDialogs() {
    const QString dir = qEnvironmentVariable("BMP_SHOTS");
    if (dir.isEmpty())
        QSKIP("set BMP_SHOTS=DIR to render the team dialogs");
    QDir().mkpath(dir);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pt_BR")}) {
        QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), language));
        ui::MainWindow window(m_address);
        window.resize(1100, 760);
        window.show();
        auto bob = Project::open(m_pg.address(QStringLiteral("bob"), QStringLiteral("win")));
        QVERIFY(bob.ok());
        QVERIFY((*bob)->setStepNotes(StepId::Channel, QStringLiteral("bob ") + language).ok());
        QVERIFY(!window.project()->setStepNotes(StepId::Channel, QStringLiteral("alice ") + language).ok());
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("conflictBox"))));
        QTest::qWait(100);
        QVERIFY(box->grab().save(QStringLiteral("%1/conflict-%2.png").arg(dir, language)));
        box->findChild<QPushButton*>(QStringLiteral("keepTheirsButton"))->click();

        QVERIFY(m_pg.stopServer());
        QVERIFY(!window.project()->setStepOwner(StepId::Scope, QStringLiteral("offline ") + language).ok());
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/offline-%2.png").arg(dir, language)));
        QVERIFY(m_pg.startServer());
        QTRY_COMPARE_WITH_TIMEOUT(window.project()->waitingEdits(), 0, 10000);

        ui::SignoffPage page(*window.project());
        page.resize(1000, 640);
        page.show();
        page.findChild<QTableWidget*>(QStringLiteral("areasTable"))->selectRow(1);
        QInputDialog* signer = page.openSignerDialog();
        QVERIFY(signer);
        QTest::qWait(100);
        QVERIFY(page.grab().save(QStringLiteral("%1/signoff-%2.png").arg(dir, language)));
        QVERIFY(signer->grab().save(QStringLiteral("%1/signer-%2.png").arg(dir, language)));
        signer->reject();
    }
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")));
}

QTEST_MAIN(TestTeamWindow)
#include "TestTeamWindow.moc"
