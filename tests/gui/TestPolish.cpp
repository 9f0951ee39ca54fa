// Issue #14 in the GUI: seeded content, Qt's own buttons and the language menu speak the language in effect;
// messages appearing never move the controls under the user's pointer; tables and boxes fit their content; dates,
// phone numbers and file dialogs look the way the user expects.
#include "MainWindow.h"
#include "WizardShell.h"
#include "core/AppInfo.h"
#include "core/DateText.h"
#include "domain/BmpTestLog.h"
#include "domain/DemoProject.h"
#include "domain/Project.h"
#include "domain/Validators.h"
#include "pages/AreaDialog.h"
#include "pages/KeysPage.h"
#include "widgets/DateEdits.h"
#include "widgets/InlineMessage.h"
#include "widgets/ReportExportPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;
using namespace bmp::ui;

namespace {

template <typename T> T* child(QWidget* root, const char* name) {
    T* w = root ? root->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// Where a widget is in its window: what the user's pointer aims at.
QRect placeInWindow(QWidget* w) {
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

void settle() {
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

} // namespace

class TestPolish : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void seededContentFollowsTheLanguage();
    void languageMenuNamesTheLanguageInEffect();
    void qtButtonsSpeakPortuguese();
    void messagesDoNotMoveButtons();
    void approvalColumnsFitTheirEditors();
    void registrationBoxHasNoGap();
    void datesHaveOneFormat_data();
    void datesHaveOneFormat();
    void phonesAreFormatted();
    void exportsStartBesideTheProject();

private:
    QString project(const QString& name, bool demo);
    std::unique_ptr<MainWindow> open(const QString& path, const QString& language);
    QTemporaryDir m_dir;
};

void TestPolish::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPolish::cleanup() {
    QSettings().clear();
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
}

QString TestPolish::project(const QString& name, bool demo) {
    const QString path = m_dir.filePath(name);
    if (QFile::exists(path))
        return path;
    // Created (and so seeded) in English, whatever language it is opened in later.
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    auto p = Project::create(path, QStringLiteral("Fintech Polida"), {Product::Caas});
    if (!p || !(*p)->setSetting(QStringLiteral("ui.reached"), QStringLiteral("99")))
        qFatal("cannot create %s", qPrintable(path));
    if (demo && !fillDemoProject(**p, QDate::currentDate()))
        qFatal("cannot fill %s", qPrintable(path));
    return path;
}

std::unique_ptr<MainWindow> TestPolish::open(const QString& path, const QString& language) {
    AppInfo::installTranslator(*QCoreApplication::instance(), language);
    auto window = std::make_unique<MainWindow>(path);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestPolish::seededContentFollowsTheLanguage() {
    const QString path = project(QStringLiteral("seeded.bmpproj"), false);
    {
        auto p = Project::open(path);
        QVERIFY(p.ok());
        QVERIFY(BmpTestLog((*p)->store()).addUsualTests().ok());
        QVERIFY((*p)->setApis({QStringLiteral("Pessoa — borrower registration"), QStringLiteral("Pix disbursement"),
                               QStringLiteral("Our own scoring API")})
                    .ok());
    }
    auto window = open(path, QStringLiteral("pt_BR"));
    WizardShell* wizard = window->wizard();

    QVERIFY(wizard->setCurrentIndex(6));
    auto* apis = child<QTableWidget>(wizard->currentPage(), "apiTable");
    QVERIFY(apis);
    QCOMPARE(apis->item(0, 0)->text(), QStringLiteral("Pessoa — cadastro do tomador"));
    QCOMPARE(apis->item(1, 0)->text(), QStringLiteral("Desembolso via Pix"));
    QCOMPARE(apis->item(2, 0)->text(), QStringLiteral("Our own scoring API")); // typed: as typed

    QVERIFY(wizard->setCurrentIndex(8));
    auto* testName = child<QLineEdit>(wizard->currentPage(), "testNameEdit_0");
    QVERIFY(testName);
    QCOMPARE(testName->text(), QStringLiteral("Proposta A: falha de pagamento e correção dos dados bancários"));

    QVERIFY(wizard->setCurrentIndex(9));
    auto* areas = child<QTableWidget>(wizard->currentPage(), "areasTable");
    QVERIFY(areas);
    QCOMPARE(areas->item(0, 0)->text(), QStringLiteral("Operações"));
    QCOMPARE(areas->item(2, 0)->text(), QStringLiteral("Compliance/PLD"));

    QVERIFY(wizard->setCurrentIndex(10));
    auto* procedures = child<QListWidget>(wizard->currentPage(), "proceduresList");
    QVERIFY(procedures);
    QCOMPARE(procedures->item(0)->text(),
             QStringLiteral("Gerar o par de chaves de produção (diferente da chave de homologação)."));

    // Back to English: the same project, the same rows, in English.
    window->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QVERIFY(window->wizard()->setCurrentIndex(9));
    areas = child<QTableWidget>(window->wizard()->currentPage(), "areasTable");
    QCOMPARE(areas->item(0, 0)->text(), QStringLiteral("Operations"));
}

void TestPolish::languageMenuNamesTheLanguageInEffect() {
    // --lang (or anything but the menu) can put in effect a language other than the system's: the menu then
    // checks that language, not "Follow the system", whose name stays the system's language.
    const QString system = AppInfo::systemLanguage();
    const QString other = system == QLatin1String("pt_BR") ? QStringLiteral("en") : QStringLiteral("pt_BR");
    QSettings().remove(QStringLiteral("language"));
    auto window = open(project(QStringLiteral("menu.bmpproj"), false), other);
    auto* follow = window->findChild<QAction*>(QStringLiteral("language_system"));
    QVERIFY(follow);
    QVERIFY(!follow->isChecked());
    QVERIFY(window->findChild<QAction*>(QStringLiteral("language_") + other)->isChecked());
    QVERIFY2(follow->text().contains(AppInfo::languageName(system)), qPrintable(follow->text()));

    // Following the system: checked, and named after the language now in effect.
    follow->trigger();
    follow = window->findChild<QAction*>(QStringLiteral("language_system"));
    QVERIFY(follow->isChecked());
    QCOMPARE(AppInfo::currentLanguage(), system);
    QVERIFY2(follow->text().contains(AppInfo::languageName(AppInfo::currentLanguage())), qPrintable(follow->text()));
}

void TestPolish::qtButtonsSpeakPortuguese() {
    auto window = open(project(QStringLiteral("buttons.bmpproj"), false), QStringLiteral("pt_BR"));
    QVERIFY(AppInfo::qtTranslationsLoaded());
    QVERIFY(window->wizard()->setCurrentIndex(9));
    QTest::mouseClick(child<QPushButton>(window->wizard()->currentPage(), "addAreaButton"), Qt::LeftButton);
    AreaDialog* dialog = nullptr;
    for (AreaDialog* d : window->findChildren<AreaDialog*>())
        dialog = d->isVisible() ? d : dialog;
    QVERIFY(dialog);
    auto* box = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QCOMPARE(box->button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Cancelar"));
    dialog->reject();
}

void TestPolish::messagesDoNotMoveButtons() {
    auto window = open(project(QStringLiteral("messages.bmpproj"), false), QStringLiteral("en"));
    // Step 8: an empty test name is refused with a message at the top of the page; the buttons stay put.
    QVERIFY(window->wizard()->setCurrentIndex(8));
    QWidget* page = window->wizard()->currentPage();
    QTest::mouseClick(child<QPushButton>(page, "addTestButton"), Qt::LeftButton);
    settle();
    auto* add = child<QPushButton>(page, "addTestButton");
    auto* status = child<QComboBox>(page, "statusCombo");
    const QRect addBefore = placeInWindow(add);
    const QRect statusBefore = placeInWindow(status);
    auto* name = child<QLineEdit>(page, "testNameEdit_0");
    QVERIFY(name);
    name->clear();
    emit name->editingFinished();
    auto* message = child<InlineMessage>(page, "pageMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    settle();
    QCOMPARE(placeInWindow(add), addBefore);
    QCOMPARE(placeInWindow(status), statusBefore);

    // The decision dialog: OK without an approver is refused inside the dialog; OK does not jump away.
    QVERIFY(window->wizard()->setCurrentIndex(9));
    page = window->wizard()->currentPage();
    auto* areas = child<QTableWidget>(page, "areasTable");
    areas->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "editAreaButton"), Qt::LeftButton);
    AreaDialog* dialog = nullptr;
    for (AreaDialog* d : window->findChildren<AreaDialog*>())
        dialog = d->isVisible() ? d : dialog;
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* combo = child<QComboBox>(dialog, "decisionCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(Decision::Approved)));
    settle();
    auto* ok = child<QPushButton>(dialog, "areaOkButton");
    const QRect okBefore = placeInWindow(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(child<InlineMessage>(dialog, "areaMessage")->isVisible());
    settle();
    QCOMPARE(placeInWindow(ok), okBefore);
    dialog->reject();
}

void TestPolish::approvalColumnsFitTheirEditors() {
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pt_BR")}) {
        auto window = open(project(QStringLiteral("columns-%1.bmpproj").arg(language), false), language);
        QVERIFY(window->wizard()->setCurrentIndex(8));
        QWidget* page = window->wizard()->currentPage();
        QTest::mouseClick(child<QPushButton>(page, "addUsualTestsButton"), Qt::LeftButton);
        settle();
        auto* table = child<QTableWidget>(page, "bmpTestsTable");
        QCOMPARE(table->rowCount(), 6);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column : {1, 2}) {
                QWidget* editor = table->cellWidget(row, column);
                QVERIFY(editor);
                const int shown = table->columnWidth(column);
                QVERIFY2(shown >= editor->sizeHint().width(),
                         qPrintable(QStringLiteral("%1: column %2 is %3 px, its editor needs %4")
                                        .arg(language)
                                        .arg(column)
                                        .arg(shown)
                                        .arg(editor->sizeHint().width())));
            }
        }
    }
}

void TestPolish::registrationBoxHasNoGap() {
    // The HTTP route is three lines: the box does not keep the taller e-mail route's height under them.
    auto window = open(project(QStringLiteral("gap.bmpproj"), true), QStringLiteral("en"));
    QVERIFY(window->wizard()->setCurrentIndex(3));
    QWidget* page = window->wizard()->currentPage();
    auto* environments = child<QComboBox>(page, "keysEnvCombo");
    environments->setCurrentIndex(environments->findData(QStringLiteral("practice")));
    settle();
    auto* http = child<QWidget>(page, "httpRoute");
    auto* email = child<QWidget>(page, "emailRoute");
    QVERIFY(http && email);
    QTRY_VERIFY(http->isVisible());
    QVERIFY(!email->isVisible());
    settle();
    QVERIFY2(http->height() <= http->sizeHint().height() + 8,
             qPrintable(QStringLiteral("%1 px for %2").arg(http->height()).arg(http->sizeHint().height())));
}

void TestPolish::datesHaveOneFormat_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("pt_BR") << "pt_BR";
}

void TestPolish::datesHaveOneFormat() {
    // Every page of a full project: no ISO date (machine output only), and every date field in the locale's one
    // format, the one labels use too.
    QFETCH(QString, language);
    auto window = open(project(QStringLiteral("dates.bmpproj"), true), language);
    static const QRegularExpression iso(QStringLiteral("\\b20\\d\\d-\\d\\d-\\d\\d\\b"));
    QStringList found;
    for (int index = 0; index <= 11; ++index) {
        QVERIFY(window->wizard()->setCurrentIndex(index));
        settle();
        QWidget* page = window->wizard()->currentPage();
        auto look = [&](const QString& where, const QString& text) {
            if (iso.match(text).hasMatch())
                found.append(QStringLiteral("page %1, %2: %3").arg(index).arg(where, text.left(120)));
        };
        for (QLabel* l : page->findChildren<QLabel*>())
            look(l->objectName(), l->text());
        for (QTableWidget* t : page->findChildren<QTableWidget*>()) {
            for (int r = 0; r < t->rowCount(); ++r) {
                for (int c = 0; c < t->columnCount(); ++c) {
                    if (t->item(r, c))
                        look(t->objectName(), t->item(r, c)->text());
                }
            }
        }
        for (QListWidget* l : page->findChildren<QListWidget*>()) {
            for (int r = 0; r < l->count(); ++r)
                look(l->objectName(), l->item(r)->text());
        }
        for (QDateTimeEdit* e : page->findChildren<QDateTimeEdit*>()) {
            look(e->objectName(), e->text());
            QVERIFY2(e->displayFormat().startsWith(DateText::dateFormat()),
                     qPrintable(e->objectName() + QStringLiteral(": ") + e->displayFormat()));
        }
        for (OptionalDateEdit* e : page->findChildren<OptionalDateEdit*>()) {
            look(e->objectName(), e->text());
            if (e->optionalDate().isValid())
                QCOMPARE(e->text(), DateText::date(e->optionalDate()));
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestPolish::phonesAreFormatted() {
    QCOMPARE(Validators::displayPhone(QStringLiteral("+5511987654321")), QStringLiteral("+55 (11) 98765-4321"));
    QCOMPARE(Validators::displayPhone(QStringLiteral("+551134567890")), QStringLiteral("+55 (11) 3456-7890"));
    QCOMPARE(Validators::displayPhone(QStringLiteral("+14155550123")), QStringLiteral("+14155550123"));
    QCOMPARE(Validators::phoneE164(QStringLiteral("+55 (11) 98765-4321")).valueOr(QString()),
             QStringLiteral("+5511987654321")); // what is shown can be typed back

    auto window = open(project(QStringLiteral("phones.bmpproj"), true), QStringLiteral("pt_BR"));
    QVERIFY(window->wizard()->setCurrentIndex(1));
    auto* contacts = child<QTableWidget>(window->wizard()->currentPage(), "contactsTable");
    QVERIFY(contacts && contacts->rowCount() > 0);
    static const QRegularExpression brazil(QStringLiteral("^\\+55 \\(\\d\\d\\) \\d{4,5}-\\d{4}$"));
    int phones = 0;
    for (int r = 0; r < contacts->rowCount(); ++r) {
        const QString phone = contacts->item(r, 4)->text();
        if (phone.isEmpty())
            continue;
        ++phones;
        QVERIFY2(brazil.match(phone).hasMatch(), qPrintable(phone));
    }
    QVERIFY(phones > 0);
}

void TestPolish::exportsStartBesideTheProject() {
    const QString path = project(QStringLiteral("exports.bmpproj"), false);
    const QString folder = QFileInfo(path).absolutePath();
    QCOMPARE(Prompts::startPath(folder, QStringLiteral("public.pem")),
             QDir(folder).filePath(QStringLiteral("public.pem")));
    QCOMPARE(Prompts::startPath(QString(), QStringLiteral("public.pem")),
             QDir::home().filePath(QStringLiteral("public.pem")));
    QCOMPARE(Prompts::startPath(folder, QStringLiteral("/tmp/x.pem")), QStringLiteral("/tmp/x.pem"));

    auto window = open(path, QStringLiteral("en"));
    QVERIFY(window->wizard()->setCurrentIndex(3));
    auto* keys = qobject_cast<KeysPage*>(window->wizard()->currentPage());
    QVERIFY(keys);
    QVERIFY(keys->prompts().folder);
    QCOMPARE(keys->prompts().folder(), folder);

    QVERIFY(window->wizard()->setCurrentIndex(9));
    auto* report = window->wizard()->currentPage()->findChild<ReportExportPanel*>();
    QVERIFY(report);
    QCOMPARE(QFileInfo(report->suggestedPath()).absolutePath(), folder);
}

QTEST_MAIN(TestPolish)
#include "TestPolish.moc"
