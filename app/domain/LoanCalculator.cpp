#include "domain/LoanCalculator.h"

#include "domain/LoanConventions.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace bmp {

namespace {

using Real = long double;
using C = LoanConventions;

// (1+i)^(days/30) - 1 without losing digits when the rate or the period is small.
Real growth(Real logOnePlusRate, int days) {
    return std::expm1(logOnePlusRate * days / C::kDaysPerMonth);
}

// Sum of payments discounted at y = ln(1 + annual rate), minus the amount; decreasing in y. Also its derivative.
struct CetFunction {
    const std::vector<Real>& payments;
    const std::vector<int>& days;
    Real amount;

    Real value(Real y, Real* derivative) const {
        Real sum = 0;
        Real slope = 0;
        for (size_t k = 0; k < payments.size(); ++k) {
            const Real years = static_cast<Real>(days[k]) / C::kDaysPerYear;
            const Real term = payments[k] * std::exp(-y * years);
            sum += term;
            slope -= term * years;
        }
        if (derivative)
            *derivative = slope;
        return sum - amount;
    }
};

// Solves for y = ln(1 + CETa): bracket by doubling, then Newton steps that fall back to bisection whenever they
// would leave the bracket. Fails only when no bracket exists within |y| <= 700 (exp overflow).
std::optional<Real> solveCet(const CetFunction& f) {
    Real lo = -1;
    Real hi = 1;
    while (f.value(lo, nullptr) < 0) {
        lo *= 2;
        if (lo < -700)
            return std::nullopt;
    }
    while (f.value(hi, nullptr) > 0) {
        hi *= 2;
        if (hi > 700)
            return std::nullopt;
    }
    Real y = (lo + hi) / 2;
    for (int iteration = 0; iteration < 200; ++iteration) {
        Real slope = 0;
        const Real v = f.value(y, &slope);
        if (v == 0)
            return y;
        if (v > 0)
            lo = y;
        else
            hi = y;
        Real next = slope < 0 ? y - v / slope : (lo + hi) / 2;
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2;
        if (std::fabs(next - y) <= 1e-16L * std::max<Real>(1, std::fabs(y)) || hi - lo <= 1e-18L)
            return next;
        y = next;
    }
    return y;
}

} // namespace

Status LoanCalculator::validate(const LoanInput& in) {
    const QLocale c = QLocale::c();
    if (in.amount <= 0)
        return makeError(tr("The amount requested must be more than zero."));
    if (in.amount > Money::kMaxCents)
        return makeError(
            tr("The amount requested is above the limit of R$ %1.").arg(Money::format(Money::kMaxCents, c)));
    if (in.tac < 0)
        return makeError(tr("The TAC cannot be negative."));
    if (in.tac > Money::kMaxCents)
        return makeError(tr("The TAC is above the limit of R$ %1.").arg(Money::format(Money::kMaxCents, c)));
    if (in.installments < C::kMinInstallments || in.installments > C::kMaxInstallments)
        return makeError(tr("The number of installments must be from %1 to %2 (got %3).")
                             .arg(C::kMinInstallments)
                             .arg(C::kMaxInstallments)
                             .arg(in.installments));
    if (!(in.monthlyRatePercent >= 0 && in.monthlyRatePercent <= C::kMaxMonthlyRatePercent))
        return makeError(tr("The monthly interest rate must be from 0% to %1% (got %2%).")
                             .arg(C::kMaxMonthlyRatePercent)
                             .arg(in.monthlyRatePercent));
    if (!in.contractDate.isValid())
        return makeError(tr("The contract date is missing or invalid."));
    if (in.simplesNacional && in.personType != PersonType::Company)
        return makeError(tr("Simples Nacional/MEI applies to companies (PJ) only; choose PJ or clear the option."));
    if (in.firstDueDate) {
        const QDate first = *in.firstDueDate;
        if (!first.isValid())
            return makeError(tr("The first due date is invalid."));
        if (first <= in.contractDate)
            return makeError(tr("The first due date (%1) must be after the contract date (%2).")
                                 .arg(first.toString(Qt::ISODate), in.contractDate.toString(Qt::ISODate)));
        if (in.contractDate.daysTo(first) > C::kMaxFirstPeriodDays)
            return makeError(tr("The first due date (%1) is more than %2 days after the contract date (%3).")
                                 .arg(first.toString(Qt::ISODate))
                                 .arg(C::kMaxFirstPeriodDays)
                                 .arg(in.contractDate.toString(Qt::ISODate)));
    }
    return {};
}

Result<LoanResult> LoanCalculator::calculate(const LoanInput& in, const IofRateTable& iofTable) {
    if (const Status s = validate(in); !s)
        return s.error();
    const auto rates = iofTable.ratesFor(in.contractDate, in.personType, in.simplesNacional, in.amount);
    if (!rates)
        return rates.error();

    // Beyond R$ 10 trillion a schedule has no meaning and centavos would approach the integer range.
    constexpr Real kMaxScheduleCents = 1e15L;
    const auto tooLarge = [&] {
        return makeError(tr("These values give installments or balances above R$ 10 trillion; check the rate, the "
                            "term and the first due date."));
    };

    LoanResult r;
    r.input = in;
    r.prazo = in.installments;
    r.dtContratacao = in.contractDate;
    r.dtPrimeiroVencto = in.firstDueDate.value_or(C::defaultFirstDueDate(in.contractDate));
    r.vlrSolicitado = in.amount;
    r.vlrTAC = in.tac;
    r.iofRate = *rates;

    const int n = in.installments;
    const Real logRate = std::log1p(static_cast<Real>(in.monthlyRatePercent) / 100);
    std::vector<int> days(n);
    std::vector<Real> periodGrowth(n); // (1+i)^((t_k - t_(k-1))/30) - 1
    Real discountSum = 0;              // S = sum v_k
    for (int k = 0; k < n; ++k) {
        days[k] = static_cast<int>(in.contractDate.daysTo(C::dueDate(r.dtPrimeiroVencto, k + 1)));
        periodGrowth[k] = growth(logRate, days[k] - (k == 0 ? 0 : days[k - 1]));
        discountSum += std::exp(-logRate * days[k] / C::kDaysPerMonth);
    }

    // IOF of a unit loan: its amortizations scale with the amount financed, hence the closed form. The balances
    // are taken prospectively, B_k = PMT * (sum of v_j for j > k) / v_k, which equals the convention's recursion
    // B_k = B_(k-1) * (1 + g_k) - PMT exactly but does not multiply rounding errors by (1+i)^n (at 100% a month over
    // 420 months the recursion would amplify them by 2^420).
    const Real daily = static_cast<Real>(rates->dailyRatePercent) / 100;
    const Real additional = static_cast<Real>(rates->additionalRatePercent) / 100;
    std::vector<Real> laterDiscounts(n + 1, 0); // sum of v_j for j > k
    for (int k = n - 1; k >= 0; --k)
        laterDiscounts[k] = laterDiscounts[k + 1] + std::exp(-logRate * days[k] / C::kDaysPerMonth);
    Real unitBalance = 1;
    Real c = 0;
    for (int k = 0; k < n; ++k) {
        const Real vk = std::exp(-logRate * days[k] / C::kDaysPerMonth);
        const Real nextBalance = k + 1 < n ? laterDiscounts[k + 1] / (discountSum * vk) : 0;
        c += (unitBalance - nextBalance) * std::min(days[k], C::kIofMaxDays) * daily;
        unitBalance = nextBalance;
    }
    c += additional;
    if (!(c < 1))
        return makeError(tr("The IOF rates in the table (%1%/day + %2%) would take the whole loan; check the table.")
                             .arg(rates->dailyRatePercent)
                             .arg(rates->additionalRatePercent));
    r.iofFactor = static_cast<double>(c);
    r.discountSum = static_cast<double>(discountSum);
    const Real principal = static_cast<Real>(in.amount + in.tac);
    r.vlrIOF = Money::roundCents(principal / (1 - c) * c);
    r.vlrTotalCredito = in.amount + in.tac + r.vlrIOF;
    const Real installment = static_cast<Real>(r.vlrTotalCredito) / discountSum;
    if (installment > kMaxScheduleCents)
        return tooLarge();
    r.vlrParcela = Money::roundCents(installment);
    if (r.vlrParcela < 1)
        return makeError(
            tr("The installment rounds to R$ 0.00: the amount is too small for %n installment(s).", nullptr, n));
    r.vlrTotalDivida = r.vlrParcela * n;

    Cents balance = r.vlrTotalCredito;
    std::vector<Real> payments(n);
    for (int k = 0; k < n; ++k) {
        LoanInstallment row;
        row.nroParcela = k + 1;
        row.dtVencimento = C::dueDate(r.dtPrimeiroVencto, k + 1);
        row.dias = days[k];
        row.fatorDesconto = static_cast<double>(std::exp(-logRate * days[k] / C::kDaysPerMonth));
        const Real interest = static_cast<Real>(balance) * periodGrowth[k];
        if (std::fabs(interest) > kMaxScheduleCents ||
            std::fabs(static_cast<Real>(balance) + interest) > kMaxScheduleCents)
            return tooLarge();
        row.vlrJuros = Money::roundCents(interest);
        row.vlrAmortizacao = k + 1 < n ? r.vlrParcela - row.vlrJuros : balance;
        row.vlrParcela = row.vlrJuros + row.vlrAmortizacao;
        balance -= row.vlrAmortizacao;
        row.vlrSaldo = balance;
        r.vlrTotalParcelas += row.vlrParcela;
        payments[k] = static_cast<Real>(row.vlrParcela);
        r.parcelas.append(row);
    }

    // The convention lets the last installment absorb the centavo rounding of the installment and of each interest
    // amount, which compounds at the loan's rate until the end: with high rates over long terms it can rival the
    // installment. A last installment of zero or less means nothing, so that is refused; a large one is reported.
    const Cents residue = r.lastInstallmentResidue();
    if (r.parcelas.constLast().vlrParcela <= 0)
        return makeError(tr("With %1% a month over %n installment(s), the rounding residue carried to the last "
                            "installment (R$ %2) cancels it; shorten the term or lower the rate.",
                            nullptr, n)
                             .arg(QLocale().toString(in.monthlyRatePercent), Money::format(residue, QLocale())));
    if (static_cast<double>(std::abs(residue)) > C::kResidueWarningFraction * static_cast<double>(r.vlrParcela))
        r.warnings.append(
            tr("The last installment (R$ %1) differs from the others by R$ %2: the convention carries "
               "the centavo rounding of every installment to it, compounded at the loan's rate.")
                .arg(Money::format(r.parcelas.constLast().vlrParcela, QLocale()), Money::format(residue, QLocale())));

    const CetFunction f{payments, days, static_cast<Real>(in.amount)};
    const auto y = solveCet(f);
    if (!y)
        return makeError(tr("The CET could not be computed for these values (no rate balances the installments "
                            "with the amount released)."));
    r.cetAnnualExact = static_cast<double>(std::expm1(*y));
    r.percCETAnual = Money::roundDecimals(std::expm1(*y) * 100, C::kCetDecimals);
    r.percCETMensal = Money::roundDecimals(std::expm1(*y / 12) * 100, C::kCetDecimals);
    r.percJurosMensal = Money::roundDecimals(static_cast<Real>(in.monthlyRatePercent), C::kRateDecimals);
    r.percJurosAnual = Money::roundDecimals(std::expm1(logRate * 12) * 100, C::kRateDecimals);
    return r;
}

} // namespace bmp
