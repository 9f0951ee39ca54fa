#include "widgets/Prompts.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>

namespace bmp::ui {

QString Prompts::startPath(const QString& folder, const QString& suggested) {
    if (QDir::isAbsolutePath(suggested))
        return suggested;
    const QDir dir(folder.isEmpty() || !QDir(folder).exists() ? QDir::homePath() : folder);
    return suggested.isEmpty() ? dir.absolutePath() : dir.filePath(suggested);
}

Prompts Prompts::dialogs(QWidget* parent, std::function<QString()> folder) {
    QPointer<QWidget> owner(parent);
    Prompts p;
    p.folder = std::move(folder);
    p.passphrase = [owner](const QString& question) -> std::optional<QByteArray> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(owner, QObject::tr("Passphrase"), question, QLineEdit::Password, QString(), &ok);
        if (!ok || text.isEmpty())
            return std::nullopt;
        return text.toUtf8();
    };
    p.file = [owner, where = p.folder](const QString& caption, const QString& suggested, bool save,
                                       const QString& filter) {
        const QString start = startPath(where ? where() : QString(), save ? suggested : QString());
        return save ? QFileDialog::getSaveFileName(owner, caption, start, filter)
                    : QFileDialog::getOpenFileName(owner, caption, start, filter);
    };
    p.confirm = [owner](const QString& title, const QString& text) {
        return QMessageBox::warning(owner, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
               QMessageBox::Yes;
    };
    p.text = [owner](const QString& title, const QString& label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(owner, title, label, QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
    p.openUrl = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    return p;
}

} // namespace bmp::ui
