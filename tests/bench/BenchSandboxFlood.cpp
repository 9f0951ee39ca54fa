// The sandbox under two floods (issue 13), against `bmpctl sandbox` in a child process so that its memory is its
// own, each figure next to its baseline from the same run:
//   slow-header flood: SLOW connections that send half a request line and headers, then nothing. Printed: the
//   server's RSS idle, at the peak of the flood and after it; the latency of a normal request (a fresh connection,
//   GET /_sandbox/info) idle vs during the flood.
//   registration flood: REGS POST /_sandbox/keys on one keep-alive connection, one public key under a new partner
//   name each time (the registry's worst case before: a scan of every client per registration). Printed: the
//   median latency of the first 100 registrations (baseline) vs of the 100 before the registry's limit, the
//   latency of the refusals after it, and the RSS before and after.
// Usage: BenchSandboxFlood [SLOW] [REGS]   (defaults 10000 and 3000; SLOW is bounded by the open-file limit)
//        BMP_BENCH_BMPCTL=/path/to/bmpctl BenchSandboxFlood   runs the same against another build's sandbox

#undef QT_NO_CAST_FROM_ASCII

#include "BenchStats.h"
#include "crypto/KeyPair.h"
#include "sandbox/KeyRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>

#include <sys/resource.h>

#include <memory>
#include <vector>

namespace {

double rssMb(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// One request on a fresh connection, in ms (-1: no answer within 10 s).
double timedRequest(quint16 port, const QByteArray& request) {
    QElapsedTimer t;
    t.start();
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(10000))
        return -1;
    s.write(request);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && s.waitForReadyRead(10000))
        answer += s.readAll();
    return answer.startsWith("HTTP/1.1 200") ? t.nsecsElapsed() / 1e6 : -1;
}

// A request and its whole answer (Content-Length) on a kept-alive socket; the status, or 0.
int exchange(QTcpSocket& s, const QByteArray& request) {
    s.write(request);
    QByteArray answer;
    qsizetype end = -1;
    qint64 length = -1;
    while (s.waitForReadyRead(10000)) {
        answer += s.readAll();
        if (end < 0 && (end = answer.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray& line : answer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (end >= 0 && length >= 0 && answer.size() >= end + 4 + length)
            return answer.mid(9, 3).toInt();
    }
    return 0;
}

QString ms(double v) {
    return v < 0 ? QStringLiteral("   none") : QStringLiteral("%1 ms").arg(v, 7, 'f', 2);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int slowWanted = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int registrations = argc > 2 ? QByteArray(argv[2]).toInt() : 3000;
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    const int slow = std::min<int>(slowWanted, int(files.rlim_cur) - 200);
    auto& out = bench::out();

    QProcess sandbox;
    // BMP_BENCH_BMPCTL: another build's bmpctl (say, one from before the limits) to compare with.
    const QString program = qEnvironmentVariable("BMP_BENCH_BMPCTL", QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"));
    sandbox.setProgram(program);
    sandbox.setArguments({QStringLiteral("sandbox"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    sandbox.start();
    if (!sandbox.waitForReadyRead(20000)) {
        out << "BenchSandboxFlood: bmpctl sandbox did not start\n";
        return 1;
    }
    const QUrl base(QString::fromUtf8(sandbox.readLine().trimmed()));
    const quint16 port = quint16(base.port());
    const qint64 pid = sandbox.processId();
    const QByteArray info = "GET /_sandbox/info HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

    // Slow-header flood.
    QList<double> idle;
    for (int i = 0; i < 50; ++i)
        idle.append(timedRequest(port, info));
    const double rssIdle = rssMb(pid);
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    flood.reserve(size_t(slow));
    QList<double> during;
    double rssPeak = rssIdle;
    int unanswered = 0;
    QElapsedTimer floodTime;
    floodTime.start();
    for (int i = 0; i < slow; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, port);
        if (s->waitForConnected(10000)) {
            s->write("POST /connect/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-");
            s->flush();
        }
        flood.push_back(std::move(s));
        if (i % 200 == 199) {
            const double latency = timedRequest(port, info);
            if (latency < 0)
                ++unanswered;
            else
                during.append(latency);
            rssPeak = std::max(rssPeak, rssMb(pid));
        }
    }
    const double floodSeconds = floodTime.nsecsElapsed() / 1e9;
    rssPeak = std::max(rssPeak, rssMb(pid));
    flood.clear(); // the attacker goes away
    QList<double> after;
    for (int i = 0; i < 20; ++i)
        after.append(timedRequest(port, info));
    const double rssAfter = rssMb(pid);

    out << "BenchSandboxFlood: " << program << " sandbox (pid " << pid << "), " << slow << " half-sent requests in "
        << QString::number(floodSeconds, 'f', 1) << " s\n";
    out << QStringLiteral("  RSS idle %1 MB, at the flood's peak %2 MB, after %3 MB  (peak/idle = %4)\n")
               .arg(rssIdle, 0, 'f', 1)
               .arg(rssPeak, 0, 'f', 1)
               .arg(rssAfter, 0, 'f', 1)
               .arg(rssPeak / rssIdle, 0, 'f', 2);
    out << QStringLiteral("  normal request idle:         median %1, max %2  (baseline, %3 requests)\n")
               .arg(ms(bench::median(idle)), ms(bench::maximum(idle)))
               .arg(idle.size());
    out << QStringLiteral("  normal request during flood: median %1, max %2  (%3 answered, %4 unanswered); "
                          "flood/idle = %5\n")
               .arg(ms(bench::median(during)), ms(bench::maximum(during)))
               .arg(during.size())
               .arg(unanswered)
               .arg(bench::median(during) / bench::median(idle), 0, 'f', 2);
    out << QStringLiteral("  normal request after flood:  median %1\n").arg(ms(bench::median(after)));

    // Registration flood: one key, a new partner name each time.
    const auto key = bmp::crypto::KeyPair::generate(2048);
    if (!key) {
        out << "  cannot generate a key\n";
        return 1;
    }
    const QString pem = QString::fromLatin1(key->publicKeyPem());
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(10000))
        return 1;
    const double rssBefore = rssMb(pid);
    QList<double> latencies;
    int accepted = 0;
    for (int i = 0; i < registrations; ++i) {
        const QByteArray body =
            QJsonDocument(QJsonObject{{"publicKeyPem", pem}, {"partner", QStringLiteral("Parceiro %1").arg(i)}})
                .toJson(QJsonDocument::Compact);
        const QByteArray request = "POST /_sandbox/keys HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                   "application/json\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QElapsedTimer t;
        t.start();
        const int status = exchange(s, request);
        latencies.append(t.nsecsElapsed() / 1e6);
        if (status == 200)
            ++accepted;
        else if (status == 0)
            break;
    }
    const double rssRegs = rssMb(pid);
    const int limit = bmp::sandbox::KeyRegistry::kMaxClients;
    const auto window = [&](int from, int count) {
        return bench::median(latencies.mid(std::max(0, from), std::min<qsizetype>(count, latencies.size() - from)));
    };
    out << QStringLiteral("  registrations: %1 sent, %2 accepted (the registry keeps at most %3)\n")
               .arg(latencies.size())
               .arg(accepted)
               .arg(limit);
    out << QStringLiteral("  registration latency: first 100 median %1 (baseline), 100 before the limit median %2 "
                          "(ratio %3), refusals after it median %4\n")
               .arg(ms(window(0, 100)), ms(window(std::min(accepted, limit) - 100, 100)))
               .arg(window(std::min(accepted, limit) - 100, 100) / window(0, 100), 0, 'f', 2)
               .arg(ms(latencies.size() > limit ? window(limit, int(latencies.size()) - limit) : -1));
    out << QStringLiteral("  RSS before the registrations %1 MB, after %2 MB\n")
               .arg(rssBefore, 0, 'f', 1)
               .arg(rssRegs, 0, 'f', 1);
    out.flush();
    sandbox.kill();
    sandbox.waitForFinished(5000);
    return unanswered == 0 ? 0 : 1;
}
