#include "domain/Project.h"
#include "storage/ProjectStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;

// Killing the process at any point never corrupts the project file and never loses a committed edit.
class TestCrashSafety : public QObject {
    Q_OBJECT
private slots:
    void killDuringWrites();
};

void TestCrashSafety::killDuringWrites() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.bmpproj"));
    QVERIFY(Project::create(path, QStringLiteral("Crash Test"), {Product::Caas}).ok());
    const QString writer = QStringLiteral(BMP_BINARY_DIR "/tests/integration/CrashWriter");
    QRandomGenerator rng(20261126);
    qint64 lastSeen = 0;
    const int rounds = 200;
    for (int round = 0; round < rounds; ++round) {
        QProcess p;
        p.start(writer, {path});
        QVERIFY2(p.waitForStarted(5000), qPrintable(p.errorString()));
        QVERIFY(p.waitForReadyRead(10000)); // at least one edit committed in this round
        // Let it write for a random while (0–40 ms of edits), then kill it wherever it is.
        QDeadlineTimer until(static_cast<qint64>(rng.bounded(40)));
        while (!until.hasExpired())
            p.waitForReadyRead(static_cast<int>(qMax<qint64>(1, until.remainingTime())));
        p.kill();
        QVERIFY(p.waitForFinished(5000));
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        qint64 committed = 0;
        for (const QByteArray& l : lines) {
            if (!l.isEmpty())
                committed = qMax(committed, l.toLongLong());
        }
        // Reopen: the file is intact and holds every edit the writer reported as committed.
        auto project = Project::open(path);
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error().toString()));
        QSqlQuery q((*project)->store().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        const qint64 stored = (*project)->setting(QStringLiteral("crash.counter")).toLongLong();
        QVERIFY2(
            stored >= committed,
            qPrintable(QStringLiteral("round %1: stored %2 < committed %3").arg(round).arg(stored).arg(committed)));
        QVERIFY(stored <= committed + 1); // at most the edit in flight when killed
        const QString notes = (*project)->step(StepId::Channel).notes;
        QVERIFY(notes == QStringLiteral("edit %1").arg(stored) || notes == QStringLiteral("edit %1").arg(stored + 1));
        QVERIFY(stored >= lastSeen); // never goes back
        lastSeen = stored;
    }
    QVERIFY(lastSeen >= rounds); // every round committed at least one edit, and all of them stayed
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
