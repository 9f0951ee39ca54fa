#include "domain/LoanCalculator.h"
#include "domain/LoanConventions.h"
#include "report/CalculationReport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bmp;

namespace {

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

class TestCalculationReport : public QObject {
    Q_OBJECT
private slots:
    void comparisonWithBmpAnswer();
    void csvReport();
    void csvWriteFailsCleanly();
};

void TestCalculationReport::comparisonWithBmpAnswer() {
    const auto r = LoanCalculator::calculate(simpleInput());
    QVERIFY(r.ok());
    // BMP's envelope with the payload beside msg/hasError, PascalCase names, one numeric string with a comma.
    const QJsonObject answer = QJsonDocument::fromJson(R"({
        "msg": null, "hasError": false, "messages": [],
        "retorno": {"VlrParcela": 1026.44, "vlrIOF": "6,32", "vlrTAC": 0, "vlrTotalCredito": 1006.30,
                    "vlrTotalDivida": 1026.43, "percJurosMensal": 2, "percJurosAnual": 26.8342,
                    "percCETMensal": 2.6913, "percCETAnual": 37.3537}
    })")
                                   .object();
    const QList<FieldComparison> cmp = CalculationReport::compareWithSimulation(*r, answer);
    QCOMPARE(cmp.size(), 9);
    QHash<QString, FieldComparison> byName;
    for (const FieldComparison& c : cmp)
        byName.insert(c.field, c);
    QVERIFY(!byName[QStringLiteral("vlrParcela")].differs); // one centavo: rounding, not a finding
    QVERIFY(std::fabs(byName[QStringLiteral("vlrParcela")].difference - 0.01) < 1e-9);
    QVERIFY(byName[QStringLiteral("vlrIOF")].differs); // two centavos
    QVERIFY(!byName[QStringLiteral("vlrTotalCredito")].differs);
    QVERIFY(!byName[QStringLiteral("percJurosMensal")].differs);
    QVERIFY(!byName[QStringLiteral("percJurosAnual")].differs); // exactly 0.01 p.p.: within
    QVERIFY(byName[QStringLiteral("percCETMensal")].differs);   // 0.0111 p.p.
    QVERIFY(!byName[QStringLiteral("percCETAnual")].differs);
    QVERIFY(CalculationReport::anyDifference(cmp));

    const QList<FieldComparison> missing = CalculationReport::compareWithSimulation(*r, QJsonObject{});
    for (const FieldComparison& c : missing) {
        QVERIFY(c.differs);
        QVERIFY(!c.theirs.has_value());
    }
}

void TestCalculationReport::csvReport() {
    LoanInput in = simpleInput();
    in.installments = 3;
    in.tac = 5000;
    const auto r = LoanCalculator::calculate(in);
    QVERIFY(r.ok());
    const QString csv = QString::fromUtf8(CalculationReport::toCsv(*r));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QVERIFY(lines.contains(QStringLiteral("Input,vlrTAC,\"TAC (financed), R$\",50.00")));
    QVERIFY(lines.contains(
        QStringLiteral("nroParcela,dtVencimento,dias,vlrParcela,vlrJuros,vlrAmortizacao,vlrSaldo,fatorDesconto")));
    const LoanInstallment& last = r->parcelas.constLast();
    QVERIFY(csv.contains(QStringLiteral("3,2025-07-01,91,%1,%2,%3,0.00,")
                             .arg(Money::toPlainString(last.vlrParcela), Money::toPlainString(last.vlrJuros),
                                  Money::toPlainString(last.vlrAmortizacao))));
    for (const QString& convention : LoanConventions::conventionLines())
        QVERIFY(csv.contains(convention.left(30)));
    QVERIFY(csv.contains(r->iofRate.source.left(30)));

    CalculationCsvOptions br;
    br.separator = u';';
    br.decimalComma = true;
    const QString csvBr = QString::fromUtf8(CalculationReport::toCsv(*r, br));
    QVERIFY(csvBr.contains(QStringLiteral("Input;vlrTAC;TAC (financed), R$;50,00")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("memoria.csv"));
    QVERIFY(CalculationReport::writeCsv(*r, path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), CalculationReport::toCsv(*r));
}

void TestCalculationReport::csvWriteFailsCleanly() {
    const auto r = LoanCalculator::calculate(simpleInput());
    QVERIFY(r.ok());
    const Status s = CalculationReport::writeCsv(*r, QStringLiteral("/nonexistent-dir/x/report.csv"));
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(u"/nonexistent-dir/x/report.csv"));
}

QTEST_GUILESS_MAIN(TestCalculationReport)
#include "TestCalculationReport.moc"
