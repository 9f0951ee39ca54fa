// RSA key generation: sizes, progress, cancellation, and the worker-thread job the GUI uses.
#include "CryptoTestUtil.h"
#include "crypto/KeyGenJob.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace bmp;
using namespace bmp::crypto;

class TestKeyGen : public QObject {
    Q_OBJECT
private slots:
    void refusedSizes_data();
    void refusedSizes();
    void generate2048();
    void progressIsReported();
    void cancelThroughProgress();
    void jobRunsOnWorkerThread();
    void jobRefusesSecondStart();
    void jobCancel();
    void jobDestroyedWhileRunning();
    void jobCanBeReused();
};

void TestKeyGen::refusedSizes_data() {
    QTest::addColumn<int>("bits");
    for (int bits : {0, -2048, 512, 1024, 2047, 2049, 8192, 16384})
        QTest::newRow(qPrintable(QString::number(bits))) << bits;
}

void TestKeyGen::refusedSizes() {
    QFETCH(int, bits);
    int calls = 0;
    const auto key = KeyPair::generate(bits, [&](int) { return ++calls > 0; });
    QVERIFY(!key.ok());
    QVERIFY(key.error().message.contains(QStringLiteral("2048, 3072 or 4096")));
    QCOMPARE(calls, 0); // refused before any work
}

void TestKeyGen::generate2048() {
    const auto a = KeyPair::generate(2048);
    const auto b = KeyPair::generate(2048);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->bits(), 2048);
    QVERIFY(a->hasPrivateKey());
    QCOMPARE(a->jwk().value(QStringLiteral("e")).toString(), QStringLiteral("AQAB")); // 65537
    QVERIFY(!a->samePublicKey(*b));
    const auto sig = a->signRs256("hello");
    QVERIFY(sig.ok() && a->verifyRs256("hello", *sig) && !b->verifyRs256("hello", *sig));
}

void TestKeyGen::progressIsReported() {
    QList<int> steps;
    const auto key = KeyPair::generate(2048, [&](int n) {
        steps << n;
        return true;
    });
    QVERIFY(key.ok());
    QVERIFY(!steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i), i + 1);
}

void TestKeyGen::cancelThroughProgress() {
    int calls = 0;
    const auto key = KeyPair::generate(4096, [&](int) { return ++calls < 3; });
    QVERIFY(!key.ok());
    QVERIFY2(key.error().message.contains(QStringLiteral("cancelled")), qPrintable(key.error().toString()));
    QCOMPARE(calls, 3); // OpenSSL stopped at the first refusal
}

void TestKeyGen::jobRunsOnWorkerThread() {
    KeyGenJob job;
    std::optional<Result<KeyPair>> result;
    QThread* finishedOn = nullptr;
    QThread* progressFrom = nullptr;
    connect(&job, &KeyGenJob::finished, this, [&](const Result<KeyPair>& r) {
        result = r;
        finishedOn = QThread::currentThread();
    });
    connect(
        &job, &KeyGenJob::progress, this, [&](int) { progressFrom = QThread::currentThread(); }, Qt::DirectConnection);
    QSignalSpy finished(&job, &KeyGenJob::finished);
    QSignalSpy progress(&job, &KeyGenJob::progress);
    QVERIFY(job.start(2048));
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(result.has_value() && result->ok());
    QCOMPARE(result->value().bits(), 2048);
    QCOMPARE(finishedOn, QThread::currentThread()); // delivered to the caller's thread
    QVERIFY(progress.count() >= 1);
    QVERIFY(progressFrom && progressFrom != QThread::currentThread()); // the work ran elsewhere
    QVERIFY(!job.isRunning());
    QCOMPARE(finished.count(), 1);
}

void TestKeyGen::jobRefusesSecondStart() {
    KeyGenJob job;
    QSignalSpy finished(&job, &KeyGenJob::finished);
    QVERIFY(job.start(2048));
    QVERIFY(!job.start(2048));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 1);
}

void TestKeyGen::jobCancel() {
    KeyGenJob job;
    std::optional<Result<KeyPair>> result;
    connect(&job, &KeyGenJob::finished, this, [&](const Result<KeyPair>& r) { result = r; });
    QSignalSpy finished(&job, &KeyGenJob::finished);
    QVERIFY(job.start(4096));
    job.cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(result.has_value() && !result->ok());
    QVERIFY(result->error().message.contains(QStringLiteral("cancelled")));
    job.cancel(); // idle: harmless
    QVERIFY(!job.isRunning());
}

void TestKeyGen::jobDestroyedWhileRunning() {
    auto job = std::make_unique<KeyGenJob>();
    int finishedCount = 0;
    connect(job.get(), &KeyGenJob::finished, this, [&] { ++finishedCount; });
    QVERIFY(job->start(4096));
    job.reset(); // must stop the worker and not deliver into a dead object
    QCoreApplication::processEvents();
    QCOMPARE(finishedCount, 0);
}

void TestKeyGen::jobCanBeReused() {
    KeyGenJob job;
    QSignalSpy finished(&job, &KeyGenJob::finished);
    QVERIFY(job.start(4096));
    job.cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(job.start(2048));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 2);
}

QTEST_GUILESS_MAIN(TestKeyGen)
#include "TestKeyGen.moc"
