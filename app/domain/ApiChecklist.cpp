#include "domain/ApiChecklist.h"

#include "storage/ProjectStore.h"

#include <QCoreApplication>
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

ApiChecklist::ApiChecklist(storage::ProjectStore& store)
    : m_store(store) {}

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
