#include "core/AppInfo.h"

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
    const QLocale locale;
    return locale.language() == QLocale::Portuguese ? QStringLiteral("pt_BR") : QStringLiteral("en");
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
    if (language == QLatin1String("en"))
        return true;
    ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/bmp_onboarding_%1.qm").arg(language))) {
        delete ours;
        ours = nullptr;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

} // namespace bmp
