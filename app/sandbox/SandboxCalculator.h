#pragma once

#include <QDate>
#include <QJsonObject>

namespace bmp::sandbox {

// The sandbox's answer to CalcularValoresProposta: a small, faithful implementation of BMP-DOMAIN.md's
// "Our calculation conventions" (PRICE table, pro-rata-day compounding on 30-day months, financed IOF in
// closed form, CET by bisection). The full calculator with its report lives in domain/; this one only has
// to give plausible BMP-shaped numbers.
struct LoanInput {
    double amount = 0;         // vlrSolicitado
    int installments = 0;      // prazo
    double monthlyRatePct = 0; // percJurosNegociado
    int personType = 1;        // tipoPessoa: 1 PF, 2 PJ
    double tac = 0;            // vlrTAC
    QDate contractDate;        // d0
    QDate firstDueDate;        // d1
};

struct LoanResult {
    double installment = 0;    // vlrParcela
    double iof = 0;            // vlrIOF
    double totalCredit = 0;    // vlrTotalCredito
    double totalDebt = 0;      // vlrTotalDivida
    double cetMonthlyPct = 0;  // percCETMensal
    double cetAnnualPct = 0;   // percCETAnual
    double monthlyRatePct = 0; // percJurosMensal
    double annualRatePct = 0;  // percJurosAnual
    QDate firstDueDate;
    QDate lastDueDate;

    // CalcularValoresProposta's answer fields, BMP's names (only figures: no dates come back).
    QJsonObject toJson() const;
};

struct IofRates {
    double dailyPct = 0;
    double additionalPct = 0;
};

class SandboxCalculator {
public:
    static IofRates iofRates(int personType, const QDate& contractDate);
    static LoanResult calculate(const LoanInput& input);
    static QDate dueDate(const QDate& firstDue, int k); // k >= 1, day clamped to the month's end
    static double roundCents(double value);
};

} // namespace bmp::sandbox
