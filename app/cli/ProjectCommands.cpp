#include "cli/Cli.h"
#include "domain/Project.h"
#include "storage/ProjectCopy.h"

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
        QJsonObject json = statusJson(**project);
        if ((*project)->isShared()) {
            json.insert(QStringLiteral("server"), (*project)->path());
            json.insert(QStringLiteral("connectedAs"), (*project)->userName());
        }
        cli.printJson(QJsonDocument(json));
        return Ok;
    }
    const Project& pr = **project;
    if (pr.isShared())
        cli.out() << Cli::tr("Shared project at %1, connected as %2").arg(pr.path(), pr.userName()) << Qt::endl;
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

int share(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("replace"), Cli::tr("replace the project the database already holds")});
    p.addOption({QStringLiteral("grant"),
                 Cli::tr("let this database role (a person or a team role) read and edit it "
                         "(repeatable)"),
                 QStringLiteral("ROLE")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("project file to share"));
    p.addPositionalArgument(QStringLiteral("ADDRESS"), Cli::tr("postgresql://[user@]host[:port]/database[?sslmode=…]"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 2)
        return cli.usage(Cli::tr("project share needs a FILE and a postgresql:// ADDRESS"));
    const auto summary = storage::shareProject(p.positionalArguments().at(0), p.positionalArguments().at(1),
                                               p.isSet(QStringLiteral("replace")), p.values(QStringLiteral("grant")));
    if (!summary)
        return cli.failed(summary.error());
    cli.out()
        << Cli::tr("Shared %1 at %2 (%3 rows).").arg(p.positionalArguments().at(0), summary->address).arg(summary->rows)
        << Qt::endl;
    if (!summary->keptKeys.isEmpty())
        cli.out() << Cli::tr("Private keys stay on this machine, in %1: %2")
                         .arg(summary->keyFolder, summary->keptKeys.join(QStringLiteral(", ")))
                  << Qt::endl;
    return Ok;
}

int signer(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("project file or postgresql:// address"));
    p.addPositionalArgument(QStringLiteral("AREA"), Cli::tr("the area's position in step 9 (1, 2, …)"));
    p.addPositionalArgument(QStringLiteral("ROLE"),
                            Cli::tr("database role that alone records its decision (\"\" for anyone)"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 3)
        return cli.usage(Cli::tr("project signer needs PROJECT, AREA and ROLE"));
    auto project = Project::open(p.positionalArguments().at(0));
    if (!project)
        return cli.badInput(project.error());
    bool ok = false;
    const int position = p.positionalArguments().at(1).toInt(&ok);
    const QList<SignoffArea> areas = (*project)->signoff().areas();
    if (!ok || position < 1 || position > areas.size())
        return cli.usage(Cli::tr("AREA is a number from 1 to %1").arg(areas.size()));
    const SignoffArea& area = areas.at(position - 1);
    if (Status s = (*project)->signoff().setSigner(area.id, p.positionalArguments().at(2)); !s)
        return cli.failed(s.error());
    const QString role = p.positionalArguments().at(2).trimmed();
    cli.out() << (role.isEmpty() ? Cli::tr("Anyone may record the decision of %1.").arg(area.displayName())
                                 : Cli::tr("Only %1 may record the decision of %2.").arg(role, area.displayName()))
              << Qt::endl;
    return Ok;
}

int copy(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("project file or postgresql:// address"));
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("new project file (never overwritten)"));
    if (!cli.parse(p, args))
        return Usage;
    if (p.positionalArguments().size() != 2)
        return cli.usage(Cli::tr("project copy needs a PROJECT and a new FILE"));
    auto project = Project::open(p.positionalArguments().at(0));
    if (!project)
        return cli.badInput(project.error());
    const QString file = p.positionalArguments().at(1);
    const auto rows = storage::copyToFile((*project)->store(), file);
    if (!rows)
        return cli.failed(rows.error());
    cli.out() << Cli::tr("Copied %1 to %2.").arg((*project)->path(), file) << Qt::endl;
    return Ok;
}

} // namespace

int runProject(Cli& cli, const QStringList& args) {
    if (args.isEmpty())
        return cli.usage(Cli::tr("project needs a subcommand: init, status, step, share, signer or copy"));
    const QString sub = args.first();
    if (sub == QLatin1String("init"))
        return init(cli, args.mid(1));
    if (sub == QLatin1String("status"))
        return status(cli, args.mid(1));
    if (sub == QLatin1String("step"))
        return step(cli, args.mid(1));
    if (sub == QLatin1String("share"))
        return share(cli, args.mid(1));
    if (sub == QLatin1String("signer"))
        return signer(cli, args.mid(1));
    if (sub == QLatin1String("copy"))
        return copy(cli, args.mid(1));
    return cli.usage(Cli::tr("unknown project subcommand '%1'").arg(sub));
}

} // namespace bmp::cli
