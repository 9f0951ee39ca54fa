#pragma once

#include "core/Result.h"
#include "domain/Checklist.h"

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
};

// Step 6: how far the integration of each API in scope (step 2's list) has come.
class ApiChecklist {
public:
    explicit ApiChecklist(storage::ProjectStore& store);

    // Controllers of BMP's business API as named in its documentation. The project stores these names, the same in
    // every language (they are the English sources); label() shows them in the application's language, and any
    // other name (saved by hand or by another version) as it is.
    static QStringList knownApis();
    static QString label(const QString& api);

    QList<ApiProgress> list(const QStringList& apisInScope) const; // in scope order; unknown ones not started
    Status setStatus(const QString& api, StepStatus status);
    Status setNotes(const QString& api, const QString& notes);
    int doneCount(const QStringList& apisInScope) const;

private:
    storage::ProjectStore& m_store;
};

} // namespace bmp
