#include "domain/Checklist.h"

namespace bmp {

QList<StepId> Checklist::allSteps() {
    QList<StepId> steps;
    for (int i = 1; i <= kStepCount; ++i)
        steps.append(static_cast<StepId>(i));
    return steps;
}

bool Checklist::isApplicable(StepId step, const QList<Product>& products) {
    if (step != StepId::Proposals || products.isEmpty())
        return true;
    for (Product p : products) {
        if (p != Product::Bureau)
            return true;
    }
    return false;
}

QList<StepId> Checklist::applicableSteps(const QList<Product>& products) {
    QList<StepId> steps;
    for (StepId s : allSteps()) {
        if (isApplicable(s, products))
            steps.append(s);
    }
    return steps;
}

QString Checklist::title(StepId step) {
    switch (step) {
    case StepId::Channel:
        return tr("Communication channel");
    case StepId::Scope:
        return tr("Project scope");
    case StepId::KeyRegistration:
        return tr("Public key registration");
    case StepId::Credentials:
        return tr("Approval credentials");
    case StepId::JwtToken:
        return tr("JWT and token");
    case StepId::Development:
        return tr("External development");
    case StepId::Proposals:
        return tr("Test proposals");
    case StepId::BmpApproval:
        return tr("Internal BMP approval");
    case StepId::Signoff:
        return tr("Signoff");
    case StepId::Accreditation:
        return tr("Production accreditation");
    case StepId::Delivery:
        return tr("Production delivery");
    }
    return {};
}

QString Checklist::meaning(StepId step) {
    switch (step) {
    case StepId::Channel:
        return tr("BMP adds your team to a project group (WhatsApp) with everyone involved. All project "
                  "communication goes through this group.");
    case StepId::Scope:
        return tr("In a scope alignment meeting BMP presents its APIs and use cases and the schedule is agreed.");
    case StepId::KeyRegistration:
        return tr("You create an RSA key pair and register its public key with BMP. BMP answers with the "
                  "client_id of your homologation access.");
    case StepId::Credentials:
        return tr("BMP delivers the homologation (approval) credentials: the client_id and the URLs to use.");
    case StepId::JwtToken:
        return tr("You sign JWT client assertions with your private key and exchange them for access tokens.");
    case StepId::Development:
        return tr("You integrate your systems with the BMP APIs in scope, including the status callbacks.");
    case StepId::Proposals:
        return tr("You send three test proposals: finalized with incorrect disbursement details, finalized with "
                  "correct details, and released with correct details — plus a calculation report when you "
                  "compute the loan yourself.");
    case StepId::BmpApproval:
        return tr("BMP runs its own homologation tests on your integration.");
    case StepId::Signoff:
        return tr("Every BackOffice area involved gives its final approval.");
    case StepId::Accreditation:
        return tr("Production is prepared and approved: a production key, distinct from the homologation one, "
                  "and production credentials, released only on eligible days.");
    case StepId::Delivery:
        return tr("BMP delivers the production environment and you go live.");
    }
    return {};
}

QString Checklist::needs(StepId step) {
    switch (step) {
    case StepId::Channel:
        return tr("A group name, a valid WhatsApp invite link and the participants from both sides.");
    case StepId::Scope:
        return tr("The products and APIs in scope, the alignment meeting date and a planned date for every step.");
    case StepId::KeyRegistration:
        return tr("An RSA key (2048 bits as BMP asks), its public key sent to BMP, and the client_id received.");
    case StepId::Credentials:
        return tr("The client_id, scope, token URL and API URL of each environment.");
    case StepId::JwtToken:
        return tr("A signed assertion accepted by the token endpoint and an access token received.");
    case StepId::Development:
        return tr("Every API in scope integrated and the callback URL configured per environment.");
    case StepId::Proposals:
        return tr("The three proposals reaching their target statuses, with their evidence.");
    case StepId::BmpApproval:
        return tr("BMP's test results and the resolution of every finding.");
    case StepId::Signoff:
        return tr("An approval from every BackOffice area.");
    case StepId::Accreditation:
        return tr("A production key, the production procedures and an eligible release date.");
    case StepId::Delivery:
        return tr("Production credentials, a successful token smoke test and the go-live date.");
    }
    return {};
}

QString Checklist::statusKey(StepStatus status) {
    switch (status) {
    case StepStatus::NotStarted:
        return QStringLiteral("not-started");
    case StepStatus::InProgress:
        return QStringLiteral("in-progress");
    case StepStatus::Blocked:
        return QStringLiteral("blocked");
    case StepStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<StepStatus> Checklist::statusFromKey(const QString& key) {
    for (StepStatus s : {StepStatus::NotStarted, StepStatus::InProgress, StepStatus::Blocked, StepStatus::Done}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString Checklist::statusLabel(StepStatus status) {
    switch (status) {
    case StepStatus::NotStarted:
        return tr("Not started");
    case StepStatus::InProgress:
        return tr("In progress");
    case StepStatus::Blocked:
        return tr("Blocked");
    case StepStatus::Done:
        return tr("Done");
    }
    return {};
}

QList<Product> Checklist::allProducts() {
    return {Product::Caas, Product::Fgts, Product::Bureau, Product::EConsignado};
}

QString Checklist::productKey(Product product) {
    switch (product) {
    case Product::Caas:
        return QStringLiteral("caas");
    case Product::Fgts:
        return QStringLiteral("fgts");
    case Product::Bureau:
        return QStringLiteral("bureau");
    case Product::EConsignado:
        return QStringLiteral("econsignado");
    }
    return {};
}

std::optional<Product> Checklist::productFromKey(const QString& key) {
    for (Product p : allProducts()) {
        if (productKey(p) == key.trimmed().toLower())
            return p;
    }
    return std::nullopt;
}

QString Checklist::productLabel(Product product) {
    switch (product) {
    case Product::Caas:
        return tr("CaaS (credit as a service)");
    case Product::Fgts:
        return tr("FGTS");
    case Product::Bureau:
        return tr("Bureau");
    case Product::EConsignado:
        return tr("E-Consignado");
    }
    return {};
}

QStringList Checklist::planningRules() {
    return {
        tr("All communication goes through the project WhatsApp group."),
        tr("BMP business hours: 09:00–18:00, Monday to Friday (São Paulo time)."),
        tr("Production credentials are never released on a Friday nor on the day before a holiday."),
        tr("Production rate limit: 1 request per second."),
    };
}

} // namespace bmp
