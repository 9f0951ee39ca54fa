// View › Language switches the whole window to Brazilian Portuguese (texts, dates), is remembered, and every page
// in Portuguese keeps one keyboard mnemonic per letter.
#include "MainWindow.h"
#include "WizardShell.h"
#include "core/AppInfo.h"
#include "domain/DemoProject.h"
#include "domain/Project.h"
#include "pages/WizardPage.h"
#include "widgets/DateEdits.h"

#include <QAbstractButton>
#include <QAction>
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

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void switchingLanguageRebuildsAndIsRemembered();
    void portugueseMnemonicsDoNotClash();

private:
    QString demoProject();
    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
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

void TestLanguage::switchingLanguageRebuildsAndIsRemembered() {
    MainWindow window(demoProject());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* portuguese = window.findChild<QAction*>(QStringLiteral("language_pt_BR"));
    auto* english = window.findChild<QAction*>(QStringLiteral("language_en"));
    QVERIFY(portuguese && english);
    QVERIFY(english->isChecked());
    QCOMPARE(window.wizard()->findChild<QPushButton*>(QStringLiteral("backButton"))->text(), QStringLiteral("< &Back"));

    portuguese->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("pt_BR"));
    QCOMPARE(AppInfo::currentLanguage(), QStringLiteral("pt_BR"));
    QCOMPARE(window.wizard()->findChild<QPushButton*>(QStringLiteral("backButton"))->text(),
             QStringLiteral("< &Voltar"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Arquivo"));
    // The menu was rebuilt too, with the new language checked.
    QVERIFY(window.findChild<QAction*>(QStringLiteral("language_pt_BR"))->isChecked());
    QVERIFY(window.wizard()->setCurrentIndex(1));
    QApplication::processEvents();
    auto* planned = window.wizard()->currentPage()->findChild<OptionalDateEdit*>(QStringLiteral("plannedDateEdit"));
    QVERIFY(planned);
    const QDate plannedDate = QDate::currentDate().addDays(-21); // fillDemoProject starts three weeks ago
    QCOMPARE(planned->text(), plannedDate.toString(QStringLiteral("dd/MM/yyyy")));
    auto* actual = window.wizard()->currentPage()->findChild<QLabel*>(QStringLiteral("stepTitleLabel"));
    QCOMPARE(actual->text(), QStringLiteral("Etapa 1 — Canal de comunicação"));

    window.findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
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
