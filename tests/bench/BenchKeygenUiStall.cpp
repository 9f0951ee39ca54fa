// Does the caller's (GUI) thread stay responsive while KeyGenJob generates keys? A 5 ms timer runs on the main
// thread; we record the largest gap between ticks during generation, and the same with no generation running
// (baseline). QUALITY.md: the UI thread never stalls more than 50 ms.  Usage: BenchKeygenUiStall [KEYS] [BITS]
#include "BenchStats.h"
#include "crypto/KeyGenJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

using namespace bmp::crypto;

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

// Runs the event loop with the ticking timer until done() fires (or for idleMs when done is null).
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

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int keys = args.size() > 1 ? args.at(1).toInt() : 5;
    const int bits = args.size() > 2 ? args.at(2).toInt() : 4096;

    KeyGenJob job;
    int remaining = keys;
    qint64 generationMs = 0;
    const GapMeter during = measure([&](QEventLoop& loop) {
        QObject::connect(&job, &KeyGenJob::finished, &loop, [&](const bmp::Result<KeyPair>& r) {
            if (!r.ok())
                qFatal("generation failed");
            if (--remaining > 0)
                job.start(bits);
            else
                loop.quit();
        });
        job.start(bits);
    });
    generationMs = during.clock.elapsed();
    const GapMeter idle =
        measure([&](QEventLoop& loop) { QTimer::singleShot(int(generationMs), &loop, &QEventLoop::quit); });

    auto& out = bench::out();
    out << QStringLiteral("Main-thread 5 ms timer while KeyGenJob made %1 RSA-%2 keys (%3 ms); gaps in ms\n")
               .arg(keys)
               .arg(bits)
               .arg(generationMs);
    out << QStringLiteral("  during generation: median %1, max %2 (%3 ticks)\n")
               .arg(bench::median(during.gaps), 0, 'f', 2)
               .arg(bench::maximum(during.gaps), 0, 'f', 2)
               .arg(during.gaps.size());
    out << QStringLiteral("  baseline, idle:    median %1, max %2 (%3 ticks)\n")
               .arg(bench::median(idle.gaps), 0, 'f', 2)
               .arg(bench::maximum(idle.gaps), 0, 'f', 2)
               .arg(idle.gaps.size());
    out << QStringLiteral("max stall during generation = %1 ms (target <= 50); ratio max/idle max = %2\n")
               .arg(bench::maximum(during.gaps), 0, 'f', 2)
               .arg(bench::maximum(during.gaps) / qMax(0.001, bench::maximum(idle.gaps)), 0, 'f', 2);
    out.flush();
    return 0;
}
