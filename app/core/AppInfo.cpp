#include "core/AppInfo.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace bmp {

namespace {
QString g_currentLanguage = QStringLiteral("en");
} // namespace

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
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Portuguese)
            return QStringLiteral("pt_BR");
        if (language == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString AppInfo::currentLanguage() {
    return g_currentLanguage;
}

QLocale AppInfo::localeFor(const QString& language) {
    if (language == QLatin1String("pt_BR"))
        return QLocale(QLocale::Portuguese, QLocale::Brazil);
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Portuguese ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

bool AppInfo::installTranslator(QCoreApplication& app, const QString& language) {
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    if (!supportedLanguages().contains(language))
        return false;
    std::unique_ptr<QTranslator> newOurs;
    std::unique_ptr<QTranslator> newQt;
    if (language != QLatin1String("en")) {
        newOurs = std::make_unique<QTranslator>();
        if (!newOurs->load(QStringLiteral(":/i18n/bmp_onboarding_%1.qm").arg(language)))
            return false;
        // Qt's own catalogue (standard buttons, parser errors) is optional: qt6-translations-l10n.
        newQt = std::make_unique<QTranslator>();
        if (!newQt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            newQt.reset();
    }
    for (QTranslator** t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale::setDefault(localeFor(language));
    g_currentLanguage = language;
    for (auto [slot, loaded] : {std::pair{&ours, newOurs.release()}, std::pair{&qt, newQt.release()}}) {
        if (!loaded)
            continue;
        loaded->setParent(&app);
        QCoreApplication::installTranslator(loaded);
        *slot = loaded;
    }
    return true;
}

} // namespace bmp
