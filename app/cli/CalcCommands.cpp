#include "cli/Cli.h"
#include "domain/LoanCalculator.h"
#include "report/CalculationReport.h"

#include <QLocale>
#include <QRegularExpression>

namespace bmp::cli {

namespace {

Result<QDate> parseDate(const QString& text, const QString& option) {
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return makeError(Cli::tr("%1: '%2' is not a date in the form YYYY-MM-DD").arg(option, text));
    return d;
}

Result<LoanInput> inputFrom(const QCommandLineParser& p) {
    for (const char* required : {"amount", "installments", "monthly-rate", "contract-date", "person"}) {
        if (!p.isSet(QLatin1String(required)))
            return makeError(Cli::tr("calc needs --%1 (see bmpctl calc --help)").arg(QLatin1String(required)));
    }
    LoanInput in;
    const auto amount = Money::parse(p.value(QStringLiteral("amount")), QStringLiteral("--amount"));
    if (!amount)
        return amount.error();
    in.amount = *amount;
    static const QRegularExpression integer(QStringLiteral("^[0-9]{1,4}$"));
    const QString n = p.value(QStringLiteral("installments")).trimmed();
    if (!integer.match(n).hasMatch())
        return makeError(Cli::tr("--installments must be a whole number from 1 to 420 (got '%1')").arg(n));
    in.installments = n.toInt();
    const auto rate = Money::parsePercent(p.value(QStringLiteral("monthly-rate")), QStringLiteral("--monthly-rate"));
    if (!rate)
        return rate.error();
    in.monthlyRatePercent = *rate;
    const auto contract = parseDate(p.value(QStringLiteral("contract-date")), QStringLiteral("--contract-date"));
    if (!contract)
        return contract.error();
    in.contractDate = *contract;
    if (p.isSet(QStringLiteral("first-due"))) {
        const auto first = parseDate(p.value(QStringLiteral("first-due")), QStringLiteral("--first-due"));
        if (!first)
            return first.error();
        in.firstDueDate = *first;
    }
    const QString person = p.value(QStringLiteral("person")).trimmed().toLower();
    if (person == QLatin1String("pf"))
        in.personType = PersonType::Individual;
    else if (person == QLatin1String("pj"))
        in.personType = PersonType::Company;
    else
        return makeError(Cli::tr("--person must be pf or pj (got '%1')").arg(p.value(QStringLiteral("person"))));
    in.simplesNacional = p.isSet(QStringLiteral("simples"));
    if (p.isSet(QStringLiteral("tac"))) {
        const auto tac = Money::parse(p.value(QStringLiteral("tac")), QStringLiteral("--tac"));
        if (!tac)
            return tac.error();
        in.tac = *tac;
    }
    return in;
}

void printHuman(Cli& cli, const LoanResult& r) {
    const QLocale locale;
    auto money = [&](Cents c) { return Money::format(c, locale); };
    auto reais = [&](Cents c) { return Money::formatCurrency(c, locale); };
    auto rate = [&](double v) { return locale.toString(v, 'f', 4); };
    QTextStream& out = cli.out();
    const QList<std::pair<QString, QString>> summary{
        {Cli::tr("Amount requested (vlrSolicitado)"), reais(r.vlrSolicitado)},
        {Cli::tr("TAC (vlrTAC)"), reais(r.vlrTAC)},
        {Cli::tr("IOF (vlrIOF)"), reais(r.vlrIOF)},
        {Cli::tr("Amount financed (vlrTotalCredito)"), reais(r.vlrTotalCredito)},
        {Cli::tr("Installment (vlrParcela)"), Cli::tr("%1 × %2").arg(r.prazo).arg(reais(r.vlrParcela))},
        {Cli::tr("Total debt (vlrTotalDivida)"), reais(r.vlrTotalDivida)},
        {Cli::tr("Interest"), Cli::tr("%1% a month, %2% a year").arg(rate(r.percJurosMensal), rate(r.percJurosAnual))},
        {Cli::tr("CET"), Cli::tr("%1% a month, %2% a year").arg(rate(r.percCETMensal), rate(r.percCETAnual))},
        {Cli::tr("IOF rates"),
         Cli::tr("%1% a day + %2%, %3, in force from %4")
             .arg(locale.toString(r.iofRate.dailyRatePercent, 'g', 6),
                  locale.toString(r.iofRate.additionalRatePercent, 'g', 6),
                  IofRateTable::categoryName(r.iofRate.category), r.iofRate.validFrom.toString(Qt::ISODate))},
        {Cli::tr("Contract / first due date"),
         Cli::tr("%1 / %2").arg(r.dtContratacao.toString(Qt::ISODate), r.dtPrimeiroVencto.toString(Qt::ISODate))},
    };
    int labelWidth = 0;
    for (const auto& [label, value] : summary)
        labelWidth = std::max(labelWidth, static_cast<int>(label.size()));
    for (const auto& [label, value] : summary)
        out << label.leftJustified(labelWidth + 2) << value << '\n';
    if (r.lastInstallmentResidue() != 0)
        out << Cli::tr("The last installment is %1: it absorbs the rounding residue of %2.")
                   .arg(reais(r.parcelas.constLast().vlrParcela), reais(r.lastInstallmentResidue()))
            << '\n';
    for (const QString& warning : r.warnings)
        out << Cli::tr("Warning: %1").arg(warning) << '\n';
    out << '\n';

    const QStringList headers{Cli::tr("#"),        Cli::tr("Due date"),     Cli::tr("Days"),   Cli::tr("Installment"),
                              Cli::tr("Interest"), Cli::tr("Amortization"), Cli::tr("Balance")};
    QList<QStringList> rows;
    for (const LoanInstallment& p : r.parcelas)
        rows.append({QString::number(p.nroParcela), p.dtVencimento.toString(Qt::ISODate), QString::number(p.dias),
                     money(p.vlrParcela), money(p.vlrJuros), money(p.vlrAmortizacao), money(p.vlrSaldo)});
    QList<int> widths;
    for (const QString& h : headers)
        widths.append(static_cast<int>(h.size()));
    for (const QStringList& row : rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], static_cast<int>(row[c].size()));
    }
    auto printRow = [&](const QStringList& cells) {
        QStringList padded;
        for (int c = 0; c < cells.size(); ++c)
            padded.append(c == 1 ? cells[c].leftJustified(widths[c]) : cells[c].rightJustified(widths[c]));
        out << padded.join(QStringLiteral("  ")) << '\n';
    };
    printRow(headers);
    for (const QStringList& row : rows)
        printRow(row);
    out.flush();
}

} // namespace

int runCalc(Cli& cli, const QStringList& args) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("amount"), Cli::tr("amount requested (vlrSolicitado), e.g. 10000.00"), QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("installments"), Cli::tr("number of monthly installments (1-420)"), QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("monthly-rate"), Cli::tr("interest rate, % a month, e.g. 1.99"), QStringLiteral("PCT")});
    p.addOption({QStringLiteral("contract-date"), Cli::tr("YYYY-MM-DD"), QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("first-due"), Cli::tr("YYYY-MM-DD (default: same day next month)"), QStringLiteral("D")});
    p.addOption({QStringLiteral("person"), Cli::tr("pf or pj"), QStringLiteral("pf|pj")});
    p.addOption({QStringLiteral("simples"), Cli::tr("PJ under Simples Nacional/MEI (reduced IOF up to the limit)")});
    p.addOption({QStringLiteral("tac"), Cli::tr("TAC, financed (default 0)"), QStringLiteral("N")});
    p.addOption({QStringLiteral("iof-table"), Cli::tr("IOF rate table (JSON) instead of the built-in one"),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("csv"), Cli::tr("write the calculation report (CSV) to FILE"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("csv-br"), Cli::tr("CSV with ';' and decimal commas (Excel in pt_BR)")});
    p.addOption(Cli::forceOption());
    p.addOption({QStringLiteral("json"), Cli::tr("machine output")});
    p.addOption({QStringLiteral("help"), Cli::tr("show the options")});
    if (!cli.parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        cli.out() << Cli::tr("usage: bmpctl calc --amount N --installments N --monthly-rate PCT --contract-date D "
                             "[--first-due D] --person pf|pj [--simples] [--tac N] [--iof-table FILE] [--csv FILE "
                             "[--csv-br] [--force]] [--json]")
                  << '\n';
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return cli.usage(Cli::tr("calc takes no positional argument (got '%1')").arg(p.positionalArguments().first()));
    const auto input = inputFrom(p);
    if (!input)
        return cli.badInput(input.error());

    IofRateTable table = IofRateTable::builtIn();
    if (p.isSet(QStringLiteral("iof-table"))) {
        auto loaded = IofRateTable::load(p.value(QStringLiteral("iof-table")));
        if (!loaded)
            return cli.badInput(loaded.error());
        table = std::move(loaded).value();
    }
    const auto result = LoanCalculator::calculate(*input, table);
    if (!result)
        return cli.badInput(result.error());

    if (p.isSet(QStringLiteral("csv"))) {
        CalculationCsvOptions options;
        if (p.isSet(QStringLiteral("csv-br"))) {
            options.separator = u';';
            options.decimalComma = true;
        }
        const QString csv = p.value(QStringLiteral("csv"));
        if (const int refused = cli.checkOutput(csv, Cli::overwrite(p)); refused != Ok)
            return refused;
        const Status written = CalculationReport::writeCsv(*result, csv, options, Cli::overwrite(p));
        if (!written)
            return cli.failed(written.error());
    }
    if (p.isSet(QStringLiteral("json")))
        cli.printJson(QJsonDocument(CalculationReport::toJson(*result)));
    else
        printHuman(cli, *result);
    return Ok;
}

} // namespace bmp::cli
