#include "cli/Cli.h"
#include "domain/BusinessCalendar.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bmp::cli {

namespace {

Result<QDate> parseDate(const QString& text) {
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return makeError(Cli::tr("'%1' is not a date in the form YYYY-MM-DD").arg(text));
    return d;
}

QJsonObject checkToJson(const DayCheck& check) {
    QJsonArray reasons;
    for (const DayReason& r : check.reasons)
        reasons.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("message"), r.message}});
    return QJsonObject{{QStringLiteral("date"), check.date.toString(Qt::ISODate)},
                       {QStringLiteral("eligible"), check.eligible},
                       {QStringLiteral("reasons"), reasons}};
}

int check(Cli& cli, const QStringList& args, const BusinessCalendar& calendar) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), Cli::tr("machine output")});
    p.addPositionalArgument(QStringLiteral("DATE"), Cli::tr("YYYY-MM-DD"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 1)
        return cli.usage(Cli::tr("calendar check needs exactly one DATE (YYYY-MM-DD)"));
    const auto date = parseDate(p.positionalArguments().first());
    if (!date)
        return cli.badInput(date.error());
    const DayCheck result = calendar.checkProductionCredentialDay(*date);
    if (p.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonDocument(checkToJson(result)));
    } else if (result.eligible) {
        cli.out()
            << Cli::tr("%1: eligible for the release of production credentials.").arg(result.date.toString(Qt::ISODate))
            << Qt::endl;
    } else {
        cli.out() << Cli::tr("%1: not eligible.").arg(result.date.toString(Qt::ISODate)) << Qt::endl;
        for (const DayReason& r : result.reasons)
            cli.out() << "  - " << r.message << Qt::endl;
    }
    return Ok;
}

int next(Cli& cli, const QStringList& args, const BusinessCalendar& calendar) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), Cli::tr("machine output")});
    p.addOption({QStringLiteral("from"), Cli::tr("first day to consider"), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("count"), Cli::tr("how many days"), QStringLiteral("N"), QStringLiteral("5")});
    if (!cli.parse(p, args))
        return Usage;
    if (!p.positionalArguments().isEmpty())
        return cli.usage(Cli::tr("calendar next takes no positional argument"));
    QDate from = QDateTime::currentDateTime().toTimeZone(BusinessCalendar::saoPauloZone()).date();
    if (p.isSet(QStringLiteral("from"))) {
        const auto d = parseDate(p.value(QStringLiteral("from")));
        if (!d)
            return cli.badInput(d.error());
        from = *d;
    }
    bool ok = false;
    const int count = p.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 366)
        return cli.usage(Cli::tr("--count must be a number from 1 to 366"));
    const QList<QDate> days = calendar.nextProductionCredentialDays(from, count);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const QDate& d : days)
            arr.append(d.toString(Qt::ISODate));
        cli.printJson(QJsonDocument(arr));
    } else {
        const QLocale locale;
        for (const QDate& d : days)
            cli.out() << d.toString(Qt::ISODate) << "  " << locale.dayName(d.dayOfWeek()) << Qt::endl;
    }
    return Ok;
}

int holidays(Cli& cli, const QStringList& args, const BusinessCalendar& calendar) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), Cli::tr("machine output")});
    p.addPositionalArgument(QStringLiteral("YEAR"), Cli::tr("e.g. 2027"));
    if (!cli.parse(p, args))
        return Usage;
    bool ok = false;
    const int year = p.positionalArguments().size() == 1 ? p.positionalArguments().first().toInt(&ok) : 0;
    if (!ok || year < 1900 || year > 2200)
        return cli.usage(Cli::tr("calendar holidays needs a YEAR from 1900 to 2200"));
    const QList<Holiday> list = calendar.holidays(year);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const Holiday& h : list)
            arr.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                   {QStringLiteral("name"), h.name},
                                   {QStringLiteral("scope"), h.scope}});
        cli.printJson(QJsonDocument(arr));
    } else {
        for (const Holiday& h : list)
            cli.out() << h.date.toString(Qt::ISODate) << "  " << h.name << "  [" << h.scope << "]" << Qt::endl;
    }
    return Ok;
}

} // namespace

int runCalendar(Cli& cli, const QStringList& args) {
    if (args.isEmpty())
        return cli.usage(Cli::tr("calendar needs a subcommand: check, next or holidays"));
    const BusinessCalendar calendar;
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("check"))
        return check(cli, rest, calendar);
    if (sub == QLatin1String("next"))
        return next(cli, rest, calendar);
    if (sub == QLatin1String("holidays"))
        return holidays(cli, rest, calendar);
    return cli.usage(Cli::tr("unknown calendar subcommand '%1'").arg(sub));
}

} // namespace bmp::cli
