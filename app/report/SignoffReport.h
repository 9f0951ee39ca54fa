#pragma once

#include "core/OutputFile.h"

#include "core/Result.h"
#include "report/ReportData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace bmp::report {

struct RenderedReport {
    QByteArray pdf;
    int pages = 0;
    QByteArray evidenceDigest; // hex, as printed
};

// The signoff report as a PDF (A4, DejaVu Sans embedded), in English or Brazilian Portuguese, with a header and
// "page X of Y" on every page. Rendering needs a QGuiApplication (the CLI makes an offscreen one) and may run on a
// worker thread; the data was copied out of the project before.
class SignoffReport {
    Q_DECLARE_TR_FUNCTIONS(SignoffReport)
public:
    // Called before each page with (page about to be painted, total pages); returning false cancels.
    using Progress = std::function<bool(int page, int pages)>;

    static Result<RenderedReport> render(const ReportData& data, const QString& language,
                                         const Progress& progress = {});
    // Renders, then writes through core/OutputFile: atomic (nothing is left behind on failure or cancel), mode
    // 0600, read back; never over an existing file unless overwrite says so, never over a project.
    static Result<RenderedReport> write(const ReportData& data, const QString& path, const QString& language,
                                        const Progress& progress = {},
                                        OutputFile::Overwrite overwrite = OutputFile::Overwrite::Refuse);

    static Error cancelledError();
};

} // namespace bmp::report
