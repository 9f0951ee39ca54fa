// bmpctl evidence export: the project's redacted evidence log as JSON Lines.
#include "cli/Cli.h"
#include "domain/Project.h"
#include "net/EvidenceLog.h"

#include <QCryptographicHash>

namespace bmp::cli {

namespace {

int exportEvidence(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("project"), Cli::tr("project file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("out"), Cli::tr("output file (JSON Lines)"), QStringLiteral("FILE")});
    p.addOption(Cli::forceOption());
    if (!cli.parse(p, args))
        return Usage;
    if (!p.isSet(QStringLiteral("project")) || !p.isSet(QStringLiteral("out")))
        return cli.usage(Cli::tr("evidence export needs --project FILE --out FILE.jsonl"));
    const QString out = p.value(QStringLiteral("out"));
    const OutputFile::Overwrite overwrite = Cli::overwrite(p);
    if (const int refused = cli.checkOutput(out, overwrite); refused != Ok)
        return refused;
    auto project = Project::open(p.value(QStringLiteral("project")));
    if (!project)
        return cli.badInput(project.error());
    // The digest printed is that of the file's bytes: `sha256sum FILE` prints the same, and the signoff report
    // prints the same for the same entries (docs/SECURITY.md).
    const QByteArray lines = net::EvidenceLog((*project)->store()).toJsonLines();
    if (const Status s = OutputFile::write(out, lines, overwrite); !s)
        return cli.badInput(s.error());
    cli.out() << Cli::tr("%1 evidence entries written to %2 (SHA-256 %3)")
                     .arg(lines.count('\n'))
                     .arg(out, QString::fromLatin1(QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex()))
              << Qt::endl;
    return Ok;
}

} // namespace

int runEvidence(Cli& cli, const QStringList& args) {
    if (args.isEmpty() || args.first() != QLatin1String("export"))
        return cli.usage(Cli::tr("usage: bmpctl evidence export --project FILE --out FILE.jsonl [--force]"));
    return exportEvidence(cli, args.mid(1));
}

} // namespace bmp::cli
