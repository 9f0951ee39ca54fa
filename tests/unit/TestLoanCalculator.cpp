#include "domain/IofRates.h"
#include "domain/LoanCalculator.h"
#include "domain/LoanConventions.h"
#include "domain/Money.h"
#include "report/CalculationReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bmp;

Q_DECLARE_METATYPE(bmp::LoanInput)

namespace {

// The reference numbers come from tests/data/loan/loan_reference.py (exact decimals, written from BMP-DOMAIN.md,
// not from this code) and are committed in reference-cases.json.
QJsonArray loadReferenceCases() {
    QFile f(QStringLiteral(BMP_TEST_DATA_DIR "/loan/reference-cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
}

Cents cents(const QJsonValue& v) {
    const auto parsed = Money::parse(v.toString().remove(u'-'), QStringLiteral("reference"));
    const Cents c = parsed.ok() ? *parsed : -999999999;
    return v.toString().startsWith(u'-') ? -c : c;
}

LoanInput inputFrom(const QJsonObject& o) {
    LoanInput in;
    in.amount = cents(o.value(QStringLiteral("amount")));
    in.installments = o.value(QStringLiteral("installments")).toInt();
    in.monthlyRatePercent = o.value(QStringLiteral("monthlyRatePercent")).toString().toDouble();
    in.contractDate = QDate::fromString(o.value(QStringLiteral("contractDate")).toString(), Qt::ISODate);
    if (o.value(QStringLiteral("firstDueDate")).isString())
        in.firstDueDate = QDate::fromString(o.value(QStringLiteral("firstDueDate")).toString(), Qt::ISODate);
    in.personType = o.value(QStringLiteral("person")).toString() == QLatin1String("pj") ? PersonType::Company
                                                                                        : PersonType::Individual;
    in.simplesNacional = o.value(QStringLiteral("simples")).toBool();
    in.tac = cents(o.value(QStringLiteral("tac")));
    return in;
}

LoanInput simpleInput() {
    LoanInput in;
    in.amount = 100000;
    in.installments = 1;
    in.monthlyRatePercent = 2.0;
    in.contractDate = QDate(2025, 4, 1);
    in.firstDueDate = QDate(2025, 5, 1);
    return in;
}

} // namespace

class TestLoanCalculator : public QObject {
    Q_OBJECT
private slots:
    void referenceCases_data();
    void referenceCases();
    void oneInstallmentByHand();
    void conventionsHoldOnEveryCase();
    void rateChangeDatesPickTheRightRow();
    void invalidInputs_data();
    void invalidInputs();
    void contractBeforeTheTableIsRefused();
    void residueWarningsAndRefusals();
    void iofTableJsonRoundTrip();
    void iofTableRefusesBadFiles_data();
    void iofTableRefusesBadFiles();
    void editedTableIsUsed();
    void moneyParsing_data();
    void moneyParsing();
    void moneyFormatting();
    void roundingIsHalfUp();
};

void TestLoanCalculator::referenceCases_data() {
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonArray cases = loadReferenceCases();
    QVERIFY2(cases.size() >= 20, "tests/data/loan/reference-cases.json is missing or incomplete");
    for (const QJsonValue& c : cases) {
        const QJsonObject o = c.toObject();
        const QJsonObject in = o.value(QStringLiteral("input")).toObject();
        QTest::newRow(qPrintable(in.value(QStringLiteral("name")).toString()))
            << in << o.value(QStringLiteral("expected")).toObject();
    }
}

void TestLoanCalculator::referenceCases() {
    QFETCH(QJsonObject, input);
    QFETCH(QJsonObject, expected);
    const auto r = LoanCalculator::calculate(inputFrom(input));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));

    QCOMPARE(r->dtPrimeiroVencto.toString(Qt::ISODate), expected.value(QStringLiteral("dtPrimeiroVencto")).toString());
    QCOMPARE(r->iofRate.validFrom.toString(Qt::ISODate), expected.value(QStringLiteral("iofValidFrom")).toString());
    QCOMPARE(r->iofRate.dailyRatePercent, expected.value(QStringLiteral("percIOFDiario")).toString().toDouble());
    QCOMPARE(r->iofRate.additionalRatePercent,
             expected.value(QStringLiteral("percIOFAdicional")).toString().toDouble());
    // Money to the centavo.
    QCOMPARE(r->vlrIOF, cents(expected.value(QStringLiteral("vlrIOF"))));
    QCOMPARE(r->vlrTotalCredito, cents(expected.value(QStringLiteral("vlrTotalCredito"))));
    QCOMPARE(r->vlrParcela, cents(expected.value(QStringLiteral("vlrParcela"))));
    QCOMPARE(r->vlrTotalDivida, cents(expected.value(QStringLiteral("vlrTotalDivida"))));
    QCOMPARE(r->vlrTotalParcelas, cents(expected.value(QStringLiteral("vlrTotalParcelas"))));
    // Rates: the reference rounds exact values to 4 decimals; allow one unit of the 4th decimal for a rounding
    // flip, and check the unrounded CET far more tightly (the issue asks for 0.01 p.p.).
    const double eps = 1e-4 + 1e-9;
    QVERIFY(std::fabs(r->percJurosMensal - expected.value(QStringLiteral("percJurosMensal")).toString().toDouble()) <=
            eps);
    QVERIFY(std::fabs(r->percJurosAnual - expected.value(QStringLiteral("percJurosAnual")).toString().toDouble()) <=
            eps);
    const double cetEps = 1e-5 + 1e-9; // CET has five decimals, as BMP sends it
    QVERIFY(std::fabs(r->percCETAnual - expected.value(QStringLiteral("percCETAnual")).toString().toDouble()) <=
            cetEps);
    QVERIFY(std::fabs(r->percCETMensal - expected.value(QStringLiteral("percCETMensal")).toString().toDouble()) <=
            cetEps);
    const double exactCet = expected.value(QStringLiteral("percCETAnualExato")).toString().toDouble();
    QVERIFY2(std::fabs(r->cetAnnualExact * 100 - exactCet) < 1e-6,
             qPrintable(QStringLiteral("CET %1 vs %2").arg(r->cetAnnualExact * 100, 0, 'f', 10).arg(exactCet)));

    // The whole schedule, row by row, to the centavo.
    const QJsonArray rows = expected.value(QStringLiteral("parcelas")).toArray();
    QCOMPARE(r->parcelas.size(), rows.size());
    for (int k = 0; k < rows.size(); ++k) {
        const QJsonObject e = rows.at(k).toObject();
        const LoanInstallment& p = r->parcelas.at(k);
        const QByteArray where = QByteArray("installment ") + QByteArray::number(k + 1);
        QVERIFY2(p.nroParcela == k + 1, where);
        QVERIFY2(p.dtVencimento.toString(Qt::ISODate) == e.value(QStringLiteral("dtVencimento")).toString(), where);
        QVERIFY2(p.dias == e.value(QStringLiteral("dias")).toInt(), where);
        QVERIFY2(p.vlrParcela == cents(e.value(QStringLiteral("vlrParcela"))), where);
        QVERIFY2(p.vlrJuros == cents(e.value(QStringLiteral("vlrJuros"))), where);
        QVERIFY2(p.vlrAmortizacao == cents(e.value(QStringLiteral("vlrAmortizacao"))), where);
        QVERIFY2(p.vlrSaldo == cents(e.value(QStringLiteral("vlrSaldo"))), where);
    }
}

void TestLoanCalculator::oneInstallmentByHand() {
    // R$ 1,000 at 2% a month, one installment after 30 days, PF, no TAC. By hand:
    // c = 30 x 0.0082% + 0.38% = 0.626%; F = 1000 / 0.99374 = 1006.2994; IOF = 6.30; financed 1006.30;
    // installment = 1006.30 x 1.02 = 1026.426 -> 1026.43; interest 20.13; CET = 1.02643^(365/30) - 1.
    const auto r = LoanCalculator::calculate(simpleInput());
    QVERIFY(r.ok());
    QCOMPARE(r->vlrIOF, Cents(630));
    QCOMPARE(r->vlrTotalCredito, Cents(100630));
    QCOMPARE(r->vlrParcela, Cents(102643));
    QCOMPARE(r->parcelas.at(0).vlrJuros, Cents(2013));
    QCOMPARE(r->parcelas.at(0).vlrAmortizacao, Cents(100630));
    QCOMPARE(r->parcelas.at(0).vlrSaldo, Cents(0));
    const double cet = (std::pow(1026.43 / 1000.0, 365.0 / 30.0) - 1) * 100;
    QVERIFY(std::fabs(r->percCETAnual - cet) < 1e-4);
    QCOMPARE(r->percCETAnual, 37.35367);
    QCOMPARE(r->percJurosAnual, 26.8242);
}

void TestLoanCalculator::conventionsHoldOnEveryCase() {
    for (const QJsonValue& c : loadReferenceCases()) {
        const LoanInput in = inputFrom(c.toObject().value(QStringLiteral("input")).toObject());
        const auto r = LoanCalculator::calculate(in);
        QVERIFY(r.ok());
        QCOMPARE(r->vlrTotalCredito, in.amount + in.tac + r->vlrIOF);
        QCOMPARE(r->vlrTotalDivida, r->vlrParcela * in.installments);
        QCOMPARE(r->vlrTotalParcelas, r->vlrTotalDivida + r->lastInstallmentResidue());
        Cents amortized = 0;
        for (int k = 0; k < r->parcelas.size(); ++k) {
            const LoanInstallment& p = r->parcelas.at(k);
            amortized += p.vlrAmortizacao;
            QCOMPARE(p.vlrParcela, p.vlrJuros + p.vlrAmortizacao);
            if (k + 1 < r->parcelas.size())
                QCOMPARE(p.vlrParcela, r->vlrParcela);
        }
        QCOMPARE(amortized, r->vlrTotalCredito);
        QCOMPARE(r->parcelas.constLast().vlrSaldo, Cents(0));
        QVERIFY(r->percCETAnual >= r->percJurosAnual); // IOF and TAC only add to the cost
    }
}

void TestLoanCalculator::rateChangeDatesPickTheRightRow() {
    const IofRateTable t = IofRateTable::builtIn();
    QVERIFY(t.validate().ok());
    struct Row {
        QDate date;
        PersonType person;
        bool simples;
        Cents amount;
        double daily;
        double additional;
    };
    const QList<Row> rows{
        {{2025, 5, 31}, PersonType::Company, false, 100000, 0.0041, 0.38},
        {{2025, 6, 1}, PersonType::Company, false, 100000, 0.0082, 0.95},
        {{2025, 6, 10}, PersonType::Company, false, 100000, 0.0082, 0.95},
        {{2025, 6, 11}, PersonType::Company, false, 100000, 0.0082, 0.38},
        {{2030, 1, 1}, PersonType::Company, false, 100000, 0.0082, 0.38},
        {{2025, 6, 1}, PersonType::Individual, false, 100000, 0.0082, 0.38},
        {{2022, 1, 1}, PersonType::Individual, false, 100000, 0.0082, 0.38},
        {{2025, 8, 1}, PersonType::Company, true, 3000000, 0.00274, 0.38},
        {{2025, 8, 1}, PersonType::Company, true, 3000001, 0.0082, 0.38},
        {{2025, 5, 31}, PersonType::Company, true, 100000, 0.00137, 0.38},
        {{2025, 6, 1}, PersonType::Company, true, 100000, 0.00274, 0.95},
        {{2025, 8, 1}, PersonType::Individual, true, 100000, 0.0082, 0.38}, // Simples means nothing for PF
    };
    for (const Row& row : rows) {
        const auto e = t.ratesFor(row.date, row.person, row.simples, row.amount);
        QVERIFY(e.ok());
        QCOMPARE(e->dailyRatePercent, row.daily);
        QCOMPARE(e->additionalRatePercent, row.additional);
        QVERIFY(!e->source.isEmpty());
    }
    QVERIFY(t.ratesFor({2025, 6, 11}, PersonType::Company, false, 1).value().source.contains(u"12.499"));
    QVERIFY(t.ratesFor({2025, 6, 1}, PersonType::Company, false, 1).value().source.contains(u"12.466"));
}

void TestLoanCalculator::invalidInputs_data() {
    QTest::addColumn<LoanInput>("input");
    QTest::addColumn<QString>("mentions");
    auto with = [](auto change) {
        LoanInput in = simpleInput();
        change(in);
        return in;
    };
    QTest::newRow("zero amount") << with([](LoanInput& i) { i.amount = 0; }) << "more than zero";
    QTest::newRow("negative amount") << with([](LoanInput& i) { i.amount = -1; }) << "more than zero";
    QTest::newRow("amount above limit") << with([](LoanInput& i) { i.amount = Money::kMaxCents + 1; }) << "limit";
    QTest::newRow("zero installments") << with([](LoanInput& i) { i.installments = 0; }) << "1 to 420";
    QTest::newRow("421 installments") << with([](LoanInput& i) { i.installments = 421; }) << "1 to 420";
    QTest::newRow("negative rate") << with([](LoanInput& i) { i.monthlyRatePercent = -0.01; }) << "0% to 100%";
    QTest::newRow("rate above 100") << with([](LoanInput& i) { i.monthlyRatePercent = 100.01; }) << "0% to 100%";
    QTest::newRow("rate NaN") << with([](LoanInput& i) { i.monthlyRatePercent = std::nan(""); }) << "0% to 100%";
    QTest::newRow("negative TAC") << with([](LoanInput& i) { i.tac = -100; }) << "TAC";
    QTest::newRow("no contract date") << with([](LoanInput& i) { i.contractDate = QDate(); }) << "contract date";
    QTest::newRow("first due on contract date")
        << with([](LoanInput& i) { i.firstDueDate = i.contractDate; }) << "must be after";
    QTest::newRow("first due before contract")
        << with([](LoanInput& i) { i.firstDueDate = i.contractDate.addDays(-1); }) << "must be after";
    QTest::newRow("first due 366 days later")
        << with([](LoanInput& i) { i.firstDueDate = i.contractDate.addDays(366); }) << "365 days";
    QTest::newRow("invalid first due") << with([](LoanInput& i) { i.firstDueDate = QDate(); }) << "invalid";
    QTest::newRow("simples for PF") << with([](LoanInput& i) { i.simplesNacional = true; }) << "PJ";
}

void TestLoanCalculator::invalidInputs() {
    QFETCH(LoanInput, input);
    QFETCH(QString, mentions);
    const auto r = LoanCalculator::calculate(input);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    QVERIFY(!LoanCalculator::validate(input).ok());
}

void TestLoanCalculator::contractBeforeTheTableIsRefused() {
    LoanInput in = simpleInput();
    in.contractDate = QDate(2021, 12, 31);
    in.firstDueDate = QDate(2022, 1, 31);
    const auto r = LoanCalculator::calculate(in);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"2022-01-01"), qPrintable(r.error().message));
    const auto empty = LoanCalculator::calculate(simpleInput(), IofRateTable());
    QVERIFY(!empty.ok());
}

void TestLoanCalculator::residueWarningsAndRefusals() {
    // A small residue passes silently; one above 1% of the installment is reported (420 x 0.99%: R$ 19.66 on
    // R$ 1,583.10, reference case four_hundred_twenty_installments).
    const auto quiet = LoanCalculator::calculate(simpleInput());
    QVERIFY(quiet.ok());
    QVERIFY(quiet->warnings.isEmpty());
    LoanInput longTerm;
    longTerm.amount = 15000000;
    longTerm.installments = 420;
    longTerm.monthlyRatePercent = 0.99;
    longTerm.contractDate = QDate(2025, 8, 15);
    const auto warned = LoanCalculator::calculate(longTerm);
    QVERIFY(warned.ok());
    QCOMPARE(warned->lastInstallmentResidue(), Cents(1966));
    QCOMPARE(warned->warnings.size(), 1);
    QVERIFY(warned->warnings.first().contains(u"19.66"));
    QVERIFY(CalculationReport::toJson(*warned).value(QStringLiteral("warnings")).toArray().size() == 1);
    {
        // People read the amounts in their locale's format.
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        const auto warnedBr = LoanCalculator::calculate(longTerm);
        QLocale::setDefault(saved);
        QVERIFY(warnedBr.ok());
        QVERIFY2(warnedBr->warnings.first().contains(u"19,66"), qPrintable(warnedBr->warnings.first()));
        QVERIFY(!warnedBr->warnings.first().contains(u"19.66"));
    }

    // At 3% a month over 420 months the compounded rounding makes this last installment negative: refused.
    LoanInput absurd = longTerm;
    absurd.amount = 1000200;
    absurd.monthlyRatePercent = 3;
    absurd.contractDate = QDate(2025, 1, 1);
    const auto refused = LoanCalculator::calculate(absurd);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"cancels"), qPrintable(refused.error().message));

    // Installments that round to nothing, and results beyond any meaningful size, are refused.
    LoanInput tiny = simpleInput();
    tiny.amount = 1;
    tiny.installments = 420;
    tiny.monthlyRatePercent = 0;
    QVERIFY(LoanCalculator::calculate(tiny).error().message.contains(u"R$ 0.00"));
    LoanInput huge = longTerm;
    huge.amount = Money::kMaxCents;
    huge.monthlyRatePercent = 100;
    QVERIFY(LoanCalculator::calculate(huge).error().message.contains(u"10 trillion"));
}

void TestLoanCalculator::iofTableJsonRoundTrip() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("iof.json"));
    const IofRateTable builtIn = IofRateTable::builtIn();
    QVERIFY(builtIn.save(path).ok());
    const auto loaded = IofRateTable::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->entries().size(), builtIn.entries().size());
    QCOMPARE(loaded->simplesLimitCents(), IofRateTable::kDefaultSimplesLimitCents);
    for (int i = 0; i < builtIn.entries().size(); ++i) {
        QCOMPARE(loaded->entries().at(i).validFrom, builtIn.entries().at(i).validFrom);
        QCOMPARE(loaded->entries().at(i).category, builtIn.entries().at(i).category);
        QCOMPARE(loaded->entries().at(i).dailyRatePercent, builtIn.entries().at(i).dailyRatePercent);
        QCOMPARE(loaded->entries().at(i).additionalRatePercent, builtIn.entries().at(i).additionalRatePercent);
        QCOMPARE(loaded->entries().at(i).source, builtIn.entries().at(i).source);
    }
    QVERIFY(!IofRateTable::load(dir.filePath(QStringLiteral("missing.json"))).ok());
}

void TestLoanCalculator::iofTableRefusesBadFiles_data() {
    QTest::addColumn<QByteArray>("json");
    const QByteArray entry = R"({"validFrom":"2025-01-01","category":"pf","dailyRatePercent":0.0082,)"
                             R"("additionalRatePercent":0.38,"source":"x"})";
    auto table = [](const QByteArray& entries, const QByteArray& extra = {}) {
        return QByteArray(R"({"format":"bmp-iof-rates","version":1,"simplesLimit":30000,)") + extra + R"("entries":[)" +
               entries + "]}";
    };
    QTest::newRow("not json") << QByteArray("{\"format\": ");
    QTest::newRow("other format") << QByteArray(R"({"format":"something","version":1})");
    QTest::newRow("newer version") << QByteArray(table(entry)).replace("\"version\":1", "\"version\":2");
    QTest::newRow("no entries") << table("");
    QTest::newRow("bad date") << table(QByteArray(entry).replace("2025-01-01", "2025-13-01"));
    QTest::newRow("short date") << table(QByteArray(entry).replace("2025-01-01", "2025-1-1"));
    QTest::newRow("bad category") << table(QByteArray(entry).replace("\"pf\"", "\"xx\""));
    QTest::newRow("rate as text") << table(QByteArray(entry).replace("0.0082", "\"0.0082\""));
    QTest::newRow("additional typed as daily") << table(QByteArray(entry).replace("0.0082", "1.38"));
    QTest::newRow("negative additional") << table(QByteArray(entry).replace("0.38", "-0.38"));
    QTest::newRow("duplicate row") << table(entry + "," + entry);
    QTest::newRow("no simples limit") << QByteArray(table(entry)).replace("\"simplesLimit\":30000,", "");
}

void TestLoanCalculator::iofTableRefusesBadFiles() {
    QFETCH(QByteArray, json);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const auto r = IofRateTable::load(path);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
}

void TestLoanCalculator::editedTableIsUsed() {
    // A user adds a new decree: PF contracts from 2026-01-01 pay 0.01%/day + 0.5%.
    QList<IofRateEntry> entries = IofRateTable::builtIn().entries();
    entries.append({QDate(2026, 1, 1), IofCategory::Individual, 0.01, 0.5, QStringLiteral("Hypothetical decree")});
    const IofRateTable edited(entries);
    QVERIFY(edited.validate().ok());
    LoanInput in = simpleInput();
    in.contractDate = QDate(2026, 1, 5);
    in.firstDueDate = QDate(2026, 2, 4);
    const auto r = LoanCalculator::calculate(in, edited);
    QVERIFY(r.ok());
    QCOMPARE(r->iofRate.source, QStringLiteral("Hypothetical decree"));
    // c = 30 x 0.01% + 0.5% = 0.8%; IOF = 1000 x 0.008 / 0.992 = 8.0645 -> 8.06
    QCOMPARE(r->vlrIOF, Cents(806));
}

void TestLoanCalculator::moneyParsing_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qlonglong>("expected"); // -1: refused
    QTest::newRow("integer") << "10000" << 1000000LL;
    QTest::newRow("two decimals") << "1500.50" << 150050LL;
    QTest::newRow("one decimal") << "0.5" << 50LL;
    QTest::newRow("comma") << "1234,56" << 123456LL;
    QTest::newRow("spaces") << "  42 " << 4200LL;
    QTest::newRow("leading zeros") << "0007.10" << 710LL;
    QTest::newRow("trailing dot") << "12." << 1200LL;
    QTest::newRow("three decimals") << "1.005" << -1LL;
    QTest::newRow("thousands") << "1.000,00" << -1LL;
    QTest::newRow("negative") << "-5" << -1LL;
    QTest::newRow("letters") << "10k" << -1LL;
    QTest::newRow("empty") << "" << -1LL;
    QTest::newRow("exponent") << "1e3" << -1LL;
    QTest::newRow("too many digits") << "1234567890123" << -1LL;
}

void TestLoanCalculator::moneyParsing() {
    QFETCH(QString, text);
    QFETCH(qlonglong, expected);
    const auto r = Money::parse(text, QStringLiteral("--amount"));
    QCOMPARE(r.ok(), expected >= 0);
    if (r.ok())
        QCOMPARE(*r, expected);
    else
        QVERIFY(r.error().message.contains(u"--amount"));
}

void TestLoanCalculator::moneyFormatting() {
    QCOMPARE(Money::toPlainString(123456), QStringLiteral("1234.56"));
    QCOMPARE(Money::toPlainString(-5), QStringLiteral("-0.05"));
    QCOMPARE(Money::toPlainString(0), QStringLiteral("0.00"));
    QCOMPARE(Money::format(123456789, QLocale(QLocale::Portuguese, QLocale::Brazil)), QStringLiteral("1.234.567,89"));
    QCOMPARE(Money::format(123456789, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("1,234,567.89"));
    QCOMPARE(
        QJsonDocument(QJsonArray{Money::toJsonNumber(102643), Money::toJsonNumber(10)}).toJson(QJsonDocument::Compact),
        QByteArray("[1026.43,0.1]"));
}

void TestLoanCalculator::roundingIsHalfUp() {
    QCOMPARE(Money::roundCents(50002.5L), Cents(50003));
    QCOMPARE(Money::roundCents(50002.4999999999L), Cents(50003)); // a binary artefact of an exact half
    QCOMPARE(Money::roundCents(50002.49L), Cents(50002));
    QCOMPARE(Money::roundCents(-2.5L), Cents(-3));
    QCOMPARE(Money::roundDecimals(1.23445L, 4), 1.2345);
    QCOMPARE(Money::roundDecimals(1.23444L, 4), 1.2344);
}

QTEST_GUILESS_MAIN(TestLoanCalculator)
#include "TestLoanCalculator.moc"
