// RSA-2048 key generation through KeyPair::generate vs the `openssl genpkey` command, interleaved runs.
// Usage: BenchKeygen [RUNS] [BITS]   (defaults: 21 runs, 2048 bits)
#include "BenchStats.h"
#include "crypto/KeyPair.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

using bmp::crypto::KeyPair;

namespace {

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

double runProcess(const QStringList& args) {
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("openssl %s failed", qPrintable(args.join(u' ')));
    return msSince(t);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 21;
    const int bits = args.size() > 2 ? args.at(2).toInt() : 2048;
    if (runs < 1 || (bits != 2048 && bits != 3072 && bits != 4096)) {
        QTextStream(stderr) << "usage: BenchKeygen [RUNS] [2048|3072|4096]\n";
        return 2;
    }
    const QStringList genpkey{QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                              QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:%1").arg(bits)};
    runProcess(genpkey); // warm the page cache for the binary and libcrypto
    (void)KeyPair::generate(bits);

    QList<double> ours, oursWithProgress, openssl, startup;
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so drift in machine load (2 shared cores) hits both sides alike.
        QElapsedTimer t;
        t.start();
        const auto key = KeyPair::generate(bits);
        ours << msSince(t);
        if (!key.ok() || key->bits() != bits)
            qFatal("KeyPair::generate failed");

        int calls = 0;
        t.start();
        const auto key2 = KeyPair::generate(bits, [&](int) { return ++calls > 0; });
        oursWithProgress << msSince(t);
        if (!key2.ok())
            qFatal("KeyPair::generate with progress failed");

        openssl << runProcess(genpkey);
        startup << runProcess({QStringLiteral("version")});
    }

    auto& out = bench::out();
    const double oursMedian = bench::median(ours);
    const double opensslMedian = bench::median(openssl);
    const double startupMedian = bench::median(startup);
    out << QStringLiteral("RSA-%1 key generation, %2 interleaved runs each (median; min..max) in ms\n")
               .arg(bits)
               .arg(runs);
    out << QStringLiteral("  KeyPair::generate                  %1  (%2..%3)\n")
               .arg(oursMedian, 8, 'f', 1)
               .arg(bench::minimum(ours), 0, 'f', 1)
               .arg(bench::maximum(ours), 0, 'f', 1);
    out << QStringLiteral("  KeyPair::generate + progress cb    %1  (%2..%3)\n")
               .arg(bench::median(oursWithProgress), 8, 'f', 1)
               .arg(bench::minimum(oursWithProgress), 0, 'f', 1)
               .arg(bench::maximum(oursWithProgress), 0, 'f', 1);
    out << QStringLiteral("  baseline: openssl genpkey process  %1  (%2..%3)\n")
               .arg(opensslMedian, 8, 'f', 1)
               .arg(bench::minimum(openssl), 0, 'f', 1)
               .arg(bench::maximum(openssl), 0, 'f', 1);
    out << QStringLiteral("  (openssl version process startup   %1)\n").arg(startupMedian, 8, 'f', 1);
    out << QStringLiteral("ratio ours/openssl genpkey = %1 (target <= 1.10)\n")
               .arg(oursMedian / opensslMedian, 0, 'f', 3);
    if (opensslMedian > startupMedian)
        out << QStringLiteral("ratio ours/(genpkey - process startup) = %1 (keygen work only, stricter)\n")
                   .arg(oursMedian / (opensslMedian - startupMedian), 0, 'f', 3);
    out.flush();
    return 0;
}
