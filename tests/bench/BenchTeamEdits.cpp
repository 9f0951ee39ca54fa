// An edit's round trip on a shared project (a throwaway local PostgreSQL cluster, Unix socket) next to the same
// edit on a project file (SQLite, WAL, synchronous=FULL) measured in the same run, and the time until another
// client sees the edit (LISTEN/NOTIFY, then its reload). Usage: BenchTeamEdits [edits, default 300]
#include "../integration/PgCluster.h"
#include "BenchStats.h"
#include "domain/Project.h"
#include "storage/ProjectCopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace bmp;

namespace {

double percentile(QList<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

QList<double> editTimes(Project& project, int edits) {
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < edits; ++i) {
        t.start();
        if (!project.setStepNotes(StepId::Scope, QStringLiteral("edit %1").arg(i)))
            return {};
        ms.append(t.nsecsElapsed() / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int edits = argc > 1 ? QByteArray(argv[1]).toInt() : 300;
    QTemporaryDir dir;
    PgCluster pg;
    pg.setDurable(true); // fsync on, as SQLite's synchronous=FULL
    if (const QString why = pg.start(); !why.isEmpty()) {
        bench::out() << "cannot start PostgreSQL: " << why << Qt::endl;
        return 1;
    }
    // One after the other: the database's owner must exist first.
    QString why = pg.createPeople({QStringLiteral("alice"), QStringLiteral("bob")});
    if (why.isEmpty())
        why = pg.createDatabase(QStringLiteral("bench"), QStringLiteral("alice"));
    if (!why.isEmpty()) {
        bench::out() << "cannot create the roles and the database: " << why << Qt::endl;
        return 1;
    }
    const QString file = dir.filePath(QStringLiteral("bench.bmpproj"));
    auto local = Project::create(file, QStringLiteral("Bench"), {Product::Caas});
    if (!local || !storage::shareProject(file, pg.address(QStringLiteral("alice"), QStringLiteral("bench")), false,
                                         {QStringLiteral("bob")})) {
        bench::out() << "cannot set the projects up" << Qt::endl;
        return 1;
    }
    auto alice = Project::open(pg.address(QStringLiteral("alice"), QStringLiteral("bench")));
    auto bob = Project::open(pg.address(QStringLiteral("bob"), QStringLiteral("bench")));
    if (!alice || !bob)
        return 1;

    const QList<double> sqlite = editTimes(**local, edits);
    const QList<double> server = editTimes(**alice, edits);
    if (sqlite.isEmpty() || server.isEmpty())
        return 1;

    // Visibility: alice edits, bob's event loop runs until his copy shows it.
    QList<double> seen;
    for (int i = 0; i < 30; ++i) {
        QEventLoop loop;
        QElapsedTimer t;
        QObject::connect(bob->get(), &Project::changedElsewhere, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        t.start();
        (void)(*alice)->setStepOwner(StepId::Proposals, QStringLiteral("owner %1").arg(i));
        loop.exec();
        if ((*bob)->step(StepId::Proposals).owner != QStringLiteral("owner %1").arg(i))
            return 1;
        seen.append(t.nsecsElapsed() / 1e6);
    }

    bench::out() << "edit round trip, " << edits << " edits (ms)      p50      p99" << Qt::endl;
    bench::out() << QStringLiteral("  project file (SQLite)        %1 %2")
                        .arg(percentile(sqlite, 0.5), 8, 'f', 2)
                        .arg(percentile(sqlite, 0.99), 8, 'f', 2)
                 << Qt::endl;
    bench::out() << QStringLiteral("  shared project (PostgreSQL)  %1 %2")
                        .arg(percentile(server, 0.5), 8, 'f', 2)
                        .arg(percentile(server, 0.99), 8, 'f', 2)
                 << Qt::endl;
    bench::out() << QStringLiteral("  ratio PostgreSQL / SQLite    %1 %2")
                        .arg(percentile(server, 0.5) / percentile(sqlite, 0.5), 8, 'f', 2)
                        .arg(percentile(server, 0.99) / percentile(sqlite, 0.99), 8, 'f', 2)
                 << Qt::endl;
    bench::out() << QStringLiteral("another client sees it (ms): median %1, max %2 (30 edits; the reload waits 30 ms "
                                   "for a burst to end)")
                        .arg(bench::median(seen), 0, 'f', 1)
                        .arg(bench::maximum(seen), 0, 'f', 1)
                 << Qt::endl;
    return 0;
}
