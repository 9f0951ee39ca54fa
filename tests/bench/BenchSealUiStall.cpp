// Storing and opening a key costs two PBKDF2 runs of 600 000 iterations (seal: encrypt + read back) or one
// (open): about a second. Steps 3-5 run them through BackgroundTask. This measures the main thread's longest
// gap between 5 ms timer ticks while keys are sealed and opened that way, against the same timer idle, and
// prints how long each operation would have frozen the window had it run on the main thread instead.
// QUALITY.md: the UI thread never stalls more than 50 ms.  Usage: BenchSealUiStall [ROUNDS]
#include "BenchStats.h"
#include "core/BackgroundTask.h"
#include "domain/KeyVault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <memory>

using namespace bmp;

namespace {

struct GapMeter {
    QElapsedTimer clock;
    qint64 last = 0;
    QList<double> gaps;
    void tick() {
        const qint64 now = clock.nsecsElapsed();
        if (last)
            gaps << double(now - last) / 1e6;
        last = now;
    }
};

GapMeter measure(const std::function<void(QEventLoop&)>& work) {
    GapMeter meter;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&] { meter.tick(); });
    QEventLoop loop;
    meter.clock.start();
    timer.start();
    work(loop);
    loop.exec();
    return meter;
}

const QByteArray kPassphrase = "bench passphrase 42";

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int rounds = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 3;
    const auto key = crypto::KeyPair::generate(2048);
    if (!key)
        qFatal("no key");

    // What the window would suffer if the work ran on its thread: the duration of each operation.
    QList<double> sealMs, openMs;
    QByteArray pem;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const auto sealed = KeyVault::seal(*key, kPassphrase);
        sealMs << double(t.nsecsElapsed()) / 1e6;
        if (!sealed)
            qFatal("seal failed");
        pem = sealed->encryptedPem;
        t.restart();
        if (!KeyVault::open(pem, kPassphrase))
            qFatal("open failed");
        openMs << double(t.nsecsElapsed()) / 1e6;
    }

    // The same work through BackgroundTask, one operation after the other, the timer ticking meanwhile.
    int remaining = rounds * 2;
    QObject owner;
    std::function<void()> next; // outlives the work lambda: the tasks' done() handlers call it later
    const GapMeter during = measure([&](QEventLoop& loop) {
        next = [&] {
            if (remaining-- <= 0) {
                loop.quit();
                return;
            }
            const bool sealing = remaining % 2 == 1;
            auto* task = BackgroundTask::run(&owner, [sealing, &key, pem] {
                if (sealing)
                    (void)KeyVault::seal(*key, kPassphrase);
                else
                    (void)KeyVault::open(pem, kPassphrase);
            });
            QObject::connect(task, &BackgroundTask::done, &loop, [&] { next(); });
        };
        next();
    });
    const qint64 workMs = during.clock.elapsed();
    const GapMeter idle = measure([&](QEventLoop& loop) { QTimer::singleShot(int(workMs), &loop, &QEventLoop::quit); });

    auto& out = bench::out();
    out << QStringLiteral("Key sealing (PBKDF2-SHA256 600k, encrypt + read back) and opening, %1 rounds each\n")
               .arg(rounds);
    out << QStringLiteral("  on the main thread it would freeze it: seal median %1 ms, open median %2 ms\n")
               .arg(bench::median(sealMs), 0, 'f', 0)
               .arg(bench::median(openMs), 0, 'f', 0);
    out << QStringLiteral("  through BackgroundTask (%1 ms of work): timer gaps median %2, max %3 ms (%4 ticks)\n")
               .arg(workMs)
               .arg(bench::median(during.gaps), 0, 'f', 2)
               .arg(bench::maximum(during.gaps), 0, 'f', 2)
               .arg(during.gaps.size());
    out << QStringLiteral("  baseline, idle:                      timer gaps median %1, max %2 ms (%3 ticks)\n")
               .arg(bench::median(idle.gaps), 0, 'f', 2)
               .arg(bench::maximum(idle.gaps), 0, 'f', 2)
               .arg(idle.gaps.size());
    out << QStringLiteral("max stall = %1 ms (target <= 50); ratio max/idle max = %2\n")
               .arg(bench::maximum(during.gaps), 0, 'f', 2)
               .arg(bench::maximum(during.gaps) / qMax(0.001, bench::maximum(idle.gaps)), 0, 'f', 2);
    out.flush();
    return 0;
}
