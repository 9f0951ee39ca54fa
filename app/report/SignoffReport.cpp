#include "report/SignoffReport.h"

#include "core/AppInfo.h"
#include "report/EvidenceDigest.h"
#include "report/EvidenceTable.h"
#include "report/ReportDocument.h"
#include "report/ReportFonts.h"
#include "report/ReportLanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>

#include <optional>

namespace bmp::report {

namespace {

constexpr int kResolution = 600; // dpi of the layout; the PDF itself is vector
constexpr qreal kMarginSideMm = 18;
constexpr qreal kMarginTopMm = 22;    // the header sits in it
constexpr qreal kMarginBottomMm = 20; // the footer sits in it

qreal mm(qreal v) {
    return v * kResolution / 25.4;
}

void paintHeaderFooter(QPainter& p, const QRectF& page, const QRectF& body, const QFont& base, const QString& title,
                       const QString& footerLeft, const QString& pageText) {
    p.save();
    QFont font = base;
    font.setPointSizeF(7.5);
    p.setFont(font);
    p.setPen(QColor(0x51, 0x60, 0x6f));
    const qreal line = mm(0.2);
    const QRectF header(body.left(), mm(9), body.width(), mm(7));
    p.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
               p.fontMetrics().elidedText(title, Qt::ElideMiddle, static_cast<int>(header.width())));
    p.setPen(QPen(QColor(0x9a, 0xa4, 0xb0), line));
    p.drawLine(QPointF(body.left(), header.bottom() + mm(1.5)), QPointF(body.right(), header.bottom() + mm(1.5)));
    const qreal footerTop = page.height() - mm(14);
    p.drawLine(QPointF(body.left(), footerTop), QPointF(body.right(), footerTop));
    p.setPen(QColor(0x51, 0x60, 0x6f));
    const QRectF footer(body.left(), footerTop + mm(1.5), body.width(), mm(6));
    const qreal numberWidth = p.fontMetrics().horizontalAdvance(pageText) + mm(2);
    p.drawText(QRectF(footer.left(), footer.top(), footer.width() - numberWidth, footer.height()),
               Qt::AlignLeft | Qt::AlignTop,
               p.fontMetrics().elidedText(footerLeft, Qt::ElideRight, static_cast<int>(footer.width() - numberWidth)));
    p.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
    p.restore();
}

} // namespace

Error SignoffReport::cancelledError() {
    return makeError(tr("The report was cancelled."));
}

Result<RenderedReport> SignoffReport::render(const ReportData& data, const QString& language,
                                             const Progress& progress) {
    const auto family = reportFontFamily();
    if (!family)
        return family.error();
    const auto lang = ReportLanguage::load(language);
    if (!lang)
        return lang.error();

    RenderedReport out;
    QBuffer buffer(&out.pdf);
    buffer.open(QIODevice::WriteOnly);
    ReportDocument content(data, *lang, *family);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(content.title());
        writer.setCreator(QStringLiteral("BMP Onboarding %1").arg(AppInfo::version()));

        const QRectF page = writer.pageLayout().fullRectPixels(kResolution);
        const QRectF body(mm(kMarginSideMm), mm(kMarginTopMm), page.width() - 2 * mm(kMarginSideMm),
                          page.height() - mm(kMarginTopMm) - mm(kMarginBottomMm));
        std::unique_ptr<QTextDocument> doc;
        int docPages = 0;
        qreal lastUsed = 0;
        const qreal gap = mm(2);
        std::optional<EvidenceTable> evidence;
        int pages = 0;
        const auto layOut = [&](bool appendixBreak) {
            doc = content.build(&writer, body.size(), appendixBreak);
            docPages = doc->pageCount();
            // The evidence rows continue below the document's last line, then on pages of their own.
            lastUsed =
                doc->documentLayout()->blockBoundingRect(doc->lastBlock()).bottom() - (docPages - 1) * body.height();
            evidence.reset();
            if (!data.evidence.isEmpty()) {
                const QFont font = reportFont(*family, 7);
                evidence.emplace(content.evidenceHeaders(), content.evidenceRows(), ReportDocument::evidenceWidths(),
                                 font, &writer);
                evidence->paginate(body.width(), body.height() - lastUsed - gap, body.height());
            }
            pages = docPages + (evidence ? evidence->pageCount() - 1 : 0);
        };
        layOut(true);
        // The appendix's page break is soft: when it leaves a last page holding a few rows, the appendix may rather
        // start below the signoff, if that takes fewer pages.
        if (evidence && evidence->pageCount() > 1 &&
            evidence->pageHeightUsed(evidence->pageCount() - 1) < body.height() / 4) {
            const int withBreak = pages;
            layOut(false);
            if (pages >= withBreak)
                layOut(true);
        }

        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(tr("The PDF could not be started."));
        for (int i = 0; i < pages; ++i) {
            if (progress && !progress(i + 1, pages)) {
                painter.end();
                return cancelledError();
            }
            if (i > 0)
                writer.newPage();
            paintHeaderFooter(painter, page, body, doc->defaultFont(), content.title(), content.footerLeft(),
                              content.pageNumber(i + 1, pages));
            if (i < docPages) {
                painter.save();
                painter.translate(body.left(), body.top() - i * body.height());
                const QRectF pageRect(0, i * body.height(), body.width(), body.height());
                QAbstractTextDocumentLayout::PaintContext context;
                // The layout draws every block touching the clip, edges included: a block starting exactly at the
                // next page's top would be painted (invisibly, but extractable) here too.
                context.clip = pageRect.adjusted(0, 1, 0, -1);
                context.palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
                painter.setClipRect(pageRect);
                doc->documentLayout()->draw(&painter, context);
                painter.restore();
            }
            const int evidencePage = i - (docPages - 1);
            if (evidence && evidencePage >= 0) {
                const qreal top = evidencePage == 0 ? body.top() + lastUsed + gap : body.top();
                evidence->paintPage(painter, evidencePage, body.left(), top);
            }
        }
        if (!painter.end())
            return makeError(tr("The PDF could not be completed."));
        out.pages = pages;
    }
    buffer.close();
    if (!out.pdf.startsWith("%PDF-"))
        return makeError(tr("The PDF could not be completed."), QStringLiteral("no PDF header"));
    out.evidenceDigest = EvidenceDigest::sha256Hex(data.evidence);
    return out;
}

Result<RenderedReport> SignoffReport::write(const ReportData& data, const QString& path, const QString& language,
                                            const Progress& progress, OutputFile::Overwrite overwrite) {
    if (Status s = OutputFile::checkTarget(path, overwrite); !s)
        return s.error(); // before the (slow) rendering
    auto rendered = render(data, language, progress);
    if (!rendered)
        return rendered.error();
    // A report that is not what was rendered is worse than none: OutputFile reads the file back.
    if (Status s = OutputFile::write(path, rendered->pdf, overwrite); !s)
        return s.error();
    return rendered;
}

} // namespace bmp::report
