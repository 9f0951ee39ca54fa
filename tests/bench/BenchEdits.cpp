// Each edit is persisted in its own transaction with synchronous=FULL: the time per edit through the
// Project (validation, transaction, signal) against the same UPDATE done with a bare QSqlQuery on the same
// file, measured in the same run (QUALITY.md: p99 under 10 ms).
#include "BenchStats.h"
#include "domain/Project.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
double percentile(QList<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin<qsizetype>(v.size() - 1, static_cast<qsizetype>(p * v.size())));
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    QTemporaryDir dir;
    auto project = bmp::Project::create(dir.filePath(QStringLiteral("edits.bmpproj")), QStringLiteral("Bench"),
                                        {bmp::Product::Caas});
    if (!project)
        return 1;
    QList<double> ours;
    QList<double> raw;
    QSqlQuery q((*project)->store().database());
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        if (!(*project)->setStepNotes(bmp::StepId::Scope, QStringLiteral("note %1").arg(i)))
            return 1;
        ours.append(t.nsecsElapsed() / 1e6);
        t.restart();
        q.prepare(QStringLiteral("UPDATE steps SET notes = ? WHERE step = 3"));
        q.addBindValue(QStringLiteral("raw %1").arg(i));
        if (!q.exec())
            return 1;
        raw.append(t.nsecsElapsed() / 1e6);
    }
    bench::out() << "edit persisted (WAL, synchronous=FULL), " << n << " edits\n"
                 << "  Project::setStepNotes: median " << bench::median(ours) << " ms, p99 " << percentile(ours, 0.99)
                 << " ms\n"
                 << "  bare UPDATE (baseline): median " << bench::median(raw) << " ms, p99 " << percentile(raw, 0.99)
                 << " ms\n"
                 << "  ratio of medians: " << bench::median(ours) / bench::median(raw) << "  (target: p99 < 10 ms)"
                 << Qt::endl;
    return 0;
}
