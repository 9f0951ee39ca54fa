#pragma once

#include "domain/ProposalScenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bmp::net {

// The plan of each step-7 scenario on BMP's documented flow (docs/BMP-API.md, "The flow"): simulate → save the
// borrower → its address → include → record the signature → finalize → (release) → wait for the target status.
// Pure functions: the worker drives them, the tests check them without a network.
namespace ProposalFlow {

// Step keys, stored in the project (proposal_runs.step): never rename one without a migration.
namespace step {
inline const QString Simulate = QStringLiteral("simulate");
inline const QString Person = QStringLiteral("person");
inline const QString Address = QStringLiteral("address");
inline const QString Include = QStringLiteral("include");
inline const QString Locate = QStringLiteral("locate");
inline const QString Sign = QStringLiteral("sign");
inline const QString Finalize = QStringLiteral("finalize");
inline const QString Release = QStringLiteral("release");
inline const QString AwaitPayment = QStringLiteral("await-payment");
inline const QString Fix = QStringLiteral("fix");
inline const QString AwaitPaid = QStringLiteral("await-paid");
inline const QString Confirm = QStringLiteral("confirm");
inline const QString Withdraw = QStringLiteral("withdraw"); // Cancelar or Recusar, asked for by the user
inline const QString Done = QStringLiteral("done");
} // namespace step

struct Options {
    bool releaseIncorrect = true; // a: release after finalizing, so that a payment is attempted and fails
    bool signature = true;        // IncluirAssinaturaCCBFinalizada before Finalizar (false: BMP waived it)
};

QStringList plan(ScenarioId id, const Options& options);
QString next(ScenarioId id, const Options& options, const QString& current);
// Where a scenario stands once BMP told its status (after finding a proposal again, or resuming an old run).
QString stepForStatus(ScenarioId id, const Options& options, int status, bool signedAlready);
bool isWait(const QString& step); // steps that poll Consultar
// The BMP call a step sends, and the controller of a call ("Pessoa" or "Proposta").
QString callOf(const QString& step);
QString controllerOf(const QString& call);
QString label(const QString& step); // translated: "Finalizing (Finalizar)", …

} // namespace ProposalFlow

} // namespace bmp::net
