#include "MainWindow.h"
#include "WizardShell.h"
#include "domain/Project.h"
#include "pages/ContactDialog.h"
#include "pages/WizardPage.h"
#include "widgets/Accessibility.h"
#include "widgets/DateEdits.h"
#include "widgets/TimelineChart.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;
using namespace bmp::ui;

namespace {

QString focusName() {
    QWidget* w = QApplication::focusWidget();
    return w ? w->objectName() : QStringLiteral("<no focus>");
}

// Presses a key where the keyboard focus is, as a user at the keyboard does.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* w = QApplication::focusWidget();
    if (!w)
        w = QApplication::activeWindow();
    QTest::keyClick(w, key, modifiers);
}

void type(const QString& text) {
    QTest::keyClicks(QApplication::focusWidget(), text);
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

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stepOneByKeyboardOnly();
    void tabOrderFollowsReadingOrder_data();
    void tabOrderFollowsReadingOrder();
    void mnemonicsAreUniqueOnEachPage_data();
    void mnemonicsAreUniqueOnEachPage();
    void controlsHaveAccessibleNames_data();
    void controlsHaveAccessibleNames();
    void dateFieldsWorkByKeyboard();
    void timelineExplainsItsMarks();

private:
    MainWindow* openWindow(const QString& name, int reached);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestKeyboard::init() {
    m_window.reset();
}

void TestKeyboard::cleanup() {
    m_window.reset();
}

MainWindow* TestKeyboard::openWindow(const QString& name, int reached) {
    const QString path = m_dir.filePath(name + QStringLiteral(".bmpproj"));
    {
        auto project = Project::create(path, QStringLiteral("Fintech Teclado"), {Product::Caas});
        if (!project.ok())
            return nullptr;
        if (!(*project)->setSetting(QStringLiteral("ui.reached"), QString::number(reached)).ok())
            return nullptr;
    }
    m_window = std::make_unique<MainWindow>(path);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    return m_window.get();
}

void TestKeyboard::stepOneByKeyboardOnly() {
    MainWindow* window = openWindow(QStringLiteral("keyboard"), 0);
    QVERIFY(window);
    WizardShell* shell = window->wizard();
    QCOMPARE(shell->currentIndex(), 0);

    // Alt+N is "&Next >": from the overview to step 1, where the focus lands in the first field. (A mnemonic
    // "animates" the click: it lands a moment later.)
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(shell->currentIndex(), 1);
    QCOMPARE(focusName(), QStringLiteral("groupNameEdit"));
    QStringList visited{focusName()};
    type(QStringLiteral("BMP x Fintech Teclado"));
    press(Qt::Key_Tab);
    visited << focusName();
    type(QStringLiteral("https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl"));
    press(Qt::Key_Tab);
    visited << focusName();
    press(Qt::Key_Tab); // Tab leaves the (empty) participants table instead of walking its cells
    visited << focusName();
    QCOMPARE(visited, (QStringList{QStringLiteral("groupNameEdit"), QStringLiteral("inviteLinkEdit"),
                                   QStringLiteral("contactsTable"), QStringLiteral("addContactButton")}));
    // Leaving a field saved it.
    Project& project = *window->project();
    QCOMPARE(project.channel().groupName, QStringLiteral("BMP x Fintech Teclado"));
    QCOMPARE(project.channel().inviteLink, QStringLiteral("https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl"));

    // Two participants through the dialog, by keyboard: Space on "Add participant", Tab between fields,
    // Alt+S to the side, Space on the check box, Enter to accept.
    struct Person {
        QString name, role, email, phone;
        bool bmp;
    };
    const QList<Person> people{{QStringLiteral("Ana Souza"), QStringLiteral("Gerente de projeto"),
                                QStringLiteral("ana@teclado.com.br"), QStringLiteral("+5511987654321"), false},
                               {QStringLiteral("Juliana Martins"), QStringLiteral("Implantacao BMP"),
                                QStringLiteral("juliana@bmp.example"), QStringLiteral("+5511976543210"), true}};
    for (const Person& person : people) {
        QCOMPARE(focusName(), QStringLiteral("addContactButton"));
        press(Qt::Key_Space);
        ContactDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ContactDialog*>()) && dialog->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("contactNameEdit"));
        type(person.name);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("contactRoleEdit"));
        type(person.role);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("contactSideCombo"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("contactEmailEdit"));
        type(person.email);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("contactPhoneEdit"));
        type(person.phone);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("contactJoinedCheck"));
        press(Qt::Key_Space);
        if (person.bmp) {
            press(Qt::Key_S, Qt::AltModifier); // "&Side:"
            QCOMPARE(focusName(), QStringLiteral("contactSideCombo"));
            press(Qt::Key_Down);
        }
        press(Qt::Key_Return);
        QTRY_VERIFY(!window->findChild<ContactDialog*>() || !window->findChild<ContactDialog*>()->isVisible());
        // A window manager gives the activation back to the main window; offscreen has none, so stand in for it.
        if (!window->isActiveWindow()) {
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window));
        }
        QTRY_COMPARE(focusName(), QStringLiteral("addContactButton"));
    }
    QCOMPARE(project.contacts().size(), 2);
    QCOMPARE(project.contacts().at(0).name, QStringLiteral("Ana Souza"));
    QCOMPARE(project.contacts().at(0).side, Side::Partner);
    QVERIFY(project.contacts().at(0).joined);
    QCOMPARE(project.contacts().at(1).side, Side::Bmp);
    QCOMPARE(project.contacts().at(1).phone, QStringLiteral("+5511976543210"));

    // On through the step's status panel, below the participants on screen and so after them for Tab.
    visited.clear();
    press(Qt::Key_Tab); // Edit and Remove are disabled (nothing selected) and skipped
    visited << focusName();
    press(Qt::Key_Tab);
    visited << focusName();
    type(QStringLiteral("Ana Souza"));
    press(Qt::Key_Tab);
    visited << focusName();
    press(Qt::Key_Up); // an empty date starts at today
    press(Qt::Key_Tab);
    visited << focusName();
    press(Qt::Key_Tab);
    visited << focusName();
    type(QStringLiteral("Grupo criado pelo teclado"));
    press(Qt::Key_Tab);
    visited << focusName();
    press(Qt::Key_Tab);
    visited << focusName();
    QCOMPARE(visited,
             (QStringList{QStringLiteral("statusCombo"), QStringLiteral("ownerEdit"), QStringLiteral("plannedDateEdit"),
                          QStringLiteral("actualDateEdit"), QStringLiteral("notesEdit"), QStringLiteral("backButton"),
                          QStringLiteral("nextButton")}));
    QCOMPARE(project.step(StepId::Channel).owner, QStringLiteral("Ana Souza"));
    QCOMPARE(project.step(StepId::Channel).planned, QDate::currentDate());
    QVERIFY(!project.step(StepId::Channel).actual.isValid());
    QCOMPARE(project.step(StepId::Channel).notes, QStringLiteral("Grupo criado pelo teclado"));

    // Enter on the focused Next goes on to step 2; everything typed is in the file.
    QVERIFY(shell->currentPage() && shell->currentPage()->isComplete());
    press(Qt::Key_Return);
    QCOMPARE(shell->currentIndex(), 2);
    QVERIFY(shell->currentPage()->isAncestorOf(QApplication::focusWidget()));
    const QString path = project.path();
    m_window.reset();
    auto reopened = Project::open(path);
    QVERIFY(reopened.ok());
    QCOMPARE((*reopened)->channel().groupName, QStringLiteral("BMP x Fintech Teclado"));
    QCOMPARE((*reopened)->contacts().size(), 2);
    QCOMPARE((*reopened)->step(StepId::Channel).owner, QStringLiteral("Ana Souza"));
    QCOMPARE((*reopened)->step(StepId::Channel).notes, QStringLiteral("Grupo criado pelo teclado"));
}

void TestKeyboard::tabOrderFollowsReadingOrder_data() {
    QTest::addColumn<int>("page");
    QTest::newRow("overview") << 0;
    QTest::newRow("channel") << 1;
    QTest::newRow("scope") << 2;
}

void TestKeyboard::tabOrderFollowsReadingOrder() {
    QFETCH(int, page);
    MainWindow* window = openWindow(QStringLiteral("order%1").arg(page), 2);
    QVERIFY(window);
    WizardShell* shell = window->wizard();
    QVERIFY(shell->setCurrentIndex(page));
    // From the step list, Tab visits the page top to bottom, then Back and Next, and wraps to the list.
    QWidget* stepList = window->findChild<QWidget*>(QStringLiteral("stepList"));
    stepList->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), stepList);
    QList<QWidget*> expected;
    for (QWidget* w : a11y::readingOrder(shell->currentPage())) {
        if (w->isVisibleTo(window) && w->isEnabled())
            expected.append(w);
    }
    QVERIFY(expected.size() >= 3);
    for (const char* name : {"backButton", "nextButton"}) {
        auto* button = window->findChild<QWidget*>(QString::fromLatin1(name));
        if (button->isEnabled())
            expected.append(button);
    }
    expected.append(stepList);
    QStringList expectedNames;
    QStringList actualNames;
    for (QWidget* w : expected) {
        press(Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        // A date edit takes focus through its inner line edit.
        while (focus && focus->parentWidget() && !expected.contains(focus) && focus->parentWidget() != window)
            focus = focus->parentWidget();
        expectedNames << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                    : w->objectName());
        actualNames << (!focus                          ? QStringLiteral("<none>")
                        : focus->objectName().isEmpty() ? QString::fromLatin1(focus->metaObject()->className())
                                                        : focus->objectName());
    }
    QCOMPARE(actualNames, expectedNames);
    // And the reading order is the visual one: each widget starts below, or on the same line to the right of,
    // the one before (within a row of widgets sharing a line).
    QWidget* previous = nullptr;
    for (QWidget* w : expected.mid(0, expected.size() - 3)) {
        if (previous) {
            const QPoint a = previous->mapTo(window, QPoint(0, 0));
            const QPoint b = w->mapTo(window, QPoint(0, 0));
            const bool sameLine = qAbs(a.y() - b.y()) < previous->height() / 2 + 2;
            QVERIFY2(sameLine ? b.x() > a.x() : b.y() > a.y() || (b.x() > a.x() + previous->width()),
                     qPrintable(QStringLiteral("%1 then %2").arg(previous->objectName(), w->objectName())));
        }
        previous = w;
    }
}

void TestKeyboard::mnemonicsAreUniqueOnEachPage_data() {
    tabOrderFollowsReadingOrder_data();
}

void TestKeyboard::mnemonicsAreUniqueOnEachPage() {
    QFETCH(int, page);
    MainWindow* window = openWindow(QStringLiteral("mnemonic%1").arg(page), 2);
    QVERIFY(window);
    QVERIFY(window->wizard()->setCurrentIndex(page));
    // Alt+letter must do one thing: two visible owners of a letter make it cycle instead of act.
    QMap<QChar, QStringList> owners;
    for (QAction* menu : window->menuBar()->actions())
        owners[mnemonic(menu->text())] << menu->text();
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(window))
            owners[mnemonic(b->text())] << b->text();
    }
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (l->buddy() && l->isVisibleTo(window))
            owners[mnemonic(l->text())] << l->text();
    }
    for (QGroupBox* g : window->findChildren<QGroupBox*>()) {
        if (g->isCheckable() && g->isVisibleTo(window))
            owners[mnemonic(g->title())] << g->title();
    }
    owners.remove(QChar());
    QVERIFY(owners.contains(u'n') && owners.contains(u'b') && owners.contains(u'f'));
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(QStringLiteral(" / "))));
}

void TestKeyboard::controlsHaveAccessibleNames_data() {
    tabOrderFollowsReadingOrder_data();
}

void TestKeyboard::controlsHaveAccessibleNames() {
    QFETCH(int, page);
    MainWindow* window = openWindow(QStringLiteral("names%1").arg(page), 2);
    QVERIFY(window);
    WizardShell* shell = window->wizard();
    QVERIFY(shell->setCurrentIndex(page));
    // What a screen reader says for every control that takes focus: never nothing.
    QList<QWidget*> controls = a11y::readingOrder(shell->currentPage());
    controls << window->findChild<QWidget*>(QStringLiteral("stepList"))
             << window->findChild<QWidget*>(QStringLiteral("backButton"))
             << window->findChild<QWidget*>(QStringLiteral("nextButton"));
    for (QWidget* w : controls) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name).trimmed();
        QVERIFY2(!name.isEmpty() && !name.contains(u'&'),
                 qPrintable(QStringLiteral("%1 (%2): '%3'")
                                .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()), name)));
    }
    // Next, when disabled, says why.
    auto* next = window->findChild<QWidget*>(QStringLiteral("nextButton"));
    if (!next->isEnabled())
        QVERIFY(!QAccessible::queryAccessibleInterface(next)->text(QAccessible::Description).isEmpty());
}

void TestKeyboard::dateFieldsWorkByKeyboard() {
    OptionalDateEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QVERIFY(!edit.optionalDate().isValid());
    QTest::keyClick(&edit, Qt::Key_Up); // from "Not set" to today, not to 2000-01-02
    QCOMPARE(edit.optionalDate(), QDate::currentDate());
    QTest::keyClick(&edit, Qt::Key_Up);
    QVERIFY(edit.optionalDate().isValid());
    QVERIFY(edit.optionalDate() > QDate::currentDate());
    edit.selectAll();
    QTest::keyClick(&edit, Qt::Key_Delete); // the whole date selected: back to "Not set"
    QVERIFY(!edit.optionalDate().isValid());
    QVERIFY(edit.text().isEmpty()); // the placeholder says "Not set"
    QVERIFY(!edit.placeholderText().isEmpty());
    QTest::keyClick(&edit, Qt::Key_Down);
    QCOMPARE(edit.optionalDate(), QDate::currentDate());
    QVERIFY(!edit.accessibleDescription().isEmpty());
}

void TestKeyboard::timelineExplainsItsMarks() {
    // Done and not done differ by shape (filled or hollow square), and a legend names every mark.
    TimelineChart chart;
    const QDate d(2026, 11, 26);
    chart.setToday(d);
    chart.setRows(
        {{StepId::Channel, QStringLiteral("1. Channel"), d, d, StepStatus::Done, false},
         {StepId::Scope, QStringLiteral("2. Scope"), d.addDays(7), d.addDays(9), StepStatus::InProgress, true}});
    chart.resize(900, chart.sizeHint().height());
    const QImage image = chart.grab().toImage();
    const int legendTop = chart.height() - chart.fontMetrics().height() - 10;
    int ink = 0;
    const QRgb background = image.pixel(image.width() - 2, image.height() - 2);
    for (int y = legendTop; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixel(x, y) != background;
    }
    QVERIFY2(ink > 200, qPrintable(QString::number(ink))); // the legend is drawn, not an empty strip
    QVERIFY(chart.accessibleDescription().contains(QStringLiteral("1. Channel")));
    if (!qEnvironmentVariableIsEmpty("BMP_SHOTS_DIR"))
        image.save(qEnvironmentVariable("BMP_SHOTS_DIR") + QStringLiteral("/timeline.png"));
}

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
