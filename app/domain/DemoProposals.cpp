#include "domain/DemoProposals.h"

#include "crypto/SecretBox.h"
#include "domain/ApiChecklist.h"
#include "domain/BmpTestLog.h"
#include "domain/CallbackEndpoints.h"
#include "domain/Project.h"
#include "domain/ProposalStore.h"
#include "net/EvidenceLog.h"
#include "net/ProposalRequests.h"
#include "report/CalculationReport.h"

namespace bmp {

namespace {

struct Call {
    const char* path;
    int status;
    const char* response;
};

Status addEvidence(Project& project, ProposalStore& store, ScenarioId id, const QString& env, const QList<Call>& calls,
                   QDateTime at) {
    net::EvidenceLog log(project.store());
    for (const Call& c : calls) {
        net::EvidenceEntry e;
        e.at = at;
        e.environment = env;
        e.kind = QStringLiteral("proposal");
        e.method = QStringLiteral("POST");
        e.url = QStringLiteral("http://127.0.0.1:40123") + QString::fromLatin1(c.path);
        e.status = c.status;
        e.request = QStringLiteral("POST %1\nAuthorization: Bearer ‹redacted›\n\n{\"dto\":{…}}").arg(e.url);
        e.response = QString::fromLatin1(c.response);
        e.durationMs = 6;
        const auto added = log.append(e);
        if (!added)
            return added.error();
        if (Status s = store.linkEvidence(env, id, *added, QString::fromLatin1(c.path).section(u'/', -1)); !s)
            return s;
        at = at.addMSecs(1008);
    }
    return {};
}

} // namespace

Status fillDemoProposals(Project& project, const QDate& today) {
    ApiChecklist apis(project.store());
    const QStringList scope = project.scope().apis;
    // A new demo project: each row is written over what it holds now.
    for (int i = 0; i < scope.size(); ++i) {
        const StepStatus s = i < 3 ? StepStatus::Done : (i == 3 ? StepStatus::InProgress : StepStatus::NotStarted);
        if (auto r = apis.setStatus(scope.at(i), s, apis.list({scope.at(i)}).first().rowVersion); !r)
            return r.error();
    }
    if (auto r = apis.setNotes(scope.value(3), Project::tr("Waiting for BMP's Pessoa field list"),
                               apis.list({scope.value(3)}).first().rowVersion);
        !r)
        return r.error();

    CallbackEndpoint callback;
    callback.environment = QStringLiteral("homologation");
    callback.url = QStringLiteral("https://api.fintech-exemplo.com.br/bmp/status");
    callback.method = QStringLiteral("POST");
    callback.auth = CallbackAuth::XApiKey;
    // A demo secret, sealed with a demo passphrase and a light key derivation: screenshots only.
    const auto sealed = crypto::SecretBox::seal("demo-callback-key", "demo passphrase", 1000);
    if (!sealed)
        return sealed.error();
    callback.sealedSecret = *sealed;
    if (Status r = CallbackEndpoints(project.store()).save(callback); !r)
        return r;

    const QString env = QStringLiteral("practice");
    ProposalStore store(project.store());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-20);
    const char* ok = R"({"msg":"","hasError":false,"messages":[],"situacao":6})";

    ScenarioRun a = store.run(env, ScenarioId::IncorrectFinalized);
    a.codigoOperacao = QStringLiteral("onb-a-3f2c9d1e7b");
    a.codigoProposta = QStringLiteral("0ed5a2ca-84d3-4fbb-9ae4-cbb96ad6241b");
    a.numeroProposta = 1000001;
    a.step = QStringLiteral("fix");
    a.state = RunState::AwaitingFix;
    a.paymentText = QStringLiteral("The account check digit 210169-5 does not match Banco do Brasil's rule.");
    a.inputs = store.scenario(ScenarioId::IncorrectFinalized).toJson();
    a.signedAt = start.addSecs(4);
    for (const auto& [status, source] : QList<QPair<int, QString>>{{2, QStringLiteral("IncluirManualSimplificado")},
                                                                   {6, QStringLiteral("Finalizar")},
                                                                   {8, QStringLiteral("Liberar")},
                                                                   {11, QStringLiteral("Consultar")}}) {
        if (Status r = store.recordStatus(a, status, source, status == 11 ? a.paymentText : QString()); !r)
            return r;
    }
    if (Status r = addEvidence(project, store, a.scenario, env,
                               {{"/Proposta/CalcularValoresProposta", 200, ok},
                                {"/Pessoa/Salvar", 200, ok},
                                {"/Pessoa/SalvarEndereco", 200, ok},
                                {"/Proposta/IncluirManualSimplificado", 200, ok},
                                {"/Proposta/IncluirAssinaturaCCBFinalizada", 200, ok},
                                {"/Proposta/Finalizar", 200, ok},
                                {"/Proposta/Liberar", 200, ok},
                                {"/Proposta/Consultar", 200, ok}},
                               start);
        !r)
        return r;

    ScenarioRun b = store.run(env, ScenarioId::CorrectFinalized);
    b.codigoOperacao = QStringLiteral("onb-b-8a41c07d55");
    b.codigoProposta = QStringLiteral("3cc0cd86-3e87-4188-bb84-bedfcaace3c0");
    b.numeroProposta = 1000002;
    b.step = QStringLiteral("done");
    b.state = RunState::Done;
    const ProposalScenario bInput = store.scenario(ScenarioId::CorrectFinalized);
    b.inputs = bInput.toJson();
    b.signedAt = start.addSecs(5);
    // BMP's simulation answer, one figure apart from ours: shows how a difference is highlighted.
    if (const auto ours = net::ProposalRequests::calculate(bInput, today)) {
        QJsonObject answer = CalculationReport::toJson(*ours);
        answer.insert(QStringLiteral("vlrIOF"), Money::toJsonNumber(ours->vlrIOF + 37));
        b.simulation = answer;
        b.simulatedOn = today;
    }
    for (const auto& [status, source] : QList<QPair<int, QString>>{{2, QStringLiteral("IncluirManualSimplificado")},
                                                                   {6, QStringLiteral("Finalizar")}}) {
        if (Status r = store.recordStatus(b, status, source); !r)
            return r;
    }
    if (Status r = addEvidence(project, store, b.scenario, env,
                               {{"/Proposta/CalcularValoresProposta", 200, ok},
                                {"/Pessoa/Salvar", 200, ok},
                                {"/Pessoa/SalvarEndereco", 200, ok},
                                {"/Proposta/IncluirManualSimplificado", 200, ok},
                                {"/Proposta/IncluirAssinaturaCCBFinalizada", 200, ok},
                                {"/Proposta/Finalizar", 200, ok},
                                {"/Proposta/Consultar", 200, ok}},
                               start.addMSecs(1008));
        !r)
        return r;

    ScenarioRun c = store.run(env, ScenarioId::CorrectReleased);
    c.codigoOperacao = QStringLiteral("onb-c-c7e19b2a04");
    c.codigoProposta = QStringLiteral("7893f430-362f-4c5b-afda-eda25427f3f8");
    c.numeroProposta = 1000003;
    c.step = QStringLiteral("await-paid");
    c.state = RunState::Interrupted;
    c.lastError = Project::tr("Cancelled by the user; resume to continue where it stopped.");
    c.inputs = store.scenario(ScenarioId::CorrectReleased).toJson();
    c.signedAt = start.addSecs(6);
    for (const auto& [status, source] : QList<QPair<int, QString>>{{2, QStringLiteral("IncluirManualSimplificado")},
                                                                   {6, QStringLiteral("Finalizar")},
                                                                   {8, QStringLiteral("Liberar")}}) {
        if (Status r = store.recordStatus(c, status, source); !r)
            return r;
    }
    if (Status r = addEvidence(project, store, c.scenario, env,
                               {{"/Proposta/IncluirManualSimplificado", 200, ok},
                                {"/Proposta/IncluirAssinaturaCCBFinalizada", 200, ok},
                                {"/Proposta/Finalizar", 200, ok},
                                {"/Proposta/Liberar", 200, ok},
                                {"/Proposta/Consultar", 429, R"({"hasError":true})"},
                                {"/Proposta/Consultar", 200, ok}},
                               start.addMSecs(2016));
        !r)
        return r;

    BmpTestLog tests(project.store());
    auto usual = [&](const char* key, const QDate& ranOn, BmpTestResult result, const QString& finding,
                     const QString& resolution) {
        BmpTest t = BmpTestLog::usualTest(QString::fromLatin1(key));
        t.ranOn = ranOn;
        t.result = result;
        t.finding = finding;
        t.resolution = resolution;
        return t;
    };
    const QList<BmpTest> recorded{
        usual("proposal-a", today.addDays(-1), BmpTestResult::Passed, QString(), QString()),
        usual("calculation", today.addDays(-1), BmpTestResult::Failed,
              Project::tr("vlrIOF differs by R$ 0.37 for scenario B"),
              Project::tr("IOF daily rate table updated to Decree 12.499/2025; report re-sent")),
        usual("rate-limit", QDate(), BmpTestResult::Pending, QString(), QString()),
    };
    for (const BmpTest& t : recorded) {
        if (auto added = tests.add(t); !added)
            return added.error();
    }
    return {};
}

} // namespace bmp
