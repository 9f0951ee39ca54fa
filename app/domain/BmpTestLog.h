#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bmp::storage {
class ProjectStore;
}

namespace bmp {

enum class BmpTestResult { Pending, Passed, Failed };

// One test BMP's implementation team ran in step 8, what it found and how it was resolved.
struct BmpTest {
    qint64 id = 0;
    QString name;
    QDate ranOn;
    BmpTestResult result = BmpTestResult::Pending;
    QString finding;
    QString resolution;
};

class BmpTestLog {
    Q_DECLARE_TR_FUNCTIONS(BmpTestLog)
public:
    explicit BmpTestLog(storage::ProjectStore& store);

    QList<BmpTest> list() const;
    Result<qint64> add(const BmpTest& test);
    Status update(const BmpTest& test);
    Status remove(qint64 id);

    // The checks BMP's team usually makes (an assumption: BMP publishes no list), to start from.
    static QStringList usualTests();
    static QString resultKey(BmpTestResult result);
    static BmpTestResult resultFromKey(const QString& key);
    static QString resultLabel(BmpTestResult result);
    // Empty when step 8 is complete: at least one test, none pending, every failure resolved.
    static QString completionProblem(const QList<BmpTest>& tests);

private:
    static Status validate(const BmpTest& test);
    storage::ProjectStore& m_store;
};

} // namespace bmp
