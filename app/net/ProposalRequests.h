#pragma once

#include "domain/LoanCalculator.h"
#include "domain/ProposalScenario.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

#include <optional>

namespace bmp {
struct ScenarioRun;
}

namespace bmp::net {

// The dto objects of BMP's proposal calls (BMP-DOMAIN.md "Business API calls"), built from a scenario.
namespace ProposalRequests {

// Our own calculation for the scenario's loan (contract date = the given day, first due date by the default rule).
Result<LoanResult> calculate(const ProposalScenario& scenario, const QDate& contractDate);
// The scenario as a run sent it, and the contract day to calculate on: the day BMP simulated (its answer says
// which), else the day of the run, so that our figures and BMP's use the same dates.
ProposalScenario scenarioOf(const ScenarioRun& run, const ProposalScenario& fallback);
QDate contractDateOf(const ScenarioRun& run);

QJsonObject simulate(const ProposalScenario& scenario);
QJsonObject person(const ProposalScenario& scenario);
// With `ours`, the partner's own figures go along (vlrIOF, vlrParcela, …): the case of the calculation report.
QJsonObject include(const ProposalScenario& scenario, const QString& codigoOperacao,
                    const std::optional<LoanResult>& ours);
QJsonObject locator(const ScenarioRun& run);
QJsonObject updateAccount(const ScenarioRun& run, const Disbursement& account);
// {"dto": …}, compact; the same dto always gives the same bytes (an idempotent retry must resend them exactly).
QByteArray body(const QJsonObject& dto);

} // namespace ProposalRequests

} // namespace bmp::net
