#pragma once

#include "core/OutputFile.h"

#include "core/Result.h"
#include "domain/LoanCalculator.h"
#include "report/CalculationReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bmp {

// The calculation report as a PDF (A4) for BMP's implementation team: inputs, conventions, results, the
// cross-check against BMP's CalcularValoresProposta answer (differences highlighted) and the schedule.
// QTextDocument + QPdfWriter: needs a QGuiApplication (the app has one; bmpctl creates one for PDF commands).
class CalculationReportPdf {
    Q_DECLARE_TR_FUNCTIONS(CalculationReportPdf)
public:
    static QString html(const LoanResult& result, const QList<FieldComparison>& comparison, const QString& title);
    // Checked to be a PDF, then written through core/OutputFile (atomic, mode 0600, read back; never over an
    // existing file unless overwrite says so, never over a project).
    static Status write(const LoanResult& result, const QList<FieldComparison>& comparison, const QString& title,
                        const QString& path, OutputFile::Overwrite overwrite = OutputFile::Overwrite::Refuse);
};

} // namespace bmp
