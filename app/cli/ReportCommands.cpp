#include "cli/Cli.h"
#include "domain/Project.h"
#include "report/ReportData.h"
#include "report/ReportLanguage.h"
#include "report/SignoffReport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace bmp::cli {

namespace {

int signoff(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("project"), Cli::tr("project file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("out"), Cli::tr("PDF to write"), QStringLiteral("FILE.pdf")});
    p.addOption(
        {QStringLiteral("lang"), Cli::tr("en or pt_BR (default en)"), QStringLiteral("LANG"), QStringLiteral("en")});
    p.addOption({QStringLiteral("json"), Cli::tr("machine output")});
    p.addOption(Cli::forceOption());
    if (!cli.parse(p, args))
        return Usage;
    if (!p.positionalArguments().isEmpty())
        return cli.usage(Cli::tr("report signoff takes no positional argument"));
    if (!p.isSet(QStringLiteral("project")) || !p.isSet(QStringLiteral("out")))
        return cli.usage(Cli::tr("report signoff needs --project FILE and --out FILE.pdf"));
    const QString language = p.value(QStringLiteral("lang"));
    if (!report::ReportLanguage::supported().contains(language))
        return cli.usage(Cli::tr("--lang must be en or pt_BR, not '%1'").arg(language));
    const QString out = p.value(QStringLiteral("out"));
    const QFileInfo outInfo(out);
    if (outInfo.isDir())
        return cli.usage(Cli::tr("--out %1 is a directory; give a file name").arg(out));
    if (!outInfo.absoluteDir().exists())
        return cli.usage(Cli::tr("the directory of --out %1 does not exist").arg(out));
    const OutputFile::Overwrite overwrite = Cli::overwrite(p);
    if (const int refused = cli.checkOutput(out, overwrite); refused != Ok)
        return refused;

    auto project = Project::open(p.value(QStringLiteral("project")));
    if (!project)
        return cli.badInput(project.error());
    const auto data = report::ReportData::fromProject(**project);
    if (!data)
        return cli.failed(data.error());
    // Checked again now that the project is open: it is never the output, whatever path names it.
    if (const int refused = cli.checkOutput(out, overwrite); refused != Ok)
        return refused;
    const auto written = report::SignoffReport::write(*data, out, language, {}, overwrite);
    if (!written)
        return cli.failed(written.error());

    if (p.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("out"), outInfo.absoluteFilePath()},
            {QStringLiteral("language"), language},
            {QStringLiteral("pages"), written->pages},
            {QStringLiteral("bytes"), static_cast<qint64>(written->pdf.size())},
            {QStringLiteral("evidenceEntries"), static_cast<qint64>(data->evidence.size())},
            {QStringLiteral("evidenceSha256"), QString::fromLatin1(written->evidenceDigest)},
        }));
    } else {
        cli.out() << Cli::tr("Wrote %1 (%n page(s)).", nullptr, written->pages).arg(out) << Qt::endl;
        cli.out() << Cli::tr("Evidence log: %1 entries, SHA-256 %2")
                         .arg(data->evidence.size())
                         .arg(QString::fromLatin1(written->evidenceDigest))
                  << Qt::endl;
    }
    return Ok;
}

} // namespace

int runReport(Cli& cli, const QStringList& args) {
    if (args.isEmpty())
        return cli.usage(Cli::tr("report needs a subcommand: signoff"));
    const QString sub = args.first();
    if (sub == QLatin1String("signoff"))
        return signoff(cli, args.mid(1));
    return cli.usage(Cli::tr("unknown report '%1' (signoff)").arg(sub));
}

} // namespace bmp::cli
