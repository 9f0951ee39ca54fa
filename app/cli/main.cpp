#include "cli/Cli.h"
#include "core/AppInfo.h"
#include "core/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QMap>

#include <cstring>
#include <memory>

using namespace bmp::cli;

namespace {

int runVersion(Cli& cli, const QStringList&) {
    cli.out() << "bmpctl " << bmp::AppInfo::version() << Qt::endl;
    return Ok;
}

void printHelp(QTextStream& out) {
    out << Cli::tr("usage: bmpctl COMMAND [ARGS]") << "\n\n"
        << "  version\n"
           "  project init|status|step\n"
           "  calendar check|next|holidays\n"
           "  calc --amount N --installments N --monthly-rate PCT --contract-date D --person pf|pj ...\n"
           "  env set|list FILE ...\n"
           "  key generate|import|register|inspect\n"
           "  jwt sign|decode|verify\n"
           "  token (--token-url URL --client-id ID --key PEM | --project FILE --env ENV) --passphrase-file F\n"
           "  sandbox [--listen HOST:PORT] [--tls] [--rate-limit RPS] [--state-dir DIR]\n"
           "  proposals run --project FILE --env ENV --passphrase-file F [--key PEM] [--json]\n"
           "  evidence export --project FILE --out FILE.jsonl\n"
           "  report signoff --project FILE --out FILE.pdf [--lang en|pt_BR]\n\n"
        << Cli::tr("Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.") << '\n';
}

} // namespace

int main(int argc, char** argv) {
    bmp::ProcessHardening::apply(); // before any secret can be in memory
    // Reports lay out text and paint pages, which needs a QGuiApplication; everything else stays a plain
    // QCoreApplication. Without a display the offscreen platform is used, unless the user chose another.
    const bool gui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    bmp::AppInfo::setUp(app);
    // Human output follows the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); --json output is for programs
    // and must not change with it, so it keeps the source language and the C locale.
    const bool machineOutput = app.arguments().contains(QStringLiteral("--json"));
    bmp::AppInfo::installTranslator(app, machineOutput ? QStringLiteral("en") : bmp::AppInfo::systemLanguage());
    if (machineOutput)
        QLocale::setDefault(QLocale::c());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);

    const QMap<QString, CommandHandler> commands{
        {QStringLiteral("version"), runVersion},   {QStringLiteral("project"), runProject},
        {QStringLiteral("calendar"), runCalendar}, {QStringLiteral("calc"), runCalc},
        {QStringLiteral("key"), runKey},           {QStringLiteral("jwt"), runJwt},
        {QStringLiteral("sandbox"), runSandbox},   {QStringLiteral("env"), runEnv},
        {QStringLiteral("token"), runToken},       {QStringLiteral("proposals"), runProposals},
        {QStringLiteral("evidence"), runEvidence}, {QStringLiteral("report"), runReport},
    };

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printHelp(args.isEmpty() ? err : out);
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == QLatin1String("--version"))
        return runVersion(cli, {});
    const QString command = args.takeFirst();
    auto it = commands.constFind(command);
    if (it == commands.constEnd())
        return cli.usage(Cli::tr("unknown command '%1' (try bmpctl --help)").arg(command));
    return (*it)(cli, args);
}
