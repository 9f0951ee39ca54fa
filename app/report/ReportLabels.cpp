#include "report/ReportLabels.h"

namespace bmp::report {

QString ReportLabels::stepTitle(StepId step) const {
    switch (step) {
    case StepId::Channel:
        return m_lang.translate("Checklist", "Communication channel");
    case StepId::Scope:
        return m_lang.translate("Checklist", "Project scope");
    case StepId::KeyRegistration:
        return m_lang.translate("Checklist", "Public key registration");
    case StepId::Credentials:
        return m_lang.translate("Checklist", "Approval credentials");
    case StepId::JwtToken:
        return m_lang.translate("Checklist", "JWT and token");
    case StepId::Development:
        return m_lang.translate("Checklist", "External development");
    case StepId::Proposals:
        return m_lang.translate("Checklist", "Test proposals");
    case StepId::BmpApproval:
        return m_lang.translate("Checklist", "Internal BMP approval");
    case StepId::Signoff:
        return m_lang.translate("Checklist", "Signoff");
    case StepId::Accreditation:
        return m_lang.translate("Checklist", "Production accreditation");
    case StepId::Delivery:
        return m_lang.translate("Checklist", "Production delivery");
    }
    return {};
}

QString ReportLabels::status(StepStatus status) const {
    switch (status) {
    case StepStatus::NotStarted:
        return m_lang.translate("Checklist", "Not started");
    case StepStatus::InProgress:
        return m_lang.translate("Checklist", "In progress");
    case StepStatus::Blocked:
        return m_lang.translate("Checklist", "Blocked");
    case StepStatus::Done:
        return m_lang.translate("Checklist", "Done");
    }
    return {};
}

QString ReportLabels::product(Product product) const {
    switch (product) {
    case Product::Caas:
        return m_lang.translate("Checklist", "CaaS (credit as a service)");
    case Product::Fgts:
        return m_lang.translate("Checklist", "FGTS");
    case Product::Bureau:
        return m_lang.translate("Checklist", "Bureau");
    case Product::EConsignado:
        return m_lang.translate("Checklist", "E-Consignado");
    }
    return {};
}

QString ReportLabels::decision(Decision decision) const {
    return m_lang.translate("Signoff", Decisions::source(decision));
}

QString ReportLabels::seeded(SeededText::Kind kind, const QString& key, const QString& stored) const {
    const char* source = SeededText::source(kind, key);
    return source ? m_lang.translate(SeededText::context(kind), source) : stored;
}

QString ReportLabels::environment(const QString& key) const {
    if (key == QLatin1String("homologation"))
        return m_lang.translate("SignoffReport", "Homologation");
    if (key == QLatin1String("production"))
        return m_lang.translate("SignoffReport", "Production");
    if (key == QLatin1String("practice"))
        return m_lang.translate("SignoffReport", "Practice (sandbox)");
    return key;
}

QString ReportLabels::scenario(ProposalScenario scenario) const {
    switch (scenario) {
    case ProposalScenario::FinalizedIncorrectBank:
        return m_lang.translate("SignoffReport", "a. Finalized, incorrect bank details");
    case ProposalScenario::FinalizedCorrectBank:
        return m_lang.translate("SignoffReport", "b. Finalized, correct bank details");
    case ProposalScenario::ReleasedCorrectBank:
        return m_lang.translate("SignoffReport", "c. Released, correct bank details");
    }
    return {};
}

QString ReportLabels::proposalStatus(int situacao) const {
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("SignoffReport", "draft"),     QT_TRANSLATE_NOOP("SignoffReport", "under review"),
        QT_TRANSLATE_NOOP("SignoffReport", "approved"),  QT_TRANSLATE_NOOP("SignoffReport", "rejected"),
        QT_TRANSLATE_NOOP("SignoffReport", "canceled"),  QT_TRANSLATE_NOOP("SignoffReport", "pending"),
        QT_TRANSLATE_NOOP("SignoffReport", "finalized"), QT_TRANSLATE_NOOP("SignoffReport", "verified"),
        QT_TRANSLATE_NOOP("SignoffReport", "released"),  QT_TRANSLATE_NOOP("SignoffReport", "paid"),
        QT_TRANSLATE_NOOP("SignoffReport", "assigned"),  QT_TRANSLATE_NOOP("SignoffReport", "pending payment"),
    };
    if (situacao < 0 || situacao >= static_cast<int>(std::size(names)))
        return QString::number(situacao);
    return QStringLiteral("%1 — %2").arg(situacao).arg(m_lang.translate("SignoffReport", names[situacao]));
}

} // namespace bmp::report
