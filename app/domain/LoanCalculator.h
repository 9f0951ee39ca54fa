#pragma once

#include "core/Result.h"
#include "domain/IofRates.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace bmp {

struct LoanInput {
    Cents amount = 0; // vlrSolicitado: the amount released to the borrower
    int installments = 0;
    double monthlyRatePercent = 0; // percJurosNegociado, % a month
    QDate contractDate;
    std::optional<QDate> firstDueDate; // default: LoanConventions::defaultFirstDueDate
    PersonType personType = PersonType::Individual;
    bool simplesNacional = false; // Simples Nacional/MEI company (PJ only)
    Cents tac = 0;                // vlrTAC, financed
};

// One row of the schedule, with the names BMP uses for parcelas. Money in centavos.
struct LoanInstallment {
    int nroParcela = 0;
    QDate dtVencimento;
    int dias = 0; // t_k, calendar days from the contract date
    Cents vlrParcela = 0;
    Cents vlrJuros = 0;
    Cents vlrAmortizacao = 0;
    Cents vlrSaldo = 0;       // balance after this installment
    double fatorDesconto = 0; // v_k = (1+i)^(-t_k/30), shown in the report so the installment can be re-derived
};

// The calculation with BMP's names (CalcularValoresProposta / IncluirManualSimplificado). Money in centavos,
// percentages rounded to 4 decimals.
struct LoanResult {
    LoanInput input;
    int prazo = 0;
    QDate dtContratacao;
    QDate dtPrimeiroVencto;
    Cents vlrSolicitado = 0;
    Cents vlrTAC = 0;
    Cents vlrIOF = 0;
    Cents vlrTotalCredito = 0; // vlrSolicitado + vlrTAC + vlrIOF
    Cents vlrParcela = 0;
    Cents vlrTotalDivida = 0;   // prazo x vlrParcela (the convention), not the schedule's sum
    Cents vlrTotalParcelas = 0; // sum of the schedule, last installment included
    double percJurosMensal = 0;
    double percJurosAnual = 0;
    double percCETMensal = 0;
    double percCETAnual = 0;
    IofRateEntry iofRate;      // the table entry applied
    double iofFactor = 0;      // c: IOF of a unit loan (fraction of the amount financed)
    double discountSum = 0;    // sum of v_k; vlrParcela = vlrTotalCredito / discountSum before rounding
    double cetAnnualExact = 0; // unrounded, as a fraction (0.4065 = 40.65%)
    QList<LoanInstallment> parcelas;
    QStringList warnings; // translated; e.g. a last installment far from the others

    Cents lastInstallmentResidue() const {
        return parcelas.isEmpty() ? 0 : parcelas.constLast().vlrParcela - vlrParcela;
    }
};

// PRICE loan with financed IOF and TAC, CET, and the amortization schedule, exactly as LoanConventions state. Pure:
// no I/O, no clock; the IOF table is a parameter.
class LoanCalculator {
    Q_DECLARE_TR_FUNCTIONS(LoanCalculator)
public:
    static Result<LoanResult> calculate(const LoanInput& input, const IofRateTable& iofTable = IofRateTable::builtIn());
    // The checks calculate() starts with, for forms that want to validate before calculating.
    static Status validate(const LoanInput& input);
};

} // namespace bmp
