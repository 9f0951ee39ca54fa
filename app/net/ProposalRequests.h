#pragma once

#include "domain/LoanCalculator.h"
#include "domain/ProposalScenario.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace bmp {
struct ScenarioRun;
}

namespace bmp::net {

// The request bodies of BMP's proposal calls, built from a scenario, each in the shape of BMP's API reference
// (docs/BMP-API.md lists every field with the page it comes from; tests/data/bmp-api holds one golden shape per
// call). Every function returns the whole body: most calls send {"dto": …}; some send objects beside it
// (SalvarEndereco's "param", the signature's "assinantes", AtualizarContaPagamento's "dtoPagto", Recusar's
// "propostaRecusaDTO", Cancelar's "textoMotivoCancelamento").
namespace ProposalRequests {

// Our own calculation for the scenario's loan (contract date = the given day, first due date by the default rule).
Result<LoanResult> calculate(const ProposalScenario& scenario, const QDate& contractDate);
// The scenario as a run sent it, and the contract day to calculate on: the day BMP simulated (in São Paulo),
// else the day of the run, so that our figures and BMP's use the same dates.
ProposalScenario scenarioOf(const ScenarioRun& run, const ProposalScenario& fallback);
QDate contractDateOf(const ScenarioRun& run);

QJsonObject simulate(const ProposalScenario& scenario); // Proposta/CalcularValoresProposta
QJsonObject person(const ProposalScenario& scenario);   // Pessoa/Salvar
QJsonObject address(const ProposalScenario& scenario);  // Pessoa/SalvarEndereco
// Proposta/IncluirManualSimplificado. With `ours`, the partner's own figures go along (vlrIOF, vlrParcela, …):
// the case of the calculation report.
QJsonObject include(const ProposalScenario& scenario, const QString& codigoOperacao,
                    const std::optional<LoanResult>& ours);
// Proposta/IncluirAssinaturaCCBFinalizada ("relogon"): the borrower, who signed in the partner's system at
// `signedAt`.
QJsonObject signature(const ScenarioRun& run, const ProposalScenario& scenario, const QDateTime& signedAt);
QJsonObject locatorOnly(const ScenarioRun& run); // {"dto": locator}: Finalizar, Liberar, Consultar
QJsonObject updateAccount(const ScenarioRun& run, const Disbursement& account); // AtualizarContaPagamento
QJsonObject reject(const ScenarioRun& run, int motive, const QString& text);    // Recusar
QJsonObject cancel(const ScenarioRun& run, const QString& text);                // Cancelar
// The locator dto{codigoProposta, codigoOperacao, numeroProposta}, with what the run knows.
QJsonObject locator(const ScenarioRun& run);
// Compact JSON; the same object always gives the same bytes (an idempotent retry must resend them exactly).
QByteArray body(const QJsonObject& request);

} // namespace ProposalRequests

} // namespace bmp::net
