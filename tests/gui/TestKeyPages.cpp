// Steps 3–5 driven like a user: generate a practice key through the page (the window keeps running), register it
// with the in-process sandbox, import a key for homologation and record its e-mail registration, edit the
// credentials, sign an assertion and fetch a token — with scripted answers instead of dialogs, no sleeps.
#include "../unit/CryptoTestUtil.h"
#include "MainWindow.h"
#include "WizardShell.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "net/ApiClient.h"
#include "pages/CredentialsPage.h"
#include "pages/KeysPage.h"
#include "pages/TokenPage.h"
#include "sandbox/PracticeSandbox.h"
#include "sandbox/SandboxServer.h"
#include "widgets/InlineMessage.h"
#include "widgets/StepFiveTokens.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrlQuery>

using namespace bmp;
using namespace bmp::ui;
using namespace testutil;

namespace {

const QByteArray kPassphrase = "Violet harbour 58 lantern";

template <typename T> T* child(QWidget* root, const char* name) {
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    emit edit->editingFinished();
}

void click(QWidget* root, const char* name) {
    auto* b = child<QAbstractButton>(root, name);
    QVERIFY2(b && b->isEnabled() && b->isVisible(), name);
    // Scrolled into view as a user would, then pressed. A click by position could land next to a button the
    // page's live texts (the token countdown) are moving, which says nothing about the page: press the button.
    for (QWidget* w = b->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w)) {
            area->ensureWidgetVisible(b);
            break;
        }
    }
    b->click();
}

void selectData(QComboBox* combo, const QString& data) {
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

// Alt+letter must do one thing: every visible, enabled owner of a mnemonic on the window, by letter.
QStringList mnemonicClashes(QMainWindow& window) {
    QMultiMap<QChar, QString> found;
    auto add = [&](const QString& text) {
        const qsizetype i = text.indexOf(u'&');
        if (i >= 0 && i + 1 < text.size() && text.at(i + 1) != u'&')
            found.insert(text.at(i + 1).toLower(), text);
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
    }
    QStringList clashes;
    for (const QChar c : found.uniqueKeys()) {
        if (found.count(c) > 1)
            clashes.append(QStringLiteral("Alt+%1: %2").arg(c).arg(found.values(c).join(u'|')));
    }
    return clashes;
}

QByteArray projectBytes(const QString& path) {
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestKeyPages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void generateCancel();
    void generateAndRegisterPractice();
    void importAndEmailRegistration();
    void credentialsEditAndTest();
    void signAndFetchToken();
    void tokensForOtherSteps();
    void nothingSecretInTheProject();
    void portugueseMnemonics();
    void cleanupTestCase();

private:
    QWidget* goTo(const QString& pageKey);
    void scriptPrompts(Prompts& prompts);
    void dumpPage(const QString& pageKey, const QString& name);
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_openedUrls;
    QByteArray m_accessToken;
    QList<QByteArray> m_otherTokens;
};

void TestKeyPages::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    sandbox::PracticeSandbox::instance().setStateDir(m_dir.filePath(QStringLiteral("practice-sandbox")));
    m_path = m_dir.filePath(QStringLiteral("pages.bmpproj"));
    {
        auto project = Project::create(m_path, QStringLiteral("Fintech Paginas"), {Product::Caas});
        QVERIFY(project.ok());
        QVERIFY((*project)->setSetting(QStringLiteral("ui.reached"), QStringLiteral("99")).ok());
    }
    m_window = std::make_unique<MainWindow>(m_path);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->wizard());
    // Scripted answers for every page's dialogs.
    for (const QString& key : {QStringLiteral("keys"), QStringLiteral("credentials"), QStringLiteral("token")}) {
        QWidget* page = goTo(key);
        QVERIFY(page);
        Prompts* prompts = nullptr;
        if (auto* k = qobject_cast<KeysPage*>(page))
            prompts = &k->prompts();
        else if (auto* c = qobject_cast<CredentialsPage*>(page))
            prompts = &c->prompts();
        else if (auto* t = qobject_cast<TokenPage*>(page))
            prompts = &t->prompts();
        QVERIFY(prompts);
        scriptPrompts(*prompts);
    }
}

void TestKeyPages::scriptPrompts(Prompts& p) {
    // Default answers; a test that scripts its own (capturing locals) calls this again before it returns.
    p.passphrase = [](const QString&) -> std::optional<QByteArray> { return kPassphrase; };
    p.confirm = [](const QString&, const QString&) { return true; };
    p.file = [](const QString&, const QString&, bool, const QString&) { return QString(); };
    p.text = [](const QString&, const QString&) -> std::optional<QString> { return std::nullopt; };
    p.openUrl = [this](const QUrl& url) {
        m_openedUrls.append(url.toString());
        return true;
    };
}

void TestKeyPages::dumpPage(const QString& pageKey, const QString& name) {
    // For visual review only: BMP_PAGE_DUMP_DIR=/tmp/x renders a page at its full height (the wizard shows it
    // in a scroll area, so --screenshots shows only its top).
    const QString dump = qEnvironmentVariable("BMP_PAGE_DUMP_DIR");
    if (dump.isEmpty() || !m_window)
        return;
    QDir().mkpath(dump);
    QWidget* page = goTo(pageKey);
    QApplication::processEvents();
    QImage image(page->width(), qMax(page->height(), page->sizeHint().height()), QImage::Format_ARGB32);
    image.fill(Qt::white);
    const QSize old = page->size();
    page->resize(image.size());
    QApplication::processEvents();
    page->render(&image);
    page->resize(old);
    image.save(QDir(dump).filePath(name + QStringLiteral("-full.png")));
}

QWidget* TestKeyPages::goTo(const QString& pageKey) {
    WizardShell* shell = m_window->wizard();
    for (int i = 0; i < shell->pageCount(); ++i) {
        if (shell->page(i)->pageKey() == pageKey) {
            shell->setCurrentIndex(i);
            return shell->page(i);
        }
    }
    return nullptr;
}

void TestKeyPages::generateCancel() {
    auto* page = qobject_cast<KeysPage*>(goTo(QStringLiteral("keys")));
    selectData(child<QComboBox>(page, "keysEnvCombo"), QStringLiteral("practice"));
    // Mismatched passphrases: refused with the reason, nothing starts.
    typeInto(child<QLineEdit>(page, "passphraseEdit"), QString::fromUtf8(kPassphrase));
    typeInto(child<QLineEdit>(page, "passphraseConfirmEdit"), QStringLiteral("Violet harbour 58 lanterns"));
    QVERIFY(child<QLabel>(page, "passphraseMatchLabel")->text().contains(QStringLiteral("differ")));
    click(page, "generateButton");
    QVERIFY(!page->isBusy());
    QVERIFY(child<InlineMessage>(page, "pageMessage")->text().contains(QStringLiteral("same passphrase")));
    typeInto(child<QLineEdit>(page, "passphraseConfirmEdit"), QString::fromUtf8(kPassphrase));
    QVERIFY(child<QProgressBar>(page, "passphraseMeter")->value() > 50);
    QVERIFY(child<QLabel>(page, "passphraseStrengthLabel")->text().startsWith(QStringLiteral("Strong")));
    QVERIFY2(mnemonicClashes(*m_window).isEmpty(), qPrintable(mnemonicClashes(*m_window).join(u'\n')));

    // A 4096-bit generation, cancelled: the busy state comes and goes, nothing is stored.
    child<QComboBox>(page, "bitsCombo")->setCurrentIndex(child<QComboBox>(page, "bitsCombo")->findData(4096));
    click(page, "generateButton");
    QVERIFY(page->isBusy());
    QVERIFY(child<QProgressBar>(page, "keyBusyBar")->isVisible());
    QVERIFY(!child<QComboBox>(page, "keysEnvCombo")->isEnabled());
    click(page, "cancelKeyButton");
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 60000);
    QVERIFY(child<InlineMessage>(page, "pageMessage")->text().contains(QStringLiteral("cancelled")));
    QVERIFY(!m_window->project()->keys().find(QStringLiteral("practice")));
    QVERIFY(!child<QProgressBar>(page, "keyBusyBar")->isVisible());
}

void TestKeyPages::generateAndRegisterPractice() {
    auto* page = qobject_cast<KeysPage*>(goTo(QStringLiteral("keys")));
    const auto restorePrompts = qScopeGuard([&] { scriptPrompts(page->prompts()); });
    Project& project = *m_window->project();
    child<QComboBox>(page, "bitsCombo")->setCurrentIndex(child<QComboBox>(page, "bitsCombo")->findData(2048));
    // The window keeps running while the key is made: a timer ticks on the GUI thread meanwhile.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start();
    click(page, "generateButton");
    QVERIFY(page->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 60000);
    ticker.stop();
    QVERIFY2(ticks > 5, qPrintable(QString::number(ticks)));
    const auto key = project.keys().find(QStringLiteral("practice"));
    QVERIFY2(key, qPrintable(child<InlineMessage>(page, "pageMessage")->text()));
    QCOMPARE(key->bits, 2048);
    QCOMPARE(child<QLineEdit>(page, "fingerprintEdit")->text(), key->fingerprint);
    QCOMPARE(child<QLineEdit>(page, "thumbprintEdit")->text(), key->thumbprint);
    QVERIFY(child<QPlainTextEdit>(page, "publicPemView")
                ->toPlainText()
                .startsWith(QStringLiteral("-----BEGIN PUBLIC KEY")));
    QVERIFY(child<QPlainTextEdit>(page, "jwkView")->toPlainText().contains(key->thumbprint));
    QVERIFY(child<QLineEdit>(page, "passphraseEdit")->text().isEmpty()); // not kept around
    QVERIFY(child<QLabel>(page, "keyStatusLabel")->text().contains(QStringLiteral("2048")));
    // With a key in place, making another one is folded away behind an explicit "Replace".
    QVERIFY(!child<QWidget>(page, "createKeyArea")->isVisible());
    click(page, "replaceKeyButton");
    QVERIFY(child<QWidget>(page, "createKeyArea")->isVisible());
    QVERIFY2(mnemonicClashes(*m_window).isEmpty(), qPrintable(mnemonicClashes(*m_window).join(u'\n')));
    selectData(child<QComboBox>(page, "keysEnvCombo"), QStringLiteral("homologation"));
    selectData(child<QComboBox>(page, "keysEnvCombo"), QStringLiteral("practice"));
    QVERIFY(!child<QWidget>(page, "createKeyArea")->isVisible());

    // Exports: public.pem readable as a public key; the private key only after a warning, encrypted and 0600.
    const QString publicPath = m_dir.filePath(QStringLiteral("public.pem"));
    const QString privatePath = m_dir.filePath(QStringLiteral("private.pem"));
    QStringList confirmations;
    page->prompts().file = [&](const QString&, const QString& suggested, bool save, const QString&) {
        return save ? m_dir.filePath(suggested) : QString();
    };
    page->prompts().confirm = [&](const QString&, const QString& text) {
        confirmations << text;
        return true;
    };
    click(page, "exportPublicButton");
    QVERIFY(crypto::KeyPair::fromPublicPem(readFile(publicPath)).ok());
    click(page, "exportPrivateButton");
    QCOMPARE(confirmations.size(), 1);
    QVERIFY(confirmations.first().contains(QStringLiteral("Never send it to anyone")));
    QCOMPARE(QFileInfo(privatePath).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
             QFileDevice::Permissions());
    QVERIFY(readFile(privatePath).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("pass.txt")), kPassphrase));
    const auto ossl =
        openssl({QStringLiteral("pkey"), QStringLiteral("-in"), privatePath, QStringLiteral("-passin"),
                 QStringLiteral("file:") + m_dir.filePath(QStringLiteral("pass.txt")), QStringLiteral("-pubout")});
    QCOMPARE(ossl.out, readFile(publicPath));

    // Register over HTTP with the practice sandbox, started in-process on demand.
    QVERIFY(child<QRadioButton>(page, "httpRouteRadio")->isChecked());
    click(page, "registerButton");
    QTRY_VERIFY2_WITH_TIMEOUT(!child<QLineEdit>(page, "clientIdEdit")->text().isEmpty(),
                              qPrintable(child<InlineMessage>(page, "registrationMessage")->text()), 30000);
    QCOMPARE(child<QLineEdit>(page, "clientIdEdit")->text(), QStringLiteral("bmp.digital.api.fintech_paginas"));
    QCOMPARE(project.environments().find(QStringLiteral("practice"))->clientId,
             QStringLiteral("bmp.digital.api.fintech_paginas"));
    QVERIFY(project.environments().find(QStringLiteral("practice"))->usesBuiltInSandbox());
    QVERIFY(child<QLabel>(page, "registrationStatusLabel")->text().contains(QStringLiteral("over HTTP")));
    QVERIFY(sandbox::PracticeSandbox::instance().isRunning());
    // Practice is rehearsal: the step still wants homologation.
    QVERIFY(!page->isComplete());
}

void TestKeyPages::importAndEmailRegistration() {
    auto* page = qobject_cast<KeysPage*>(goTo(QStringLiteral("keys")));
    const auto restorePrompts = qScopeGuard([&] { scriptPrompts(page->prompts()); });
    Project& project = *m_window->project();
    selectData(child<QComboBox>(page, "keysEnvCombo"), QStringLiteral("homologation"));
    QVERIFY(child<QLabel>(page, "keyStatusLabel")->text().contains(QStringLiteral("no key yet")));
    QVERIFY(!child<QWidget>(page, "publicKeyGroup")->isVisible());
    QVERIFY(!child<QWidget>(page, "registrationGroup")->isVisible());
    // An encrypted PKCS#8 made by openssl: its own passphrase is asked, then it is stored under ours.
    QStringList asked;
    page->prompts().file = [](const QString&, const QString&, bool save, const QString&) {
        return save ? QString() : keyFixture(QStringLiteral("rsa2048-pkcs8-encrypted.pem"));
    };
    page->prompts().passphrase = [&](const QString& question) -> std::optional<QByteArray> {
        asked << question;
        return fixturePassphrase();
    };
    typeInto(child<QLineEdit>(page, "passphraseEdit"), QString::fromUtf8(kPassphrase));
    typeInto(child<QLineEdit>(page, "passphraseConfirmEdit"), QString::fromUtf8(kPassphrase));
    click(page, "importButton");
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QStringLiteral("rsa2048-pkcs8-encrypted.pem")));
    const auto key = project.keys().find(QStringLiteral("homologation"));
    QVERIFY2(key, qPrintable(child<InlineMessage>(page, "pageMessage")->text()));
    QCOMPARE(key->source, KeySource::Imported);
    QVERIFY(project.keys().unlock(QStringLiteral("homologation"), kPassphrase).ok());

    // A public key is not a private key: refused with the reason, the stored key unchanged.
    page->prompts().file = [](const QString&, const QString&, bool, const QString&) {
        return keyFixture(QStringLiteral("rsa2048-public.pem"));
    };
    click(page, "replaceKeyButton");
    typeInto(child<QLineEdit>(page, "passphraseEdit"), QString::fromUtf8(kPassphrase));
    typeInto(child<QLineEdit>(page, "passphraseConfirmEdit"), QString::fromUtf8(kPassphrase));
    click(page, "importButton");
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    QVERIFY(child<InlineMessage>(page, "pageMessage")->text().contains(QStringLiteral("only a public key")));
    QCOMPARE(project.keys().find(QStringLiteral("homologation"))->fingerprint, key->fingerprint);

    // The e-mail route: the rule, the prepared reply, the mail client, then the date and the ticket.
    QVERIFY(child<QRadioButton>(page, "emailRouteRadio")->isChecked());
    QVERIFY(child<QLabel>(page, "emailRuleLabel")->text().contains(QStringLiteral("ONLY public.pem")));
    QVERIFY(child<QLabel>(page, "emailRuleLabel")->text().contains(QStringLiteral("copy nobody")));
    const QString reply = child<QPlainTextEdit>(page, "replyTextView")->toPlainText();
    QVERIFY(reply.contains(key->fingerprint));
    QVERIFY(reply.contains(QStringLiteral("Fintech Paginas")));
    click(page, "openMailButton");
    QCOMPARE(m_openedUrls.size(), 1);
    const QUrl mail(m_openedUrls.first());
    QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
    QVERIFY(QUrlQuery(mail).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).contains(key->fingerprint));
    QVERIFY(!QUrlQuery(mail).hasQueryItem(QStringLiteral("cc")));
    QVERIFY(!page->isComplete());
    typeInto(child<QLineEdit>(page, "ticketRefEdit"), QStringLiteral("TCK-2026-0042"));
    click(page, "recordSentButton");
    QVERIFY(project.keys().find(QStringLiteral("homologation"))->isRegistered());
    QVERIFY(child<QLabel>(page, "registrationStatusLabel")->text().contains(QStringLiteral("TCK-2026-0042")));
    QVERIFY(page->isComplete());
    QVERIFY(child<QPushButton>(m_window.get(), "nextButton")->isEnabled());
    dumpPage(QStringLiteral("keys"), QStringLiteral("keys-email"));
    QVERIFY2(mnemonicClashes(*m_window).isEmpty(), qPrintable(mnemonicClashes(*m_window).join(u'\n')));

    // Production with the homologation key: a warning on the page.
    selectData(child<QComboBox>(page, "keysEnvCombo"), QStringLiteral("production"));
    page->prompts().file = [](const QString&, const QString&, bool, const QString&) {
        return keyFixture(QStringLiteral("rsa2048-pkcs8-encrypted.pem"));
    };
    typeInto(child<QLineEdit>(page, "passphraseEdit"), QString::fromUtf8(kPassphrase));
    typeInto(child<QLineEdit>(page, "passphraseConfirmEdit"), QString::fromUtf8(kPassphrase));
    click(page, "importButton");
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    QTRY_VERIFY(child<InlineMessage>(page, "keyReuseMessage")->isVisible());
    QVERIFY(child<InlineMessage>(page, "keyReuseMessage")->text().contains(QStringLiteral("homologation")));
    QVERIFY(project.keys().remove(QStringLiteral("production")).ok());
    QVERIFY(!child<InlineMessage>(page, "keyReuseMessage")->isVisible());
}

void TestKeyPages::credentialsEditAndTest() {
    auto* page = qobject_cast<CredentialsPage*>(goTo(QStringLiteral("credentials")));
    const auto restorePrompts = qScopeGuard([&] { scriptPrompts(page->prompts()); });
    Project& project = *m_window->project();
    auto* table = child<QTableWidget>(page, "credentialsTable");
    QCOMPARE(table->rowCount(), 3);
    page->selectEnvironment(QStringLiteral("homologation"));
    QVERIFY(!page->isComplete());
    typeInto(child<QLineEdit>(page, "clientIdField"), QStringLiteral("bmp.digital.api.fintech_paginas"));
    QCOMPARE(project.environments().find(QStringLiteral("homologation"))->clientId,
             QStringLiteral("bmp.digital.api.fintech_paginas"));
    QVERIFY(page->isComplete());
    // A bad URL: the message says what is wrong, the project keeps the good one.
    typeInto(child<QLineEdit>(page, "tokenUrlField"), QStringLiteral("http://auth.moneyp.dev.br/connect/token"));
    auto* message = child<InlineMessage>(page, "envMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("token URL")), qPrintable(message->text()));
    QCOMPARE(project.environments().find(QStringLiteral("homologation"))->tokenUrl,
             QStringLiteral("https://auth.moneyp.dev.br/connect/token"));
    typeInto(child<QLineEdit>(page, "tokenUrlField"), QStringLiteral("https://auth.moneyp.dev.br/connect/token"));
    QVERIFY(!message->isVisible());

    // Test connection on practice: the key unlocked when it was generated is still in memory: no question.
    page->selectEnvironment(QStringLiteral("practice"));
    QVERIFY(child<QCheckBox>(page, "builtInSandboxCheck")->isChecked());
    QVERIFY(!child<QLineEdit>(page, "tokenUrlField")->isEnabled());
    int asked = 0;
    page->prompts().passphrase = [&](const QString&) -> std::optional<QByteArray> {
        ++asked;
        return kPassphrase;
    };
    click(page, "testConnectionButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "testResultLabel")->text().startsWith(QStringLiteral("✓")), 30000);
    QCOMPARE(asked, 0);
    QTRY_VERIFY(table->item(0, 4)->text().startsWith(QStringLiteral("✓")));
    QCOMPARE(project.environments().tokenTests(QStringLiteral("practice")).size(), 1);
    QVERIFY2(mnemonicClashes(*m_window).isEmpty(), qPrintable(mnemonicClashes(*m_window).join(u'\n')));
}

void TestKeyPages::signAndFetchToken() {
    auto* page = qobject_cast<TokenPage*>(goTo(QStringLiteral("token")));
    const auto restorePrompts = qScopeGuard([&] { scriptPrompts(page->prompts()); });
    Project& project = *m_window->project();
    selectData(child<QComboBox>(page, "tokenEnvCombo"), QStringLiteral("practice"));
    project.keys().forgetUnlocked(); // the passphrase is asked again
    // A wrong passphrase: said plainly, nothing signed.
    page->prompts().passphrase = [](const QString&) -> std::optional<QByteArray> { return QByteArray("wrong one!"); };
    click(page, "signButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "verifyLabel")->text().contains(QStringLiteral("passphrase is wrong")),
                             30000);
    int asked = 0;
    page->prompts().passphrase = [&](const QString&) -> std::optional<QByteArray> {
        ++asked;
        return kPassphrase;
    };
    click(page, "resetClaimsButton");
    QCOMPARE(child<QLineEdit>(page, "issEdit")->text(), QStringLiteral("bmp.digital.api.fintech_paginas"));
    const QString tokenUrl = sandbox::PracticeSandbox::instance()
                                 .resolve(*project.environments().find(QStringLiteral("practice")))
                                 ->tokenUrl;
    QCOMPARE(child<QLineEdit>(page, "audEdit")->text(), tokenUrl);
    QCOMPARE(child<QLineEdit>(page, "expEdit")->text().toLongLong() -
                 child<QLineEdit>(page, "iatEdit")->text().toLongLong(),
             300);
    QVERIFY(page->claimWarnings().isEmpty());
    click(page, "signButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "verifyLabel")->text().contains(QStringLiteral("Verified locally")),
                             30000);
    QCOMPARE(asked, 1);
    QVERIFY(child<QTextBrowser>(page, "jwtEncodedView")->toPlainText().count(u'.') == 2);
    QVERIFY(child<QTextBrowser>(page, "jwtEncodedView")->toHtml().contains(QStringLiteral("#00829b")));
    const QString decoded = child<QTextBrowser>(page, "jwtDecodedView")->toPlainText();
    QVERIFY(decoded.contains(QStringLiteral("\"alg\": \"RS256\"")));
    QVERIFY(decoded.contains(QStringLiteral("São Paulo")));
    dumpPage(QStringLiteral("token"), QStringLiteral("token-signed"));

    // Claims BMP would refuse are flagged before sending, and the server's refusal is explained.
    typeInto(child<QLineEdit>(page, "audEdit"), QStringLiteral("https://auth.moneyp.dev.br/connect/token"));
    QVERIFY(child<InlineMessage>(page, "claimsWarningMessage")
                ->text()
                .contains(QStringLiteral("aud is not the token URL")));
    click(page, "getTokenButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<InlineMessage>(page, "tokenMessage")->isVisible(), 30000);
    const QString refusal = child<InlineMessage>(page, "tokenMessage")->text();
    QVERIFY2(refusal.contains(QStringLiteral("BMP does not know this client_id or this key.")), qPrintable(refusal));
    QVERIFY(refusal.contains(QStringLiteral("aud is not this token URL")));
    QVERIFY(!child<QWidget>(page, "tokenResultGroup")->isVisible());
    auto* lifetime = child<QSpinBox>(page, "lifetimeSpin");
    lifetime->setValue(7200);
    QVERIFY(child<InlineMessage>(page, "claimsWarningMessage")->text().contains(QStringLiteral("over an hour")));
    lifetime->setValue(300);

    click(page, "resetClaimsButton");
    QVERIFY(!child<InlineMessage>(page, "claimsWarningMessage")->isVisible());
    click(page, "getTokenButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(page, "tokenResultGroup")->isVisible(), 30000);
    QCOMPARE(child<QLabel>(page, "tokenTypeLabel")->text(), QStringLiteral("Bearer"));
    QCOMPARE(child<QLabel>(page, "tokenScopeLabel")->text(), QStringLiteral("bmp.digital.api.full.access"));
    QVERIFY2(
        child<QLabel>(page, "expiryLabel")->text().contains(QRegularExpression(QStringLiteral("^in (0:59|1:00):"))),
        qPrintable(child<QLabel>(page, "expiryLabel")->text()));
    auto* tokenEdit = child<QLineEdit>(page, "accessTokenEdit");
    QVERIFY(tokenEdit->text().contains(QStringLiteral("redacted")));
    click(page, "showTokenButton");
    m_accessToken = tokenEdit->text().toUtf8();
    QVERIFY(m_accessToken.size() >= 32 && !m_accessToken.contains("redacted"));
    click(page, "showTokenButton");
    QVERIFY(tokenEdit->text().contains(QStringLiteral("redacted")));
    QVERIFY2(mnemonicClashes(*m_window).isEmpty(), qPrintable(mnemonicClashes(*m_window).join(u'\n')));
    QCOMPARE(project.environments().tokenTests(QStringLiteral("practice")).last().ok, true);
}

void TestKeyPages::tokensForOtherSteps() {
    // What steps 6-7 use for homologation/production: the environment's key from the project, unlocked once,
    // and the token kept while valid. Rehearsed with a custom environment pointing at the practice sandbox.
    Project& project = *m_window->project();
    auto* practice = sandbox::PracticeSandbox::instance().server();
    QVERIFY(practice);
    EnvironmentProfile local = EnvironmentProfile::defaults(EnvironmentKind::Custom);
    local.name = QStringLiteral("local");
    local.tokenUrl = practice->tokenUrl().toString();
    local.apiUrl = practice->baseUrl().toString();
    local.caBundlePem = practice->caCertificatePem();
    local.clientId = project.environments().find(QStringLiteral("practice"))->clientId;
    local.rateLimit = 0;
    QVERIFY(project.environments().save(local).ok());
    const auto key = project.keys().unlock(QStringLiteral("practice"), kPassphrase);
    QVERIFY(key.ok());
    QVERIFY(project.keys().store(QStringLiteral("local"), *key, kPassphrase, KeySource::Imported).ok());

    int asked = 0;
    const TokenProviderFactory factory = stepFiveTokens(project, [&] {
        Prompts p;
        p.passphrase = [&](const QString& question) -> std::optional<QByteArray> {
            ++asked;
            return question.contains(QStringLiteral("local")) ? std::optional<QByteArray>(kPassphrase) : std::nullopt;
        };
        return p;
    });
    net::Connection connection;
    connection.environment = QStringLiteral("local");
    net::ApiClient client(connection);
    const net::TokenProvider tokens = factory(*project.environments().find(QStringLiteral("local")), &client);
    QList<Result<QByteArray>> answers;
    tokens(false, [&](const Result<QByteArray>& r) { answers.append(r); });
    QTRY_VERIFY_WITH_TIMEOUT(answers.size() == 1, 30000);
    QVERIFY2(answers.first().ok(), qPrintable(answers.first().ok() ? QString() : answers.first().error().toString()));
    QCOMPARE(asked, 1);
    tokens(false, [&](const Result<QByteArray>& r) { answers.append(r); });
    QCOMPARE(answers.size(), 2); // from memory, at once
    QCOMPARE(*answers.at(1), *answers.at(0));
    QCOMPARE(asked, 1);
    QCOMPARE(project.environments().tokenTests(QStringLiteral("local")).size(), 1); // recorded like step 5's
    m_otherTokens.append(*answers.first());
}

void TestKeyPages::nothingSecretInTheProject() {
    QVERIFY(!m_accessToken.isEmpty());
    const QByteArray raw = projectBytes(m_path);
    QVERIFY(raw.size() > 4096);
    QVERIFY(!raw.contains(kPassphrase));
    QVERIFY(!raw.contains(m_accessToken));
    for (const QByteArray& token : std::as_const(m_otherTokens))
        QVERIFY(!raw.contains(token));
    QVERIFY(!raw.contains(fixturePassphrase()));
    for (const QByteArray& line : readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem")).split('\n')) {
        if (line.size() >= 40 && !line.startsWith("-----"))
            QVERIFY(!raw.contains(line));
    }
}

void TestKeyPages::portugueseMnemonics() {
    // Alt+letter stays unambiguous in Portuguese in every state of steps 3-5 (key or not, replacing, e-mail
    // route, each profile, a token shown).
    auto* language = m_window->findChild<QAction*>(QStringLiteral("language_pt_BR"));
    QVERIFY(language);
    language->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto restore = qScopeGuard([this] {
        m_window->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    });
    auto check = [this](const QString& where) {
        QApplication::processEvents();
        const QStringList clashes = mnemonicClashes(*m_window);
        return clashes.isEmpty() ? QString() : where + QStringLiteral(": ") + clashes.join(u'\n');
    };
    auto* keys = qobject_cast<KeysPage*>(goTo(QStringLiteral("keys")));
    QVERIFY(keys);
    QVERIFY(child<QLabel>(keys, "keyStatusLabel")->text().contains(QStringLiteral("Chave RSA")) ||
            child<QLabel>(keys, "keyStatusLabel")->text().contains(QStringLiteral("ainda não tem chave")));
    for (const QString& env :
         {QStringLiteral("practice"), QStringLiteral("homologation"), QStringLiteral("production")}) {
        selectData(child<QComboBox>(keys, "keysEnvCombo"), env);
        QString problem = check(env);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (child<QPushButton>(keys, "replaceKeyButton")->isVisible()) {
            click(keys, "replaceKeyButton");
            problem = check(env + QStringLiteral(" (replacing)"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
    auto* credentials = qobject_cast<CredentialsPage*>(goTo(QStringLiteral("credentials")));
    for (const QString& env :
         {QStringLiteral("practice"), QStringLiteral("homologation"), QStringLiteral("production")}) {
        credentials->selectEnvironment(env);
        const QString problem = check(QStringLiteral("credentials ") + env);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    goTo(QStringLiteral("token"));
    const QString problem = check(QStringLiteral("token"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestKeyPages::cleanupTestCase() {
    for (const QString& key : {QStringLiteral("keys"), QStringLiteral("credentials"), QStringLiteral("token")})
        dumpPage(key, key);
    m_window.reset();
}

QTEST_MAIN(TestKeyPages)
#include "TestKeyPages.moc"
