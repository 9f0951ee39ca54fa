// Issue #13, item 6: no core file and no ptrace while a key may be unlocked: both programs make themselves
// non-dumpable with a zero core-size limit before anything else.
#include "core/ProcessHardening.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

class TestProcessHardening : public QObject {
    Q_OBJECT
private slots:
    void appliesToThisProcess();
    void bmpctlRunsHardened();
    void developersCanOptOut();
};

void TestProcessHardening::appliesToThisProcess() {
    qunsetenv("BMP_ALLOW_CORE_DUMPS");
    const bmp::ProcessHardening done = bmp::ProcessHardening::apply();
    QVERIFY(done.coreLimitZero);
    rlimit core{};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0)); // and it cannot be raised again
    if (!done.notDumpable)
        QSKIP("sanitizer build: the process stays dumpable for LeakSanitizer");
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

void TestProcessHardening::bmpctlRunsHardened() {
    QProcess sandbox;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BMP_ALLOW_CORE_DUMPS"));
    sandbox.setProcessEnvironment(env);
    sandbox.start(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"),
                  {QStringLiteral("sandbox"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(sandbox.waitForReadyRead(20000)); // its base URL: it is up
    QFile limits(QStringLiteral("/proc/%1/limits").arg(sandbox.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QByteArray text = limits.readAll();
    const qsizetype at = text.indexOf("Max core file size");
    QVERIFY(at >= 0);
    const QList<QByteArray> fields = text.mid(at, text.indexOf('\n', at) - at).simplified().split(' ');
    QCOMPARE(fields.value(4), QByteArray("0")); // soft
    QCOMPARE(fields.value(5), QByteArray("0")); // hard
    sandbox.kill();
    QVERIFY(sandbox.waitForFinished(10000));
}

void TestProcessHardening::developersCanOptOut() {
    QProcess version;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BMP_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
    version.setProcessEnvironment(env);
    version.start(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"), {QStringLiteral("version")});
    QVERIFY(version.waitForFinished(20000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().startsWith("bmpctl "));
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
