#include "net/ProposalRequests.h"

#include "domain/BusinessCalendar.h"
#include "domain/ProposalStore.h"
#include "domain/Validators.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bmp::net::ProposalRequests {

namespace {

const QString kDto = QStringLiteral("dto");

PersonType personTypeOf(const ProposalScenario& s) {
    return Validators::digitsOnly(s.borrower.document).size() == 14 ? PersonType::Company : PersonType::Individual;
}

QJsonObject loanFields(const ProposalScenario& s) {
    return QJsonObject{{QStringLiteral("vlrSolicitado"), Money::toJsonNumber(s.loan.amount)},
                       {QStringLiteral("prazo"), s.loan.installments},
                       {QStringLiteral("percJurosNegociado"), s.loan.monthlyRatePercent},
                       {QStringLiteral("vlrTAC"), Money::toJsonNumber(s.loan.tac)}};
}

QJsonObject withLocator(const ScenarioRun& run, std::initializer_list<std::pair<QString, QJsonValue>> siblings) {
    QJsonObject out{{kDto, locator(run)}};
    for (const auto& [name, value] : siblings)
        out.insert(name, value);
    return out;
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
    dto.insert(QStringLiteral("tipoPessoa"), static_cast<int>(personTypeOf(s))); // the include has no such field
    dto.insert(QStringLiteral("nroDiasAcrescimo"), 0); // BMP's default first due date: the same day next month
    return QJsonObject{{kDto, dto}};
}

QJsonObject person(const ProposalScenario& s) {
    const Borrower& b = s.borrower;
    QJsonObject dto{{QStringLiteral("nome"), b.name.simplified()},
                    {QStringLiteral("documentoFederal"), Validators::digitsOnly(b.document)}};
    if (personTypeOf(s) == PersonType::Company) {
        // BMP's reference shows no pj member in our copies; the date is the company's founding date.
        QJsonObject pj;
        if (b.birthDate.isValid())
            pj.insert(QStringLiteral("dtFundacao"), b.birthDate.toString(Qt::ISODate));
        dto.insert(QStringLiteral("pj"), pj);
    } else {
        QJsonObject pf{{QStringLiteral("rg"), b.rg.simplified()}};
        if (b.birthDate.isValid())
            pf.insert(QStringLiteral("dtNasc"), b.birthDate.toString(Qt::ISODate));
        dto.insert(QStringLiteral("pf"), pf);
    }
    return QJsonObject{{kDto, dto}};
}

QJsonObject address(const ProposalScenario& s) {
    const Borrower& b = s.borrower;
    const QJsonObject dto{{QStringLiteral("cep"), Validators::digitsOnly(b.cep)},
                          {QStringLiteral("logradouro"), b.street.simplified()},
                          {QStringLiteral("nroLogradouro"), b.number.simplified()},
                          {QStringLiteral("bairro"), b.district.simplified()},
                          {QStringLiteral("cidade"), b.city.simplified()},
                          {QStringLiteral("uf"), b.uf.trimmed().toUpper()},
                          {QStringLiteral("enderecoPrincipal"), true}};
    return QJsonObject{{kDto, dto},
                       {QStringLiteral("param"),
                        QJsonObject{{QStringLiteral("documentoCliente"), Validators::digitsOnly(b.document)}}}};
}

QJsonObject include(const ProposalScenario& s, const QString& codigoOperacao, const std::optional<LoanResult>& ours) {
    QJsonObject dto = loanFields(s);
    dto.insert(QStringLiteral("documentoCliente"), Validators::digitsOnly(s.borrower.document));
    dto.insert(QStringLiteral("codigoOperacao"), codigoOperacao);
    dto.insert(QStringLiteral("propostaContaPagamentoDTO"), s.account.toBmpJson());
    if (ours) {
        dto.insert(QStringLiteral("vlrIOF"), Money::toJsonNumber(ours->vlrIOF));
        // percIOF: BMP does not say whether it is the daily or an annual rate; we send the daily rate (the
        // calculation report shows both, docs/BMP-API.md).
        dto.insert(QStringLiteral("percIOF"), ours->iofRate.dailyRatePercent);
        dto.insert(QStringLiteral("percIOFAdicional"), ours->iofRate.additionalRatePercent);
        dto.insert(QStringLiteral("vlrParcela"), Money::toJsonNumber(ours->vlrParcela));
        dto.insert(QStringLiteral("dtPrimeiroVencto"), ours->dtPrimeiroVencto.toString(Qt::ISODate));
    }
    return QJsonObject{{kDto, dto}};
}

QJsonObject signature(const ScenarioRun& run, const ProposalScenario& s, const QDateTime& signedAt) {
    const Borrower& b = s.borrower;
    const QJsonObject signer{{QStringLiteral("nome"), b.name.simplified()},
                             {QStringLiteral("email"), b.email.trimmed()},
                             {QStringLiteral("documento"), Validators::digitsOnly(b.document)},
                             {QStringLiteral("descricao"), QStringLiteral("Emitente")},
                             {QStringLiteral("telefoneCelular"), Validators::digitsOnly(b.mobile)},
                             {QStringLiteral("notificarPorEmail"), false},
                             {QStringLiteral("notificarPorWhatsApp"), false},
                             {QStringLiteral("dtAssinatura"), signedAt.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("ipAssinatura"), b.signatureIp.trimmed()}};
    return withLocator(run, {{QStringLiteral("assinantes"), QJsonArray{signer}}});
}

QJsonObject locator(const ScenarioRun& run) {
    QJsonObject dto{{QStringLiteral("codigoOperacao"), run.codigoOperacao}};
    if (!run.codigoProposta.isEmpty())
        dto.insert(QStringLiteral("codigoProposta"), run.codigoProposta);
    if (run.numeroProposta > 0)
        dto.insert(QStringLiteral("numeroProposta"), double(run.numeroProposta));
    return dto;
}

QJsonObject locatorOnly(const ScenarioRun& run) {
    return withLocator(run, {});
}

QJsonObject updateAccount(const ScenarioRun& run, const Disbursement& account) {
    return withLocator(run, {{QStringLiteral("dtoPagto"), account.toBmpJson()}});
}

QJsonObject reject(const ScenarioRun& run, int motive, const QString& text) {
    return withLocator(run, {{QStringLiteral("propostaRecusaDTO"),
                              QJsonObject{{QStringLiteral("motivoRejeicao"), motive},
                                          {QStringLiteral("textoMotivoRecusa"), text.simplified()}}}});
}

QJsonObject cancel(const ScenarioRun& run, const QString& text) {
    return withLocator(run, {{QStringLiteral("textoMotivoCancelamento"), text.simplified()}});
}

QByteArray body(const QJsonObject& request) {
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

ProposalScenario scenarioOf(const ScenarioRun& run, const ProposalScenario& fallback) {
    return run.inputs.isEmpty() ? fallback : ProposalScenario::fromJson(run.scenario, run.inputs);
}

QDate contractDateOf(const ScenarioRun& run) {
    if (run.simulatedOn.isValid())
        return run.simulatedOn;
    // Runs recorded before BMP's reference was followed kept the sandbox's dtContrato in the simulation.
    const QDate legacy = QDate::fromString(run.simulation.value(QStringLiteral("dtContrato")).toString(), Qt::ISODate);
    if (legacy.isValid())
        return legacy;
    return (run.updatedAt.isValid() ? run.updatedAt : QDateTime::currentDateTimeUtc())
        .toTimeZone(BusinessCalendar::saoPauloZone())
        .date();
}

} // namespace bmp::net::ProposalRequests
