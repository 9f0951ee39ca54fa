#include "report/ReportLanguage.h"

#include "domain/BusinessCalendar.h"

#include <QCoreApplication>
#include <QTranslator>

namespace bmp::report {

Result<ReportLanguage> ReportLanguage::load(const QString& code) {
    if (!supported().contains(code)) {
        return makeError(QCoreApplication::translate("SignoffReport", "The report language must be en or pt_BR, not "
                                                                      "\"%1\".")
                             .arg(code));
    }
    ReportLanguage language;
    language.m_code = code;
    // English's catalogue only holds the plural forms of the %n messages.
    language.m_locale = code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    : QLocale(QLocale::Portuguese, QLocale::Brazil);
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/bmp_onboarding_%1.qm").arg(code)))
        language.m_translator = std::move(translator);
    return language;
}

QString ReportLanguage::translate(const char* context, const char* source, const char* disambiguation, int n) const {
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), m_locale.toString(n));
    return text;
}

QString ReportLanguage::date(const QDate& d) const {
    if (!d.isValid())
        return {};
    return m_code == QLatin1String("en") ? m_locale.toString(d, QStringLiteral("d MMM yyyy"))
                                         : d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString ReportLanguage::dateTime(const QDateTime& utc) const {
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(BusinessCalendar::saoPauloZone());
    return QStringLiteral("%1 %2").arg(date(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

} // namespace bmp::report
