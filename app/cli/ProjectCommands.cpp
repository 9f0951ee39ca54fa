#include "cli/Cli.h"
#include "domain/Project.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace bmp::cli {

namespace {

QString dateOrEmpty(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int init(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("partner"), Cli::tr("partner name"), QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("product"), Cli::tr("caas|fgts|bureau|econsignado (repeatable)"), QStringLiteral("PRODUCT")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("project file to create"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 1)
        return cli.usage(Cli::tr("project init needs exactly one FILE"));
    if (!p.isSet(QStringLiteral("partner")))
        return cli.usage(Cli::tr("project init needs --partner NAME"));
    QList<Product> products;
    QStringList keys = p.values(QStringLiteral("product"));
    if (keys.isEmpty())
        keys.append(QStringLiteral("caas"));
    for (const QString& value : keys) {
        for (const QString& key : value.split(u',', Qt::SkipEmptyParts)) {
            const auto product = Checklist::productFromKey(key);
            if (!product)
                return cli.usage(Cli::tr("unknown product '%1' (caas, fgts, bureau, econsignado)").arg(key));
            if (!products.contains(*product))
                products.append(*product);
        }
    }
    const QString file = p.positionalArguments().first();
    if (QFileInfo::exists(file))
        return cli.usage(Cli::tr("%1 already exists; choose another name").arg(file));
    auto project = Project::create(file, p.value(QStringLiteral("partner")), products);
    if (!project)
        return cli.badInput(project.error());
    cli.out() << Cli::tr("Created project %1 for %2.").arg(file, (*project)->partner()) << Qt::endl;
    return Ok;
}

QJsonObject statusJson(const Project& project) {
    QJsonArray steps;
    for (StepId id : Checklist::allSteps()) {
        const StepState& s = project.step(id);
        steps.append(QJsonObject{
            {QStringLiteral("step"), static_cast<int>(id)},
            {QStringLiteral("title"), Checklist::title(id)},
            {QStringLiteral("applicable"), project.applicableSteps().contains(id)},
            {QStringLiteral("status"), Checklist::statusKey(s.status)},
            {QStringLiteral("owner"), s.owner},
            {QStringLiteral("planned"), dateOrEmpty(s.planned)},
            {QStringLiteral("actual"), dateOrEmpty(s.actual)},
            {QStringLiteral("notes"), s.notes},
        });
    }
    QJsonArray products;
    for (Product prod : project.scope().products)
        products.append(Checklist::productKey(prod));
    QJsonArray nextDays;
    const QDate today = QDateTime::currentDateTime().toTimeZone(BusinessCalendar::saoPauloZone()).date();
    for (const QDate& d : project.calendar().nextProductionCredentialDays(today, 5))
        nextDays.append(d.toString(Qt::ISODate));
    return QJsonObject{
        {QStringLiteral("partner"), project.partner()},
        {QStringLiteral("products"), products},
        {QStringLiteral("done"), project.doneCount()},
        {QStringLiteral("total"), static_cast<int>(project.applicableSteps().size())},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("nextProductionCredentialDays"), nextDays},
    };
}

int status(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), Cli::tr("machine output")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("project file"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 1)
        return cli.usage(Cli::tr("project status needs exactly one FILE"));
    auto project = Project::open(p.positionalArguments().first());
    if (!project)
        return cli.badInput(project.error());
    if (p.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonDocument(statusJson(**project)));
        return Ok;
    }
    const Project& pr = **project;
    cli.out()
        << Cli::tr("%1 — %2 of %3 steps done").arg(pr.partner()).arg(pr.doneCount()).arg(pr.applicableSteps().size())
        << Qt::endl;
    for (StepId id : pr.applicableSteps()) {
        const StepState& s = pr.step(id);
        cli.out() << QStringLiteral("%1. %2").arg(static_cast<int>(id), 2).arg(Checklist::title(id), -32) << "  "
                  << QStringLiteral("%1").arg(Checklist::statusLabel(s.status), -12);
        if (s.planned.isValid())
            cli.out() << "  " << Cli::tr("planned %1").arg(s.planned.toString(Qt::ISODate));
        cli.out() << Qt::endl;
    }
    return Ok;
}

int step(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("status"), QStringLiteral("not-started|in-progress|blocked|done"), QStringLiteral("S")});
    p.addOption({QStringLiteral("note"), Cli::tr("reason or comment"), QStringLiteral("TEXT")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("project file"));
    p.addPositionalArgument(QStringLiteral("STEP"), QStringLiteral("1-11"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 2)
        return cli.usage(Cli::tr("project step needs FILE and STEP"));
    bool ok = false;
    const int n = p.positionalArguments().at(1).toInt(&ok);
    if (!ok || n < 1 || n > kStepCount)
        return cli.usage(Cli::tr("STEP must be a number from 1 to 11"));
    if (!p.isSet(QStringLiteral("status")))
        return cli.usage(Cli::tr("project step needs --status not-started|in-progress|blocked|done"));
    const auto st = Checklist::statusFromKey(p.value(QStringLiteral("status")));
    if (!st)
        return cli.usage(Cli::tr("unknown status '%1' (not-started, in-progress, blocked, done)")
                             .arg(p.value(QStringLiteral("status"))));
    auto project = Project::open(p.positionalArguments().first());
    if (!project)
        return cli.badInput(project.error());
    const auto id = static_cast<StepId>(n);
    if (!(*project)->applicableSteps().contains(id))
        return cli.usage(Cli::tr("step %1 does not apply to this project's products").arg(n));
    const bool unchanged = (*project)->step(id).status == *st;
    const QString note = p.value(QStringLiteral("note")).trimmed();
    if (Status s = (*project)->setStepStatus(id, *st, note); !s)
        return cli.failed(s.error());
    // The same status again: the note is kept as a history entry, and said so; without a note nothing happened.
    if (unchanged)
        cli.out() << (note.isEmpty() ? Cli::tr("Step %1 (%2) is already %3: nothing changed.")
                                     : Cli::tr("Step %1 (%2) stays %3; the note was added to its history."))
                         .arg(n)
                         .arg(Checklist::title(id), Checklist::statusLabel(*st))
                  << Qt::endl;
    else
        cli.out() << Cli::tr("Step %1 (%2): %3").arg(n).arg(Checklist::title(id), Checklist::statusLabel(*st))
                  << Qt::endl;
    return Ok;
}

} // namespace

int runProject(Cli& cli, const QStringList& args) {
    if (args.isEmpty())
        return cli.usage(Cli::tr("project needs a subcommand: init, status or step"));
    const QString sub = args.first();
    if (sub == QLatin1String("init"))
        return init(cli, args.mid(1));
    if (sub == QLatin1String("status"))
        return status(cli, args.mid(1));
    if (sub == QLatin1String("step"))
        return step(cli, args.mid(1));
    return cli.usage(Cli::tr("unknown project subcommand '%1'").arg(sub));
}

} // namespace bmp::cli
