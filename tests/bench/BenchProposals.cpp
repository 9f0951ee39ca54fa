// The three step-7 scenarios against the sandbox in production mode (1 request/second enforced with 429s): the
// run's wall time against the least time the limit allows for the same number of requests, (requests - 1) s.
// Target (QUALITY.md): ratio <= 1.03 and zero rate-limit rejections.
//
//   BenchProposals [runs=1] [settlement-ms=2000]
//
// Each run takes about 20 s (the pace is the point): not registered with ctest.

#include "../integration/ProposalTestRig.h"
#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace bmp;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 1;
    const qint64 settlement = args.size() > 2 ? args.at(2).toLongLong() : 2000;
    QList<double> ratios;
    QList<double> walls;
    QList<double> ideals;
    int rejected = 0;
    for (int i = 0; i < runs; ++i) {
        testkit::RigOptions o;
        o.mode = sandbox::SandboxMode::Production;
        o.clientRps = 1.0;
        o.settlementDelayMs = settlement;
        testkit::ProposalRig rig(o);
        rig.makeWorker();
        QElapsedTimer wall;
        wall.start();
        if (!rig.runToEnd(300000)) {
            bench::out() << "run " << i + 1 << " did not finish" << Qt::endl;
            return 1;
        }
        const qint64 wallMs = wall.elapsed();
        int done = 0;
        for (const ScenarioRun& r : rig.store->runs(rig.environment))
            done += r.state == RunState::Done ? 1 : 0;
        const QJsonArray requests = rig.sandboxRequests();
        int tooMany = 0;
        for (const QJsonValue& v : requests)
            tooMany += v.toObject().value(QStringLiteral("status")).toInt() == 429 ? 1 : 0;
        rejected += tooMany;
        const qint64 first = qint64(requests.first().toObject().value(QStringLiteral("receivedAtMs")).toDouble());
        const qint64 last = qint64(requests.last().toObject().value(QStringLiteral("receivedAtMs")).toDouble());
        const double idealMs = (requests.size() - 1) * 1000.0;
        ratios.append(wallMs / idealMs);
        walls.append(wallMs);
        ideals.append(idealMs);
        bench::out() << "run " << i + 1 << ": " << requests.size() << " requests, " << done << "/3 scenarios done, "
                     << tooMany << " x 429; wall " << wallMs << " ms (first-to-last request at the server "
                     << (last - first) << " ms) vs (requests - 1) s = " << idealMs << " ms; ratio "
                     << QString::number(wallMs / idealMs, 'f', 4) << Qt::endl;
        if (done != 3)
            return 1;
    }
    bench::out() << "BenchProposals (production mode, 1 req/s, settlement " << settlement << " ms, " << runs
                 << " run(s)): median wall " << bench::median(walls) << " ms, median baseline (requests - 1) s "
                 << bench::median(ideals) << " ms, median ratio " << QString::number(bench::median(ratios), 'f', 4)
                 << " (target <= 1.03), rate-limit rejections " << rejected << " (target 0)" << Qt::endl;
    return bench::median(ratios) <= 1.03 && rejected == 0 ? 0 : 1;
}
