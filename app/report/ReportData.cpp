#include "report/ReportData.h"

#include "domain/Environments.h"
#include "domain/Project.h"
#include "domain/ProposalStore.h"
#include "net/ProposalRequests.h"
#include "storage/ProjectStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bmp::report {

bool ReportData::proposalsApply() const {
    return Checklist::isApplicable(StepId::Proposals, products);
}

std::optional<StepRow> ReportData::stepRow(StepId id) const {
    for (const StepRow& r : steps) {
        if (r.step == id)
            return r;
    }
    return std::nullopt;
}

Result<ReportData> ReportData::fromProject(Project& project, const QDateTime& now) {
    ReportData d;
    d.partner = project.partner();
    d.products = project.scope().products;
    d.createdAt = QDateTime::fromString(project.setting(QStringLiteral("created_at")), Qt::ISODateWithMs);
    d.generatedAt = now.toUTC();
    for (StepId id : project.applicableSteps()) {
        const StepState& s = project.step(id);
        StepRow row{id, s.status, s.owner, s.planned, s.actual, {}, {}, {}};
        if (const auto forced = project.overrideOf(id)) {
            row.overrideReason = forced->note;
            row.overrideBy = forced->by;
            row.overrideAt = forced->at;
        }
        d.steps.append(row);
    }
    d.partnerComputesLoan = project.scope().partnerComputesLoan;
    d.groupName = project.channel().groupName;
    d.inviteLinkRecorded = !project.channel().inviteLink.isEmpty();
    d.contacts = project.contacts();

    const Signoff& signoff = project.signoff();
    d.areas = signoff.areas();
    d.releaseDate = signoff.releaseDate();
    d.procedures = signoff.procedures();
    d.goLive = signoff.goLiveDate();
    d.finalSummary = signoff.finalSummary();

    // The three proposals as step 7 recorded them, per environment: the ones that reached BMP.
    const ProposalStore proposals(project.store());
    for (const EnvironmentProfile& env : project.environments().list()) {
        for (const ScenarioRun& run : proposals.runs(env.name)) {
            if (!run.hasProposal())
                continue;
            ProposalRecord r;
            r.scenario = run.scenario == ScenarioId::IncorrectFinalized ? ProposalScenario::FinalizedIncorrectBank
                         : run.scenario == ScenarioId::CorrectFinalized ? ProposalScenario::FinalizedCorrectBank
                                                                        : ProposalScenario::ReleasedCorrectBank;
            r.environment = run.environment;
            r.codigoProposta = run.codigoProposta;
            r.numeroProposta = run.numeroProposta ? QString::number(run.numeroProposta) : QString();
            if (run.status != ProposalStatus::None)
                r.finalStatus = run.status;
            r.at = run.updatedAt;
            r.signedAt = run.signedAt;
            r.signatureWaived = env.signatureWaived;
            d.proposals.append(r);
        }
    }

    // The calculation report when the partner computes the loan: scenario B's loan, from the environment closest
    // to production that simulated it (BMP's answer is then cross-checked), else our figures alone.
    if (d.partnerComputesLoan) {
        std::optional<ScenarioRun> chosen;
        for (const char* env : {"production", "homologation", "practice"}) {
            const ScenarioRun run = proposals.run(QString::fromLatin1(env), ScenarioId::CorrectFinalized);
            if (!chosen || (!run.simulation.isEmpty() && chosen->simulation.isEmpty()))
                chosen = run;
        }
        const bmp::ProposalScenario scenario =
            net::ProposalRequests::scenarioOf(*chosen, proposals.scenario(ScenarioId::CorrectFinalized));
        if (auto result = net::ProposalRequests::calculate(scenario, net::ProposalRequests::contractDateOf(*chosen))) {
            CalculationSummary summary{*result, {}};
            if (!chosen->simulation.isEmpty())
                summary.comparison = CalculationReport::compareWithSimulation(*result, chosen->simulation);
            d.calculation = summary;
        }
    }

    // Keys and token tests as the keys/token steps record them (schema 4): identification and outcome only. The
    // keys table also holds the encrypted private key; it is never selected here.
    QSqlQuery q(project.store().database());
    q.setForwardOnly(true);
    QStringList withKey;
    if (!q.exec(QStringLiteral("SELECT environment, fingerprint, thumbprint, registered_at FROM keys "
                               "ORDER BY environment"))) {
        return makeError(Project::tr("The project file could not be read."), q.lastError().text());
    }
    while (q.next()) {
        const QString env = q.value(0).toString();
        const auto profile = project.environments().find(env);
        const QString registered = q.value(3).toString();
        d.keys.append({env, q.value(1).toString(), q.value(2).toString(), profile ? profile->clientId : QString(),
                       QDate::fromString(registered.left(10), Qt::ISODate)});
        withKey.append(env);
    }
    for (const EnvironmentProfile& p : project.environments().list()) {
        if (!p.clientId.isEmpty() && !withKey.contains(p.name))
            d.keys.append({p.name, QString(), QString(), p.clientId, QDate()});
    }
    for (const TokenTest& t : project.environments().tokenTests()) {
        TokenTestRecord r;
        r.environment = t.environment;
        r.at = t.at;
        r.succeeded = t.ok;
        if (t.httpStatus > 0)
            r.httpStatus = t.httpStatus;
        r.detail = t.ok ? QStringLiteral("%1, expires_in %2 s, scope %3").arg(t.tokenType).arg(t.expiresIn).arg(t.scope)
                        : t.error;
        d.tokenTests.append(r);
    }

    if (!q.exec(QStringLiteral("SELECT id, at, environment, kind, method, url, status, request, response, duration_ms "
                               "FROM evidence ORDER BY id"))) {
        return makeError(Project::tr("The project file could not be read."), q.lastError().text());
    }
    while (q.next()) {
        EvidenceEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.environment = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.method = q.value(4).toString();
        e.url = q.value(5).toString();
        if (!q.value(6).isNull())
            e.status = q.value(6).toInt();
        e.request = q.value(7).toString();
        e.response = q.value(8).toString();
        if (!q.value(9).isNull())
            e.durationMs = q.value(9).toLongLong();
        d.evidence.append(std::move(e));
    }
    return d;
}

} // namespace bmp::report
