#pragma once

#include <QCoreApplication>
#include <QString>

namespace bmp {

// Identity of the application (one reverse-DNS id everywhere) and its translations.
class AppInfo {
public:
    static QString version();
    static QString appId();
    static void setUp(QCoreApplication& app);
    static QString systemLanguage(); // "en" or "pt_BR"
    // Loads our catalogue and Qt's own for the language; returns false when none is available.
    static bool installTranslator(QCoreApplication& app, const QString& language);
    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("pt_BR")}; }
};

} // namespace bmp
