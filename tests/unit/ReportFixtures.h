#pragma once

// Projects and report data for the signoff report's tests and benchmark: a full project (demo data, signoff
// decisions, N evidence entries) with secrets planted where a careless report would print them.
#include "domain/DemoProject.h"
#include "domain/Project.h"
#include "report/ReportData.h"
#include "storage/ProjectStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QString>

#include <memory>

namespace fixtures {

// Never printed by any report: each appears in the project where a careless report could pick it up.
inline const QString kPlantedPassphrase = QStringLiteral("correct-horse-PLANTED-passphrase-7731");
inline const QString kPlantedToken = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.UExBTlRFRC1UT0tFTg.c2lnLVBMQU5URUQ");
inline const QString kPlantedAssertion = QStringLiteral("eyJ0eXAiOiJKV1QifQ.QVNTRVJUSU9OLVBMQU5URUQ.c2ln");
inline const QString kPlantedPrivateKey = QStringLiteral("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQPLANTED");

// As KeyPair::sha256Fingerprint() writes it: "AB:CD:..." (32 bytes).
inline QString fingerprint(int env) {
    const QByteArray digest = QCryptographicHash::hash(QByteArray::number(env), QCryptographicHash::Sha256);
    QStringList bytes;
    for (char b : digest)
        bytes.append(QStringLiteral("%1").arg(static_cast<quint8>(b), 2, 16, QLatin1Char('0')).toUpper());
    return bytes.join(u':');
}

inline QString proposalGuid(int n) {
    return QStringLiteral("3f2a9c1e-7b4d-4e8a-9c0f-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// Adds `count` evidence entries, the way the network layer records them (bodies redacted) — except that the URL
// of some carries a token in its query, which the report must not print.
inline bool addEvidence(bmp::Project& project, int count) {
    auto& store = project.store();
    return store
        .transaction([&]() -> bmp::Status {
            for (int i = 1; i <= count; ++i) {
                const bool token = i % 10 == 1;
                const QString url =
                    token ? QStringLiteral("https://auth.moneyp.dev.br/connect/token?access_token=%1&n=%2")
                                .arg(kPlantedToken)
                                .arg(i)
                          : QStringLiteral("https://api.bmpdigital.moneyp.dev.br/Proposta/Consultar/ev-%1")
                                .arg(i, 4, 10, QLatin1Char('0'));
                const QString at =
                    QDateTime(QDate(2026, 2, 3), QTime(14, 0), Qt::UTC).addSecs(i * 7).toString(Qt::ISODateWithMs);
                if (bmp::Status s = store.exec(
                        QStringLiteral("INSERT INTO evidence (at, environment, kind, method, url, status, request, "
                                       "response, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {at, i % 3 ? QStringLiteral("homologation") : QStringLiteral("production"),
                         token ? QStringLiteral("token") : QStringLiteral("proposal"), QStringLiteral("POST"), url,
                         i % 7 ? QVariant(200) : QVariant(QMetaType(QMetaType::Int)),
                         QStringLiteral("client_assertion=%1\tline2\\n").arg(kPlantedAssertion),
                         QStringLiteral("{\"access_token\":\"%1\",\n\"expires_in\":300}").arg(kPlantedToken),
                         i % 5 ? QVariant(100 + i) : QVariant(QMetaType(QMetaType::LongLong))});
                    !s)
                    return s;
            }
            return {};
        })
        .ok();
}

// A project as a team near the end would have it: demo data, every area decided (one with remarks), the dates of
// steps 10 and 11, `evidence` exchanges, and secrets planted in settings.
inline std::unique_ptr<bmp::Project> makeFullProject(const QString& path, const QString& partner, int evidence) {
    // The demo names the WhatsApp group after the partner (at most 100 characters): long names come after it.
    auto created = bmp::Project::create(path, QStringLiteral("Fintech"), {bmp::Product::Caas});
    if (!created)
        return nullptr;
    std::unique_ptr<bmp::Project> project = std::move(created).value();
    bool ok = bmp::fillDemoProject(*project, QDate::currentDate()).ok() && project->setPartner(partner).ok();
    bmp::Signoff& signoff = project->signoff();
    const QList<bmp::SignoffArea> areas = signoff.areas();
    for (int i = 0; i < areas.size(); ++i) {
        const bmp::SignoffArea& a = areas.at(i);
        if (a.decision != bmp::Decision::Pending)
            continue;
        ok = ok && signoff.setApprover(a.id, QStringLiteral("Aprovador %1 da Silva").arg(i + 1)).ok() &&
             signoff.setDecision(a.id, bmp::Decision::Approved, QDate::currentDate(), {}).ok();
    }
    ok = ok && signoff.setFinalSummary(QStringLiteral("Go-live confirmado com a BMP.\nPlantão: Carlos.")).ok();
    ok = ok && project->setSetting(QStringLiteral("keys.production.passphrase"), kPlantedPassphrase).ok() &&
         project->setSetting(QStringLiteral("keys.production.private_pem"), kPlantedPrivateKey).ok() &&
         project->setSetting(QStringLiteral("token.production.last"), kPlantedToken).ok();
    ok = ok && addEvidence(*project, evidence);
    return ok ? std::move(project) : nullptr;
}

// The sections later features fill, filled by hand: keys, token tests, the three proposals, a calculation.
inline bmp::report::ReportData withLaterSections(bmp::report::ReportData d) {
    using namespace bmp::report;
    d.keys = {
        {QStringLiteral("homologation"), fingerprint(1), QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"),
         QStringLiteral("bmp.digital.api.fintech_exemplo"), QDate(2026, 2, 2)},
        {QStringLiteral("production"), fingerprint(2), QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"),
         QStringLiteral("bmp.digital.api.fintech_exemplo.prd"), QDate(2026, 3, 2)}};
    d.tokenTests = {{QStringLiteral("homologation"), QDateTime(QDate(2026, 2, 3), QTime(14, 0), Qt::UTC), true, 200,
                     QStringLiteral("expires_in 300 s, scope bmp.digital.api.full.access")},
                    {QStringLiteral("production"), QDateTime(QDate(2026, 3, 3), QTime(13, 0), Qt::UTC), false, 400,
                     QStringLiteral("invalid_client")}};
    d.proposals = {{ProposalScenario::FinalizedIncorrectBank, QStringLiteral("homologation"), proposalGuid(1),
                    QStringLiteral("100231"), 11, QDateTime(QDate(2026, 2, 10), QTime(15, 0), Qt::UTC),
                    QDateTime(QDate(2026, 2, 10), QTime(14, 58), Qt::UTC), false},
                   {ProposalScenario::FinalizedCorrectBank, QStringLiteral("homologation"), proposalGuid(2),
                    QStringLiteral("100232"), 6, QDateTime(QDate(2026, 2, 10), QTime(15, 5), Qt::UTC),
                    QDateTime(QDate(2026, 2, 10), QTime(15, 3), Qt::UTC), false},
                   {ProposalScenario::ReleasedCorrectBank, QStringLiteral("homologation"), proposalGuid(3),
                    QStringLiteral("100233"), 8, QDateTime(QDate(2026, 2, 10), QTime(15, 9), Qt::UTC), QDateTime(),
                    true}};
    bmp::LoanInput input;
    input.amount = 1'000'000;
    input.installments = 12;
    input.monthlyRatePercent = 2.5;
    input.contractDate = QDate(2026, 2, 10);
    const auto loan = bmp::LoanCalculator::calculate(input);
    if (loan)
        d.calculation = CalculationSummary{*loan, {}};
    return d;
}

} // namespace fixtures
