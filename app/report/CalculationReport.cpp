#include "report/CalculationReport.h"

#include "core/AppInfo.h"
#include "domain/LoanConventions.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace bmp {

namespace {

QString isoDate(QDate d) {
    return d.toString(Qt::ISODate);
}

QString personCode(PersonType p) {
    return p == PersonType::Individual ? QStringLiteral("PF") : QStringLiteral("PJ");
}

class CsvWriter {
public:
    explicit CsvWriter(const CalculationReport::CsvOptions& options)
        : m_options(options) {}

    void row(const QStringList& cells) {
        QStringList quoted;
        for (const QString& cell : cells)
            quoted.append(quote(cell));
        m_text += quoted.join(m_options.separator) + QStringLiteral("\r\n");
    }
    void blank() { m_text += QStringLiteral("\r\n"); }

    QString money(Cents cents) const { return decimal(Money::toPlainString(cents)); }
    QString rate(double percent) const { return decimal(QString::number(percent, 'f', 4)); }
    QString number(double value, int decimals) const { return decimal(QString::number(value, 'f', decimals)); }

    // Excel in pt_BR reads a CSV as UTF-8 only with the byte order mark.
    QByteArray bytes() const {
        return (m_options.decimalComma ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + m_text.toUtf8();
    }

private:
    QString decimal(QString plain) const {
        if (m_options.decimalComma)
            plain.replace(u'.', u',');
        return plain;
    }
    QString quote(const QString& cell) const {
        if (!cell.contains(m_options.separator) && !cell.contains(u'"') && !cell.contains(u'\n') &&
            !cell.contains(u'\r'))
            return cell;
        QString escaped = cell;
        escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + escaped + u'"';
    }

    CalculationReport::CsvOptions m_options;
    QString m_text;
};

// Case-insensitive lookup in the object, then breadth-first in the objects nested in it.
std::optional<QJsonValue> findField(const QJsonObject& root, const QString& name) {
    QList<QJsonObject> queue{root};
    for (int depth = 0; depth < 3 && !queue.isEmpty(); ++depth) {
        QList<QJsonObject> next;
        for (const QJsonObject& o : queue) {
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                    return it.value();
            }
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.value().isObject())
                    next.append(it.value().toObject());
            }
        }
        queue = next;
    }
    return std::nullopt;
}

std::optional<double> numberOf(const QJsonValue& v) {
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        QString t = v.toString().trimmed();
        t.replace(u',', u'.');
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

} // namespace

QJsonObject CalculationReport::toJson(const LoanResult& r) {
    QJsonArray parcelas;
    for (const LoanInstallment& p : r.parcelas)
        parcelas.append(QJsonObject{{QStringLiteral("nroParcela"), p.nroParcela},
                                    {QStringLiteral("dtVencimento"), isoDate(p.dtVencimento)},
                                    {QStringLiteral("dias"), p.dias},
                                    {QStringLiteral("vlrParcela"), Money::toJsonNumber(p.vlrParcela)},
                                    {QStringLiteral("vlrJuros"), Money::toJsonNumber(p.vlrJuros)},
                                    {QStringLiteral("vlrAmortizacao"), Money::toJsonNumber(p.vlrAmortizacao)},
                                    {QStringLiteral("vlrSaldo"), Money::toJsonNumber(p.vlrSaldo)}});
    return QJsonObject{
        {QStringLiteral("vlrSolicitado"), Money::toJsonNumber(r.vlrSolicitado)},
        {QStringLiteral("prazo"), r.prazo},
        {QStringLiteral("tipoPessoa"), static_cast<int>(r.input.personType)},
        {QStringLiteral("simplesNacional"), r.input.simplesNacional},
        {QStringLiteral("dtContratacao"), isoDate(r.dtContratacao)},
        {QStringLiteral("dtPrimeiroVencto"), isoDate(r.dtPrimeiroVencto)},
        {QStringLiteral("percJurosMensal"), r.percJurosMensal},
        {QStringLiteral("percJurosAnual"), r.percJurosAnual},
        {QStringLiteral("vlrTAC"), Money::toJsonNumber(r.vlrTAC)},
        {QStringLiteral("vlrIOF"), Money::toJsonNumber(r.vlrIOF)},
        {QStringLiteral("percIOFDiario"), r.iofRate.dailyRatePercent},
        {QStringLiteral("percIOFAnualEquivalente"), Money::roundDecimals(r.iofRate.dailyRatePercent * 365, 4)},
        {QStringLiteral("percIOFAdicional"), r.iofRate.additionalRatePercent},
        {QStringLiteral("iofVigenciaDesde"), isoDate(r.iofRate.validFrom)},
        {QStringLiteral("iofFonte"), r.iofRate.source},
        {QStringLiteral("vlrTotalCredito"), Money::toJsonNumber(r.vlrTotalCredito)},
        {QStringLiteral("vlrParcela"), Money::toJsonNumber(r.vlrParcela)},
        {QStringLiteral("vlrTotalDivida"), Money::toJsonNumber(r.vlrTotalDivida)},
        {QStringLiteral("vlrTotalParcelas"), Money::toJsonNumber(r.vlrTotalParcelas)},
        {QStringLiteral("percCETMensal"), r.percCETMensal},
        {QStringLiteral("percCETAnual"), r.percCETAnual},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
        {QStringLiteral("parcelas"), parcelas},
    };
}

QByteArray CalculationReport::toCsv(const LoanResult& r, const CsvOptions& options) {
    CsvWriter csv(options);
    csv.row({tr("Calculation report (memória de cálculo)"), QString(), QString(),
             tr("BMP Onboarding %1").arg(AppInfo::version())});
    csv.blank();

    csv.row({tr("Section"), tr("Field"), tr("Description"), tr("Value")});
    const QString in = tr("Input");
    csv.row({in, QStringLiteral("vlrSolicitado"), tr("Amount requested (released to the borrower), R$"),
             csv.money(r.vlrSolicitado)});
    csv.row({in, QStringLiteral("prazo"), tr("Number of monthly installments"), QString::number(r.prazo)});
    csv.row({in, QStringLiteral("percJurosNegociado"), tr("Monthly interest rate, %"),
             csv.number(r.input.monthlyRatePercent, 6)});
    csv.row({in, QStringLiteral("dtContratacao"), tr("Contract date"), isoDate(r.dtContratacao)});
    csv.row({in, QStringLiteral("dtPrimeiroVencto"),
             r.input.firstDueDate ? tr("First due date (given)") : tr("First due date (default rule)"),
             isoDate(r.dtPrimeiroVencto)});
    csv.row({in, QStringLiteral("tipoPessoa"), tr("Borrower (1 = PF, 2 = PJ)"),
             QStringLiteral("%1 (%2)").arg(static_cast<int>(r.input.personType)).arg(personCode(r.input.personType))});
    csv.row({in, QStringLiteral("simplesNacional"), tr("Simples Nacional/MEI company"),
             r.input.simplesNacional ? tr("yes") : tr("no")});
    csv.row({in, QStringLiteral("vlrTAC"), tr("TAC (financed), R$"), csv.money(r.vlrTAC)});
    csv.blank();

    const QString conv = tr("Convention");
    for (const QString& line : LoanConventions::conventionLines())
        csv.row({conv, QString(), line, QString()});
    csv.row({conv, QStringLiteral("percIOFDiario"), tr("IOF daily rate applied, % a day"),
             csv.number(r.iofRate.dailyRatePercent, 5)});
    // BMP's reference does not say whether its percIOF is the daily rate or a yearly one: both readings.
    csv.row({conv, QStringLiteral("percIOFAnualEquivalente"),
             tr("IOF daily rate × 365, % a year (percIOF's other reading)"),
             csv.number(r.iofRate.dailyRatePercent * 365, 4)});
    csv.row({conv, QStringLiteral("percIOFAdicional"), tr("IOF additional rate applied, %"),
             csv.number(r.iofRate.additionalRatePercent, 4)});
    csv.row({conv, QStringLiteral("iofVigenciaDesde"),
             tr("IOF rates in force from (%1)").arg(IofRateTable::categoryName(r.iofRate.category)),
             isoDate(r.iofRate.validFrom)});
    csv.row({conv, QStringLiteral("iofFonte"), tr("Source of the IOF rates"), r.iofRate.source});
    csv.row({conv, QStringLiteral("fatorIOF"), tr("IOF of a unit loan (c)"), csv.number(r.iofFactor, 10)});
    csv.row({conv, QStringLiteral("somaFatoresDesconto"), tr("Sum of the discount factors (Σ v_k)"),
             csv.number(r.discountSum, 10)});
    csv.blank();

    const QString res = tr("Result");
    csv.row({res, QStringLiteral("vlrIOF"), tr("IOF (financed), R$"), csv.money(r.vlrIOF)});
    csv.row({res, QStringLiteral("vlrTotalCredito"), tr("Amount financed, R$"), csv.money(r.vlrTotalCredito)});
    csv.row({res, QStringLiteral("vlrParcela"), tr("Installment, R$"), csv.money(r.vlrParcela)});
    csv.row({res, QStringLiteral("vlrTotalDivida"), tr("Total debt (installments × installment), R$"),
             csv.money(r.vlrTotalDivida)});
    csv.row({res, QStringLiteral("vlrTotalParcelas"), tr("Sum of the schedule's installments, R$"),
             csv.money(r.vlrTotalParcelas)});
    csv.row({res, QStringLiteral("residuoUltimaParcela"), tr("Last installment minus the installment (residue), R$"),
             csv.money(r.lastInstallmentResidue())});
    csv.row({res, QStringLiteral("percJurosMensal"), tr("Interest rate, % a month"), csv.rate(r.percJurosMensal)});
    csv.row({res, QStringLiteral("percJurosAnual"), tr("Interest rate, % a year"), csv.rate(r.percJurosAnual)});
    csv.row({res, QStringLiteral("percCETMensal"), tr("CET, % a month"),
             csv.number(r.percCETMensal, LoanConventions::kCetDecimals)});
    csv.row({res, QStringLiteral("percCETAnual"), tr("CET, % a year"),
             csv.number(r.percCETAnual, LoanConventions::kCetDecimals)});
    for (const QString& warning : r.warnings)
        csv.row({res, QStringLiteral("aviso"), warning, QString()});
    csv.blank();

    csv.row({QStringLiteral("nroParcela"), QStringLiteral("dtVencimento"), QStringLiteral("dias"),
             QStringLiteral("vlrParcela"), QStringLiteral("vlrJuros"), QStringLiteral("vlrAmortizacao"),
             QStringLiteral("vlrSaldo"), QStringLiteral("fatorDesconto")});
    csv.row({QStringLiteral("0"), isoDate(r.dtContratacao), QStringLiteral("0"), QString(), QString(), QString(),
             csv.money(r.vlrTotalCredito), csv.number(1, 10)});
    for (const LoanInstallment& p : r.parcelas)
        csv.row({QString::number(p.nroParcela), isoDate(p.dtVencimento), QString::number(p.dias),
                 csv.money(p.vlrParcela), csv.money(p.vlrJuros), csv.money(p.vlrAmortizacao), csv.money(p.vlrSaldo),
                 csv.number(p.fatorDesconto, 10)});
    return csv.bytes();
}

Status CalculationReport::writeCsv(const LoanResult& result, const QString& path, const CsvOptions& options,
                                   OutputFile::Overwrite overwrite) {
    return OutputFile::write(path, toCsv(result, options), overwrite);
}

QList<FieldComparison> CalculationReport::compareWithSimulation(const LoanResult& r, const QJsonObject& answer) {
    using Kind = FieldComparison::Kind;
    const QList<std::tuple<QString, Kind, double>> ours{
        {QStringLiteral("vlrParcela"), Kind::Money, Money::toJsonNumber(r.vlrParcela)},
        {QStringLiteral("vlrIOF"), Kind::Money, Money::toJsonNumber(r.vlrIOF)},
        {QStringLiteral("vlrTAC"), Kind::Money, Money::toJsonNumber(r.vlrTAC)},
        {QStringLiteral("vlrTotalCredito"), Kind::Money, Money::toJsonNumber(r.vlrTotalCredito)},
        {QStringLiteral("vlrTotalDivida"), Kind::Money, Money::toJsonNumber(r.vlrTotalDivida)},
        {QStringLiteral("percJurosMensal"), Kind::Rate, r.percJurosMensal},
        {QStringLiteral("percJurosAnual"), Kind::Rate, r.percJurosAnual},
        {QStringLiteral("percCETMensal"), Kind::Rate, r.percCETMensal},
        {QStringLiteral("percCETAnual"), Kind::Rate, r.percCETAnual},
    };
    QList<FieldComparison> out;
    for (const auto& [name, kind, value] : ours) {
        FieldComparison c;
        c.field = name;
        c.kind = kind;
        c.ours = value;
        if (const auto found = findField(answer, name))
            c.theirs = numberOf(*found);
        if (!c.theirs) {
            c.differs = true;
        } else {
            c.difference = *c.theirs - value;
            // The small slack keeps an exact one-centavo (or 0.01 p.p.) difference, blurred by binary floats, within.
            const double tolerance = kind == Kind::Money ? kMoneyTolerance : kRateTolerance;
            c.differs = std::fabs(c.difference) > tolerance + 1e-9;
        }
        out.append(c);
    }
    return out;
}

bool CalculationReport::anyDifference(const QList<FieldComparison>& comparison) {
    return std::any_of(comparison.cbegin(), comparison.cend(), [](const FieldComparison& c) { return c.differs; });
}

} // namespace bmp
