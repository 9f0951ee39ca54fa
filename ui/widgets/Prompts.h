#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QWidget;

namespace bmp::ui {

// The questions a page asks in modal dialogs, and the outside world it opens (the mail client). Tests replace
// them with scripted answers: no dialog is ever left waiting for a click in a test.
struct Prompts {
    // A passphrase (nullopt: cancelled). Never stored by the caller.
    std::function<std::optional<QByteArray>(const QString& question)> passphrase;
    // A file to open (save = false) or to write (save = true); empty: cancelled.
    std::function<QString(const QString& caption, const QString& suggested, bool save, const QString& filter)> file;
    // Yes/No before something risky.
    std::function<bool(const QString& title, const QString& text)> confirm;
    // One line of text (nullopt: cancelled).
    std::function<std::optional<QString>(const QString& title, const QString& label)> text;
    // Hands a URL (mailto:, file:) to the desktop.
    std::function<bool(const QUrl& url)> openUrl;
    // The folder file dialogs open in: the project file's (empty: the home folder).
    std::function<QString()> folder;

    // The real dialogs, parented to parent; file dialogs open in folder() (a suggested name goes there).
    static Prompts dialogs(QWidget* parent, std::function<QString()> folder = {});
    // Where a file dialog starts: `suggested` inside `folder` (or the home folder); an absolute path as it is.
    static QString startPath(const QString& folder, const QString& suggested);
};

} // namespace bmp::ui
