#include "sandbox/SandboxCalculator.h"

#include <QList>

#include <cmath>

namespace bmp::sandbox {

namespace {

double round4(double v) {
    return std::round(v * 10000.0) / 10000.0;
}

// BMP's answers carry CET figures with five decimals (BMP-DOMAIN.md, "Proposal flow").
double round5(double v) {
    return std::round(v * 100000.0) / 100000.0;
}

} // namespace

double SandboxCalculator::roundCents(double value) {
    // Half up on cents; the small epsilon keeps 0.125 from becoming 0.12 through binary representation.
    return std::floor(value * 100.0 + 0.5 + 1e-9) / 100.0;
}

QDate SandboxCalculator::dueDate(const QDate& firstDue, int k) {
    return firstDue.addMonths(k - 1); // QDate clamps to the month's last day and keeps d1's day otherwise
}

IofRates SandboxCalculator::iofRates(int personType, const QDate& contractDate) {
    if (personType != 2)
        return {0.0082, 0.38};
    // Companies: Decree 12.466/2025 from 2025-06-01, then Decree 12.499/2025 (in force 2025-06-11).
    if (contractDate < QDate(2025, 6, 1))
        return {0.0041, 0.38};
    if (contractDate < QDate(2025, 6, 11))
        return {0.0082, 0.95};
    return {0.0082, 0.38};
}

LoanResult SandboxCalculator::calculate(const LoanInput& in) {
    LoanResult out;
    const int n = in.installments;
    const double i = in.monthlyRatePct / 100.0;
    QList<int> days; // t_k
    for (int k = 1; k <= n; ++k)
        days.append(int(in.contractDate.daysTo(dueDate(in.firstDueDate, k))));

    // Unit schedule (F = 1): discount factors, installment, amortizations.
    double sumV = 0;
    for (int t : days)
        sumV += std::pow(1.0 + i, -t / 30.0);
    const double unitPmt = 1.0 / sumV;
    const IofRates rates = iofRates(in.personType, in.contractDate);
    double balance = 1.0;
    int previous = 0;
    double c = rates.additionalPct / 100.0;
    for (int t : days) {
        const double interest = balance * (std::pow(1.0 + i, (t - previous) / 30.0) - 1.0);
        const double amortization = unitPmt - interest;
        c += amortization * std::min(t, 365) * rates.dailyPct / 100.0;
        balance -= amortization;
        previous = t;
    }

    const double financed = (in.amount + in.tac) / (1.0 - c);
    out.iof = roundCents(financed * c);
    out.totalCredit = roundCents(in.amount + in.tac + out.iof);
    out.installment = roundCents(out.totalCredit / sumV);
    out.totalDebt = roundCents(out.installment * n);
    out.monthlyRatePct = round4(in.monthlyRatePct);
    out.annualRatePct = round4((std::pow(1.0 + i, 12) - 1.0) * 100.0);
    out.firstDueDate = in.firstDueDate;
    out.lastDueDate = dueDate(in.firstDueDate, n);

    // CET: the annual rate x with sum PMT/(1+x)^(t/365) = amount released; the sum falls as x grows.
    auto presentValue = [&](double x) {
        double pv = 0;
        for (int t : days)
            pv += out.installment / std::pow(1.0 + x, t / 365.0);
        return pv;
    };
    double lo = -0.99, hi = 1.0;
    while (presentValue(hi) > in.amount && hi < 1e6)
        hi *= 2;
    for (int iter = 0; iter < 200; ++iter) {
        const double mid = (lo + hi) / 2;
        (presentValue(mid) > in.amount ? lo : hi) = mid;
    }
    const double cet = (lo + hi) / 2;
    out.cetAnnualPct = round5(cet * 100.0);
    out.cetMonthlyPct = round5((std::pow(1.0 + cet, 1.0 / 12.0) - 1.0) * 100.0);
    return out;
}

QJsonObject LoanResult::toJson() const {
    return QJsonObject{{QStringLiteral("vlrParcela"), installment},
                       {QStringLiteral("vlrIOF"), iof},
                       {QStringLiteral("vlrTotalCredito"), totalCredit},
                       {QStringLiteral("vlrTotalDivida"), totalDebt},
                       {QStringLiteral("percCETMensal"), cetMonthlyPct},
                       {QStringLiteral("percCETAnual"), cetAnnualPct},
                       {QStringLiteral("percJurosMensal"), monthlyRatePct},
                       {QStringLiteral("percJurosAnual"), annualRatePct},
                       {QStringLiteral("vlrBoleto"), 0.0},
                       {QStringLiteral("vlrSeguro"), 0.0}};
}

} // namespace bmp::sandbox
