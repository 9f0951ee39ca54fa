#include "MainWindow.h"
#include "Screenshots.h"
#include "WizardShell.h"
#include "domain/Project.h"
#include "pages/ContactDialog.h"
#include "pages/ScopePage.h"
#include "pages/StepPage.h"
#include "widgets/DateEdits.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
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

// Types into a line edit like a user and leaves it, which is when the page saves.
void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    emit edit->editingFinished();
}

} // namespace

class TestWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void walkEditRestart();
    void unreachedStepsCannotBeClicked();
    void bureauHidesProposalStep();
    void screenshotsRenderEveryPage();

private:
    QTemporaryDir m_dir;
};

void TestWizard::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestWizard::walkEditRestart() {
    const QString path = m_dir.filePath(QStringLiteral("walk.bmpproj"));
    QVERIFY(Project::create(path, QStringLiteral("Fintech Walk"), {Product::Caas}).ok());
    auto window = std::make_unique<MainWindow>(path);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    WizardShell* shell = window->wizard();
    QVERIFY(shell);
    QCOMPARE(shell->pageCount(), 12);
    auto* next = child<QPushButton>(window.get(), "nextButton");
    auto* back = child<QPushButton>(window.get(), "backButton");
    QVERIFY(next->isEnabled());
    QVERIFY(!back->isEnabled());

    // Step 1: nothing filled, Next is disabled and the hint says what is missing.
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(shell->currentPage()->pageKey(), QStringLiteral("channel"));
    QVERIFY(!next->isEnabled());
    QVERIFY(child<QLabel>(window.get(), "completionHintLabel")->text().contains(QStringLiteral("group name")));

    QWidget* page = shell->currentPage();
    typeInto(child<QLineEdit>(page, "groupNameEdit"), QStringLiteral("BMP x Walk"));
    auto* link = child<QLineEdit>(page, "inviteLinkEdit");
    typeInto(link, QStringLiteral("https://example.com/not-whatsapp"));
    auto* message = child<InlineMessage>(page, "pageMessage");
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("WhatsApp")));
    QVERIFY(window->project()->channel().inviteLink.isEmpty());
    typeInto(link, QStringLiteral("https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl"));
    QVERIFY(!message->isVisible());
    QCOMPARE(window->project()->channel().inviteLink,
             QStringLiteral("https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl"));

    // Add a participant through the dialog; a bad e-mail is refused and the dialog stays open.
    QTest::mouseClick(child<QPushButton>(page, "addContactButton"), Qt::LeftButton);
    auto* dialog = page->findChild<ContactDialog*>(QStringLiteral("contactDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "contactNameEdit"), QStringLiteral("Ana Souza"));
    QTest::keyClicks(child<QLineEdit>(dialog, "contactEmailEdit"), QStringLiteral("ana@@walk"));
    QTest::mouseClick(child<QPushButton>(dialog, "contactOkButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<InlineMessage>(dialog, "contactMessage")->text().contains(QStringLiteral("e-mail")));
    QVERIFY(window->project()->contacts().isEmpty());
    auto* email = child<QLineEdit>(dialog, "contactEmailEdit");
    email->clear();
    QTest::keyClicks(email, QStringLiteral("ana@walk.com.br"));
    QTest::keyClicks(child<QLineEdit>(dialog, "contactPhoneEdit"), QStringLiteral("+55 11 98765-4321"));
    QTest::mouseClick(child<QPushButton>(dialog, "contactOkButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(window->project()->contacts().size(), 1);
    QVERIFY(!next->isEnabled()); // still no one from BMP

    ContactDialog* bmpDialog = nullptr;
    QTest::mouseClick(child<QPushButton>(page, "addContactButton"), Qt::LeftButton);
    const auto dialogs = page->findChildren<ContactDialog*>(QStringLiteral("contactDialog"));
    for (ContactDialog* d : dialogs) {
        if (d->isVisible())
            bmpDialog = d;
    }
    QVERIFY(bmpDialog);
    QTest::keyClicks(child<QLineEdit>(bmpDialog, "contactNameEdit"), QStringLiteral("Juliana BMP"));
    child<QComboBox>(bmpDialog, "contactSideCombo")->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(bmpDialog, "contactOkButton"), Qt::LeftButton);
    QTRY_COMPARE(window->project()->contacts().size(), 2);
    QCOMPARE(child<QTableWidget>(page, "contactsTable")->rowCount(), 2);
    QVERIFY(next->isEnabled());

    auto* notes = child<QPlainTextEdit>(page, "notesEdit");
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Grupo criado pela BMP"));
    QCOMPARE(window->project()->step(StepId::Channel).notes, QStringLiteral("Grupo criado pela BMP"));

    // Step 2: incomplete; marking it done asks for a reason (scripted here) and then lets the user go on.
    QTest::mouseClick(next, Qt::LeftButton);
    auto* scope = qobject_cast<ScopePage*>(shell->currentPage());
    QVERIFY(scope);
    QVERIFY(!next->isEnabled());
    child<QCheckBox>(scope, "fgtsCheck")->click();
    QCOMPARE(window->project()->scope().products, (QList<Product>{Product::Caas, Product::Fgts}));
    child<QCheckBox>(scope, "computesLoanCheck")->click();
    QVERIFY(window->project()->scope().partnerComputesLoan);
    auto* planned3 = child<OptionalDateEdit>(scope, "plannedEdit3");
    planned3->setDate(QDate(2026, 12, 14));
    emit planned3->editingFinished();
    QCOMPARE(window->project()->step(StepId::KeyRegistration).planned, QDate(2026, 12, 14));
    auto* planned2 = child<OptionalDateEdit>(scope, "plannedEdit2");
    planned2->setDate(QDate(2026, 12, 20)); // after step 3: refused, the edit goes back to the saved value
    emit planned2->editingFinished();
    QVERIFY(!window->project()->step(StepId::Scope).planned.isValid());
    QVERIFY(!planned2->optionalDate().isValid());
    QVERIFY(child<InlineMessage>(scope, "pageMessage")->text().contains(QStringLiteral("Step 3")));
    // A planned production accreditation on a Friday is flagged.
    auto* planned10 = child<OptionalDateEdit>(scope, "plannedEdit10");
    planned10->setDate(QDate(2027, 1, 8));
    emit planned10->editingFinished();
    QVERIFY(child<InlineMessage>(scope, "scheduleWarning")->text().contains(QStringLiteral("Friday")));

    bool asked = false;
    scope->setDoneReasonProvider([&] {
        asked = true;
        return std::optional<QString>(QStringLiteral("Agreed by e-mail"));
    });
    auto* status = child<QComboBox>(scope, "statusCombo");
    status->setCurrentIndex(3);
    emit status->activated(3);
    QVERIFY(asked);
    QCOMPARE(window->project()->step(StepId::Scope).status, StepStatus::Done);
    QCOMPARE(window->project()->history(StepId::Scope).last().note, QStringLiteral("Agreed by e-mail"));
    QVERIFY(next->isEnabled());

    // Walk every remaining page to the end, then all the way back. A page whose rule does not hold yet is marked
    // done with a reason, as the hint offers.
    while (shell->currentIndex() + 1 < shell->pageCount()) {
        if (!next->isEnabled()) {
            auto* step = qobject_cast<StepPage*>(shell->currentPage());
            QVERIFY(step);
            step->setDoneReasonProvider([] { return std::optional<QString>(QStringLiteral("Walked through")); });
            auto* stepStatus = child<QComboBox>(step, "statusCombo");
            stepStatus->setCurrentIndex(3);
            emit stepStatus->activated(3);
            QVERIFY(next->isEnabled());
        }
        QTest::mouseClick(next, Qt::LeftButton);
    }
    QCOMPARE(shell->currentIndex(), shell->pageCount() - 1);
    QCOMPARE(shell->currentPage()->pageKey(), QStringLiteral("delivery"));
    while (back->isEnabled())
        QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(shell->currentIndex(), 0);
    QTest::mouseClick(next, Qt::LeftButton);
    page = shell->currentPage();
    QCOMPARE(child<QLineEdit>(page, "groupNameEdit")->text(), QStringLiteral("BMP x Walk"));
    QCOMPARE(child<QTableWidget>(page, "contactsTable")->rowCount(), 2);
    QTest::mouseClick(next, Qt::LeftButton); // stay on step 2 when closing

    // Restart: the last project reopens at the page where the user left, with everything as left.
    window.reset();
    auto again = std::make_unique<MainWindow>();
    again->show();
    QCOMPARE(again->project()->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(again->wizard()->currentPage()->pageKey(), QStringLiteral("scope"));
    QCOMPARE(again->wizard()->reachedIndex(), 11);
    page = again->wizard()->currentPage();
    QVERIFY(child<QCheckBox>(page, "fgtsCheck")->isChecked());
    QVERIFY(child<QCheckBox>(page, "computesLoanCheck")->isChecked());
    QCOMPARE(child<OptionalDateEdit>(page, "plannedEdit3")->optionalDate(), QDate(2026, 12, 14));
    QCOMPARE(child<QComboBox>(page, "statusCombo")->currentIndex(), 3);
    again->wizard()->setCurrentIndex(1);
    page = again->wizard()->currentPage();
    QCOMPARE(child<QLineEdit>(page, "inviteLinkEdit")->text(),
             QStringLiteral("https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl"));
    QCOMPARE(child<QPlainTextEdit>(page, "notesEdit")->toPlainText(), QStringLiteral("Grupo criado pela BMP"));
    QCOMPARE(child<QTableWidget>(page, "contactsTable")->item(0, 0)->text(), QStringLiteral("Ana Souza"));
}

void TestWizard::unreachedStepsCannotBeClicked() {
    const QString path = m_dir.filePath(QStringLiteral("fresh.bmpproj"));
    QVERIFY(Project::create(path, QStringLiteral("Fresh"), {Product::Caas}).ok());
    MainWindow window(path);
    window.show();
    auto* list = child<QListWidget>(&window, "stepList");
    QCOMPARE(list->count(), 12);
    QVERIFY(!(list->item(5)->flags() & Qt::ItemIsEnabled));
    QVERIFY(!window.wizard()->setCurrentIndex(5));
    QCOMPARE(window.wizard()->currentIndex(), 0);
    QTest::mouseClick(child<QPushButton>(&window, "nextButton"), Qt::LeftButton);
    QVERIFY(list->item(1)->flags() & Qt::ItemIsEnabled);
    list->setCurrentRow(0);
    QCOMPARE(window.wizard()->currentIndex(), 0);
}

void TestWizard::bureauHidesProposalStep() {
    const QString path = m_dir.filePath(QStringLiteral("bureau.bmpproj"));
    QVERIFY(Project::create(path, QStringLiteral("Bureau Co"), {Product::Bureau}).ok());
    MainWindow window(path);
    QCOMPARE(window.wizard()->pageCount(), 11);
    for (int i = 0; i < window.wizard()->pageCount(); ++i)
        QVERIFY(window.wizard()->page(i)->pageKey() != QLatin1String("proposals"));
    QVERIFY(window.project()->setProducts({Product::Bureau, Product::Caas}).ok());
    QCOMPARE(window.wizard()->pageCount(), 12);
}

void TestWizard::screenshotsRenderEveryPage() {
    const QString dir = m_dir.filePath(QStringLiteral("shots"));
    QCOMPARE(renderScreenshots(dir), 12);
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 12);
    QCOMPARE(files.first(), QStringLiteral("00-overview.png"));
    QCOMPARE(files.last(), QStringLiteral("11-delivery.png"));
    for (const QString& f : files) {
        const QImage image(QDir(dir).filePath(f));
        QCOMPARE(image.size(), QSize(1280, 800));
    }
}

QTEST_MAIN(TestWizard)
#include "TestWizard.moc"
