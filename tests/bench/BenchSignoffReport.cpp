// The signoff PDF of a full project with 200 evidence entries (QUALITY.md: under 300 ms), against rendering an
// empty QTextDocument to the same A4 QPdfWriter in the same run: the fixed cost of a PDF with embedded fonts.
// Also the longest stall of the UI thread's event loop while SignoffReportJob exports (target: 50 ms).
// Usage: BenchSignoffReport [RUNS] [EVIDENCE]   (defaults: 15, 200)
#include "BenchStats.h"
#include "ReportFixtures.h"
#include "report/ReportFonts.h"
#include "report/SignoffReport.h"
#include "report/SignoffReportJob.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

using namespace bmp;
using namespace bmp::report;

namespace {

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// What any QTextDocument -> PDF costs before there is content: writer, page, fonts, one empty page painted.
QByteArray emptyDocumentPdf(const QString& family) {
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(QFont(family, 9));
    doc.setPageSize(writer.pageLayout().fullRectPixels(600).size());
    QPainter painter(&writer);
    doc.drawContents(&painter);
    painter.end();
    return pdf;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 15;
    const int evidence = args.size() > 2 ? args.at(2).toInt() : 200;
    if (runs < 1 || evidence < 0) {
        QTextStream(stderr) << "usage: BenchSignoffReport [RUNS] [EVIDENCE]\n";
        return 2;
    }
    QTemporaryDir dir;
    auto project = fixtures::makeFullProject(dir.filePath(QStringLiteral("bench.bmpproj")),
                                             QStringLiteral("Fintech Exemplo Ltda"), evidence);
    if (!project)
        qFatal("cannot build the project");
    QElapsedTimer t;
    t.start();
    const auto read = ReportData::fromProject(*project);
    const double readMs = msSince(t);
    if (!read)
        qFatal("cannot read the project");
    const ReportData data = fixtures::withLaterSections(*read);
    const auto family = reportFontFamily();
    if (!family)
        qFatal("no fonts");

    // Warm-up: fonts opened, glyph caches filled — as in an application that has rendered once.
    int pages = 0;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pt_BR")}) {
        const auto r = SignoffReport::render(data, language);
        if (!r)
            qFatal("render failed: %s", qPrintable(r.error().toString()));
        pages = r->pages;
    }
    (void)emptyDocumentPdf(*family);

    QList<double> report, reportPt, baseline;
    for (int i = 0; i < runs; ++i) {
        t.start();
        if (!SignoffReport::render(data, QStringLiteral("en")))
            qFatal("render failed");
        report << msSince(t);
        t.start();
        if (!SignoffReport::render(data, QStringLiteral("pt_BR")))
            qFatal("render failed");
        reportPt << msSince(t);
        t.start();
        if (emptyDocumentPdf(*family).isEmpty())
            qFatal("baseline failed");
        baseline << msSince(t);
    }

    // The UI thread while the job exports: a 5 ms timer stands for the event loop; its longest gap is the stall.
    SignoffReportJob job;
    QList<double> gaps;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        gaps << msSince(sinceTick);
        sinceTick.restart();
    });
    QEventLoop loop;
    QObject::connect(&job, &SignoffReportJob::finished, &loop, &QEventLoop::quit);
    sinceTick.start();
    tick.start();
    t.start();
    job.start(data, dir.filePath(QStringLiteral("job.pdf")), QStringLiteral("en"));
    loop.exec();
    const double jobMs = msSince(t);
    tick.stop();

    const double m = bench::median(report);
    const double b = bench::median(baseline);
    auto& out = bench::out();
    out << "signoff report, " << evidence << " evidence entries, " << pages << " pages, " << runs << " runs\n";
    out << QStringLiteral("  read from the project (once):   %1 ms\n").arg(readMs, 0, 'f', 1);
    out << QStringLiteral("  report en     median %1 ms  (min %2, max %3)\n")
               .arg(m, 0, 'f', 1)
               .arg(bench::minimum(report), 0, 'f', 1)
               .arg(bench::maximum(report), 0, 'f', 1);
    out << QStringLiteral("  report pt_BR  median %1 ms\n").arg(bench::median(reportPt), 0, 'f', 1);
    out << QStringLiteral("  baseline (empty QTextDocument -> A4 PDF) median %1 ms\n").arg(b, 0, 'f', 2);
    out << QStringLiteral("  ratio report/baseline: %1\n").arg(b > 0 ? m / b : 0, 0, 'f', 1);
    out << QStringLiteral("  target < 300 ms: %1\n").arg(m < 300 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    out << QStringLiteral("  UI thread during the export job (%1 ms): longest event-loop gap %2 ms over %3 ticks "
                          "(target < 50 ms)\n")
               .arg(jobMs, 0, 'f', 1)
               .arg(bench::maximum(gaps), 0, 'f', 1)
               .arg(gaps.size());
    out.flush();
    return m < 300 ? 0 : 1;
}
