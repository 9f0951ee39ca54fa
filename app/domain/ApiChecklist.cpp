#include "domain/ApiChecklist.h"

#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace bmp {

ApiChecklist::ApiChecklist(storage::ProjectStore& store)
    : m_store(store) {}

QList<ApiProgress> ApiChecklist::list(const QStringList& apis) const {
    QHash<QString, ApiProgress> saved;
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT api, status, notes FROM api_checklist"))) {
        while (q.next()) {
            saved.insert(q.value(0).toString(),
                         {q.value(0).toString(),
                          Checklist::statusFromKey(q.value(1).toString()).value_or(StepStatus::NotStarted),
                          q.value(2).toString()});
        }
    }
    QList<ApiProgress> out;
    for (const QString& api : apis)
        out.append(saved.value(api, ApiProgress{api, StepStatus::NotStarted, {}}));
    return out;
}

Status ApiChecklist::setStatus(const QString& api, StepStatus status) {
    return m_store.exec(QStringLiteral("INSERT INTO api_checklist (api, status) VALUES (?, ?) "
                                       "ON CONFLICT (api) DO UPDATE SET status = excluded.status"),
                        {api, Checklist::statusKey(status)});
}

Status ApiChecklist::setNotes(const QString& api, const QString& notes) {
    if (notes.size() > 2000)
        return makeError(QCoreApplication::translate("ApiChecklist", "The notes are too long (at most 2,000 "
                                                                     "characters)."));
    return m_store.exec(QStringLiteral("INSERT INTO api_checklist (api, notes) VALUES (?, ?) "
                                       "ON CONFLICT (api) DO UPDATE SET notes = excluded.notes"),
                        {api, notes});
}

int ApiChecklist::doneCount(const QStringList& apis) const {
    int n = 0;
    for (const ApiProgress& p : list(apis))
        n += p.status == StepStatus::Done ? 1 : 0;
    return n;
}

} // namespace bmp
