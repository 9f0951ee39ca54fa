#pragma once

#include "core/Result.h"
#include "domain/ProjectData.h"
#include "domain/SeededText.h"

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
    QString seed; // the key of one of BMP's usual tests (SeededText), empty for a test the user named
    // Who saved it last and when (UTC, ISO), and the save count: an update made on an older copy is refused.
    qint64 rowVersion = 0;
    QString updatedBy = {};
    QString updatedAt = {};

    // What the user reads: a usual test in the application's language, any other as it was typed.
    QString displayName() const { return SeededText::display(SeededText::Kind::BmpTest, seed, name); }
    // A name typed over the shown one: the same text keeps the usual test's key, another becomes the user's own.
    void rename(const QString& text) {
        if (text.simplified() == displayName())
            return;
        name = text;
        seed.clear();
    }
};

class BmpTestLog {
    Q_DECLARE_TR_FUNCTIONS(BmpTestLog)
public:
    // sink: where a conflict goes (Project::conflictSink(): theirs or mine); without one it is only refused.
    explicit BmpTestLog(storage::ProjectStore& store, ConflictSink sink = {});

    QList<BmpTest> list() const;
    Result<qint64> add(const BmpTest& test);
    // Saved only over test.rowVersion (the version the editor showed): a teammate's newer save is a conflict.
    Status update(const BmpTest& test);
    Status remove(qint64 id);

    // The checks BMP's team usually makes (an assumption: BMP publishes no list), to start from: names in the
    // application's language, and one as a test to record (key kept).
    static QStringList usualTests();
    static BmpTest usualTest(const QString& key);
    // Adds the usual tests not recorded yet (by key, or by the same name typed by hand); how many were added.
    Result<int> addUsualTests();
    static QString resultKey(BmpTestResult result);
    static BmpTestResult resultFromKey(const QString& key);
    static QString resultLabel(BmpTestResult result);
    // Empty when step 8 is complete: at least one test, none pending, every failure resolved.
    static QString completionProblem(const QList<BmpTest>& tests);

private:
    static Status validate(const BmpTest& test);
    storage::ProjectStore& m_store;
    ConflictSink m_sink;
};

} // namespace bmp
