#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run bmpctl(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"), QStringList{QStringLiteral("calc")} + args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The first reference case of tests/data/loan/reference-cases.json.
QStringList referenceArgs() {
    return {QStringLiteral("--amount"),        QStringLiteral("10000.00"),
            QStringLiteral("--installments"),  QStringLiteral("12"),
            QStringLiteral("--monthly-rate"),  QStringLiteral("2.5"),
            QStringLiteral("--contract-date"), QStringLiteral("2025-03-10"),
            QStringLiteral("--first-due"),     QStringLiteral("2025-04-09"),
            QStringLiteral("--person"),        QStringLiteral("pf")};
}

QStringList replaced(QStringList args, const QString& option, const QString& value) {
    const qsizetype i = args.indexOf(option);
    if (i < 0)
        return args << option << value;
    if (value.isNull())
        args.remove(i, 2);
    else
        args[i + 1] = value;
    return args;
}

} // namespace

class TestCliCalc : public QObject {
    Q_OBJECT
private slots:
    void jsonHasBmpNames();
    void jsonNumbersArePrintedAsCents();
    void defaultFirstDueDate();
    void humanTable();
    void badInput_data();
    void badInput();
    void csvReport();
    void customIofTable();
};

void TestCliCalc::jsonHasBmpNames() {
    const Run r = bmpctl(referenceArgs() << QStringLiteral("--json"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    for (const char* key :
         {"vlrParcela", "vlrIOF", "vlrTAC", "vlrTotalCredito", "vlrTotalDivida", "percCETMensal", "percCETAnual",
          "percJurosMensal", "percJurosAnual", "vlrSolicitado", "prazo", "dtPrimeiroVencto", "parcelas"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("vlrParcela")).toDouble(), 997.66);
    QCOMPARE(o.value(QStringLiteral("vlrIOF")).toDouble(), 211.96);
    QCOMPARE(o.value(QStringLiteral("vlrTAC")).toDouble(), 0.0);
    QCOMPARE(o.value(QStringLiteral("vlrTotalCredito")).toDouble(), 10211.96);
    QCOMPARE(o.value(QStringLiteral("vlrTotalDivida")).toDouble(), 11971.92);
    QCOMPARE(o.value(QStringLiteral("percCETAnual")).toDouble(), 40.6557); // five decimals: 40.65570
    QCOMPARE(o.value(QStringLiteral("percCETMensal")).toDouble(), 2.88367);
    QCOMPARE(o.value(QStringLiteral("percJurosAnual")).toDouble(), 34.4889);
    QCOMPARE(o.value(QStringLiteral("prazo")).toInt(), 12);
    QCOMPARE(o.value(QStringLiteral("dtPrimeiroVencto")).toString(), QStringLiteral("2025-04-09"));
    const QJsonArray parcelas = o.value(QStringLiteral("parcelas")).toArray();
    QCOMPARE(parcelas.size(), 12);
    for (const QJsonValue& v : parcelas) {
        const QJsonObject p = v.toObject();
        for (const char* key : {"nroParcela", "dtVencimento", "vlrParcela", "vlrJuros", "vlrAmortizacao", "vlrSaldo"})
            QVERIFY2(p.value(QLatin1String(key)).isDouble() || p.value(QLatin1String(key)).isString(), key);
    }
    const QJsonObject last = parcelas.last().toObject();
    QCOMPARE(last.value(QStringLiteral("nroParcela")).toInt(), 12);
    QCOMPARE(last.value(QStringLiteral("dtVencimento")).toString(), QStringLiteral("2026-03-09"));
    QCOMPARE(last.value(QStringLiteral("vlrParcela")).toDouble(), 997.72); // absorbs the residue
    QCOMPARE(last.value(QStringLiteral("vlrSaldo")).toDouble(), 0.0);
}

void TestCliCalc::jsonNumbersArePrintedAsCents() {
    const Run r = bmpctl(referenceArgs() << QStringLiteral("--json"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("\"vlrParcela\": 997.66"));
    QVERIFY(r.out.contains("\"vlrTotalCredito\": 10211.96"));
    // No binary-float tails such as 997.6599999999999 anywhere (CET has five decimals, as BMP sends it).
    static const QRegularExpression longTail(QStringLiteral(R"(\d\.\d{6,})"));
    QVERIFY2(!longTail.match(QString::fromUtf8(r.out)).hasMatch(),
             qPrintable(longTail.match(QString::fromUtf8(r.out)).captured()));
}

void TestCliCalc::defaultFirstDueDate() {
    const Run r =
        bmpctl(replaced(referenceArgs(), QStringLiteral("--first-due"), QString()) << QStringLiteral("--json"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("dtPrimeiroVencto")).toString(), QStringLiteral("2025-04-10"));
    const Run clamped = bmpctl(replaced(replaced(referenceArgs(), QStringLiteral("--first-due"), QString()),
                                        QStringLiteral("--contract-date"), QStringLiteral("2025-01-31"))
                               << QStringLiteral("--json"));
    QCOMPARE(clamped.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(clamped.out).object().value(QStringLiteral("dtPrimeiroVencto")).toString(),
             QStringLiteral("2025-02-28"));
}

void TestCliCalc::humanTable() {
    const Run r = bmpctl(referenceArgs());
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(u"10,211.96"));
    QVERIFY(out.contains(u"12 × R$997.66")); // amounts of the summary in reais, the locale's way
    QVERIFY(out.contains(u"40.6557% a year"));
    QVERIFY(out.contains(u"Amortization"));
    QVERIFY(out.contains(u"2026-03-09"));
    QVERIFY(out.contains(u"residue"));
}

void TestCliCalc::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QStringList ok = referenceArgs();
    QTest::newRow("zero amount") << replaced(ok, QStringLiteral("--amount"), QStringLiteral("0")) << "more than zero";
    QTest::newRow("amount with three decimals")
        << replaced(ok, QStringLiteral("--amount"), QStringLiteral("1.005")) << "two decimals";
    QTest::newRow("amount text") << replaced(ok, QStringLiteral("--amount"), QStringLiteral("ten")) << "--amount";
    QTest::newRow("421 installments") << replaced(ok, QStringLiteral("--installments"), QStringLiteral("421"))
                                      << "1 to 420";
    QTest::newRow("installments not a number")
        << replaced(ok, QStringLiteral("--installments"), QStringLiteral("12x")) << "--installments";
    QTest::newRow("rate above 100") << replaced(ok, QStringLiteral("--monthly-rate"), QStringLiteral("101"))
                                    << "0% to 100%";
    QTest::newRow("negative rate") << replaced(ok, QStringLiteral("--monthly-rate"), QStringLiteral("-1"))
                                   << "negative";
    QTest::newRow("bad contract date") << replaced(ok, QStringLiteral("--contract-date"), QStringLiteral("2025-02-30"))
                                       << "YYYY-MM-DD";
    QTest::newRow("first due before contract")
        << replaced(ok, QStringLiteral("--first-due"), QStringLiteral("2025-03-01")) << "must be after";
    QTest::newRow("unknown person") << replaced(ok, QStringLiteral("--person"), QStringLiteral("px")) << "pf or pj";
    QTest::newRow("missing person") << replaced(ok, QStringLiteral("--person"), QString()) << "--person";
    QTest::newRow("missing amount") << replaced(ok, QStringLiteral("--amount"), QString()) << "--amount";
    QTest::newRow("negative TAC") << replaced(ok, QStringLiteral("--tac"), QStringLiteral("-5")) << "negative";
    QTest::newRow("simples for PF") << QStringList(ok + QStringList{QStringLiteral("--simples")}) << "PJ";
    QTest::newRow("contract before the IOF table")
        << replaced(replaced(ok, QStringLiteral("--contract-date"), QStringLiteral("2021-06-01")),
                    QStringLiteral("--first-due"), QStringLiteral("2021-07-01"))
        << "2022-01-01";
    QTest::newRow("unknown option") << QStringList(ok + QStringList{QStringLiteral("--bogus")}) << "bogus";
    QTest::newRow("positional") << QStringList(ok + QStringList{QStringLiteral("extra")}) << "positional";
}

void TestCliCalc::badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = bmpctl(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(u"bmpctl: ") && err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void TestCliCalc::csvReport() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("memoria.csv"));
    const Run r = bmpctl(referenceArgs() << QStringLiteral("--csv") << path << QStringLiteral("--json"));
    QCOMPARE(r.exitCode, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY(csv.contains(u"Result,vlrParcela,\"Installment, R$\",997.66"));
    QVERIFY(csv.contains(u"12,2026-03-09,364,997.72,22.73,974.99,0.00,0.7411118655"));

    const QString brPath = dir.filePath(QStringLiteral("memoria-br.csv"));
    QCOMPARE(bmpctl(referenceArgs() << QStringLiteral("--csv") << brPath << QStringLiteral("--csv-br")).exitCode, 0);
    QFile br(brPath);
    QVERIFY(br.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(br.readAll()).contains(u"12;2026-03-09;364;997,72;22,73;974,99;0,00;0,7411118655"));

    const Run failed =
        bmpctl(referenceArgs() << QStringLiteral("--csv") << dir.filePath(QStringLiteral("no/such/x.csv")));
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(failed.err.startsWith("bmpctl: "));
}

void TestCliCalc::customIofTable() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iof.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"bmp-iof-rates","version":1,"simplesLimit":30000,"entries":[
        {"validFrom":"2020-01-01","category":"pf","dailyRatePercent":0,"additionalRatePercent":0,"source":"zero"}]})");
    f.close();
    const Run r = bmpctl(referenceArgs() << QStringLiteral("--iof-table") << path << QStringLiteral("--json"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("vlrIOF")).toDouble(), 0.0);
    QCOMPARE(o.value(QStringLiteral("vlrTotalCredito")).toDouble(), 10000.0);
    QCOMPARE(o.value(QStringLiteral("iofFonte")).toString(), QStringLiteral("zero"));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("{\"format\":");
    b.close();
    const Run bad = bmpctl(referenceArgs() << QStringLiteral("--iof-table") << broken);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.startsWith("bmpctl: "));
}

QTEST_GUILESS_MAIN(TestCliCalc)
#include "TestCliCalc.moc"
