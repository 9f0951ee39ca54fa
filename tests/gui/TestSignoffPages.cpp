#include "MainWindow.h"
#include "WizardShell.h"
#include "domain/Environments.h"
#include "domain/Project.h"
#include "pages/AreaDialog.h"
#include "pages/OverviewPage.h"
#include "pages/SignoffPage.h"
#include "widgets/Accessibility.h"
#include "widgets/DateEdits.h"
#include "widgets/EligibleDayCalendar.h"
#include "widgets/InlineMessage.h"
#include "widgets/ReportExportPanel.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;
using namespace bmp::ui;

namespace {

template <typename T> T* child(QWidget* root, const char* name) {
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

AreaDialog* visibleAreaDialog(QWidget* page) {
    for (AreaDialog* d : page->findChildren<AreaDialog*>(QStringLiteral("areaDialog"))) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

int rowOf(QTableWidget* table, const QString& area) {
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == area)
            return r;
    }
    return -1;
}

// Opens the decision dialog of an area the way a user does: select its row, click "Record decision…".
AreaDialog* openDecision(QWidget* page, const QString& area) {
    auto* table = child<QTableWidget>(page, "areasTable");
    const int row = rowOf(table, area);
    if (row < 0)
        return nullptr;
    table->selectRow(row);
    QTest::mouseClick(child<QPushButton>(page, "editAreaButton"), Qt::LeftButton);
    return visibleAreaDialog(page);
}

void fillDecision(AreaDialog* dialog, const QString& approver, Decision decision, const QString& comments) {
    auto* approverEdit = child<QLineEdit>(dialog, "approverEdit");
    approverEdit->clear();
    approverEdit->insert(approver); // typed text; QTest::keyClicks cannot type accents
    auto* combo = child<QComboBox>(dialog, "decisionCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(decision)));
    auto* commentsEdit = child<QPlainTextEdit>(dialog, "commentsEdit");
    commentsEdit->clear();
    commentsEdit->insertPlainText(comments);
    QTest::mouseClick(child<QPushButton>(dialog, "areaOkButton"), Qt::LeftButton);
}

// The mnemonic letter of a text with '&' ("&Next >" -> 'n'), or 0.
QChar mnemonic(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

int indexOf(WizardShell* shell, const QString& key) {
    for (int i = 0; i < shell->pageCount(); ++i) {
        if (shell->page(i)->pageKey() == key)
            return i;
    }
    return -1;
}

} // namespace

class TestSignoffPages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void signoffRejectApproveAndExport();
    void accreditationOffersOnlyEligibleDays();
    void deliveryGoLiveAndSummary();
    void everythingSurvivesBackNextAndRestart();
    void keyboardAndScreenReader_data();
    void keyboardAndScreenReader();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestSignoffPages::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("pages.bmpproj"));
    auto p = Project::create(m_path, QStringLiteral("Fintech Páginas"), {Product::Caas});
    QVERIFY(p.ok());
    QVERIFY((*p)->setSetting(QStringLiteral("ui.reached"), QStringLiteral("99")).ok());
    p = makeError(QString());
    m_window = std::make_unique<MainWindow>(m_path);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSignoffPages::signoffRejectApproveAndExport() {
    WizardShell* shell = m_window->wizard();
    Project& project = *m_window->project();
    QVERIFY(shell->setCurrentIndex(indexOf(shell, QStringLiteral("signoff"))));
    QWidget* page = shell->currentPage();
    auto* next = child<QPushButton>(m_window.get(), "nextButton");
    auto* table = child<QTableWidget>(page, "areasTable");
    QCOMPARE(table->rowCount(), 6);
    QVERIFY(!next->isEnabled());
    QVERIFY(child<QLabel>(m_window.get(), "completionHintLabel")->text().contains(QStringLiteral("6 area(s)")));

    // A new area through the dialog; a duplicate name is refused and the dialog stays open.
    QTest::mouseClick(child<QPushButton>(page, "addAreaButton"), Qt::LeftButton);
    AreaDialog* dialog = visibleAreaDialog(page);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "areaNameEdit"), QStringLiteral("legal"));
    QTest::mouseClick(child<QPushButton>(dialog, "areaOkButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<InlineMessage>(dialog, "areaMessage")->text().contains(QStringLiteral("already an area")));
    auto* name = child<QLineEdit>(dialog, "areaNameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Ouvidoria"));
    QTest::mouseClick(child<QPushButton>(dialog, "areaOkButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(project.signoff().areas().last().name, QStringLiteral("Ouvidoria"));

    // A rejection without a reason is refused; with one it reopens the step and the overview says why.
    QVERIFY(project.setStepStatus(StepId::Signoff, StepStatus::Done, QStringLiteral("early")).ok());
    dialog = openDecision(page, QStringLiteral("Legal"));
    QVERIFY(dialog);
    fillDecision(dialog, QStringLiteral("Dra. Helena Castro"), Decision::Rejected, QString());
    QVERIFY(dialog->isVisible());
    QVERIFY(child<InlineMessage>(dialog, "areaMessage")->text().contains(QStringLiteral("reason")));
    QCOMPARE(project.step(StepId::Signoff).status, StepStatus::Done);
    const QString reason = QStringLiteral("Contrato sem cláusula de PLD");
    fillDecision(dialog, QStringLiteral("Dra. Helena Castro"), Decision::Rejected, reason);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(project.step(StepId::Signoff).status, StepStatus::InProgress);
    auto* rejections = child<InlineMessage>(page, "rejectionsMessage");
    QVERIFY(rejections->isVisible());
    QVERIFY(rejections->text().contains(reason));
    QVERIFY(child<QComboBox>(page, "statusCombo")->currentText() == Checklist::statusLabel(StepStatus::InProgress));
    QVERIFY(child<QLabel>(page, "historyLabel")->text().contains(reason));
    auto* nextActions = child<QLabel>(shell->overviewPage(), "nextActionsLabel");
    QVERIFY(nextActions->text().contains(QStringLiteral("Legal")));
    QVERIFY(nextActions->text().contains(QStringLiteral("Contrato sem cl")));
    QVERIFY(!next->isEnabled());

    // Every area approves (one with remarks): the rule holds and the rejection notice goes away.
    for (const QString& area :
         {QStringLiteral("Operations"), QStringLiteral("Credit/Risk"), QStringLiteral("Compliance/AML"),
          QStringLiteral("Legal"), QStringLiteral("Finance/Treasury"), QStringLiteral("Technology/Security"),
          QStringLiteral("Ouvidoria")}) {
        dialog = openDecision(page, area);
        QVERIFY2(dialog, qPrintable(area));
        const bool remarks = area == QLatin1String("Credit/Risk");
        fillDecision(dialog, QStringLiteral("Aprovador de %1").arg(area),
                     remarks ? Decision::ApprovedWithRemarks : Decision::Approved,
                     remarks ? QStringLiteral("Revisar limites após 30 dias") : QString());
        QTRY_VERIFY2(!dialog->isVisible(), qPrintable(child<InlineMessage>(dialog, "areaMessage")->text()));
    }
    QCOMPARE(project.signoff().approvedCount(), 7);
    QVERIFY(!rejections->isVisible());
    QVERIFY(next->isEnabled());
    QVERIFY(child<QLabel>(page, "areasSummaryLabel")->text().contains(QStringLiteral("7 of 7")));
    QVERIFY(table->item(rowOf(table, QStringLiteral("Credit/Risk")), 2)->text().contains(QStringLiteral("remarks")));

    // Export: a cancelled file dialog does nothing; a chosen file is written off the UI thread and opened.
    auto* panel = qobject_cast<SignoffPage*>(page)->exportPanel();
    QSignalSpy finished(panel, &ReportExportPanel::exportFinished);
    panel->setSaveFileProvider([](const QString&) { return QString(); });
    QTest::mouseClick(child<QPushButton>(page, "exportReportButton"), Qt::LeftButton);
    QVERIFY(!panel->isExporting());
    QCOMPARE(finished.size(), 0);

    const QString pdf = m_dir.filePath(QStringLiteral("signoff-report"));
    QString suggested;
    QList<QUrl> opened;
    panel->setSaveFileProvider([&](const QString& s) {
        suggested = s;
        return pdf;
    });
    panel->setOpenUrlHandler([&](const QUrl& url) {
        opened.append(url);
        return true;
    });
    auto* language = child<QComboBox>(page, "reportLanguageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("pt_BR")));
    emit language->activated(language->currentIndex());
    QTest::mouseClick(child<QPushButton>(page, "exportReportButton"), Qt::LeftButton);
    QVERIFY(panel->isExporting());
    QVERIFY(!child<QPushButton>(page, "exportReportButton")->isEnabled());
    QVERIFY(child<QPushButton>(page, "cancelExportButton")->isVisible());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(suggested.endsWith(QStringLiteral(".pdf")));
    QVERIFY(suggested.contains(QStringLiteral("Fintech")));
    QFile file(pdf + QStringLiteral(".pdf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(pdf + QStringLiteral(".pdf"))});
    QVERIFY(child<InlineMessage>(page, "exportMessage")->text().contains(QStringLiteral("signoff-report.pdf")));
    QVERIFY(child<QPushButton>(page, "exportReportButton")->isEnabled());
    QCOMPARE(project.setting(QStringLiteral("ui.report_language")), QStringLiteral("pt_BR"));

    // A failed export says why and leaves the button usable.
    panel->setSaveFileProvider([&](const QString&) { return m_dir.filePath(QStringLiteral("missing/dir/r.pdf")); });
    QTest::mouseClick(child<QPushButton>(page, "exportReportButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().toBool(), false);
    QCOMPARE(child<InlineMessage>(page, "exportMessage")->kind(), InlineMessage::Kind::Error);
    QCOMPARE(opened.size(), 1);
}

void TestSignoffPages::accreditationOffersOnlyEligibleDays() {
    WizardShell* shell = m_window->wizard();
    Project& project = *m_window->project();
    QVERIFY(shell->setCurrentIndex(indexOf(shell, QStringLiteral("accreditation"))));
    QWidget* page = shell->currentPage();
    auto* next = child<QPushButton>(m_window.get(), "nextButton");
    QVERIFY(!next->isEnabled());
    auto* keyGroup = child<QGroupBox>(page, "productionKeyGroup");
    QCOMPARE(keyGroup->title(), QStringLiteral("Production key"));

    auto* picker = child<EligibleDayCalendar>(page, "releaseDatePicker");
    auto* message = child<InlineMessage>(page, "releaseMessage");
    // Ineligible days are marked by strike-through (not by colour alone) and explain themselves.
    picker->setCurrentPage(2027, 2);
    QVERIFY(picker->dateTextFormat(QDate(2027, 2, 5)).fontStrikeOut());                 // Friday
    QVERIFY(picker->dateTextFormat(QDate(2027, 2, 8)).toolTip().contains(u"Carnival")); // Carnival Monday
    QVERIFY(picker->dateTextFormat(QDate(2027, 2, 5)).toolTip().contains(u"Friday"));
    QVERIFY(!picker->dateTextFormat(QDate(2027, 2, 3)).fontStrikeOut()); // an ordinary Wednesday
    picker->setCurrentPage(2027, 11);
    QVERIFY(picker->dateTextFormat(QDate(2027, 11, 19)).fontStrikeOut()); // Friday, eve of Nov 20

    // Clicking a refused day: the reason is shown, nothing is saved, the selection goes back.
    struct Case {
        QDate date;
        const char* why;
    };
    const Case refused[] = {
        {QDate(2027, 1, 8), "Friday"},                    // a Friday
        {QDate(2027, 2, 8), "Carnival Monday"},           // a holiday, also the eve of Carnival Tuesday
        {QDate(2027, 4, 20), "Tiradentes"},               // the eve of a holiday
        {QDate(2026, 12, 31), "New Year's Day"},          // year end
        {QDate(2027, 11, 19), "Friday"},                  // Friday before Nov 20
        {QDate(2027, 11, 20), "Black Consciousness Day"}, // Nov 20 (a Saturday in 2027)
    };
    for (const Case& c : refused) {
        picker->setSelectedDate(c.date);
        emit picker->clicked(c.date);
        QVERIFY2(message->isVisible(), c.why);
        QVERIFY2(message->text().contains(QString::fromUtf8(c.why)), qPrintable(message->text()));
        QVERIFY(!project.signoff().releaseDate().isValid());
    }
    // An eligible day is taken at once.
    picker->setSelectedDate(QDate(2027, 1, 12));
    emit picker->clicked(QDate(2027, 1, 12));
    QCOMPARE(project.signoff().releaseDate(), QDate(2027, 1, 12));
    QVERIFY(!message->isVisible());
    QVERIFY(child<QLabel>(page, "releaseDateLabel")->text().contains(QStringLiteral("2027")));
    // After a choice, a refused click returns the selection to it.
    picker->setSelectedDate(QDate(2027, 1, 15));
    emit picker->clicked(QDate(2027, 1, 15));
    QCOMPARE(picker->selectedDate(), QDate(2027, 1, 12));
    QCOMPARE(project.signoff().releaseDate(), QDate(2027, 1, 12));

    // The list of next eligible days chooses too.
    auto* nextDays = child<QListWidget>(page, "nextDaysList");
    QVERIFY(nextDays->count() >= 5);
    const QDate first = nextDays->item(0)->data(Qt::UserRole).toDate();
    QVERIFY(project.calendar().isProductionCredentialDay(first));
    QTest::mouseClick(nextDays->viewport(), Qt::LeftButton, {}, nextDays->visualItemRect(nextDays->item(0)).center());
    QCOMPARE(project.signoff().releaseDate(), first);
    QCOMPARE(picker->chosenDate(), first);

    // Procedures: ticking all of them (and having the date) completes the step.
    QVERIFY(!next->isEnabled());
    auto* list = child<QListWidget>(page, "proceduresList");
    QCOMPARE(list->count(), Signoff::defaultProcedures().size());
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Checked);
    QCOMPARE(project.signoff().proceduresDone(), list->count());
    QVERIFY(next->isEnabled());
    // An emptied procedure is refused and comes back.
    const QString before = list->item(0)->text();
    list->item(0)->setText(QString());
    QCOMPARE(list->item(0)->text(), before);
    QVERIFY(child<InlineMessage>(page, "pageMessage")->isVisible());
    QTest::mouseClick(child<QPushButton>(page, "addProcedureButton"), Qt::LeftButton);
    QCOMPARE(list->count(), Signoff::defaultProcedures().size() + 1);
    QVERIFY(!next->isEnabled());                     // a new open procedure
    QCOMPARE(list->currentRow(), list->count() - 1); // the new line is current, its editor open
    QTest::mouseClick(child<QPushButton>(page, "removeProcedureButton"), Qt::LeftButton);
    QCOMPARE(list->count(), Signoff::defaultProcedures().size());
    QVERIFY(next->isEnabled());
}

void TestSignoffPages::deliveryGoLiveAndSummary() {
    WizardShell* shell = m_window->wizard();
    Project& project = *m_window->project();
    QVERIFY(shell->setCurrentIndex(indexOf(shell, QStringLiteral("delivery"))));
    QWidget* page = shell->currentPage();
    QCOMPARE(child<QGroupBox>(page, "tokenSmokeTestGroup")->title(), QStringLiteral("Production token smoke test"));
    // The smoke test's outcome, as step 5 records it for production, shows here once the page is shown again.
    auto* smoke = child<QLabel>(page, "smokeTestResultLabel");
    QVERIFY(smoke->text().contains(QStringLiteral("No token")));
    TokenTest test;
    test.environment = QStringLiteral("production");
    test.at = QDateTime::currentDateTimeUtc();
    test.ok = true;
    test.httpStatus = 200;
    test.tokenType = QStringLiteral("Bearer");
    test.expiresIn = 3600;
    QVERIFY(project.environments().recordTokenTest(test).ok());
    page->hide();
    page->show();
    QVERIFY2(smoke->text().contains(QStringLiteral("accepted")), qPrintable(smoke->text()));
    QVERIFY(smoke->text().contains(QStringLiteral("3600")));
    QVERIFY(!shell->currentPage()->isComplete());
    const QDate release = project.signoff().releaseDate();
    auto* goLive = child<OptionalDateEdit>(page, "goLiveDateEdit");
    goLive->setDate(release.addDays(-1));
    emit goLive->editingFinished();
    QVERIFY(!project.signoff().goLiveDate().isValid());
    QVERIFY(child<InlineMessage>(page, "pageMessage")->text().contains(QStringLiteral("go-live")));
    QVERIFY(!goLive->optionalDate().isValid());
    goLive->setDate(release.addDays(5));
    emit goLive->editingFinished();
    QCOMPARE(project.signoff().goLiveDate(), release.addDays(5));
    QVERIFY(shell->currentPage()->isComplete());
    auto* summary = child<QPlainTextEdit>(page, "finalSummaryEdit");
    summary->setFocus();
    summary->insertPlainText(QStringLiteral("No ar às 10h"));
    QCOMPARE(project.signoff().finalSummary(), QStringLiteral("No ar às 10h"));
    const QString status = child<QLabel>(page, "finalStatusLabel")->text();
    QVERIFY(status.contains(QStringLiteral("7 of 7 areas approved")));
    QVERIFY(child<ReportExportPanel>(page, "reportGroup"));
}

void TestSignoffPages::everythingSurvivesBackNextAndRestart() {
    WizardShell* shell = m_window->wizard();
    const QDate release = m_window->project()->signoff().releaseDate();
    auto* back = child<QPushButton>(m_window.get(), "backButton");
    QTest::mouseClick(back, Qt::LeftButton);
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(shell->currentPage()->pageKey(), QStringLiteral("signoff"));
    QCOMPARE(child<QTableWidget>(shell->currentPage(), "areasTable")->rowCount(), 7);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "nextButton"), Qt::LeftButton);
    QCOMPARE(child<EligibleDayCalendar>(shell->currentPage(), "releaseDatePicker")->chosenDate(), release);

    m_window.reset();
    auto again = std::make_unique<MainWindow>(m_path);
    again->show();
    WizardShell* reopened = again->wizard();
    QCOMPARE(reopened->currentPage()->pageKey(), QStringLiteral("accreditation"));
    QCOMPARE(child<EligibleDayCalendar>(reopened->currentPage(), "releaseDatePicker")->chosenDate(), release);
    QVERIFY(reopened->setCurrentIndex(indexOf(reopened, QStringLiteral("signoff"))));
    auto* table = child<QTableWidget>(reopened->currentPage(), "areasTable");
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->item(rowOf(table, QStringLiteral("Legal")), 1)->text(), QStringLiteral("Aprovador de Legal"));
    QVERIFY(reopened->setCurrentIndex(indexOf(reopened, QStringLiteral("delivery"))));
    QCOMPARE(child<QPlainTextEdit>(reopened->currentPage(), "finalSummaryEdit")->toPlainText(),
             QStringLiteral("No ar às 10h"));
    QVERIFY(reopened->currentPage()->isComplete());
}

void TestSignoffPages::keyboardAndScreenReader_data() {
    QTest::addColumn<QString>("key");
    QTest::newRow("signoff") << "signoff";
    QTest::newRow("accreditation") << "accreditation";
    QTest::newRow("delivery") << "delivery";
}

void TestSignoffPages::keyboardAndScreenReader() {
    QFETCH(QString, key);
    const QString path = m_dir.filePath(QStringLiteral("keys-%1.bmpproj").arg(key));
    {
        auto p = Project::create(path, QStringLiteral("Teclado"), {Product::Caas});
        QVERIFY(p.ok());
        QVERIFY((*p)->setSetting(QStringLiteral("ui.reached"), QStringLiteral("99")).ok());
    }
    MainWindow window(path);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardShell* shell = window.wizard();
    QVERIFY(shell->setCurrentIndex(indexOf(shell, key)));
    // Alt+letter does one thing on the page: menus, buttons, labelled fields and the wizard's Back/Next.
    QMap<QChar, QStringList> owners;
    for (QAction* menu : window.menuBar()->actions())
        owners[mnemonic(menu->text())] << menu->text();
    for (QAbstractButton* b : window.findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(&window))
            owners[mnemonic(b->text())] << b->text();
    }
    for (QLabel* l : window.findChildren<QLabel*>()) {
        if (l->buddy() && l->isVisibleTo(&window))
            owners[mnemonic(l->text())] << l->text();
    }
    owners.remove(QChar());
    QVERIFY(owners.contains(u'n') && owners.contains(u'b'));
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(QStringLiteral(" / "))));
    // Every control Tab reaches has a name a screen reader can say.
    for (QWidget* w : a11y::readingOrder(shell->currentPage())) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name).trimmed();
        QVERIFY2(!name.isEmpty() && !name.contains(u'&'),
                 qPrintable(QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                          QString::fromLatin1(w->metaObject()->className()))));
    }
}

QTEST_MAIN(TestSignoffPages)
#include "TestSignoffPages.moc"
