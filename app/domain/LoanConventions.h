#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace bmp {

// Every convention of the loan arithmetic in one place (BMP publishes none; BMP-DOMAIN.md "Our calculation
// conventions"). The calculator uses these constants and the report prints conventionLines(), so changing a
// convention here changes both.
class LoanConventions {
    Q_DECLARE_TR_FUNCTIONS(LoanConventions)
public:
    static constexpr int kMinInstallments = 1;
    static constexpr int kMaxInstallments = 420;
    static constexpr double kMaxMonthlyRatePercent = 100.0;
    static constexpr int kDaysPerMonth = 30;        // pro-rata-day compounding on 30-day months
    static constexpr int kDaysPerYear = 365;        // CET discounting (CMN Resolution 3.517/2007)
    static constexpr int kIofMaxDays = 365;         // IOF daily rate counted for at most 365 days
    static constexpr int kMaxFirstPeriodDays = 365; // a first due date further away is taken as a typing error
    static constexpr int kMoneyDecimals = 2;
    static constexpr int kRateDecimals = 4;
    static constexpr int kCetDecimals = 5; // BMP's answers carry CET with five decimals
    // A last installment that differs from the others by more than this fraction of the installment is reported.
    static constexpr double kResidueWarningFraction = 0.01;

    // Same day next month; when that month lacks the day, its last day (31 Jan -> 28/29 Feb).
    static QDate defaultFirstDueDate(QDate contractDate);
    // d_k = first due date plus (k-1) months, the day clamped to the month's end (computed from d1, so
    // 31 Jan -> 28 Feb -> 31 Mar, not 28 Mar). k starts at 1.
    static QDate dueDate(QDate firstDueDate, int k);

    // Human-readable statement of the conventions, one sentence per line, for the calculation report.
    static QStringList conventionLines();
};

} // namespace bmp
