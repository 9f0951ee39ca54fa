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
    // The first of the user's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) we have: "en" or "pt_BR".
    static QString systemLanguage();
    // Loads our catalogue and Qt's own for the language and makes the language's QLocale the default, so dates,
    // numbers and R$ amounts read as its users expect; returns false (and changes nothing) when it is unknown.
    static bool installTranslator(QCoreApplication& app, const QString& language);
    // The language installTranslator() last put in place ("en" before any call).
    static QString currentLanguage();
    // The locale that goes with one of our languages: pt_BR is always Brazil's; English keeps the system's
    // locale unless that is Portuguese (an English UI with Portuguese day names reads badly).
    static QLocale localeFor(const QString& language);
    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("pt_BR")}; }
};

} // namespace bmp
