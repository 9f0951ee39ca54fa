#pragma once

#include "core/OutputFile.h"
#include "core/Result.h"
#include "domain/LoanCalculator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bmp {

// One field of our calculation set against BMP's CalcularValoresProposta answer.
struct FieldComparison {
    enum class Kind { Money, Rate };
    QString field; // BMP's name, e.g. "vlrParcela"
    Kind kind = Kind::Money;
    double ours = 0;
    std::optional<double> theirs; // empty: BMP's answer lacks the field (or it is not a number)
    double difference = 0;        // theirs - ours (reais or percentage points)
    bool differs = false;         // beyond the tolerance, or missing
};

struct CalculationCsvOptions {
    QChar separator = u',';
    bool decimalComma = false; // with ';' this is what Excel in pt_BR opens directly
};

// The calculation report ("memória de cálculo") of step 7: machine JSON with BMP's names, CSV with inputs,
// conventions, results and schedule, and the cross-check against BMP's simulation. (PDF comes with the report
// module.)
class CalculationReport {
    Q_DECLARE_TR_FUNCTIONS(CalculationReport)
public:
    static constexpr double kMoneyTolerance = 0.01; // reais: a one-centavo difference is rounding, not a finding
    static constexpr double kRateTolerance = 0.01;  // percentage points

    using CsvOptions = CalculationCsvOptions;

    static QJsonObject toJson(const LoanResult& result);
    static QByteArray toCsv(const LoanResult& result, const CsvOptions& options = {});
    // Through core/OutputFile: atomic, mode 0600, read back; never over an existing file unless overwrite says so,
    // never over a project.
    static Status writeCsv(const LoanResult& result, const QString& path, const CsvOptions& options = {},
                           OutputFile::Overwrite overwrite = OutputFile::Overwrite::Refuse);

    // Fields are looked up case-insensitively (vlrParcela / VlrParcela) in the answer and, when absent there, in
    // the objects nested in it (BMP's envelope carries the payload beside msg/hasError/messages). Numbers and
    // numeric strings ("1234.56", "1234,56") are accepted; BMP's percentages are taken as percent (2.5 = 2.5%).
    static QList<FieldComparison> compareWithSimulation(const LoanResult& result, const QJsonObject& bmpAnswer);
    static bool anyDifference(const QList<FieldComparison>& comparison);
};

} // namespace bmp
