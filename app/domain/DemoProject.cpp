#include "domain/DemoProject.h"

#include "domain/DemoProposals.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"

#include <QUuid>

namespace bmp {

namespace {

// Steps 9-11 half way: some areas decided, a release date on an eligible day, the first procedures done.
bool fillDemoSignoff(Project& project, const QDate& today) {
    Signoff& signoff = project.signoff();
    const QList<SignoffArea> areas = signoff.areas();
    if (areas.size() < 6)
        return false;
    struct Decided {
        int area;
        QString approver;
        Decision decision;
        int daysAgo;
        QString comments;
    };
    const Decided decided[] = {
        {0, QStringLiteral("Rafael Oliveira"), Decision::Approved, 3, {}},
        {1, QStringLiteral("Marina Costa"), Decision::ApprovedWithRemarks, 2,
         Project::tr("Approved; review the exposure limits after the first month in production.")},
        {4, QStringLiteral("Paulo Henrique Dias"), Decision::Approved, 1, {}},
    };
    bool ok = true;
    for (const Decided& d : decided) {
        const qint64 id = areas.at(d.area).id;
        ok = ok && signoff.setApprover(id, d.approver).ok() &&
             signoff.setDecision(id, d.decision, today.addDays(-d.daysAgo), d.comments).ok();
    }
    ok = ok && signoff.setApprover(areas.at(2).id, QStringLiteral("Luciana Prado")).ok();
    // The release on the first eligible day from step 10's planned date, the go-live on step 11's.
    const BusinessCalendar calendar = project.calendar();
    const QDate plannedRelease = project.step(StepId::Accreditation).planned;
    const QList<QDate> eligible =
        calendar.nextProductionCredentialDays(plannedRelease.isValid() ? plannedRelease : today.addDays(14), 1);
    if (eligible.isEmpty())
        return false;
    ok = ok && signoff.setReleaseDate(eligible.first()).ok();
    QDate goLive = qMax(project.step(StepId::Delivery).planned, eligible.first().addDays(1));
    while (!calendar.isBusinessDay(goLive))
        goLive = goLive.addDays(1);
    ok = ok && signoff.setGoLiveDate(goLive).ok();
    const QList<Procedure> procedures = signoff.procedures();
    for (int i = 0; i < qMin<qsizetype>(3, procedures.size()); ++i)
        ok = ok && signoff.setProcedureDone(procedures.at(i).id, true).ok();
    return ok;
}

} // namespace

Status fillDemoProject(Project& project, const QDate& today) {
    auto check = [](const Status& s) { return s.ok(); };
    const QDate start = today.addDays(-21);
    bool ok = check(project.setGroupName(QStringLiteral("BMP x %1").arg(project.partner()))) &&
              check(project.setInviteLink(QStringLiteral("https://chat.whatsapp.com/Kx7Qm2Lp9Rt4Vw8Zc3Bn6D"))) &&
              check(project.setProducts({Product::Caas})) &&
              check(project.setApis({QStringLiteral("Proposta — CalcularValoresProposta (simulation)"),
                                     QStringLiteral("Proposta — IncluirManualSimplificado (include)"),
                                     QStringLiteral("Proposta — Finalizar / Liberar / Consultar"),
                                     QStringLiteral("Pessoa — borrower registration"),
                                     QStringLiteral("Status callbacks")})) &&
              check(project.setPartnerComputesLoan(true)) && check(project.setAlignmentMeeting(start.addDays(3), true));
    const QList<Contact> people{
        {0, QStringLiteral("Ana Beatriz Souza"), Project::tr("Project manager"), Side::Partner,
         QStringLiteral("ana.souza@exemplo.com.br"), QStringLiteral("+5511987654321"), true},
        {0, QStringLiteral("Carlos Eduardo Lima"), Project::tr("Tech lead"), Side::Partner,
         QStringLiteral("carlos.lima@exemplo.com.br"), QStringLiteral("+5521998765432"), true},
        {0, QStringLiteral("Juliana Martins"), Project::tr("BMP implementation"), Side::Bmp,
         QStringLiteral("juliana.martins@bmp.example"), QStringLiteral("+5511976543210"), true},
        {0, QStringLiteral("Rafael Oliveira"), Project::tr("BMP BackOffice"), Side::Bmp,
         QStringLiteral("rafael.oliveira@bmp.example"), QString(), false},
    };
    for (const Contact& c : people)
        ok = ok && project.addContact(c).ok();
    // A plan that advances about a week per step.
    QDate planned = start;
    for (StepId id : project.applicableSteps()) {
        ok = ok && check(project.setStepPlanned(id, planned));
        planned = planned.addDays(id == StepId::Development ? 14 : 6);
    }
    ok = ok && check(project.setStepOwner(StepId::Channel, QStringLiteral("Ana Beatriz Souza"))) &&
         check(project.setStepActual(StepId::Channel, start.addDays(1))) &&
         check(project.setStepStatus(StepId::Channel, StepStatus::Done, Project::tr("Group created by BMP"))) &&
         check(project.setStepOwner(StepId::Scope, QStringLiteral("Ana Beatriz Souza"))) &&
         check(project.setStepActual(StepId::Scope, start.addDays(3))) &&
         check(project.setStepStatus(StepId::Scope, StepStatus::Done)) &&
         check(project.setStepOwner(StepId::KeyRegistration, QStringLiteral("Carlos Eduardo Lima"))) &&
         check(project.setStepStatus(StepId::KeyRegistration, StepStatus::InProgress)) &&
         check(project.setStepNotes(StepId::KeyRegistration,
                                    Project::tr("Reply to BMP's ticket with the public key only, no CC.")));
    // Step 3/4/5 rehearsed in practice: a key (its passphrase is thrown away: the demo never signs), registered
    // with the sandbox, its client_id and a successful token test.
    if (ok) {
        const auto key = crypto::KeyPair::generate(2048);
        const QString practice = QStringLiteral("practice");
        auto profile = project.environments().find(practice);
        ok = key.ok() && profile &&
             project.keys().store(practice, *key, QUuid::createUuid().toByteArray(), KeySource::Generated).ok() &&
             project.keys()
                 .recordRegistration(practice, RegistrationRoute::Http, QDateTime::currentDateTimeUtc().addSecs(-3600))
                 .ok();
        if (ok) {
            profile->clientId = QStringLiteral("bmp.digital.api.fintech_exemplo_ltda");
            ok = project.environments().save(*profile).ok();
        }
        TokenTest test;
        test.environment = practice;
        test.at = QDateTime::currentDateTimeUtc().addSecs(-3000);
        test.ok = true;
        test.httpStatus = 200;
        test.tokenType = QStringLiteral("Bearer");
        test.scope = profile ? profile->scope : QString();
        test.expiresIn = 3600;
        ok = ok && project.environments().recordTokenTest(test).ok();
    }
    ok = ok && fillDemoSignoff(project, today);
    if (!ok)
        return makeError(Project::tr("The demo project could not be filled."));
    return fillDemoProposals(project, today);
}

} // namespace bmp
