#include "domain/LoanConventions.h"

namespace bmp {

QDate LoanConventions::defaultFirstDueDate(QDate contractDate) {
    return contractDate.addMonths(1); // QDate clamps the day to the month's end
}

QDate LoanConventions::dueDate(QDate firstDueDate, int k) {
    return firstDueDate.addMonths(k - 1);
}

QStringList LoanConventions::conventionLines() {
    return {
        tr("Amortization: PRICE (French) table, installments due monthly from the first due date."),
        tr("First due date, when not given: the same day of the next month, or the last day of that month when it "
           "lacks the day."),
        tr("Due dates: first due date plus (k−1) months, the day clamped to the month's end (31 Jan → 28/29 Feb → "
           "31 Mar)."),
        tr("Days t_k: calendar days from the contract date to each due date."),
        tr("Discounting: pro-rata-day compound interest on 30-day months, v_k = (1+i)^(−t_k/30)."),
        tr("IOF: daily rate on each amortization for its days (at most 365) plus the additional rate on the amount "
           "financed; IOF is financed, computed in closed form F = (amount + TAC)/(1 − c), with c the IOF of a unit "
           "loan."),
        tr("IOF rates: from the dated IOF table, chosen by the contract date and the borrower (PF, PJ, or Simples "
           "Nacional/MEI up to R$ 30,000 of amount requested)."),
        tr("Amount financed (vlrTotalCredito) = amount requested + TAC + IOF."),
        tr("Installment (vlrParcela) = amount financed / Σ v_k, rounded half up to the centavo."),
        tr("Schedule: interest J_k = balance × ((1+i)^((t_k − t_(k−1))/30) − 1) rounded to the centavo, amortization "
           "A_k = installment − J_k; the last installment absorbs the rounding residue (it is J_n plus the "
           "remaining balance)."),
        tr("Total debt (vlrTotalDivida) = number of installments × installment; the sum of the schedule differs "
           "from it by the last installment's residue."),
        tr("CET (CMN Resolution 3.517/2007): the annual rate that equates the amount released to the borrower with "
           "the schedule's installments discounted by t_k/365 days; monthly CET = (1 + annual CET)^(1/12) − 1."),
        tr("Annual interest rate = (1 + monthly rate)^12 − 1."),
        tr("Money is rounded half up to centavos, interest rates half up to 4 decimals in percent, CET to 5 decimals "
           "(as BMP's answers carry it)."),
    };
}

} // namespace bmp
