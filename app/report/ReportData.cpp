#include "report/ReportData.h"

#include "domain/Project.h"
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
        d.steps.append({id, s.status, s.owner, s.planned, s.actual});
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

    QSqlQuery q(project.store().database());
    q.setForwardOnly(true);
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
