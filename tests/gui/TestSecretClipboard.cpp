// Issue #13, item 6: a copied access token does not stay on the clipboard. The token panel's Copy button marks it
// as a secret for clipboard managers and clears it after the delay, unless the user copied something else since.
#include "pages/TokenResultPanel.h"
#include "widgets/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace bmp;
using bmp::ui::SecretClipboard;

class TestSecretClipboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void copiedTokenIsMarkedAndCleared();
    void userCopiesSomethingElse();

private:
    void copyFromPanel(ui::TokenResultPanel& panel);
};

void TestSecretClipboard::initTestCase() {
    QCOMPARE(SecretClipboard::instance().clearDelay(), SecretClipboard::kDefaultClearDelay); // a minute by default
    SecretClipboard::instance().setClearDelay(std::chrono::milliseconds(50));
}

void TestSecretClipboard::copyFromPanel(ui::TokenResultPanel& panel) {
    net::TokenResult token;
    token.accessToken = "sbx_clipboard-secret-token";
    token.tokenType = QStringLiteral("Bearer");
    token.expiresIn = 3600;
    token.receivedAt = QDateTime::currentDateTimeUtc();
    panel.setResult(token);
    auto* copy = panel.findChild<QPushButton*>(QStringLiteral("copyTokenButton"));
    QVERIFY(copy);
    copy->click();
}

void TestSecretClipboard::copiedTokenIsMarkedAndCleared() {
    ui::TokenResultPanel panel;
    QSignalSpy expired(&SecretClipboard::instance(), &SecretClipboard::expired);
    copyFromPanel(panel);
    QClipboard* clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), QStringLiteral("sbx_clipboard-secret-token"));
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(expired.wait(5000));
    QCOMPARE(expired.first().first().toBool(), true);
    QVERIFY(clipboard->text().isEmpty());
}

void TestSecretClipboard::userCopiesSomethingElse() {
    ui::TokenResultPanel panel;
    QSignalSpy expired(&SecretClipboard::instance(), &SecretClipboard::expired);
    copyFromPanel(panel);
    QGuiApplication::clipboard()->setText(QStringLiteral("the user's own notes"));
    QVERIFY(expired.wait(5000));
    QCOMPARE(expired.first().first().toBool(), false);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own notes"));
}

QTEST_MAIN(TestSecretClipboard)
#include "TestSecretClipboard.moc"
