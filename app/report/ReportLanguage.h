#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace bmp::report {

// The language of one report, independent of the application's: its own translator (never installed globally,
// so a report in Portuguese can be rendered on a worker thread while the GUI stays in English), its locale and
// date formats. Strings are looked up with translate(context, source), which lupdate extracts like
// QCoreApplication::translate.
class ReportLanguage {
public:
    static QStringList supported() { return {QStringLiteral("en"), QStringLiteral("pt_BR")}; }
    // "en" or "pt_BR"; an error for anything else. A catalogue without a translation leaves the English source,
    // as Qt does.
    static Result<ReportLanguage> load(const QString& code);

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1) const;

    QString date(const QDate& d) const;           // "12 Mar 2026" / "12/03/2026"; empty when invalid
    QString dateTime(const QDateTime& utc) const; // São Paulo time, "12 Mar 2026 11:05" / "12/03/2026 11:05"
    QString number(qint64 n) const { return m_locale.toString(n); }

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace bmp::report
