// Every request body the client builds has exactly the shape of BMP's API reference: one golden file per call in
// tests/data/bmp-api, written from BMP's reference pages (their example bodies), not captured from our client.
// Every member we send exists there, at the same place and with the same JSON type; every member the golden marks
// required is sent. docs/BMP-API.md names every call and its source.

#include "domain/ProposalScenario.h"
#include "domain/ProposalStore.h"
#include "net/ProposalRequests.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace bmp;
namespace requests = bmp::net::ProposalRequests;

namespace {

QString typeOf(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

// "dto.propostaContaPagamentoDTO.conta" -> "string"; array elements as "assinantes[].nome".
void flatten(const QJsonValue& value, const QString& path, QMap<QString, QString>& out) {
    if (!path.isEmpty())
        out.insert(path, typeOf(value));
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray())
            flatten(element, path + QStringLiteral("[]"), out);
    }
}

QJsonObject golden(const QString& call) {
    QFile f(QStringLiteral(BMP_TEST_DATA_DIR "/bmp-api/%1.json").arg(QString(call).replace(u'/', u'-')));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no golden shape for %s", qPrintable(call));
    return QJsonDocument::fromJson(f.readAll()).object();
}

ScenarioRun sampleRun() {
    ScenarioRun run;
    run.scenario = ScenarioId::IncorrectFinalized;
    run.codigoOperacao = QStringLiteral("onb-a-0123456789abcdef0123");
    run.codigoProposta = QStringLiteral("0ed5a2ca-84d3-4fbb-9ae4-cbb96ad6241b");
    run.numeroProposta = 1000001;
    return run;
}

// What the client sends for each call, built from the default scenarios (both the partner-computes case and not).
QMap<QString, QList<QJsonObject>> builtBodies() {
    const ProposalScenario a = ProposalScenario::defaults(ScenarioId::IncorrectFinalized);
    ProposalScenario company = ProposalScenario::defaults(ScenarioId::CorrectFinalized);
    company.borrower.document = QStringLiteral("11222333000181");
    const ScenarioRun run = sampleRun();
    ScenarioRun unnumbered = run;
    unnumbered.numeroProposta = 0;
    const auto ours = requests::calculate(a, QDate(2026, 11, 26));
    QMap<QString, QList<QJsonObject>> out;
    out[QStringLiteral("Proposta/CalcularValoresProposta")] = {requests::simulate(a)};
    out[QStringLiteral("Pessoa/Salvar")] = {requests::person(a), requests::person(company)};
    out[QStringLiteral("Pessoa/SalvarEndereco")] = {requests::address(a)};
    out[QStringLiteral("Proposta/IncluirManualSimplificado")] = {requests::include(a, run.codigoOperacao, std::nullopt),
                                                                 requests::include(a, run.codigoOperacao, *ours)};
    out[QStringLiteral("Proposta/IncluirAssinaturaCCBFinalizada")] = {
        requests::signature(run, a, QDateTime(QDate(2026, 12, 5), QTime(14, 30), Qt::UTC))};
    for (const QString& call : {QStringLiteral("Proposta/Finalizar"), QStringLiteral("Proposta/Liberar"),
                                QStringLiteral("Proposta/Consultar")})
        out[call] = {requests::locatorOnly(run), requests::locatorOnly(unnumbered)};
    out[QStringLiteral("Proposta/AtualizarContaPagamento")] = {requests::updateAccount(run, a.fixedAccount)};
    out[QStringLiteral("Proposta/Recusar")] = {requests::reject(run, 1, QStringLiteral("Proposta de teste"))};
    out[QStringLiteral("Proposta/Cancelar")] = {requests::cancel(run, QStringLiteral("Proposta de teste"))};
    return out;
}

} // namespace

class TestBmpApiShapes : public QObject {
    Q_OBJECT
private slots:
    void everyCallHasAGoldenShape();
    void bodiesHaveTheDocumentedShape_data();
    void bodiesHaveTheDocumentedShape();
    void theOldShapesAreNotDocumented();
    void referencePageNamesEveryCall();
};

void TestBmpApiShapes::everyCallHasAGoldenShape() {
    const QStringList files = QDir(QStringLiteral(BMP_TEST_DATA_DIR "/bmp-api")).entryList({QStringLiteral("*.json")});
    QStringList calls;
    for (const QString& file : files) {
        QString call = file.chopped(5);
        call.replace(call.indexOf(u'-'), 1, u'/');
        calls.append(call);
        QCOMPARE(golden(call).value(QStringLiteral("call")).toString(), call);
        QVERIFY2(!golden(call).value(QStringLiteral("source")).toString().isEmpty(), qPrintable(call));
    }
    QStringList built = builtBodies().keys();
    calls.sort();
    built.sort();
    QCOMPARE(built, calls); // no call without its golden, no golden without its call
}

void TestBmpApiShapes::bodiesHaveTheDocumentedShape_data() {
    QTest::addColumn<QString>("call");
    QTest::addColumn<QJsonObject>("body");
    const auto bodies = builtBodies();
    for (auto it = bodies.begin(); it != bodies.end(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i)
            QTest::addRow("%s #%d", qPrintable(it.key()), int(i + 1)) << it.key() << it.value().at(i);
    }
}

void TestBmpApiShapes::bodiesHaveTheDocumentedShape() {
    QFETCH(QString, call);
    QFETCH(QJsonObject, body);
    const QJsonObject g = golden(call);
    QMap<QString, QString> documented;
    flatten(g.value(QStringLiteral("request")), {}, documented);
    QMap<QString, QString> sent;
    flatten(body, {}, sent);
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        QVERIFY2(documented.contains(it.key()),
                 qPrintable(QStringLiteral("%1 sends %2, which BMP's reference does not have").arg(call, it.key())));
        QVERIFY2(documented.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: %2 is a %3 in BMP's reference, we send a %4")
                                .arg(call, it.key(), documented.value(it.key()), it.value())));
    }
    for (const QJsonValue& required : g.value(QStringLiteral("required")).toArray())
        QVERIFY2(sent.contains(required.toString()),
                 qPrintable(QStringLiteral("%1 does not send %2").arg(call, required.toString())));
}

void TestBmpApiShapes::theOldShapesAreNotDocumented() {
    // The shapes the client used before following the reference: each would fail this test's main check.
    QMap<QString, QString> update;
    flatten(golden(QStringLiteral("Proposta/AtualizarContaPagamento")).value(QStringLiteral("request")), {}, update);
    QVERIFY(!update.contains(QStringLiteral("dto.propostaContaPagamentoDTO")));
    QMap<QString, QString> person;
    flatten(golden(QStringLiteral("Pessoa/Salvar")).value(QStringLiteral("request")), {}, person);
    QVERIFY(!person.contains(QStringLiteral("dto.endereco")));
    QMap<QString, QString> reject;
    flatten(golden(QStringLiteral("Proposta/Recusar")).value(QStringLiteral("request")), {}, reject);
    QVERIFY(reject.contains(QStringLiteral("propostaRecusaDTO.motivoRejeicao")));
    QVERIFY(!QFile::exists(QStringLiteral(BMP_TEST_DATA_DIR "/bmp-api/Pessoa-IncluirAlterar.json")));
}

void TestBmpApiShapes::referencePageNamesEveryCall() {
    QFile doc(QStringLiteral(BMP_SOURCE_DIR "/docs/BMP-API.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString& call : builtBodies().keys()) {
        QVERIFY2(text.contains(call), qPrintable(call));
        const QString source = golden(call).value(QStringLiteral("source")).toString();
        if (source.startsWith(u"https://"))
            QVERIFY2(text.contains(source.section(u' ', 0, 0)), qPrintable(source));
    }
}

QTEST_GUILESS_MAIN(TestBmpApiShapes)
#include "TestBmpApiShapes.moc"
