#include "net/ProposalRequests.h"

#include "domain/BusinessCalendar.h"
#include "domain/ProposalStore.h"
#include "domain/Validators.h"

#include <QJsonDocument>

namespace bmp::net::ProposalRequests {

namespace {

PersonType personTypeOf(const ProposalScenario& s) {
    return Validators::digitsOnly(s.borrower.document).size() == 14 ? PersonType::Company : PersonType::Individual;
}

QJsonObject loanFields(const ProposalScenario& s) {
    return QJsonObject{{QStringLiteral("vlrSolicitado"), Money::toJsonNumber(s.loan.amount)},
                       {QStringLiteral("prazo"), s.loan.installments},
                       {QStringLiteral("percJurosNegociado"), s.loan.monthlyRatePercent},
                       {QStringLiteral("tipoPessoa"), static_cast<int>(personTypeOf(s))},
                       {QStringLiteral("vlrTAC"), Money::toJsonNumber(s.loan.tac)}};
}

} // namespace

Result<LoanResult> calculate(const ProposalScenario& s, const QDate& contractDate) {
    LoanInput in;
    in.amount = s.loan.amount;
    in.installments = s.loan.installments;
    in.monthlyRatePercent = s.loan.monthlyRatePercent;
    in.contractDate = contractDate;
    in.personType = personTypeOf(s);
    in.tac = s.loan.tac;
    return LoanCalculator::calculate(in);
}

QJsonObject simulate(const ProposalScenario& s) {
    QJsonObject dto = loanFields(s);
    dto.insert(QStringLiteral("nroDiasAcrescimo"), 0);
    return dto;
}

QJsonObject person(const ProposalScenario& s) {
    const Borrower& b = s.borrower;
    QJsonObject dto{{QStringLiteral("documentoFederal"), Validators::digitsOnly(b.document)},
                    {QStringLiteral("nome"), b.name.simplified()},
                    {QStringLiteral("tipoPessoa"), static_cast<int>(personTypeOf(s))},
                    {QStringLiteral("endereco"), QJsonObject{{QStringLiteral("cep"), Validators::digitsOnly(b.cep)},
                                                             {QStringLiteral("logradouro"), b.street.simplified()},
                                                             {QStringLiteral("nroLogradouro"), b.number.simplified()},
                                                             {QStringLiteral("bairro"), b.district.simplified()},
                                                             {QStringLiteral("cidade"), b.city.simplified()},
                                                             {QStringLiteral("uf"), b.uf.trimmed().toUpper()}}}};
    if (b.birthDate.isValid())
        dto.insert(QStringLiteral("dtNascimento"), b.birthDate.toString(Qt::ISODate));
    return dto;
}

QJsonObject include(const ProposalScenario& s, const QString& codigoOperacao, const std::optional<LoanResult>& ours) {
    QJsonObject dto = loanFields(s);
    dto.insert(QStringLiteral("documentoCliente"), Validators::digitsOnly(s.borrower.document));
    dto.insert(QStringLiteral("codigoOperacao"), codigoOperacao);
    dto.insert(QStringLiteral("propostaContaPagamentoDTO"), s.account.toBmpJson());
    if (ours) {
        dto.insert(QStringLiteral("vlrIOF"), Money::toJsonNumber(ours->vlrIOF));
        dto.insert(QStringLiteral("percIOF"), ours->iofRate.dailyRatePercent);
        dto.insert(QStringLiteral("percIOFAdicional"), ours->iofRate.additionalRatePercent);
        dto.insert(QStringLiteral("vlrParcela"), Money::toJsonNumber(ours->vlrParcela));
        dto.insert(QStringLiteral("vlrTotalCredito"), Money::toJsonNumber(ours->vlrTotalCredito));
        dto.insert(QStringLiteral("vlrTotalDivida"), Money::toJsonNumber(ours->vlrTotalDivida));
        dto.insert(QStringLiteral("dtPrimeiroVencto"), ours->dtPrimeiroVencto.toString(Qt::ISODate));
    }
    return dto;
}

QJsonObject locator(const ScenarioRun& run) {
    QJsonObject dto{{QStringLiteral("codigoOperacao"), run.codigoOperacao}};
    if (!run.codigoProposta.isEmpty())
        dto.insert(QStringLiteral("codigoProposta"), run.codigoProposta);
    if (run.numeroProposta > 0)
        dto.insert(QStringLiteral("numeroProposta"), double(run.numeroProposta));
    return dto;
}

QJsonObject updateAccount(const ScenarioRun& run, const Disbursement& account) {
    QJsonObject dto = locator(run);
    dto.insert(QStringLiteral("propostaContaPagamentoDTO"), account.toBmpJson());
    return dto;
}

QByteArray body(const QJsonObject& dto) {
    return QJsonDocument(QJsonObject{{QStringLiteral("dto"), dto}}).toJson(QJsonDocument::Compact);
}

ProposalScenario scenarioOf(const ScenarioRun& run, const ProposalScenario& fallback) {
    return run.inputs.isEmpty() ? fallback : ProposalScenario::fromJson(run.scenario, run.inputs);
}

QDate contractDateOf(const ScenarioRun& run) {
    const QDate simulated =
        QDate::fromString(run.simulation.value(QStringLiteral("dtContrato")).toString(), Qt::ISODate);
    if (simulated.isValid())
        return simulated;
    return (run.updatedAt.isValid() ? run.updatedAt : QDateTime::currentDateTimeUtc())
        .toTimeZone(BusinessCalendar::saoPauloZone())
        .date();
}

} // namespace bmp::net::ProposalRequests
