#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace bmp {

// Identity of the application (one reverse-DNS id everywhere) and its translations.
class AppInfo {
public:
    static QString version();
    static QString appId();
    static void setUp(QCoreApplication& app);
    // "en" or "pt_BR": the first of the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) we speak.
    static QString systemLanguage();
    // The locale for dates, numbers and amounts in a language: the system's own when it speaks that language
    // (so en_GB keeps its dates), otherwise the language's main locale (pt_BR: Brazil).
    static QLocale localeFor(const QString& language);
    // Loads our catalogue and Qt's own (qtbase_*.qm from Qt's translations folder, for the texts of Qt's dialogs and
    // standard buttons) for the language and makes localeFor(language) the default QLocale; returns false when the
    // language has no catalogue (English is then used).
    static bool installTranslator(QCoreApplication& app, const QString& language);
    // The language the last installTranslator() put in effect ("en" after a failure), and whether Qt's own
    // catalogue for it was found (always true for English, which needs none).
    static QString currentLanguage();
    static bool qtTranslationsLoaded();
    // A language's name in that language: "English", "Português (Brasil)".
    static QString languageName(const QString& language);
    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("pt_BR")}; }
    // Who is at the keyboard: the operating system's login name (recorded with decisions such as overrides).
    static QString userName();
};

} // namespace bmp
