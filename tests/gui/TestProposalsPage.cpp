// Steps 6, 7 and 8 driven like a project manager would, offscreen, against the in-process sandbox (Practice).

#include "MainWindow.h"
#include "PracticeKit.h"
#include "WizardShell.h"
#include "crypto/KeyPair.h"
#include "domain/BmpTestLog.h"
#include "domain/CallbackEndpoints.h"
#include "domain/Environments.h"
#include "domain/Project.h"
#include "domain/ProposalStore.h"
#include "net/ProposalWorker.h"
#include "pages/ApprovalPage.h"
#include "pages/CalculationPanel.h"
#include "pages/CallbackPanel.h"
#include "pages/DevelopmentPage.h"
#include "pages/ProposalsPage.h"
#include "pages/ScenarioCard.h"
#include "sandbox/SandboxServer.h"
#include "widgets/InlineMessage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace bmp;
using namespace bmp::ui;

namespace {

template <typename T> T* child(QObject* root, const char* name) {
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    bool ascii = true;
    for (QChar ch : text)
        ascii = ascii && ch.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text); // QTest types ASCII only; accented names arrive like a paste
    QTest::keyClick(edit, Qt::Key_Return);
    emit edit->editingFinished();
}

// Screenshots of the cards in each state, for looking at them (set BMP_SHOTS_DIR).
void shoot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("BMP_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let the layouts settle (a just-opened form)
    w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// The partner's callback endpoint: answers 200 and keeps what it got.
class Receiver : public QObject {
public:
    Receiver() {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* s = m_server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [this, s] {
                m_buffer += s->readAll();
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                int length = 0;
                for (const QByteArray& line : m_buffer.left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toInt();
                }
                if (m_buffer.size() < end + 4 + length)
                    return;
                requests.append(m_buffer.left(end + 4 + length));
                m_buffer.clear();
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 8\r\n\r\nreceived");
            });
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/bmp/status").arg(m_server.serverPort()); }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QByteArray m_buffer;
};

QByteArray header(const QByteArray& request, const QByteArray& name) {
    for (const QByteArray& line : request.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class TestProposalsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void clickPathCompletesAllThreeScenarios();
    void cancelThenResumeFromThePage();
    void callbackIsSealedAndTested();
    void approvalRecordsBmpTests();

private:
    std::unique_ptr<MainWindow> openAt(const QString& name, StepId step, bool computesLoan = true);
    template <typename Page> Page* goTo(MainWindow& window, StepId step);
    QTemporaryDir m_dir;
};

void TestProposalsPage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestProposalsPage::openAt(const QString& name, StepId, bool computesLoan) {
    const QString path = m_dir.filePath(name + QStringLiteral(".bmpproj"));
    {
        auto p = Project::create(path, QStringLiteral("Fintech Click"), {Product::Caas});
        if (!p)
            return {};
        Project& project = **p;
        (void)project.setPartnerComputesLoan(computesLoan);
        (void)project.setApis(
            {QStringLiteral("Proposta — IncluirManualSimplificado (include)"), QStringLiteral("Status callbacks")});
        EnvironmentProfile practice = *project.environments().find(QStringLiteral("practice"));
        practice.rateLimit = 50; // Practice kept fast for the test; production pace has its own integration test
        (void)project.environments().save(practice);
        (void)project.setSetting(QStringLiteral("ui.reached"), QStringLiteral("99"));
    }
    auto window = std::make_unique<MainWindow>(path);
    window->resize(1280, 800);
    window->show();
    return window;
}

template <typename Page> Page* TestProposalsPage::goTo(MainWindow& window, StepId step) {
    WizardShell* shell = window.wizard();
    auto* list = child<QListWidget>(&window, "stepList");
    const int row = static_cast<int>(step); // the overview is row 0
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    return qobject_cast<Page*>(shell->currentPage());
}

void TestProposalsPage::clickPathCompletesAllThreeScenarios() {
    auto window = openAt(QStringLiteral("click"), StepId::Proposals);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* page = goTo<ProposalsPage>(*window, StepId::Proposals);
    QVERIFY(page);
    QVERIFY(!practicekit::registerPracticeKey(*window->project()).isEmpty());
    QCOMPARE(child<QComboBox>(page, "proposalEnvCombo")->currentData().toString(), QStringLiteral("practice"));
    ScenarioCard* a = page->card(ScenarioId::IncorrectFinalized);
    ScenarioCard* b = page->card(ScenarioId::CorrectFinalized);
    ScenarioCard* c = page->card(ScenarioId::CorrectReleased);
    shoot(a, QStringLiteral("card-A-not-started"));

    // Scenario A says its details are wrong on purpose.
    QVERIFY(child<InlineMessage>(a, "validationMessage")->text().contains(QStringLiteral("Deliberately incorrect")));

    // The user opens C's details, mistypes the CPF: C cannot run and says why; fixed, it can.
    QTest::mouseClick(child<QToolButton>(c, "editDetailsButton"), Qt::LeftButton);
    auto* cpf = child<QLineEdit>(c, "documentEdit");
    typeInto(cpf, QStringLiteral("286.755.150-15"));
    QVERIFY(!child<QPushButton>(c, "runScenarioButton")->isEnabled());
    QVERIFY(child<InlineMessage>(c, "validationMessage")->text().contains(QStringLiteral("CPF")));
    shoot(c, QStringLiteral("card-C-invalid-cpf"));
    typeInto(cpf, QStringLiteral("286.755.150-14"));
    QVERIFY(child<QPushButton>(c, "runScenarioButton")->isEnabled());
    // …and renames B's borrower, saved at once.
    QTest::mouseClick(child<QToolButton>(b, "editDetailsButton"), Qt::LeftButton);
    typeInto(child<QLineEdit>(b, "nameEdit"), QStringLiteral("João Pedro Almeida Neto"));
    QCOMPARE(ProposalStore(window->project()->store()).scenario(ScenarioId::CorrectFinalized).borrower.name,
             QStringLiteral("João Pedro Almeida Neto"));
    QTest::mouseClick(child<QToolButton>(b, "editDetailsButton"), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(c, "editDetailsButton"), Qt::LeftButton);

    // Run all three: the progress strip shows the call on the wire while it runs.
    QSignalSpy finished(page, &ProposalsPage::workerFinished);
    QTest::mouseClick(child<QPushButton>(page, "runAllButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->worker() && page->worker()->isRunning(), 20000);
    QVERIFY(child<QPushButton>(page, "cancelButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "currentCallLabel")->text().contains(QStringLiteral(" · ")), 10000);
    shoot(page->card(ScenarioId::CorrectReleased), QStringLiteral("card-C-running"));
    QVERIFY(finished.wait(60000));

    // A stopped at the payment failure and offers the fix; B and C are done.
    QVERIFY(child<QLabel>(a, "stateLabel")->text().contains(QStringLiteral("11")));
    QVERIFY(child<InlineMessage>(a, "runMessage")->text().contains(QStringLiteral("check digit")));
    auto* fix = child<QPushButton>(a, "fixButton");
    QVERIFY(fix->isVisible() && fix->isEnabled());
    QVERIFY(!child<QPushButton>(b, "fixButton")->isVisible());
    QVERIFY(child<QLabel>(b, "stateLabel")->text().startsWith(QStringLiteral("Done")));
    QCOMPARE(child<QLabel>(b, "statusLabel")->text(), ProposalStatus::label(6));
    QCOMPARE(child<QLabel>(c, "statusLabel")->text(), ProposalStatus::label(9));
    shoot(a, QStringLiteral("card-A-payment-failed"));
    shoot(b, QStringLiteral("card-B-done"));
    shoot(c, QStringLiteral("card-C-paid"));

    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(child<QLabel>(a, "statusLabel")->text(), ProposalStatus::label(9));
    QVERIFY(child<QLabel>(a, "stateLabel")->text().startsWith(QStringLiteral("Done")));
    shoot(a, QStringLiteral("card-A-fixed-paid"));
    for (ScenarioCard* card : {a, b, c}) {
        QVERIFY(child<QLabel>(card, "codigoPropostaLabel")->text().size() == 36);
        QVERIFY(child<QListWidget>(card, "evidenceList")->count() >= 4);
        // BMP's flow: the signature was recorded before Finalizar, and the card says so; the evidence lists the call.
        QVERIFY2(child<QLabel>(card, "signatureLabel")->text().startsWith(QStringLiteral("recorded")),
                 qPrintable(child<QLabel>(card, "signatureLabel")->text()));
        bool signatureCall = false;
        auto* evidence = child<QListWidget>(card, "evidenceList");
        for (int i = 0; i < evidence->count(); ++i)
            signatureCall = signatureCall || evidence->item(i)->text().contains(u"IncluirAssinaturaCCBFinalizada");
        QVERIFY(signatureCall);
        QVERIFY(!child<QPushButton>(card, "runScenarioButton")->isEnabled()); // done: nothing to run again
    }
    bool saw11 = false;
    auto* timeline = child<QListWidget>(a, "statusTimeline");
    for (int i = 0; i < timeline->count(); ++i)
        saw11 = saw11 || timeline->item(i)->text().contains(ProposalStatus::label(11));
    QVERIFY(saw11);
    QVERIFY(!child<QPushButton>(page, "cancelButton")->isEnabled());

    // The calculation report: our figures against the sandbox's simulation, exported as CSV and PDF.
    CalculationPanel* calc = page->calculationPanel();
    QVERIFY(calc->isVisible());
    QVERIFY(child<QTableWidget>(calc, "comparisonTable")->rowCount() >= 4);
    QCOMPARE(child<QTableWidget>(calc, "scheduleTable")->rowCount(), 18); // scenario B: 18 installments
    const QString csv = m_dir.filePath(QStringLiteral("calc.csv"));
    const QString pdf = m_dir.filePath(QStringLiteral("calc.pdf"));
    calc->setFileChooser([&](const QString& suffix) { return suffix == u"pdf" ? pdf : csv; });
    QTest::mouseClick(child<QPushButton>(calc, "exportCsvButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(calc, "exportPdfButton"), Qt::LeftButton);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readAll().contains("vlrParcela"));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    shoot(calc, QStringLiteral("calculation-panel"));
}

void TestProposalsPage::cancelThenResumeFromThePage() {
    auto window = openAt(QStringLiteral("cancel"), StepId::Proposals, false);
    QVERIFY(window);
    auto* page = goTo<ProposalsPage>(*window, StepId::Proposals);
    QVERIFY(page);
    QVERIFY(!practicekit::registerPracticeKey(*window->project()).isEmpty());
    QVERIFY(!page->calculationPanel()->isVisible()); // BMP computes the loan here: no report
    QSignalSpy finished(page, &ProposalsPage::workerFinished);
    QTest::mouseClick(child<QPushButton>(page, "runAllButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->worker() && page->worker()->progress().requestsSent >= 4, 20000);
    QTest::mouseClick(child<QPushButton>(page, "cancelButton"), Qt::LeftButton);
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    for (ScenarioId id : ProposalScenario::all()) {
        ScenarioCard* card = page->card(id);
        QVERIFY(child<QLabel>(card, "stateLabel")->text().startsWith(QStringLiteral("Interrupted")));
        QCOMPARE(child<QPushButton>(card, "runScenarioButton")->text(), QStringLiteral("Resume"));
    }
    shoot(page->card(ScenarioId::CorrectReleased), QStringLiteral("card-C-interrupted"));
    const int proposalsBefore = practicekit::engine()->proposals().count();
    QTest::mouseClick(child<QPushButton>(page, "runAllButton"), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(child<QLabel>(page->card(ScenarioId::CorrectReleased), "statusLabel")->text(), ProposalStatus::label(9));
    QVERIFY(practicekit::engine()->proposals().count() <= 3);
    QVERIFY(practicekit::engine()->proposals().count() >= proposalsBefore);
}

void TestProposalsPage::callbackIsSealedAndTested() {
    auto window = openAt(QStringLiteral("callback"), StepId::Development);
    QVERIFY(window);
    auto* page = goTo<DevelopmentPage>(*window, StepId::Development);
    QVERIFY(page);
    CallbackPanel* panel = page->callbackPanel();
    panel->setKdfIterations(1000);
    Receiver receiver;
    const QByteArray secret = "partner-api-key-7f3a9c";
    auto* env = child<QComboBox>(panel, "callbackEnvCombo");
    env->setCurrentIndex(env->findData(QStringLiteral("homologation")));
    typeInto(child<QLineEdit>(panel, "callbackUrlEdit"), receiver.url());
    auto* auth = child<QComboBox>(panel, "callbackAuthCombo");
    auth->setCurrentIndex(auth->findData(CallbackEndpoint::authKey(CallbackAuth::XApiKey)));
    typeInto(child<QLineEdit>(panel, "callbackSecretEdit"), QString::fromLatin1(secret));

    // No passphrase: refused, nothing saved.
    QTest::mouseClick(child<QPushButton>(panel, "saveCallbackButton"), Qt::LeftButton);
    QVERIFY(child<InlineMessage>(panel, "callbackMessage")->text().contains(QStringLiteral("passphrase")));
    QVERIFY(!CallbackEndpoints(window->project()->store()).find(QStringLiteral("homologation")));

    typeInto(child<QLineEdit>(panel, "callbackPassphraseEdit"), QStringLiteral("correct horse battery"));
    QSignalSpy saved(panel, &CallbackPanel::saved);
    QTest::mouseClick(child<QPushButton>(panel, "saveCallbackButton"), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const auto stored = CallbackEndpoints(window->project()->store()).find(QStringLiteral("homologation"));
    QVERIFY(stored);
    QVERIFY(stored->sealedSecret.startsWith("bmp-secretbox-v1:"));
    QVERIFY(child<QLineEdit>(panel, "callbackSecretEdit")->text().isEmpty());
    QFile file(window->project()->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret)); // only ciphertext in the project file

    // The test callback opens the stored secret with the passphrase and calls the endpoint like BMP.
    QSignalSpy tested(panel, &CallbackPanel::testFinished);
    typeInto(child<QLineEdit>(panel, "callbackPassphraseEdit"), QStringLiteral("correct horse battery"));
    QTest::mouseClick(child<QPushButton>(panel, "testCallbackButton"), Qt::LeftButton);
    QVERIFY(tested.wait(15000));
    QVERIFY(tested.first().first().toBool());
    QCOMPARE(receiver.requests.size(), 1);
    const QByteArray request = receiver.requests.first();
    QVERIFY(request.startsWith("POST /bmp/status?"));
    const QUrlQuery query(
        QString::fromLatin1(request.mid(request.indexOf('?') + 1, request.indexOf(' ', 5) - request.indexOf('?') - 1)));
    QCOMPARE(query.queryItemValue(QStringLiteral("status")), QStringLiteral("6"));
    QCOMPARE(query.queryItemValue(QStringLiteral("identifier")), QStringLiteral("onb-callback-test"));
    QCOMPARE(query.queryItemValue(QStringLiteral("proposal")).size(), 36);
    QCOMPARE(header(request, "X-API-Key"), secret);
    QVERIFY(child<QPlainTextEdit>(panel, "callbackResultView")->toPlainText().contains(QStringLiteral("HTTP 200")));
    QVERIFY(!child<QPlainTextEdit>(panel, "callbackResultView")->toPlainText().contains(QString::fromLatin1(secret)));
    shoot(panel, QStringLiteral("callback-panel-tested"));

    // A wrong passphrase cannot open it: nothing is sent.
    typeInto(child<QLineEdit>(panel, "callbackPassphraseEdit"), QStringLiteral("wrong"));
    QTest::mouseClick(child<QPushButton>(panel, "testCallbackButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<InlineMessage>(panel, "callbackMessage")->text().contains(QStringLiteral("passphrase is wrong")), 10000);
    QCOMPARE(receiver.requests.size(), 1);
}

void TestProposalsPage::approvalRecordsBmpTests() {
    auto window = openAt(QStringLiteral("approval"), StepId::BmpApproval);
    QVERIFY(window);
    auto* page = goTo<ApprovalPage>(*window, StepId::BmpApproval);
    QVERIFY(page);
    QVERIFY(!page->isComplete());
    QTest::mouseClick(child<QPushButton>(page, "addUsualTestsButton"), Qt::LeftButton);
    auto* table = child<QTableWidget>(page, "bmpTestsTable");
    const int usual = static_cast<int>(BmpTestLog::usualTests().size());
    QCOMPARE(table->rowCount(), usual);
    QTest::mouseClick(child<QPushButton>(page, "addUsualTestsButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), usual); // not twice
    for (int row = 0; row < usual; ++row) {
        auto* result = table->findChild<QComboBox*>(QStringLiteral("testResultCombo_%1").arg(row));
        result->setCurrentIndex(result->findData(row == 1 ? QStringLiteral("failed") : QStringLiteral("passed")));
        emit result->activated(result->currentIndex());
    }
    QVERIFY(!page->isComplete()); // a failure without a resolution
    QVERIFY(child<QLabel>(window.get(), "completionHintLabel")->text().contains(QStringLiteral("resolved")));
    typeInto(table->findChild<QLineEdit*>(QStringLiteral("testFindingEdit_1")), QStringLiteral("Status 6 not seen"));
    typeInto(table->findChild<QLineEdit*>(QStringLiteral("testResolutionEdit_1")),
             QStringLiteral("Finalizar sent after the signature"));
    QVERIFY(page->isComplete());
    QVERIFY(child<QPushButton>(window.get(), "nextButton")->isEnabled());
    const QList<BmpTest> saved = BmpTestLog(window->project()->store()).list();
    QCOMPARE(saved.size(), usual);
    QCOMPARE(saved.at(1).resolution, QStringLiteral("Finalizar sent after the signature"));
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "removeTestButton"), Qt::LeftButton);
    QCOMPARE(BmpTestLog(window->project()->store()).list().size(), usual - 1);
    shoot(page, QStringLiteral("approval-page"));
}

QTEST_MAIN(TestProposalsPage)
#include "TestProposalsPage.moc"
