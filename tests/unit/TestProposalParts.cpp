// The pieces under the ProposalWorker: BMP's envelope read tolerantly, the scenarios' synthetic data and their
// validation, the request bodies, the proposal store, and the rate limiter's spacing from the actual send.

// Test tables read better with plain literals; production code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII

#include "domain/Project.h"
#include "domain/ProposalScenario.h"
#include "domain/ProposalStore.h"
#include "net/BmpEnvelope.h"
#include "net/ProposalFlow.h"
#include "net/ProposalRequests.h"
#include "net/RateLimiter.h"
#include "storage/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;
using namespace bmp::net;

class TestProposalParts : public QObject {
    Q_OBJECT
private slots:
    void envelopeGarbage_data();
    void envelopeGarbage();
    void envelopeMessages();
    void envelopeUnknownFieldsAndNesting();
    void envelopeErrorText();
    void defaultScenariosAreValid();
    void incorrectScenarioSaysWhyItIsWrong();
    void validationCatchesBadFields_data();
    void validationCatchesBadFields();
    void scenarioJsonRoundTrip();
    void requestBodies();
    void flowPlans();
    void storeKeepsRunsAndHistory();
    void rateLimiterSpacesFromTheActualSend();
    void rateLimiterWaitsForTheAnswer();
    void productionPacingOnAVirtualClock();
    void statusLabels();

private:
    QTemporaryDir m_dir;
};

void TestProposalParts::envelopeGarbage_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("array") << QByteArray(R"([{"msg":"x"}])");
    QTest::newRow("truncated") << QByteArray(R"({"msg":"ok","hasError":fal)");
    QTest::newRow("string") << QByteArray(R"("just text")");
    QTest::newRow("nul bytes") << QByteArray("\0\0\0{", 4);
}

void TestProposalParts::envelopeGarbage() {
    QFETCH(QByteArray, body);
    const BmpEnvelope e = BmpEnvelope::parse(body);
    QVERIFY(!e.parsed());
    QVERIFY(!e.hasError());
    QVERIFY(e.messages().isEmpty());
    const Error error = e.toError(502);
    QVERIFY(error.message.contains(QLatin1String("502")));
    QCOMPARE(error.detail, QStringLiteral("HTTP 502"));
}

void TestProposalParts::envelopeMessages() {
    // Every shape seen or plausible: objects with numbers for strings, a lone object, strings, junk entries.
    const BmpEnvelope e = BmpEnvelope::parse(R"({"msg":"Erro","HasError":"true","Messages":[
        {"messageType":1,"code":"C0108","context":"Finalizar","description":"Not allowed","field":"situacao"},
        {"MessageType":"2","Code":1234,"Description":"Numeric code"},
        "A plain string",
        42, null, [1,2],
        {"code":"V0005","message":"Uses message instead of description"}]})");
    QVERIFY(e.parsed());
    QVERIFY(e.hasError());
    QCOMPARE(e.msg(), QStringLiteral("Erro"));
    QCOMPARE(e.messages().size(), 4);
    QCOMPARE(e.messages().at(0).code, QStringLiteral("C0108"));
    QCOMPARE(e.messages().at(0).field, QStringLiteral("situacao"));
    QCOMPARE(e.messages().at(0).text(), QStringLiteral("C0108 (situacao): Not allowed"));
    QCOMPARE(e.messages().at(1).code, QStringLiteral("1234"));
    QCOMPARE(e.messages().at(1).messageType, 2);
    QCOMPARE(e.messages().at(2).text(), QStringLiteral("A plain string"));
    QCOMPARE(e.messages().at(3).description, QStringLiteral("Uses message instead of description"));

    const BmpEnvelope single =
        BmpEnvelope::parse(R"({"hasError":1,"messages":{"code":"A0001","field":"Authorization"}})");
    QVERIFY(single.hasError());
    QCOMPARE(single.messages().size(), 1);
    QCOMPARE(single.messages().first().text(), QStringLiteral("A0001 (Authorization): (no description)"));
    QVERIFY(!BmpEnvelope::parse(R"({"hasError":"no","messages":"oops"})").hasError());
    QVERIFY(!BmpEnvelope::parse(R"({"hasError":null,"messages":null})").hasError());
}

void TestProposalParts::envelopeUnknownFieldsAndNesting() {
    const BmpEnvelope e = BmpEnvelope::parse(R"({"msg":"","hasError":false,"messages":[],
        "CodigoProposta":"6f1c2d3e-0000-4000-8000-000000000001","numeroProposta":"1042","situacao":6.0,
        "novoCampo":{"x":[1,2,3]},"vlrParcela":471.23,"dados":{"textoRetornoPagamento":"Pago"}})");
    QVERIFY(e.parsed());
    QVERIFY(!e.hasError());
    QCOMPARE(e.text(QStringLiteral("codigoProposta")), QStringLiteral("6f1c2d3e-0000-4000-8000-000000000001"));
    QCOMPARE(e.integer(QStringLiteral("numeroProposta")), std::optional<qint64>(1042));
    QCOMPARE(e.integer(QStringLiteral("situacao")), std::optional<qint64>(6));
    QCOMPARE(e.text(QStringLiteral("vlrParcela")), QStringLiteral("471.23"));
    QCOMPARE(e.text(QStringLiteral("textoRetornoPagamento")), QStringLiteral("Pago")); // one level down
    QVERIFY(e.payload().contains(QStringLiteral("novoCampo")));
    QVERIFY(!e.payload().contains(QStringLiteral("msg")));
    QVERIFY(!e.integer(QStringLiteral("missing")));
    QVERIFY(!BmpEnvelope::parse(R"({"situacao":6.5})").integer(QStringLiteral("situacao")));
    QVERIFY(!BmpEnvelope::parse(R"({"situacao":"seis"})").integer(QStringLiteral("situacao")));
    QVERIFY(!BmpEnvelope::parse(R"({"situacao":1e300})").integer(QStringLiteral("situacao")));
}

void TestProposalParts::envelopeErrorText() {
    const BmpEnvelope two = BmpEnvelope::parse(R"({"hasError":true,"messages":[{"code":"V0005","field":"prazo",
        "description":"prazo must be 1 to 480"},{"code":"V0005","field":"vlrTAC","description":"vlrTAC >= 0"}]})");
    const Error e = two.toError(400);
    QCOMPARE(e.message, QStringLiteral("V0005 (prazo): prazo must be 1 to 480\nV0005 (vlrTAC): vlrTAC >= 0"));
    QCOMPARE(e.detail, QStringLiteral("HTTP 400"));
    QCOMPARE(BmpEnvelope::parse(R"({"msg":"Proposta não encontrada","hasError":true})").toError(400).message,
             QStringLiteral("Proposta não encontrada"));
    QVERIFY(BmpEnvelope::parse("{}").toError(500).message.contains(QLatin1String("500")));
}

void TestProposalParts::defaultScenariosAreValid() {
    for (ScenarioId id : ProposalScenario::all()) {
        const ProposalScenario s = ProposalScenario::defaults(id);
        const ScenarioValidation v = s.validate();
        QVERIFY2(v.ok(), qPrintable(ProposalScenario::key(id) + QStringLiteral(": ") + v.firstError()));
        QCOMPARE(ProposalScenario::fromKey(ProposalScenario::key(id)), std::optional<ScenarioId>(id));
        QCOMPARE(ProposalScenario::fromKey(ProposalScenario::letter(id).toLower()), std::optional<ScenarioId>(id));
        // The borrower is the payee: the loan goes to the borrower's own account.
        QCOMPARE(s.account.payeeDocument, s.borrower.document);
    }
    QVERIFY(!ProposalScenario::fromKey(QStringLiteral("d")));
    // Three different people and banks.
    QCOMPARE(ProposalScenario::defaults(ScenarioId::CorrectFinalized).account.bankCode, 341);
    QCOMPARE(ProposalScenario::defaults(ScenarioId::CorrectReleased).account.bankCode, 237);
}

void TestProposalParts::incorrectScenarioSaysWhyItIsWrong() {
    ProposalScenario a = ProposalScenario::defaults(ScenarioId::IncorrectFinalized);
    ScenarioValidation v = a.validate();
    QVERIFY(v.ok());
    QCOMPARE(v.notes.size(), 1);
    QCOMPARE(v.notes.first().field, QStringLiteral("account"));
    QVERIFY2(v.notes.first().message.contains(QLatin1String("should be 6")), qPrintable(v.notes.first().message));

    // Made right by mistake: allowed, but the user is told the failure will not happen.
    a.account = a.fixedAccount;
    v = a.validate();
    QVERIFY(v.ok());
    QVERIFY(v.notes.first().message.contains(QLatin1String("pass every check")));

    // Wrong in its format: refused (the scenario wants well-formed details).
    a.account.account = QStringLiteral("12a45");
    QVERIFY(!a.validate().ok());

    // The correction itself must be right.
    a = ProposalScenario::defaults(ScenarioId::IncorrectFinalized);
    a.fixedAccount.accountDigit = QStringLiteral("5");
    v = a.validate();
    QVERIFY(!v.ok());
    QCOMPARE(v.errors.first().field, QStringLiteral("fixedAccount"));
}

void TestProposalParts::validationCatchesBadFields_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedField");
    QTest::newRow("cpf check digit") << "document"
                                     << "39053344704"
                                     << "borrower.document";
    QTest::newRow("cpf all same") << "document"
                                  << "11111111111"
                                  << "borrower.document";
    QTest::newRow("cpf short") << "document"
                               << "3905334470"
                               << "borrower.document";
    QTest::newRow("name empty") << "name"
                                << "   "
                                << "borrower.name";
    QTest::newRow("name huge") << "name" << QString(151, u'a') << "borrower.name";
    QTest::newRow("minor") << "birthDate" << QDate::currentDate().addYears(-17).toString(Qt::ISODate)
                           << "borrower.birthDate";
    QTest::newRow("no birth date") << "birthDate"
                                   << ""
                                   << "borrower.birthDate";
    QTest::newRow("cep short") << "cep"
                               << "0131010"
                               << "borrower.cep";
    QTest::newRow("uf") << "uf"
                        << "XX"
                        << "borrower.uf";
    QTest::newRow("street") << "street"
                            << ""
                            << "borrower.street";
    QTest::newRow("bank unknown") << "bankCode"
                                  << "999"
                                  << "account";
    QTest::newRow("itau digit") << "accountDigit"
                                << "5"
                                << "account";
    QTest::newRow("payee not borrower") << "payeeDocument"
                                        << "52998224725"
                                        << "account.payeeDocument";
    QTest::newRow("payee invalid") << "payeeDocument"
                                   << "52998224700"
                                   << "account.payeeDocument";
    QTest::newRow("payee name") << "payeeName"
                                << ""
                                << "account.payeeName";
    QTest::newRow("installments") << "installments"
                                  << "0"
                                  << "loan";
    QTest::newRow("amount") << "amount"
                            << "0"
                            << "loan";
}

void TestProposalParts::validationCatchesBadFields() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedField);
    ProposalScenario s = ProposalScenario::defaults(ScenarioId::CorrectFinalized);
    Borrower& b = s.borrower;
    if (field == u"document")
        b.document = value;
    else if (field == u"name")
        b.name = value;
    else if (field == u"birthDate")
        b.birthDate = QDate::fromString(value, Qt::ISODate);
    else if (field == u"cep")
        b.cep = value;
    else if (field == u"uf")
        b.uf = value;
    else if (field == u"street")
        b.street = value;
    else if (field == u"bankCode")
        s.account.bankCode = value.toInt();
    else if (field == u"accountDigit")
        s.account.accountDigit = value;
    else if (field == u"payeeDocument")
        s.account.payeeDocument = value;
    else if (field == u"payeeName")
        s.account.payeeName = value;
    else if (field == u"installments")
        s.loan.installments = value.toInt();
    else if (field == u"amount")
        s.loan.amount = value.toLongLong();
    const ScenarioValidation v = s.validate();
    QVERIFY(!v.ok());
    QStringList fields;
    for (const FieldIssue& i : v.errors) {
        fields.append(i.field);
        QVERIFY(!i.message.isEmpty());
    }
    QVERIFY2(fields.contains(expectedField), qPrintable(fields.join(u',')));
}

void TestProposalParts::scenarioJsonRoundTrip() {
    ProposalScenario s = ProposalScenario::defaults(ScenarioId::CorrectReleased);
    s.borrower.name = QStringLiteral("Zé D'Ávila \"Jr.\"");
    s.account.agency = QStringLiteral("0001");
    s.loan.amount = 123456;
    s.loan.monthlyRatePercent = 2.345;
    const ProposalScenario back = ProposalScenario::fromJson(s.id, s.toJson());
    QCOMPARE(back.toJson(), s.toJson());
    // Missing fields keep the defaults; garbage does not crash.
    const ProposalScenario partial = ProposalScenario::fromJson(ScenarioId::CorrectFinalized, QJsonObject{});
    QCOMPARE(partial.toJson(), ProposalScenario::defaults(ScenarioId::CorrectFinalized).toJson());
    const ProposalScenario junk = ProposalScenario::fromJson(
        ScenarioId::CorrectFinalized, QJsonObject{{QStringLiteral("borrower"), 42}, {QStringLiteral("loan"), "x"}});
    QVERIFY(junk.validate().ok());
}

void TestProposalParts::requestBodies() {
    const ProposalScenario a = ProposalScenario::defaults(ScenarioId::IncorrectFinalized);
    const QJsonObject includeBody = ProposalRequests::include(a, QStringLiteral("onb-a-1"), std::nullopt);
    const QJsonObject include = includeBody.value(QStringLiteral("dto")).toObject();
    QCOMPARE(include.value(QStringLiteral("documentoCliente")).toString(), QStringLiteral("39053344705"));
    QCOMPARE(include.value(QStringLiteral("vlrSolicitado")).toDouble(), 5000.0);
    QVERIFY(!include.contains(QStringLiteral("vlrIOF")));     // BMP computes unless the partner does
    QVERIFY(!include.contains(QStringLiteral("tipoPessoa"))); // not a member of BMP's include
    const QJsonObject account = include.value(QStringLiteral("propostaContaPagamentoDTO")).toObject();
    QCOMPARE(account.value(QStringLiteral("codigoBanco")).toInt(), 1);
    QCOMPARE(account.value(QStringLiteral("numeroBanco")).toString(), QStringLiteral("001"));
    QCOMPARE(account.value(QStringLiteral("contaDig")).toString(), QStringLiteral("5"));
    // The same body gives the same bytes: a retry must resend exactly what was sent.
    QCOMPARE(ProposalRequests::body(includeBody), ProposalRequests::body(includeBody));
    QVERIFY(ProposalRequests::body(includeBody).startsWith("{\"dto\":{"));

    const auto ours = ProposalRequests::calculate(a, QDate(2026, 3, 10));
    QVERIFY(ours.ok());
    const QJsonObject computed =
        ProposalRequests::include(a, QStringLiteral("onb-a-1"), *ours).value(QStringLiteral("dto")).toObject();
    QCOMPARE(computed.value(QStringLiteral("vlrIOF")).toDouble(), Money::toJsonNumber(ours->vlrIOF));
    QCOMPARE(computed.value(QStringLiteral("dtPrimeiroVencto")).toString(), QStringLiteral("2026-04-10"));

    // The borrower: the person (pf with its RG) and, in a call of its own, the address with param.documentoCliente.
    const QJsonObject person = ProposalRequests::person(a).value(QStringLiteral("dto")).toObject();
    QVERIFY(!person.contains(QStringLiteral("endereco")));
    QCOMPARE(person.value(QStringLiteral("pf")).toObject().value(QStringLiteral("rg")).toString(),
             QStringLiteral("284917362"));
    QCOMPARE(person.value(QStringLiteral("pf")).toObject().value(QStringLiteral("dtNasc")).toString(),
             QStringLiteral("1986-04-12"));
    const QJsonObject address = ProposalRequests::address(a);
    QCOMPARE(address.value(QStringLiteral("dto")).toObject().value(QStringLiteral("uf")).toString(),
             QStringLiteral("SP"));
    QCOMPARE(address.value(QStringLiteral("param")).toObject().value(QStringLiteral("documentoCliente")).toString(),
             QStringLiteral("39053344705"));

    ScenarioRun run;
    run.codigoOperacao = QStringLiteral("onb-a-1");
    QCOMPARE(ProposalRequests::locator(run).keys(), QStringList{QStringLiteral("codigoOperacao")});
    run.codigoProposta = QStringLiteral("c0de");
    run.numeroProposta = 7;
    QCOMPARE(ProposalRequests::locator(run).size(), 3);
    // The new bank details travel in dtoPagto, beside the locator.
    const QJsonObject fix = ProposalRequests::updateAccount(run, a.fixedAccount);
    QCOMPARE(fix.value(QStringLiteral("dto")).toObject(), ProposalRequests::locator(run));
    QCOMPARE(fix.value(QStringLiteral("dtoPagto")).toObject().value(QStringLiteral("contaDig")).toString(),
             QStringLiteral("6"));
    // The signature: the borrower, with the time and the IP the signature was made from.
    const QDateTime signedAt(QDate(2026, 12, 5), QTime(14, 30), Qt::UTC);
    const QJsonObject signer =
        ProposalRequests::signature(run, a, signedAt).value(QStringLiteral("assinantes")).toArray().first().toObject();
    QCOMPARE(signer.value(QStringLiteral("documento")).toString(), QStringLiteral("39053344705"));
    QCOMPARE(signer.value(QStringLiteral("dtAssinatura")).toString(), QStringLiteral("2026-12-05T14:30:00Z"));
    QCOMPARE(signer.value(QStringLiteral("ipAssinatura")).toString(), QStringLiteral("203.0.113.10"));
    // Withdrawing: Recusar's reason object, Cancelar's text beside dto.
    QCOMPARE(ProposalRequests::reject(run, 4, QStringLiteral(" teste "))
                 .value(QStringLiteral("propostaRecusaDTO"))
                 .toObject(),
             (QJsonObject{{QStringLiteral("motivoRejeicao"), 4},
                          {QStringLiteral("textoMotivoRecusa"), QStringLiteral("teste")}}));
    QCOMPARE(ProposalRequests::cancel(run, QStringLiteral("teste")).value(QStringLiteral("textoMotivoCancelamento")),
             QJsonValue(QStringLiteral("teste")));
}

void TestProposalParts::flowPlans() {
    using namespace net::ProposalFlow;
    const Options signing;
    // BMP's documented order: the borrower's person and address, the include, the signature, then Finalizar.
    QCOMPARE(plan(ScenarioId::CorrectFinalized, signing),
             (QStringList{step::Simulate, step::Person, step::Address, step::Include, step::Sign, step::Finalize,
                          step::Confirm}));
    QCOMPARE(plan(ScenarioId::IncorrectFinalized, signing).mid(4, 5),
             (QStringList{step::Sign, step::Finalize, step::Release, step::AwaitPayment, step::Fix}));
    const Options waived{true, false};
    QVERIFY(!plan(ScenarioId::CorrectReleased, waived).contains(step::Sign));
    QCOMPARE(next(ScenarioId::CorrectReleased, waived, step::Include), step::Finalize);
    // Resuming from a status: unsigned approved proposals are signed first.
    QCOMPARE(stepForStatus(ScenarioId::CorrectFinalized, signing, ProposalStatus::Approved, false), step::Sign);
    QCOMPARE(stepForStatus(ScenarioId::CorrectFinalized, signing, ProposalStatus::Approved, true), step::Finalize);
    QCOMPARE(stepForStatus(ScenarioId::CorrectFinalized, waived, ProposalStatus::Approved, false), step::Finalize);
    QCOMPARE(stepForStatus(ScenarioId::IncorrectFinalized, signing, ProposalStatus::PendingPayment, true), step::Fix);
    QCOMPARE(controllerOf(callOf(step::Address)), QStringLiteral("Pessoa"));
    QCOMPARE(callOf(step::Sign), QStringLiteral("IncluirAssinaturaCCBFinalizada"));
    QCOMPARE(controllerOf(callOf(step::Sign)), QStringLiteral("Proposta"));
}

void TestProposalParts::storeKeepsRunsAndHistory() {
    const QString path = m_dir.filePath(QStringLiteral("store.bmpproj"));
    {
        auto p = Project::create(path, QStringLiteral("Store"), {Product::Caas});
        QVERIFY(p.ok());
        ProposalStore store((*p)->store());
        ScenarioRun fresh = store.run(QStringLiteral("practice"), ScenarioId::CorrectFinalized);
        QCOMPARE(fresh.state, RunState::Idle);
        QCOMPARE(fresh.status, ProposalStatus::None);

        ProposalScenario b = store.scenario(ScenarioId::CorrectFinalized);
        b.borrower.name = QStringLiteral("Edited Name");
        QVERIFY(store.saveScenario(b).ok());

        ScenarioRun run = fresh;
        run.codigoOperacao = QStringLiteral("onb-b-1");
        run.step = QStringLiteral("include");
        run.state = RunState::Running;
        run.pending = PendingCall{QStringLiteral("IncluirManualSimplificado"), "9b6f-key", R"({"dto":{"a":1}})"};
        QVERIFY(store.saveRun(run).ok());
        QVERIFY(store.recordStatus(run, 2, QStringLiteral("IncluirManualSimplificado")).ok());
        QVERIFY(store.recordStatus(run, 2, QStringLiteral("Consultar")).ok()); // same status: not repeated
        QVERIFY(store.recordStatus(run, 6, QStringLiteral("Finalizar"), QStringLiteral("ok")).ok());
        // Another environment is another run.
        QCOMPARE(store.run(QStringLiteral("homologation"), ScenarioId::CorrectFinalized).state, RunState::Idle);
    }
    auto reopened = Project::open(path);
    QVERIFY(reopened.ok());
    ProposalStore store((*reopened)->store());
    QCOMPARE(store.scenario(ScenarioId::CorrectFinalized).borrower.name, QStringLiteral("Edited Name"));
    const ScenarioRun run = store.run(QStringLiteral("practice"), ScenarioId::CorrectFinalized);
    QCOMPARE(run.status, 6);
    QVERIFY(run.pending.has_value());
    QCOMPARE(run.pending->idempotencyKey, QByteArray("9b6f-key"));
    QCOMPARE(run.pending->body, QByteArray(R"({"dto":{"a":1}})"));
    const QList<StatusEvent> history = store.history(QStringLiteral("practice"), ScenarioId::CorrectFinalized);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).note, QStringLiteral("ok"));
    QVERIFY(history.at(0).at.isValid());
    QVERIFY(store.resetRun(QStringLiteral("practice"), ScenarioId::CorrectFinalized).ok());
    QCOMPARE(store.run(QStringLiteral("practice"), ScenarioId::CorrectFinalized).state, RunState::Idle);
    QVERIFY(store.history(QStringLiteral("practice"), ScenarioId::CorrectFinalized).isEmpty());
    QCOMPARE(store.runs(QStringLiteral("practice")).size(), 3);
}

void TestProposalParts::rateLimiterSpacesFromTheActualSend() {
    qint64 now = 0;
    RateLimiter limiter(1.0, [&] { return now; });
    const qint64 interval = 1000 + RateLimiter::kGuardMs;
    QCOMPARE(limiter.reserve(), 0);
    QCOMPARE(limiter.waitBeforeSend(), 0);
    now = 15; // the first request left 15 ms late (say, signing its assertion)
    const quint64 first = limiter.markSent();
    now = 20;
    limiter.markAnswered(first); // answered 5 ms later
    const qint64 second = limiter.reserve();
    QCOMPARE(second, interval - 20);
    now += second; // its slot comes: still too early after the actual send and the answer
    QCOMPARE(limiter.waitBeforeSend(), 20 + interval - now);
    now = 20 + interval;
    QCOMPARE(limiter.waitBeforeSend(), 0);
    RateLimiter unlimited(0, [&] { return now; });
    unlimited.markSent();
    QCOMPARE(unlimited.waitBeforeSend(), 0);
}

void TestProposalParts::rateLimiterWaitsForTheAnswer() {
    // A server sees request N before its answer comes back and request N+1 after it leaves: spacing N+1 one
    // interval after N's answer keeps every server-side gap at least one interval, however slow the round trip.
    qint64 now = 1000;
    RateLimiter limiter(1.0, [&] { return now; });
    const qint64 interval = 1000 + RateLimiter::kGuardMs;
    const quint64 first = limiter.markSent();
    now += interval; // one interval later the answer has not come: nothing leaves, the limiter checks again soon
    QCOMPARE(limiter.waitBeforeSend(), RateLimiter::kAnswerRecheckMs);
    now += 300; // the answer arrives 1.3 s after the send
    limiter.markAnswered(first);
    QCOMPARE(limiter.waitBeforeSend(), interval);
    now += interval;
    QCOMPARE(limiter.waitBeforeSend(), 0);
    // A stale ticket (an older request answering late) changes nothing.
    const quint64 second = limiter.markSent();
    limiter.markAnswered(first);
    QCOMPARE(limiter.waitBeforeSend(), interval);
    limiter.markAnswered(second);
    QCOMPARE(limiter.waitBeforeSend(), interval);
    // A request whose answer never comes holds the others back for a bounded time only.
    (void)limiter.markSent();
    now += RateLimiter::kMaxAnswerWaitMs;
    QCOMPARE(limiter.waitBeforeSend(), 0);
}

void TestProposalParts::productionPacingOnAVirtualClock() {
    // 21 requests through the limiter against a server-side gap check, on an injected clock with random round trips
    // (1 to 400 ms, the answer arriving at a random moment of it): every gap the server sees is at least 1,000 ms
    // and the whole run stays within 1.03 x (n - 1) s when round trips are short.
    for (const qint64 maxRoundTripMs : {qint64(5), qint64(400)}) {
        qint64 now = 0;
        RateLimiter limiter(1.0, [&] { return now; });
        quint32 seed = 12345;
        const auto random = [&](qint64 bound) {
            seed = seed * 1103515245u + 12345u;
            return qint64((seed >> 8) % quint32(bound));
        };
        QList<qint64> arrivals;
        for (int i = 0; i < 21; ++i) {
            now += limiter.reserve();
            while (const qint64 wait = limiter.waitBeforeSend())
                now += wait;
            const quint64 ticket = limiter.markSent();
            const qint64 roundTrip = 1 + random(maxRoundTripMs);
            arrivals.append(now + random(roundTrip + 1)); // the server reads it somewhere within the round trip
            now += roundTrip;
            limiter.markAnswered(ticket);
        }
        qint64 smallest = std::numeric_limits<qint64>::max();
        for (int i = 1; i < arrivals.size(); ++i)
            smallest = qMin(smallest, arrivals.at(i) - arrivals.at(i - 1));
        QVERIFY2(smallest >= 1000, qPrintable(QString::number(smallest)));
        if (maxRoundTripMs <= 5)
            QVERIFY2(arrivals.last() - arrivals.first() <= 20 * 1030, qPrintable(QString::number(arrivals.last())));
    }
}

void TestProposalParts::statusLabels() {
    QCOMPARE(ProposalStatus::label(11), QStringLiteral("11 pending payment (bank details)"));
    QVERIFY(ProposalStatus::label(42).contains(QLatin1String("42")));
    QCOMPARE(ProposalScenario::requiredStatus(ScenarioId::IncorrectFinalized), 11);
    QCOMPARE(ProposalScenario::finalStatus(ScenarioId::CorrectFinalized), 6);
    QCOMPARE(ProposalScenario::finalStatus(ScenarioId::CorrectReleased), 9);
}

QTEST_GUILESS_MAIN(TestProposalParts)
#include "TestProposalParts.moc"
