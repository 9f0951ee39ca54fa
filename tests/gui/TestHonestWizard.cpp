// The wizard never changes a value behind the user's back and never says "done" when it is not (issue #14): the
// scroll wheel over a field, a step completing in place, rehearsals and overrides, resume after a restart with the
// project's own practice sandbox and key, date fields, and the messages that used to lie.

#include "MainWindow.h"
#include "PracticeKit.h"
#include "WizardShell.h"
#include "crypto/KeyPair.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "domain/ProposalStore.h"
#include "net/ProposalWorker.h"
#include "pages/OverviewPage.h"
#include "pages/ProposalsPage.h"
#include "pages/ScenarioCard.h"
#include "pages/ScopePage.h"
#include "pages/StepPage.h"
#include "sandbox/PracticeSandbox.h"
#include "sandbox/SandboxEngine.h"
#include "sandbox/SandboxServer.h"
#include "widgets/DateEdits.h"
#include "widgets/InlineMessage.h"
#include "widgets/StepFiveTokens.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace bmp;
using namespace bmp::ui;

namespace {

template <typename T> T* child(QObject* root, const QString& name) {
    T* w = root->findChild<T*>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

template <typename Page> Page* goTo(MainWindow& window, StepId step) {
    auto* list = child<QListWidget>(&window, QStringLiteral("stepList"));
    const QRect rect = list->visualItemRect(list->item(static_cast<int>(step)));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    return qobject_cast<Page*>(window.wizard()->currentPage());
}

// One notch of the wheel over the middle of `w`, as the mouse would send it.
void wheel(QWidget* w, int notches = -1) {
    const QPoint at = w->rect().center();
    QWheelEvent e(at, w->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
                  Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

QScrollBar* pageScrollBar(QWidget* inside) {
    for (QWidget* w = inside; w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w))
            return area->verticalScrollBar();
    }
    return nullptr;
}

} // namespace

class TestHonestWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wheelScrollsThePageAndEditsNothing();
    void scheduleCompletesStepTwoInPlace();
    void datesAreTypedPickedAndCleared();
    void overridesAndRehearsalsAreShownAsSuch();
    void emptyAnswersAreAskedAgain();
    void practiceUsesStepThreesKeyAndResumesAfterARestart();

private:
    std::unique_ptr<MainWindow> open(const QString& name);
    QTemporaryDir m_dir;
};

void TestHonestWizard::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<MainWindow> TestHonestWizard::open(const QString& name) {
    const QString path = m_dir.filePath(name + QStringLiteral(".bmpproj"));
    if (!QFile::exists(path)) {
        auto p = Project::create(path, QStringLiteral("Fintech Honesta"), {Product::Caas});
        if (!p)
            return {};
        (void)(*p)->setSetting(QStringLiteral("ui.reached"), QStringLiteral("99"));
    }
    auto window = std::make_unique<MainWindow>(path);
    window->resize(1100, 560); // short: every page scrolls
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

void TestHonestWizard::wheelScrollsThePageAndEditsNothing() {
    auto window = open(QStringLiteral("wheel"));
    QVERIFY(window);
    Project& project = *window->project();
    auto* page = goTo<StepPage>(*window, StepId::KeyRegistration);
    QVERIFY(page);
    auto* status = child<QComboBox>(page, QStringLiteral("statusCombo"));
    QScrollBar* scroll = pageScrollBar(status);
    QVERIFY(scroll && scroll->maximum() > 0);
    scroll->setValue(scroll->maximum() / 2);
    window->setFocus();
    const int before = scroll->value();
    const int historyBefore = int(project.history(StepId::KeyRegistration).size());
    // Over an unfocused combo box: the page scrolls, the status stays.
    for (int i = 0; i < 3; ++i)
        wheel(status, -1);
    QCOMPARE(project.step(StepId::KeyRegistration).status, StepStatus::NotStarted);
    QCOMPARE(int(project.history(StepId::KeyRegistration).size()), historyBefore);
    QVERIFY2(scroll->value() != before, qPrintable(QString::number(scroll->value())));

    // Over an unfocused spin box (step 4's rate limit) and date box (step 7's birth date): nothing changes.
    auto* credentials = goTo<StepPage>(*window, StepId::Credentials);
    auto* rate = child<QDoubleSpinBox>(credentials, QStringLiteral("rateLimitSpin"));
    const double rateBefore = rate->value();
    wheel(rate, 1);
    QCOMPARE(rate->value(), rateBefore);
    auto* proposals = goTo<ProposalsPage>(*window, StepId::Proposals);
    ScenarioCard* b = proposals->card(ScenarioId::CorrectFinalized);
    QTest::mouseClick(child<QToolButton>(b, QStringLiteral("editDetailsButton")), Qt::LeftButton);
    auto* birth = child<QDateEdit>(b, QStringLiteral("birthDateEdit"));
    const QDate birthBefore = birth->date();
    wheel(birth, 1);
    QCOMPARE(birth->date(), birthBefore);

    // A field the user is editing (it has the focus) takes the wheel as before: the guard is no blanket ban.
    status = child<QComboBox>(goTo<StepPage>(*window, StepId::KeyRegistration), QStringLiteral("statusCombo"));
    status->setFocus();
    QTRY_VERIFY(status->hasFocus());
    const int index = status->currentIndex();
    wheel(status, -1);
    QVERIFY(status->currentIndex() != index);
}

void TestHonestWizard::scheduleCompletesStepTwoInPlace() {
    auto window = open(QStringLiteral("schedule"));
    QVERIFY(window);
    Project& project = *window->project();
    QVERIFY(project.setAlignmentMeeting(QDate(2026, 12, 1), true).ok());
    const QList<StepId> steps = project.applicableSteps();
    for (int i = 0; i < steps.size() - 1; ++i)
        QVERIFY(project.setStepPlanned(steps.at(i), QDate(2026, 12, 7).addDays(i)).ok());
    auto* scope = goTo<ScopePage>(*window, StepId::Scope);
    QVERIFY(scope);
    auto* next = child<QPushButton>(window.get(), QStringLiteral("nextButton"));
    QVERIFY(!next->isEnabled());
    // The last date, planned on this very page: Next comes on at once, without leaving and coming back.
    auto* last = child<OptionalDateEdit>(scope, QStringLiteral("plannedEdit%1").arg(static_cast<int>(steps.last())));
    last->setFocus();
    last->selectAll();
    QTest::keyClicks(last, QDate(2027, 1, 19).toString(last->displayFormat()));
    QTest::keyClick(last, Qt::Key_Return);
    QCOMPARE(project.step(steps.last()).planned, QDate(2027, 1, 19));
    QVERIFY(next->isEnabled());
    QVERIFY(window->wizard()->currentPage()->completionHint().isEmpty());
}

void TestHonestWizard::datesAreTypedPickedAndCleared() {
    OptionalDateEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy finished(&edit, &OptionalDateEdit::editingFinished);
    // Typed in the display format (and ISO): kept.
    edit.setFocus();
    QTest::keyClicks(&edit, QDate(2026, 11, 26).toString(edit.displayFormat()));
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.optionalDate(), QDate(2026, 11, 26));
    edit.selectAll();
    QTest::keyClicks(&edit, QStringLiteral("2026-12-24"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.optionalDate(), QDate(2026, 12, 24));
    QCOMPARE(edit.text(), QDate(2026, 12, 24).toString(edit.displayFormat()));
    // Not a date: kept as typed, marked and explained; the last good date is still the value.
    edit.selectAll();
    QTest::keyClicks(&edit, QStringLiteral("31/02/20x6"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.optionalDate(), QDate(2026, 12, 24));
    QVERIFY(!edit.hasValidInput());
    QCOMPARE(edit.text(), QStringLiteral("31/02/20x6"));
    QVERIFY(edit.toolTip().contains(QStringLiteral("31/02/20x6")));
    // Delete with everything selected: "not set".
    edit.selectAll();
    QTest::keyClick(&edit, Qt::Key_Delete);
    QTest::keyClick(&edit, Qt::Key_Return);
    QVERIFY(!edit.optionalDate().isValid());
    QVERIFY(edit.hasValidInput());
    // Up from "not set" starts at today; the calendar of an empty field opens at today (or the reference date).
    QTest::keyClick(&edit, Qt::Key_Up);
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.optionalDate(), QDate::currentDate());
    edit.setOptionalDate({});
    edit.setReferenceDate(QDate(2027, 3, 15));
    QTest::keyClick(&edit, Qt::Key_Down, Qt::AltModifier);
    auto* calendar = edit.findChild<QCalendarWidget*>(QStringLiteral("dateCalendar"));
    QVERIFY(calendar && calendar->isVisible());
    QCOMPARE(calendar->yearShown(), 2027);
    QCOMPARE(calendar->monthShown(), 3);
    QVERIFY(!edit.optionalDate().isValid()); // opening the calendar chose nothing
    emit calendar->activated(QDate(2027, 3, 18));
    QCOMPARE(edit.optionalDate(), QDate(2027, 3, 18));
    QVERIFY(finished.size() >= 5);
    // pt_BR: dd/MM/yyyy and its short forms.
    const QLocale br(QLocale::Portuguese, QLocale::Brazil);
    QCOMPARE(OptionalDateEdit::parse(QStringLiteral("26/11/2026"), br), QDate(2026, 11, 26));
    QCOMPARE(OptionalDateEdit::parse(QStringLiteral("5/1/27"), br), QDate(2027, 1, 5));
    QCOMPARE(OptionalDateEdit::parse(QStringLiteral("2026-11-26"), br), QDate(2026, 11, 26));
    QVERIFY(!OptionalDateEdit::parse(QStringLiteral("31/02/2026"), br).isValid());
}

void TestHonestWizard::overridesAndRehearsalsAreShownAsSuch() {
    auto window = open(QStringLiteral("override"));
    QVERIFY(window);
    Project& project = *window->project();
    // A Practice key registered with the practice sandbox: step 3 says "rehearsed" and stays open.
    QVERIFY(
        project.keys()
            .store(QStringLiteral("practice"), practicekit::fixtureKey(), practicekit::kPassphrase, KeySource::Imported)
            .ok());
    QVERIFY(
        project.keys()
            .recordRegistration(QStringLiteral("practice"), RegistrationRoute::Http, QDateTime::currentDateTimeUtc())
            .ok());
    auto* keys = goTo<StepPage>(*window, StepId::KeyRegistration);
    auto* rehearsal = child<QLabel>(keys, QStringLiteral("rehearsalLabel"));
    QVERIFY(rehearsal->isVisible());
    QVERIFY2(rehearsal->text().contains(QStringLiteral("Rehearsed in Practice")), qPrintable(rehearsal->text()));
    QCOMPARE(project.step(StepId::KeyRegistration).status, StepStatus::NotStarted);
    QVERIFY(!child<QPushButton>(window.get(), QStringLiteral("nextButton"))->isEnabled());

    // Closed by hand with a reason: the step, the overview and the report say so, with who and when.
    keys->setDoneReasonProvider(
        [] { return std::optional<QString>(QStringLiteral("Registered by e-mail on Friday")); });
    auto* status = child<QComboBox>(keys, QStringLiteral("statusCombo"));
    status->setCurrentIndex(3);
    emit status->activated(3);
    QCOMPARE(project.step(StepId::KeyRegistration).status, StepStatus::Done);
    const auto forced = project.overrideOf(StepId::KeyRegistration);
    QVERIFY(forced.has_value());
    QCOMPARE(forced->note, QStringLiteral("Registered by e-mail on Friday"));
    QVERIFY(!forced->by.isEmpty());
    QVERIFY(
        child<QLabel>(keys, QStringLiteral("historyLabel"))->text().contains(QStringLiteral("before its rule held")));
    QVERIFY(!rehearsal->isVisible()); // done: no "rehearsed" line any more
    auto* overview = goTo<OverviewPage>(*window, static_cast<StepId>(0));
    QVERIFY(overview);
    const QString shown = child<QLabel>(overview, QStringLiteral("overridesLabel"))->text();
    QVERIFY2(shown.contains(QStringLiteral("Registered by e-mail on Friday")) && shown.contains(forced->by),
             qPrintable(shown));
    // A done step reached by its own rule is no override.
    QVERIFY(project.setStepStatus(StepId::Channel, StepStatus::Done).ok());
    QVERIFY(!project.overrideOf(StepId::Channel));
}

void TestHonestWizard::emptyAnswersAreAskedAgain() {
    auto window = open(QStringLiteral("answers"));
    QVERIFY(window);
    Project& project = *window->project();
    // An empty Done reason: asked again (with why), never a silent revert; Cancel leaves the step and says so.
    auto* page = goTo<StepPage>(*window, StepId::Credentials);
    QStringList asked;
    int calls = 0;
    page->setDoneReasonProvider([&]() -> std::optional<QString> {
        ++calls;
        return calls == 1 ? std::optional<QString>(QString()) : std::optional<QString>(QStringLiteral("BMP agreed"));
    });
    auto* status = child<QComboBox>(page, QStringLiteral("statusCombo"));
    status->setCurrentIndex(3);
    emit status->activated(3);
    QCOMPARE(calls, 2);
    QCOMPARE(project.step(StepId::Credentials).status, StepStatus::Done);
    QCOMPARE(project.history(StepId::Credentials).last().note, QStringLiteral("BMP agreed"));
    auto* other = goTo<StepPage>(*window, StepId::JwtToken);
    other->setDoneReasonProvider([] { return std::nullopt; });
    auto* otherStatus = child<QComboBox>(other, QStringLiteral("statusCombo"));
    otherStatus->setCurrentIndex(3);
    emit otherStatus->activated(3);
    QCOMPARE(project.step(StepId::JwtToken).status, StepStatus::NotStarted);
    QVERIFY(
        child<InlineMessage>(other, QStringLiteral("pageMessage"))->text().contains(QStringLiteral("Not marked done")));

    // New project with an empty partner name: asked again, not dropped.
    const QString path = m_dir.filePath(QStringLiteral("second.bmpproj"));
    window->setFileChooser([&](MainWindow::FileQuestion) { return path; });
    QStringList labels;
    window->setPartnerPrompt([&](const QString& label) -> std::optional<QString> {
        labels.append(label);
        return labels.size() == 1 ? std::optional<QString>(QStringLiteral("   "))
                                  : std::optional<QString>(QStringLiteral("Segunda"));
    });
    QAction* newAction = window->findChild<QAction*>(QStringLiteral("newProjectAction"));
    QVERIFY(newAction);
    newAction->trigger();
    QCOMPARE(labels.size(), 2);
    QVERIFY(labels.at(1).contains(QStringLiteral("needed")));
    QCOMPARE(window->project()->partner(), QStringLiteral("Segunda"));
}

void TestHonestWizard::practiceUsesStepThreesKeyAndResumesAfterARestart() {
    const QString name = QStringLiteral("practice");
    auto window = open(name);
    QVERIFY(window);
    const QString path = window->project()->path();
    auto& practice = sandbox::PracticeSandbox::instance();
    QCOMPARE(practice.stateDir(), sandbox::PracticeSandbox::stateDirFor(path));
    auto* page = goTo<ProposalsPage>(*window, StepId::Proposals);
    // Step 3 as a user does it: the Practice key, registered with the project's practice sandbox.
    QVERIFY(!practicekit::registerPracticeKey(*window->project(), 50, 60 * 60 * 1000).isEmpty());
    const QString clientId = window->project()->environments().find(QStringLiteral("practice"))->clientId;
    const auto scripted = [] {
        Prompts p;
        p.passphrase = [](const QString&) { return std::optional<QByteArray>(practicekit::kPassphrase); };
        return p;
    };
    QSignalSpy finished(page, &ProposalsPage::workerFinished);
    QTest::mouseClick(
        page->card(ScenarioId::CorrectReleased)->findChild<QPushButton*>(QStringLiteral("runScenarioButton")),
        Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->worker() && page->worker()->isRunning(), 20000);
    // C released, waiting for its payment: the proposal exists at the sandbox, under step 3's client_id.
    QTRY_VERIFY_WITH_TIMEOUT(
        ProposalStore(window->project()->store()).run(QStringLiteral("practice"), ScenarioId::CorrectReleased).step ==
            QStringLiteral("await-paid"),
        30000);
    const ScenarioRun before =
        ProposalStore(window->project()->store()).run(QStringLiteral("practice"), ScenarioId::CorrectReleased);
    const sandbox::Proposal* atSandbox = practice.server()->engine()->proposals().find(before.codigoProposta);
    QVERIFY(atSandbox);
    QCOMPARE(atSandbox->clientId, clientId);

    // Quitting mid-run asks first; "no" keeps the window and the run.
    QString question;
    window->setQuitConfirmer([&](const QString& q) {
        question = q;
        return false;
    });
    QVERIFY(!window->close());
    QVERIFY(question.contains(QStringLiteral("running")));
    QVERIFY(page->worker()->isRunning());
    window->setQuitConfirmer([](const QString&) { return true; });
    QVERIFY(window->close());
    window.reset();
    // The process ends: the practice sandbox goes with it, its state stays next to the project.
    practice.useProject(m_dir.filePath(QStringLiteral("elsewhere.bmpproj")));
    QVERIFY(!practice.isRunning());
    QVERIFY(QFile::exists(sandbox::PracticeSandbox::stateDirFor(path) + QStringLiteral("/sandbox-state.sqlite")));

    // Reopened: Run resumes the same proposal at the same sandbox state; nothing is made twice.
    window = open(name);
    QVERIFY(window);
    page = goTo<ProposalsPage>(*window, StepId::Proposals);
    ProposalsPage::setTokenProviderFactory(stepFiveTokens(*window->project(), scripted));
    QVERIFY(practice.resolve(*window->project()->environments().find(QStringLiteral("practice"))).ok());
    QCOMPARE(practice.server()->engine()->proposals().count(), 1); // the state came back with the project
    QCOMPARE(practice.server()->engine()->settleNow(), 1);         // the payment C was waiting for
    QSignalSpy resumed(page, &ProposalsPage::workerFinished);
    QTest::mouseClick(
        page->card(ScenarioId::CorrectReleased)->findChild<QPushButton*>(QStringLiteral("runScenarioButton")),
        Qt::LeftButton);
    QVERIFY(resumed.wait(60000));
    const ScenarioRun after =
        ProposalStore(window->project()->store()).run(QStringLiteral("practice"), ScenarioId::CorrectReleased);
    QVERIFY2(after.state == RunState::Done, qPrintable(after.lastError));
    QCOMPARE(after.codigoProposta, before.codigoProposta);
    QCOMPARE(after.status, ProposalStatus::Paid);
    QCOMPARE(practice.server()->engine()->proposals().count(), 1);

    // "Run all three" when all three are done says so instead of starting an empty run ("0 of 1 steps").
    ProposalStore store(window->project()->store());
    for (ScenarioId id : {ScenarioId::IncorrectFinalized, ScenarioId::CorrectFinalized}) {
        ScenarioRun r = store.run(QStringLiteral("practice"), id);
        r.state = RunState::Done;
        QVERIFY(store.saveRun(r).ok());
    }
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("runAllButton")), Qt::LeftButton);
    QVERIFY(!page->worker()->isRunning());
    QVERIFY(child<InlineMessage>(page, QStringLiteral("pageMessage"))->text().contains(QStringLiteral("All three")));
}

QTEST_MAIN(TestHonestWizard)
#include "TestHonestWizard.moc"
