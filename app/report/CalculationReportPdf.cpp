#include "report/CalculationReportPdf.h"

#include "core/AppInfo.h"
#include "core/DateText.h"
#include "domain/BusinessCalendar.h"
#include "domain/LoanConventions.h"
#include "report/ReportFonts.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace bmp {

namespace {

QString money(Cents c) {
    return Money::format(c, QLocale::c()).toHtmlEscaped();
}

QString rate(double v) {
    return QString::number(v, 'f', 4);
}

QString cet(double v) {
    return QString::number(v, 'f', LoanConventions::kCetDecimals);
}

QString row(const QStringList& cells, bool header = false, const QString& style = {}) {
    QString out = style.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr style=\"%1\">").arg(style);
    for (const QString& c : cells)
        out += header ? QStringLiteral("<th>%1</th>").arg(c) : QStringLiteral("<td>%1</td>").arg(c);
    return out + QStringLiteral("</tr>");
}

} // namespace

QString CalculationReportPdf::html(const LoanResult& r, const QList<FieldComparison>& comparison,
                                   const QString& title) {
    // The font family is the document's default (the report's own font, without ligatures): none in the style.
    QString h = QStringLiteral("<html><head><style>body{font-size:9pt}"
                               "h1{font-size:15pt}h2{font-size:11pt;margin-top:12px}"
                               "table{border-collapse:collapse}th,td{border:1px solid #999;padding:2px 5px}"
                               "th{background:#e8e8e8}td.n{text-align:right}</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(tr("Calculation report (memória de cálculo)"));
    h += QStringLiteral("<p>%1<br/>%2</p>")
             .arg(title.toHtmlEscaped(),
                  tr("BMP Onboarding %1 — generated %2 (São Paulo time)")
                      .arg(AppInfo::version(), DateText::dateTime(QDateTime::currentDateTimeUtc().toTimeZone(
                                                   BusinessCalendar::saoPauloZone()))));

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(tr("Inputs"));
    h += row({QStringLiteral("vlrSolicitado"), tr("Amount requested, R$"), money(r.vlrSolicitado)});
    h += row({QStringLiteral("prazo"), tr("Monthly installments"), QString::number(r.prazo)});
    h += row({QStringLiteral("percJurosNegociado"), tr("Monthly interest rate, %"),
              QString::number(r.input.monthlyRatePercent, 'f', 4)});
    h += row({QStringLiteral("dtContratacao"), tr("Contract date"), r.dtContratacao.toString(Qt::ISODate)});
    h += row({QStringLiteral("dtPrimeiroVencto"), tr("First due date"), r.dtPrimeiroVencto.toString(Qt::ISODate)});
    h += row({QStringLiteral("tipoPessoa"), tr("Borrower (1 = PF, 2 = PJ)"),
              QString::number(static_cast<int>(r.input.personType))});
    h += row({QStringLiteral("vlrTAC"), tr("TAC (financed), R$"), money(r.vlrTAC)});
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Conventions"));
    for (const QString& line : LoanConventions::conventionLines())
        h += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("IOF: %1% a day + %2% additional (%3, in force from %4).")
                      .arg(QString::number(r.iofRate.dailyRatePercent, 'f', 5),
                           QString::number(r.iofRate.additionalRatePercent, 'f', 4),
                           IofRateTable::categoryName(r.iofRate.category), r.iofRate.validFrom.toString(Qt::ISODate))
                      .toHtmlEscaped());
    // BMP's reference does not say whether its percIOF is the daily rate or a yearly one: both readings.
    h += QStringLiteral("<li>%1</li></ul>")
             .arg(tr("percIOF as sent: %1% a day, which is %2% a year (× 365). BMP does not say which of the two its "
                     "percIOF means; compare with whichever BMP's answer shows.")
                      .arg(QString::number(r.iofRate.dailyRatePercent, 'f', 5),
                           QString::number(r.iofRate.dailyRatePercent * 365, 'f', 4))
                      .toHtmlEscaped());

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(tr("Results"));
    h += row({QStringLiteral("vlrIOF"), tr("IOF (financed), R$"), money(r.vlrIOF)});
    h += row({QStringLiteral("vlrTotalCredito"), tr("Amount financed, R$"), money(r.vlrTotalCredito)});
    h += row({QStringLiteral("vlrParcela"), tr("Installment, R$"), money(r.vlrParcela)});
    h += row({QStringLiteral("vlrTotalDivida"), tr("Total debt, R$"), money(r.vlrTotalDivida)});
    h += row({QStringLiteral("percCETMensal"), tr("CET, % a month"), cet(r.percCETMensal)});
    h += row({QStringLiteral("percCETAnual"), tr("CET, % a year"), cet(r.percCETAnual)});
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Cross-check against BMP's simulation (CalcularValoresProposta)"));
    if (comparison.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("No answer from BMP's simulation to compare with."));
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">") +
             row({tr("Field"), tr("Ours"), tr("BMP"), tr("Difference"), tr("Result")}, true);
        for (const FieldComparison& c : comparison) {
            const auto show = [&](double v) {
                if (c.kind == FieldComparison::Kind::Money)
                    return QString::number(v, 'f', 2);
                return c.field.startsWith(u"percCET") ? cet(v) : rate(v);
            };
            const QString verdict = !c.theirs   ? tr("missing in BMP's answer")
                                    : c.differs ? tr("DIFFERS")
                                                : tr("matches");
            h += row({c.field, show(c.ours), c.theirs ? show(*c.theirs) : QStringLiteral("—"),
                      c.theirs ? show(c.difference) : QStringLiteral("—"), verdict},
                     false, c.differs ? QStringLiteral("background:#ffd6d6;font-weight:bold") : QString());
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(tr("Schedule"));
    h += row({QStringLiteral("nroParcela"), QStringLiteral("dtVencimento"), QStringLiteral("dias"),
              QStringLiteral("vlrParcela"), QStringLiteral("vlrJuros"), QStringLiteral("vlrAmortizacao"),
              QStringLiteral("vlrSaldo")},
             true);
    for (const LoanInstallment& p : r.parcelas) {
        h += row({QString::number(p.nroParcela), p.dtVencimento.toString(Qt::ISODate), QString::number(p.dias),
                  money(p.vlrParcela), money(p.vlrJuros), money(p.vlrAmortizacao), money(p.vlrSaldo)});
    }
    h += QStringLiteral("</table></body></html>");
    return h;
}

Status CalculationReportPdf::write(const LoanResult& result, const QList<FieldComparison>& comparison,
                                   const QString& title, const QString& path, OutputFile::Overwrite overwrite) {
    if (Status s = OutputFile::checkTarget(path, overwrite); !s)
        return s; // before the (slow) rendering
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(tr("PDF export needs the graphical application (fonts and layout)."));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Calculation report"));
        writer.setCreator(QStringLiteral("BMP Onboarding"));
        QTextDocument doc;
        // The signoff report's font: the same on every machine, and "fi"/"ff" stay two letters for pdftotext and a
        // viewer's search (ReportFonts.h).
        if (const auto family = report::reportFontFamily())
            doc.setDefaultFont(report::reportFont(*family, 9));
        doc.setHtml(html(result, comparison, title));
        doc.print(&writer);
    }
    const QByteArray pdf = buffer.data();
    if (!pdf.startsWith("%PDF-"))
        return makeError(tr("The PDF could not be produced."));
    return OutputFile::write(path, pdf, overwrite);
}

} // namespace bmp
