#pragma once

#include "core/Result.h"
#include "domain/Checklist.h"
#include "domain/ProjectData.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bmp::storage {
class ProjectStore;
}

namespace bmp {

struct ApiProgress {
    QString api;
    StepStatus status = StepStatus::NotStarted;
    QString notes;
    // Who saved it last and when (UTC, ISO), and the save count (0 also for a row not saved yet).
    qint64 rowVersion = 0;
    QString updatedBy = {};
    QString updatedAt = {};
};

// Step 6: how far the integration of each API in scope (step 2's list) has come.
class ApiChecklist {
public:
    // sink: where a conflict goes (Project::conflictSink(): theirs or mine); without one it is only refused.
    explicit ApiChecklist(storage::ProjectStore& store, ConflictSink sink = {});

    // Controllers of BMP's business API as named in its documentation. The project stores these names, the same in
    // every language (they are the English sources); label() shows them in the application's language, and any
    // other name (saved by hand or by another version) as it is.
    static QStringList knownApis();
    static QString label(const QString& api);

    QList<ApiProgress> list(const QStringList& apisInScope) const; // in scope order; unknown ones not started
    // Saved only over `shownVersion`, the version the editor showed (a teammate's newer save is a conflict); returns
    // the row's new version.
    Result<qint64> setStatus(const QString& api, StepStatus status, qint64 shownVersion);
    Result<qint64> setNotes(const QString& api, const QString& notes, qint64 shownVersion);
    int doneCount(const QStringList& apisInScope) const;

private:
    Result<qint64> write(const QString& api, const char* column, const QString& value, qint64 shownVersion);

    storage::ProjectStore& m_store;
    ConflictSink m_sink;
};

} // namespace bmp
