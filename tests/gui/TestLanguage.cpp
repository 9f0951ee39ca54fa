#include "MainWindow.h"
#include "WizardShell.h"
#include "core/AppInfo.h"
#include "domain/DemoProject.h"
#include "domain/Project.h"
#include "pages/WizardPage.h"
#include "widgets/DateEdits.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;
using namespace bmp::ui;

namespace {

QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Mnemonic letter -> the texts that use it, for everything the user can reach with Alt+letter right now.
QMultiMap<QChar, QString> visibleMnemonics(QMainWindow& window) {
    QMultiMap<QChar, QString> found;
    auto add = [&](const QString& text) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            found.insert(c, text);
    };
    for (QAction* menu : window.menuBar()->actions())
        add(menu->text());
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible() || !w->isEnabled())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(w); box && box->isCheckable())
            add(box->title());
    }
    return found;
}

} // namespace

// View › Language: the choice is remembered, the pages are rebuilt in the language's formats, nothing is lost.
class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void switchingIsRememberedAndFormatsFollow();
    void portugueseReachesTextsAndMenus();
    void portugueseMnemonicsDoNotClash();
    void cleanupTestCase();

private:
    QString demoProject();
    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestLanguage::switchingIsRememberedAndFormatsFollow() {
    const QString path = m_dir.filePath(QStringLiteral("language.bmpproj"));
    {
        auto project = Project::create(path, QStringLiteral("Fintech Idioma"), {Product::Caas});
        QVERIFY(project.ok());
        QVERIFY((*project)->setSetting(QStringLiteral("ui.reached"), QStringLiteral("1")).ok());
        QVERIFY((*project)->setStepPlanned(StepId::Channel, QDate(2026, 11, 26)).ok());
    }
    MainWindow window(path);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.wizard()->setCurrentIndex(1));
    auto action = [&](const char* name) { return window.findChild<QAction*>(QString::fromLatin1(name)); };
    // With nothing chosen the system is followed, and says so in the menu.
    QVERIFY(action("language_system") && action("language_system")->isChecked());

    action("language_pt_BR")->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("pt_BR"));
    QCOMPARE(QLocale().territory(), QLocale::Brazil);
    QCOMPARE(window.wizard()->currentIndex(), 1); // the same page, rebuilt
    auto* planned = window.wizard()->currentPage()->findChild<OptionalDateEdit*>(QStringLiteral("plannedDateEdit"));
    QVERIFY(planned);
    QCOMPARE(planned->text(), QStringLiteral("26/11/2026"));
    QVERIFY(action("language_pt_BR")->isChecked());

    action("language_en")->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(QLocale(), QLocale::system());

    // Back to the system: the choice is forgotten, so a later change of the system's locale is followed.
    action("language_system")->trigger();
    QVERIFY(!QSettings().contains(QStringLiteral("language")));
    QVERIFY(action("language_system")->isChecked());
    QCOMPARE(window.project()->step(StepId::Channel).planned, QDate(2026, 11, 26));
}

void TestLanguage::cleanupTestCase() {
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    QSettings().clear();
}

QString TestLanguage::demoProject() {
    const QString path = m_dir.filePath(QStringLiteral("demo.bmpproj"));
    if (QFile::exists(path))
        return path;
    auto project = Project::create(path, QStringLiteral("Fintech Exemplo"), {Product::Caas});
    if (!project || !fillDemoProject(**project, QDate::currentDate()) ||
        !(*project)->setSetting(QStringLiteral("ui.reached"), QStringLiteral("99")))
        qFatal("cannot build the demo project");
    return path;
}

void TestLanguage::portugueseReachesTextsAndMenus() {
    MainWindow window(demoProject());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("language_pt_BR"))->trigger();
    // The old pages are deleted later: look inside the new wizard only.
    QCOMPARE(window.wizard()->findChild<QPushButton*>(QStringLiteral("backButton"))->text(),
             QStringLiteral("< &Voltar"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Arquivo"));
    QVERIFY(window.wizard()->setCurrentIndex(1));
    QApplication::processEvents();
    QCOMPARE(window.wizard()->currentPage()->findChild<QLabel*>(QStringLiteral("stepTitleLabel"))->text(),
             QStringLiteral("Etapa 1 — Canal de comunicação"));
    window.findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QCOMPARE(window.wizard()->findChild<QPushButton*>(QStringLiteral("backButton"))->text(), QStringLiteral("< &Back"));
}

void TestLanguage::portugueseMnemonicsDoNotClash() {
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    MainWindow window(demoProject());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WizardShell* shell = window.wizard();
    QStringList clashes;
    for (int i = 0; i < shell->pageCount(); ++i) {
        QVERIFY(shell->setCurrentIndex(i));
        QApplication::processEvents();
        const QMultiMap<QChar, QString> found = visibleMnemonics(window);
        for (const QChar c : found.uniqueKeys()) {
            if (found.count(c) > 1)
                clashes.append(QStringLiteral("page %1, Alt+%2: %3").arg(i).arg(c).arg(found.values(c).join(u'|')));
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
