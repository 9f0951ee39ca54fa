#include "domain/BmpTestLog.h"

#include "domain/Project.h"
#include "storage/ProjectStore.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace bmp {

BmpTestLog::BmpTestLog(storage::ProjectStore& store, ConflictSink sink)
    : m_store(store)
    , m_sink(std::move(sink)) {}

QStringList BmpTestLog::usualTests() {
    QStringList out;
    for (const QString& key : SeededText::keys(SeededText::Kind::BmpTest))
        out.append(usualTest(key).displayName());
    return out;
}

BmpTest BmpTestLog::usualTest(const QString& key) {
    BmpTest t;
    t.seed = key;
    t.name = t.displayName();
    return t;
}

Result<int> BmpTestLog::addUsualTests() {
    const QList<BmpTest> existing = list();
    int added = 0;
    for (const QString& key : SeededText::keys(SeededText::Kind::BmpTest)) {
        const BmpTest usual = usualTest(key);
        const bool present = std::any_of(existing.begin(), existing.end(), [&](const BmpTest& t) {
            return t.seed == key || t.displayName() == usual.displayName();
        });
        if (present)
            continue;
        if (auto id = add(usual); !id)
            return id.error();
        ++added;
    }
    return added;
}

QString BmpTestLog::resultKey(BmpTestResult r) {
    switch (r) {
    case BmpTestResult::Pending:
        return QStringLiteral("pending");
    case BmpTestResult::Passed:
        return QStringLiteral("passed");
    case BmpTestResult::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

BmpTestResult BmpTestLog::resultFromKey(const QString& key) {
    if (key == u"passed")
        return BmpTestResult::Passed;
    if (key == u"failed")
        return BmpTestResult::Failed;
    return BmpTestResult::Pending;
}

QString BmpTestLog::resultLabel(BmpTestResult r) {
    switch (r) {
    case BmpTestResult::Pending:
        return tr("Pending");
    case BmpTestResult::Passed:
        return tr("Passed");
    case BmpTestResult::Failed:
        return tr("Failed");
    }
    return {};
}

QString BmpTestLog::completionProblem(const QList<BmpTest>& tests) {
    if (tests.isEmpty())
        return tr("Record the tests BMP ran and their results.");
    for (const BmpTest& t : tests) {
        if (t.result == BmpTestResult::Pending)
            return tr("The result of “%1” is still pending.").arg(t.displayName());
        if (t.result == BmpTestResult::Failed && t.resolution.trimmed().isEmpty())
            return tr("“%1” failed: record how it was resolved.").arg(t.displayName());
    }
    return {};
}

Status BmpTestLog::validate(const BmpTest& t) {
    if (t.name.simplified().isEmpty())
        return makeError(tr("Give the test a name."));
    if (t.name.size() > 200)
        return makeError(tr("The test's name is too long (at most 200 characters)."));
    if (t.finding.size() > 5000 || t.resolution.size() > 5000)
        return makeError(tr("Findings and resolutions have at most 5,000 characters."));
    if (t.ranOn.isValid() && t.ranOn > QDate::currentDate().addDays(1))
        return makeError(tr("A test cannot have run in the future."));
    return {};
}

QList<BmpTest> BmpTestLog::list() const {
    QList<BmpTest> out;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT id, name, ran_on, result, finding, resolution, seed, row_version, updated_by, "
                               "updated_at FROM bmp_tests ORDER BY id")))
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    QDate::fromString(q.value(2).toString(), Qt::ISODate), resultFromKey(q.value(3).toString()),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
                    q.value(8).toString(), q.value(9).toString()});
    }
    return out;
}

Result<qint64> BmpTestLog::add(const BmpTest& t) {
    if (Status s = validate(t); !s)
        return s.error();
    const auto s = m_store.insert(
        QStringLiteral("INSERT INTO bmp_tests (name, ran_on, result, finding, resolution, seed, updated_by, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {t.name.simplified(), t.ranOn.isValid() ? t.ranOn.toString(Qt::ISODate) : QString(), resultKey(t.result),
         t.finding, t.resolution, t.seed, m_store.userName(),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!s)
        return s.error();
    return *s;
}

Status BmpTestLog::update(const BmpTest& t) {
    if (Status s = validate(t); !s)
        return s;
    const auto changed = m_store.update(
        QStringLiteral("UPDATE bmp_tests SET name = ?, ran_on = ?, result = ?, finding = ?, resolution = ?, seed = ?, "
                       "row_version = row_version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND "
                       "row_version = ?"),
        {t.name.simplified(), t.ranOn.isValid() ? t.ranOn.toString(Qt::ISODate) : QString(), resultKey(t.result),
         t.finding, t.resolution, t.seed, m_store.userName(),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), t.id, t.rowVersion});
    if (!changed)
        return changed.error();
    if (*changed == 1)
        return {};
    // Changed (or removed) by a teammate since the editor read it: theirs stays; mine may go over it.
    std::optional<BmpTest> theirs;
    for (const BmpTest& x : list()) {
        if (x.id == t.id)
            theirs = x;
    }
    const StepConflict c{StepId::BmpApproval, theirs ? theirs->updatedBy : QString(),
                         theirs ? QDateTime::fromString(theirs->updatedAt, Qt::ISODateWithMs) : QDateTime(),
                         StepConflict::Kind::BmpTest, theirs ? theirs->displayName() : t.displayName()};
    if (m_sink && theirs) {
        m_sink(c, [store = &m_store, sink = m_sink, t]() -> Status {
            BmpTestLog again(*store, sink);
            BmpTest mine = t;
            for (const BmpTest& x : again.list()) {
                if (x.id == t.id)
                    mine.rowVersion = x.rowVersion;
            }
            return again.update(mine);
        });
    }
    return makeError(Project::conflictText(c));
}

Status BmpTestLog::remove(qint64 id) {
    return m_store.exec(QStringLiteral("DELETE FROM bmp_tests WHERE id = ?"), {id});
}

} // namespace bmp
