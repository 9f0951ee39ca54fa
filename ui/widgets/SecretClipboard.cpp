#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace bmp::ui {

namespace {

QByteArray digestOf(const QString& text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard& SecretClipboard::instance() {
    static SecretClipboard* clipboard = [] {
        auto* c = new SecretClipboard;
        c->setParent(QCoreApplication::instance()); // goes with the application
        return c;
    }();
    return *clipboard;
}

void SecretClipboard::copy(const QString& secret) {
    auto* mime = new QMimeData;
    mime->setText(secret);
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    SecretClipboard& self = instance();
    QTimer::singleShot(self.m_delay, &self, [digest = digestOf(secret)] { instance().check(digest); });
}

void SecretClipboard::check(const QByteArray& digest) {
    QClipboard* clipboard = QGuiApplication::clipboard();
    const bool stillOurs = digestOf(clipboard->text()) == digest;
    if (stillOurs)
        clipboard->clear();
    emit expired(stillOurs);
}

} // namespace bmp::ui
