#include "domain/DemoProject.h"

#include "domain/DemoProposals.h"
#include "domain/Project.h"

namespace bmp {

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
    if (!ok)
        return makeError(Project::tr("The demo project could not be filled."));
    return fillDemoProposals(project, today);
}

} // namespace bmp
