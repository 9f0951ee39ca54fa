#include "domain/ProposalStore.h"

#include "storage/ProjectStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bmp {

namespace {

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString jsonText(const QJsonObject& o) {
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString& text) {
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QString ScenarioRun::stateKey(RunState state) {
    switch (state) {
    case RunState::Idle:
        return QStringLiteral("idle");
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Interrupted:
        return QStringLiteral("interrupted");
    case RunState::AwaitingFix:
        return QStringLiteral("awaiting-fix");
    case RunState::Done:
        return QStringLiteral("done");
    case RunState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

RunState ScenarioRun::stateFromKey(const QString& key) {
    for (RunState s : {RunState::Idle, RunState::Running, RunState::Interrupted, RunState::AwaitingFix, RunState::Done,
                       RunState::Failed}) {
        if (stateKey(s) == key)
            return s;
    }
    return RunState::Idle;
}

ProposalStore::ProposalStore(storage::ProjectStore& store)
    : m_store(store) {}

ProposalScenario ProposalStore::scenario(ScenarioId id) const {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT data FROM proposal_scenarios WHERE scenario = ?"));
    q.addBindValue(ProposalScenario::key(id));
    if (q.exec() && q.next())
        return ProposalScenario::fromJson(id, jsonObject(q.value(0).toString()));
    return ProposalScenario::defaults(id);
}

Status ProposalStore::saveScenario(const ProposalScenario& s) {
    return m_store.exec(QStringLiteral("INSERT INTO proposal_scenarios (scenario, data) VALUES (?, ?) "
                                       "ON CONFLICT (scenario) DO UPDATE SET data = excluded.data"),
                        {ProposalScenario::key(s.id), jsonText(s.toJson())});
}

ScenarioRun ProposalStore::run(const QString& environment, ScenarioId id) const {
    ScenarioRun r;
    r.environment = environment;
    r.scenario = id;
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT codigo_operacao, codigo_proposta, numero_proposta, status, step, state, "
                       "last_error, payment_text, simulation, inputs, pending_call, pending_key, pending_body, "
                       "requests, updated_at, simulated_on, signed_at FROM proposal_runs WHERE environment = ? AND "
                       "scenario = ?"));
    q.addBindValue(environment);
    q.addBindValue(ProposalScenario::key(id));
    if (!q.exec() || !q.next())
        return r;
    r.codigoOperacao = q.value(0).toString();
    r.codigoProposta = q.value(1).toString();
    r.numeroProposta = q.value(2).toLongLong();
    r.status = q.value(3).toInt();
    r.step = q.value(4).toString();
    r.state = ScenarioRun::stateFromKey(q.value(5).toString());
    r.lastError = q.value(6).toString();
    r.paymentText = q.value(7).toString();
    r.simulation = jsonObject(q.value(8).toString());
    r.inputs = jsonObject(q.value(9).toString());
    if (!q.value(10).toString().isEmpty()) {
        r.pending =
            PendingCall{q.value(10).toString(), q.value(11).toString().toLatin1(), q.value(12).toString().toUtf8()};
    }
    r.requests = q.value(13).toInt();
    r.updatedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    r.simulatedOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    r.signedAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    return r;
}

QList<ScenarioRun> ProposalStore::runs(const QString& environment) const {
    QList<ScenarioRun> out;
    for (ScenarioId id : ProposalScenario::all())
        out.append(run(environment, id));
    return out;
}

Status ProposalStore::saveRun(const ScenarioRun& r) {
    const PendingCall pending = r.pending.value_or(PendingCall{});
    return m_store.exec(
        QStringLiteral(
            "INSERT INTO proposal_runs (environment, scenario, codigo_operacao, codigo_proposta, numero_proposta, "
            "status, step, state, last_error, payment_text, simulation, inputs, pending_call, pending_key, "
            "pending_body, requests, updated_at, simulated_on, signed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (environment, scenario) DO UPDATE SET codigo_operacao = excluded.codigo_operacao, "
            "codigo_proposta = excluded.codigo_proposta, numero_proposta = excluded.numero_proposta, "
            "status = excluded.status, step = excluded.step, state = excluded.state, "
            "last_error = excluded.last_error, payment_text = excluded.payment_text, "
            "simulation = excluded.simulation, inputs = excluded.inputs, pending_call = excluded.pending_call, "
            "pending_key = excluded.pending_key, pending_body = excluded.pending_body, "
            "requests = excluded.requests, updated_at = excluded.updated_at, simulated_on = excluded.simulated_on, "
            "signed_at = excluded.signed_at"),
        {r.environment, ProposalScenario::key(r.scenario), r.codigoOperacao, r.codigoProposta, r.numeroProposta,
         r.status, r.step, ScenarioRun::stateKey(r.state), r.lastError, r.paymentText, jsonText(r.simulation),
         jsonText(r.inputs), pending.call, QString::fromLatin1(pending.idempotencyKey), QString::fromUtf8(pending.body),
         r.requests, nowText(), r.simulatedOn.isValid() ? r.simulatedOn.toString(Qt::ISODate) : QString(),
         r.signedAt.isValid() ? r.signedAt.toUTC().toString(Qt::ISODateWithMs) : QString()});
}

Status ProposalStore::recordStatus(ScenarioRun& r, int status, const QString& source, const QString& note) {
    const QList<StatusEvent> past = history(r.environment, r.scenario);
    const bool changed = past.isEmpty() || past.last().status != status;
    const int before = r.status;
    r.status = status;
    const Status s = m_store.transaction([&]() -> Status {
        if (changed) {
            if (Status e = m_store.exec(
                    QStringLiteral("INSERT INTO proposal_status_history (environment, scenario, codigo_proposta, "
                                   "status, source, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {r.environment, ProposalScenario::key(r.scenario), r.codigoProposta, status, source, note,
                     nowText()});
                !e)
                return e;
        }
        return saveRun(r);
    });
    if (!s)
        r.status = before;
    return s;
}

QList<StatusEvent> ProposalStore::history(const QString& environment, ScenarioId id) const {
    QList<StatusEvent> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT status, at, source, note FROM proposal_status_history WHERE environment = ? AND "
                             "scenario = ? ORDER BY id"));
    q.addBindValue(environment);
    q.addBindValue(ProposalScenario::key(id));
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toInt(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                    q.value(2).toString(), q.value(3).toString()});
    }
    return out;
}

Status ProposalStore::linkEvidence(const QString& environment, ScenarioId id, qint64 evidenceId, const QString& call) {
    return m_store.exec(QStringLiteral("INSERT OR IGNORE INTO proposal_evidence (environment, scenario, evidence_id, "
                                       "call) VALUES (?, ?, ?, ?)"),
                        {environment, ProposalScenario::key(id), evidenceId, call});
}

QList<RunEvidence> ProposalStore::evidence(const QString& environment, ScenarioId id) const {
    QList<RunEvidence> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT evidence_id, call FROM proposal_evidence WHERE environment = ? AND scenario = ? "
                             "ORDER BY evidence_id"));
    q.addBindValue(environment);
    q.addBindValue(ProposalScenario::key(id));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

Status ProposalStore::resetRun(const QString& environment, ScenarioId id) {
    const QString key = ProposalScenario::key(id);
    return m_store.transaction([&]() -> Status {
        for (const char* table : {"proposal_runs", "proposal_status_history", "proposal_evidence"}) {
            if (Status e = m_store.exec(
                    QStringLiteral("DELETE FROM %1 WHERE environment = ? AND scenario = ?").arg(QLatin1String(table)),
                    {environment, key});
                !e)
                return e;
        }
        return {};
    });
}

} // namespace bmp
