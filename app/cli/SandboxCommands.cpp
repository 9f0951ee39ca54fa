#include "cli/Cli.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace bmp::cli {

namespace {

int g_signalFds[2] = {-1, -1};

// Only async-signal-safe work here: one byte down a socket; the event loop does the rest.
void onStopSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

bool installStopSignals() {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

// "127.0.0.1:8080", "localhost:0", "[::1]:8443", "0.0.0.0:9000", or only a port "8080".
bool parseListen(const QString& text, QHostAddress* address, quint16* port) {
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text;
    const int colon = text.lastIndexOf(u':');
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
    }
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        host = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

} // namespace

int runSandbox(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("listen"), Cli::tr("address and port (default 127.0.0.1:0, a free port)"),
                 QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0")});
    p.addOption({QStringLiteral("tls"), Cli::tr("serve HTTPS with a CA generated at start")});
    p.addOption({QStringLiteral("ca-out"), Cli::tr("where to write the CA certificate (PEM) with --tls"),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("mode"), Cli::tr("homologation (lenient) or production (1 request/s)"),
                 QStringLiteral("MODE"), QStringLiteral("homologation")});
    p.addOption(
        {QStringLiteral("rate-limit"), Cli::tr("requests per second per client (0: none)"), QStringLiteral("RPS")});
    p.addOption(
        {QStringLiteral("state-dir"), Cli::tr("keep the state in DIR/sandbox-state.sqlite"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("settle-delay"), Cli::tr("milliseconds from release to payment (default 2000)"),
                 QStringLiteral("MS")});
    p.addOption({QStringLiteral("signature"),
                 Cli::tr("required (BMP's default: Finalizar needs IncluirAssinaturaCCBFinalizada first) or waived"),
                 QStringLiteral("RULE"), QStringLiteral("required")});
    if (!cli.parse(p, args))
        return Usage;
    if (!p.positionalArguments().isEmpty())
        return cli.usage(Cli::tr("sandbox takes no positional argument"));

    sandbox::SandboxServer::Options options;
    if (!parseListen(p.value(QStringLiteral("listen")), &options.address, &options.port))
        return cli.usage(Cli::tr("--listen needs HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:0"));
    const QString mode = p.value(QStringLiteral("mode"));
    if (mode == u"production")
        options.config.mode = sandbox::SandboxMode::Production;
    else if (mode != u"homologation")
        return cli.usage(Cli::tr("--mode must be homologation or production"));
    if (p.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        const double rps = p.value(QStringLiteral("rate-limit")).toDouble(&ok);
        if (!ok || rps < 0 || rps > 100000)
            return cli.usage(Cli::tr("--rate-limit must be a number of requests per second (0: no limit)"));
        options.config.rateLimitRps = rps; // an explicit 0 means no limit, even in production mode
    }
    if (p.isSet(QStringLiteral("settle-delay"))) {
        bool ok = false;
        const qint64 ms = p.value(QStringLiteral("settle-delay")).toLongLong(&ok);
        if (!ok || ms < 0 || ms > 24LL * 3600 * 1000)
            return cli.usage(Cli::tr("--settle-delay must be a number of milliseconds (0 to 86400000)"));
        options.config.settlementDelayMs = ms;
    }
    const QString signature = p.value(QStringLiteral("signature"));
    if (signature != u"required" && signature != u"waived")
        return cli.usage(Cli::tr("--signature must be required or waived"));
    options.config.requireSignature = signature == u"required";
    options.tls = p.isSet(QStringLiteral("tls"));
    options.stateDir = p.value(QStringLiteral("state-dir"));
    options.caOutPath = p.value(QStringLiteral("ca-out"));
    if (!options.caOutPath.isEmpty() && !options.tls)
        return cli.usage(Cli::tr("--ca-out only makes sense with --tls"));
    if (options.tls && options.caOutPath.isEmpty()) {
        const QString dir = options.stateDir.isEmpty() ? QDir::tempPath() : options.stateDir;
        options.caOutPath =
            QDir(dir).absoluteFilePath(QStringLiteral("bmp-sandbox-ca-%1.pem").arg(QCoreApplication::applicationPid()));
    }

    if (!installStopSignals())
        return cli.failed(makeError(Cli::tr("cannot install the SIGINT/SIGTERM handlers")));
    sandbox::SandboxServer server(options);
    if (const Status started = server.start(); !started)
        return cli.failed(started.error());

    // The contract: the base URL alone on the first line of stdout, flushed, so scripts can read it.
    cli.out() << server.baseUrl().toString() << Qt::endl;
    if (!options.address.isLoopback())
        cli.err() << Cli::tr("warning: the sandbox listens on %1, reachable from other machines; its /_sandbox "
                             "endpoints have no authentication.")
                         .arg(options.address.toString())
                  << Qt::endl;
    if (options.tls)
        cli.err() << Cli::tr("CA certificate: %1").arg(options.caOutPath) << Qt::endl;
    cli.err() << Cli::tr("mode %1, %2; stop with Ctrl+C.")
                     .arg(sandbox::modeName(options.config.mode),
                          options.config.effectiveRateLimit() > 0
                              ? Cli::tr("at most %1 per second per client").arg(options.config.effectiveRateLimit())
                              : Cli::tr("no rate limit"))
              << Qt::endl;

    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return Ok;
}

} // namespace bmp::cli
