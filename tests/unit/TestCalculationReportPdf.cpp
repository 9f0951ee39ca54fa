// The calculation report as PDF: a real PDF that independent tools read, with the differences spelled out.

#include "domain/LoanCalculator.h"
#include "report/CalculationReport.h"
#include "report/CalculationReportPdf.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;

class TestCalculationReportPdf : public QObject {
    Q_OBJECT
private slots:
    void writesAReadablePdfWithTheDifferences();
    void refusesAnUnwritablePath();

private:
    static LoanResult sample();
    QTemporaryDir m_dir;
};

LoanResult TestCalculationReportPdf::sample() {
    LoanInput in;
    in.amount = 800000;
    in.installments = 18;
    in.monthlyRatePercent = 2.49;
    in.contractDate = QDate(2026, 3, 10);
    return LoanCalculator::calculate(in).value();
}

void TestCalculationReportPdf::writesAReadablePdfWithTheDifferences() {
    const LoanResult r = sample();
    QJsonObject bmp = CalculationReport::toJson(r);
    bmp.insert(QStringLiteral("vlrIOF"), Money::toJsonNumber(r.vlrIOF + 37)); // BMP says R$ 0.37 more
    const QList<FieldComparison> comparison = CalculationReport::compareWithSimulation(r, bmp);
    QVERIFY(CalculationReport::anyDifference(comparison));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(CalculationReportPdf::write(r, comparison, QStringLiteral("Fintech Exemplo — B — practice"), path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    if (const QString shots = qEnvironmentVariable("BMP_SHOTS_DIR"); !shots.isEmpty())
        QFile::copy(path, shots + QStringLiteral("/calculation-report.pdf"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("vlrParcela")));
    QVERIFY(text.contains(QStringLiteral("DIFFERS")));
    QVERIFY(text.contains(QStringLiteral("2027-08-10"))); // the 18th installment's due date
    QVERIFY(text.contains(QStringLiteral("Fintech Exemplo")));
    // The signoff report's font, without ligatures: "financed" is found as typed (not "\uFB01nanced").
    QVERIFY2(text.contains(QStringLiteral("financed")), qPrintable(text.left(600)));
    QVERIFY(!text.contains(QChar(0xFB01)) && !text.contains(QChar(0xFB00)));
    // One stated time reference, as in the signoff report.
    QVERIFY(text.contains(QStringLiteral("(São Paulo time)")));
}

void TestCalculationReportPdf::refusesAnUnwritablePath() {
    const Status s =
        CalculationReportPdf::write(sample(), {}, QStringLiteral("x"), QStringLiteral("/nonexistent-dir/report.pdf"));
    QVERIFY(!s.ok());
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir/report.pdf")));
}

QTEST_MAIN(TestCalculationReportPdf)
#include "TestCalculationReportPdf.moc"
