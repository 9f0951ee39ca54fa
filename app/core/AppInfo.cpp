#include "core/AppInfo.h"

#include <pwd.h>
#include <unistd.h>

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bmp {

QString AppInfo::version() {
    return QStringLiteral(BMP_VERSION);
}

QString AppInfo::appId() {
    return QStringLiteral(BMP_APP_ID);
}

void AppInfo::setUp(QCoreApplication& app) {
    app.setOrganizationName(QStringLiteral("BMP Onboarding"));
    app.setOrganizationDomain(QStringLiteral("bmponboarding.com.br"));
    app.setApplicationName(QStringLiteral("bmp-onboarding"));
    app.setApplicationVersion(version());
}

QString AppInfo::systemLanguage() {
    // uiLanguages() honours LANGUAGE (e.g. "fr:pt_BR"), unlike language(): take the first one we have.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Portuguese)
            return QStringLiteral("pt_BR");
        if (language == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QLocale AppInfo::localeFor(const QString& language) {
    const QLocale system = QLocale::system();
    if (language == QLatin1String("pt_BR"))
        return system.language() == QLocale::Portuguese ? system : QLocale(QLocale::Portuguese, QLocale::Brazil);
    // English: the system's own English or C locale (scripts and tests run with LC_ALL=C), else en_US.
    if (system.language() == QLocale::English || system.language() == QLocale::C)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

namespace {
QString g_currentLanguage = QStringLiteral("en");
bool g_qtLoaded = true;
} // namespace

QString AppInfo::currentLanguage() {
    return g_currentLanguage;
}

bool AppInfo::qtTranslationsLoaded() {
    return g_qtLoaded;
}

QString AppInfo::languageName(const QString& language) {
    return language == QLatin1String("pt_BR") ? QStringLiteral("Português (Brasil)") : QStringLiteral("English");
}

bool AppInfo::installTranslator(QCoreApplication& app, const QString& language) {
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_currentLanguage = QStringLiteral("en");
    g_qtLoaded = true;
    if (language == QLatin1String("en")) {
        // English is the source language; its catalogue only holds the plural forms ("%n attempt(s)").
        ours = new QTranslator(&app);
        if (ours->load(QStringLiteral(":/i18n/bmp_onboarding_en.qm"))) {
            QCoreApplication::installTranslator(ours);
        } else {
            delete ours;
            ours = nullptr;
        }
        QLocale::setDefault(localeFor(language));
        return true;
    }
    ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/bmp_onboarding_%1.qm").arg(language))) {
        delete ours;
        ours = nullptr;
        QLocale::setDefault(localeFor(QStringLiteral("en")));
        return false;
    }
    QLocale::setDefault(localeFor(language));
    QCoreApplication::installTranslator(ours);
    g_currentLanguage = language;
    // Qt's own texts (file dialogs, Yes/No, OK/Cancel): Debian ships them in qt6-translations-l10n.
    qt = new QTranslator(&app);
    g_qtLoaded =
        qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (g_qtLoaded) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
        qt = nullptr;
    }
    return true;
}

QString AppInfo::userName() {
    // The password database first (the environment can be anything), then the usual variables.
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("?");
}

} // namespace bmp
