// bmpctl evidence export — the project's evidence log (already redacted) as JSON Lines.
#include "cli/Cli.h"
#include "cli/ProjectAccess.h"
#include "domain/Project.h"
#include "net/EvidenceLog.h"

#include <QFileInfo>

namespace bmp::cli {

namespace {

int exportLog(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("project"), QStringLiteral("project file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("out"), QStringLiteral("JSON Lines file to write"), QStringLiteral("FILE")});
    if (!cli.parse(p, args))
        return Usage;
    if (!p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("project")) || !p.isSet(QStringLiteral("out")))
        return cli.usage(Cli::tr("evidence export needs --project FILE and --out FILE.jsonl"));
    const QString out = p.value(QStringLiteral("out"));
    if (QFileInfo::exists(out))
        return cli.usage(Cli::tr("%1 already exists; choose another name").arg(out));
    auto project = openProjectFile(p.value(QStringLiteral("project")));
    if (!project)
        return cli.badInput(project.error());
    const net::EvidenceLog log((*project)->store());
    if (const Status s = log.exportJsonLines(out); !s)
        return cli.failed(s.error());
    cli.out() << Cli::tr("Wrote %1 exchange(s) to %2.").arg(log.count()).arg(out) << Qt::endl
              << Cli::tr("SHA-256 digest: %1").arg(log.digest()) << Qt::endl;
    return Ok;
}

} // namespace

int runEvidence(Cli& cli, const QStringList& args) {
    if (args.isEmpty())
        return cli.usage(Cli::tr("evidence needs a subcommand: export"));
    if (args.first() == QLatin1String("export"))
        return exportLog(cli, args.mid(1));
    return cli.usage(Cli::tr("unknown evidence subcommand '%1'").arg(args.first()));
}

} // namespace bmp::cli
