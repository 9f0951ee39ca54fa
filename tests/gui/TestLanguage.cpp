#include "MainWindow.h"
#include "WizardShell.h"
#include "domain/Project.h"
#include "pages/WizardPage.h"
#include "widgets/DateEdits.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;
using namespace bmp::ui;

// View › Language: the choice is remembered, the pages are rebuilt in the language's formats, nothing is lost.
class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void switchingIsRememberedAndFormatsFollow();

private:
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

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
