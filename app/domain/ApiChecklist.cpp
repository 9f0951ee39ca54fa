#include "domain/ApiChecklist.h"

#include "domain/Project.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace bmp {

namespace {
const char* const kApis[] = {
    QT_TRANSLATE_NOOP("ApiChecklist", "Proposta — CalcularValoresProposta (simulation)"),
    QT_TRANSLATE_NOOP("ApiChecklist", "Proposta — IncluirManualSimplificado (include)"),
    QT_TRANSLATE_NOOP("ApiChecklist", "Proposta — Finalizar / Liberar / Consultar"),
    QT_TRANSLATE_NOOP("ApiChecklist", "Proposta — AtualizarContaPagamento / Recusar"),
    QT_TRANSLATE_NOOP("ApiChecklist", "Pessoa — borrower registration"),
    QT_TRANSLATE_NOOP("ApiChecklist", "Status callbacks"),
    QT_TRANSLATE_NOOP("ApiChecklist", "Pix disbursement"),
    QT_TRANSLATE_NOOP("ApiChecklist", "FGTS"),
    QT_TRANSLATE_NOOP("ApiChecklist", "E-Consignado"),
    QT_TRANSLATE_NOOP("ApiChecklist", "Bureau"),
};
} // namespace

ApiChecklist::ApiChecklist(storage::ProjectStore& store, ConflictSink sink)
    : m_store(store)
    , m_sink(std::move(sink)) {}

QStringList ApiChecklist::knownApis() {
    QStringList out;
    for (const char* api : kApis)
        out.append(QString::fromUtf8(api));
    return out;
}

QString ApiChecklist::label(const QString& api) {
    for (const char* known : kApis) {
        if (api == QString::fromUtf8(known))
            return QCoreApplication::translate("ApiChecklist", known);
    }
    return api;
}

QList<ApiProgress> ApiChecklist::list(const QStringList& apis) const {
    QHash<QString, ApiProgress> saved;
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT api, status, notes, row_version, updated_by, updated_at FROM api_checklist"))) {
        while (q.next()) {
            saved.insert(q.value(0).toString(),
                         {q.value(0).toString(),
                          Checklist::statusFromKey(q.value(1).toString()).value_or(StepStatus::NotStarted),
                          q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString(),
                          q.value(5).toString()});
        }
    }
    QList<ApiProgress> out;
    for (const QString& api : apis)
        out.append(saved.value(api, ApiProgress{api, StepStatus::NotStarted, {}}));
    return out;
}

Result<qint64> ApiChecklist::setStatus(const QString& api, StepStatus status, qint64 shownVersion) {
    return write(api, "status", Checklist::statusKey(status), shownVersion);
}

Result<qint64> ApiChecklist::setNotes(const QString& api, const QString& notes, qint64 shownVersion) {
    if (notes.size() > 2000)
        return makeError(QCoreApplication::translate("ApiChecklist", "The notes are too long (at most 2,000 "
                                                                     "characters)."));
    return write(api, "notes", notes, shownVersion);
}

Result<qint64> ApiChecklist::write(const QString& api, const char* column, const QString& value, qint64 shownVersion) {
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString by = m_store.userName();
    const QString name = QString::fromLatin1(column);
    // Version 0 is "no row yet": a new row starts at 1, unless a teammate made it meanwhile.
    const auto changed =
        shownVersion == 0
            ? m_store.update(QStringLiteral("INSERT INTO api_checklist (api, %1, row_version, updated_by, updated_at) "
                                            "VALUES (?, ?, 1, ?, ?) ON CONFLICT (api) DO NOTHING")
                                 .arg(name),
                             {api, value, by, now})
            : m_store.update(QStringLiteral("UPDATE api_checklist SET %1 = ?, row_version = row_version + 1, "
                                            "updated_by = ?, updated_at = ? WHERE api = ? AND row_version = ?")
                                 .arg(name),
                             {value, by, now, api, shownVersion});
    if (!changed)
        return changed.error();
    if (*changed == 1)
        return shownVersion + 1;
    const ApiProgress theirs = list({api}).first();
    const StepConflict c{StepId::Development, theirs.updatedBy,
                         QDateTime::fromString(theirs.updatedAt, Qt::ISODateWithMs), StepConflict::Kind::Api,
                         label(api)};
    if (m_sink) {
        m_sink(c, [store = &m_store, sink = m_sink, api, column, value]() -> Status {
            ApiChecklist again(*store, sink);
            const auto saved = again.write(api, column, value, again.list({api}).first().rowVersion);
            return saved ? Status{} : Status(saved.error());
        });
    }
    return makeError(Project::conflictText(c));
}

int ApiChecklist::doneCount(const QStringList& apis) const {
    int n = 0;
    for (const ApiProgress& p : list(apis))
        n += p.status == StepStatus::Done ? 1 : 0;
    return n;
}

} // namespace bmp
