// The token round trip against the real sandbox on 127.0.0.1 over HTTPS: register a key, sign, fetch a token —
// through bmpctl and through the TokenWorker — every refusal shown with its plain-words explanation, TLS with
// the sandbox's CA and refused without it; then the project file, the evidence export and every CLI output
// are searched for the passphrase, the private key and the access tokens.
#include "../unit/CryptoTestUtil.h"
#include "crypto/Jwt.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "net/ApiClient.h"
#include "net/EvidenceLog.h"
#include "net/KeyUploadWorker.h"
#include "net/TokenWorker.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;
using namespace bmp::net;
using namespace testutil;

namespace {

const QByteArray kPassphrase = "Harbour lantern 77 cobalt";

template <typename R> struct Outcome {
    std::optional<R> result;
    template <typename W> void watch(W& worker, void (W::*signal)(const R&)) {
        QObject::connect(&worker, signal, &worker, [this](const R& r) { result.emplace(r); });
    }
};

QByteArray formEncode(const QList<QPair<QByteArray, QByteArray>>& fields) {
    QByteArrayList parts;
    for (const auto& [k, v] : fields)
        parts.append(k + '=' + v.toPercentEncoding());
    return parts.join('&');
}

} // namespace

class TestTokenFlow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cliRegistersAndFetchesToken();
    void cliExplicitForm();
    void cliRefusalInPlainWords();
    void cliBuiltInPracticeSandbox();
    void cliProposalsUseTheProjectKey();
    void workerFetchesToken();
    void everyRefusalExplained_data();
    void everyRefusalExplained();
    void rawRefusalsExplained_data();
    void rawRefusalsExplained();
    void rateLimitExplained();
    void tlsNeedsTheSandboxCa();
    void nothingSecretAnywhere();

private:
    ProcessResult bmpctl(const QStringList& args, bool keepOutput = true);
    Result<TokenResult> fetch(const TokenRequest& request, Project* project = nullptr, TokenFailure* failure = nullptr);
    TokenRequest baseRequest() const;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_project;  // used by the CLI
    QString m_project2; // used in-process
    QString m_passFile;
    QString m_caFile;
    QString m_clientId; // registered in-process for m_key
    crypto::KeyPair m_key;
    crypto::KeyPair m_otherKey;
    QList<ProcessResult> m_outputs;   // every CLI output that must hold no secret
    QList<QByteArray> m_accessTokens; // every access token the sandbox issued to us
};

ProcessResult TestTokenFlow::bmpctl(const QStringList& args, bool keepOutput) {
    // Asynchronous: the sandbox lives in this process and answers only while the event loop runs.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Under scripts/test --sanitize: about one bmpctl run in six over HTTPS ends with LeakSanitizer reporting
    // 80 bytes (two OpenSSL certificate stacks) that Qt's TLS backend still holds when the process exits. LSan
    // cannot attribute them (libcrypto has no frame pointers, so the stack stops at CRYPTO_zalloc) and a
    // suppression on that frame would hide our own key leaks too, so leak detection is off for these child
    // processes only; everything they run is leak-checked in process by TestTokenWorker, TestNet and the
    // workers' tests in this file.
    if (env.contains(QStringLiteral("ASAN_OPTIONS")))
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"), args);
    ProcessResult r;
    if (!done.wait(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (keepOutput)
        m_outputs.append(r);
    return r;
}

void TestTokenFlow::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl")));
    m_caFile = path(QStringLiteral("sandbox-ca.pem"));
    sandbox::SandboxServer::Options options;
    options.tls = true;
    options.caOutPath = m_caFile;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    const Status started = m_sandbox->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    QVERIFY(m_sandbox->baseUrl().scheme() == QLatin1String("https"));

    m_passFile = path(QStringLiteral("pass.txt"));
    QVERIFY(writeFile(m_passFile, kPassphrase + '\n'));
    m_project = path(QStringLiteral("cli.bmpproj"));
    m_project2 = path(QStringLiteral("worker.bmpproj"));
    const QString base = m_sandbox->baseUrl().toString();
    QCOMPARE(bmpctl({QStringLiteral("project"), QStringLiteral("init"), m_project, QStringLiteral("--partner"),
                     QStringLiteral("Fintech Fluxo")})
                 .exitCode,
             0);
    const auto set =
        bmpctl({QStringLiteral("env"), QStringLiteral("set"), m_project, QStringLiteral("local"),
                QStringLiteral("--token-url"), base + QStringLiteral("/connect/token"), QStringLiteral("--api-url"),
                base, QStringLiteral("--key-url"), base + QStringLiteral("/_sandbox/keys"), QStringLiteral("--cacert"),
                m_caFile, QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(set.exitCode == 0, set.err.constData());

    auto key = crypto::KeyPair::generate(2048);
    QVERIFY(key.ok());
    m_key = *key;
    auto other = crypto::KeyPair::generate(2048);
    QVERIFY(other.ok());
    m_otherKey = *other;
    // The in-process key is registered through the KeyUploadWorker without a project.
    KeyUploadWorker upload;
    Outcome<Result<KeyUploadResult>> outcome;
    outcome.watch(upload, &KeyUploadWorker::finished);
    KeyUploadRequest r;
    r.environment = QStringLiteral("local");
    r.keyUrl = QUrl(base + QStringLiteral("/_sandbox/keys"));
    r.publicKeyPem = m_key.publicKeyPem();
    r.partner = QStringLiteral("Fintech Worker");
    r.caBundlePem = m_sandbox->caCertificatePem();
    QVERIFY(upload.start(r).ok());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 20000);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.result->ok() ? QString() : outcome.result->error().toString()));
    m_clientId = (*outcome.result)->clientId;
    QCOMPARE(m_clientId, QStringLiteral("bmp.digital.api.fintech_worker"));
}

void TestTokenFlow::cliRegistersAndFetchesToken() {
    const auto gen = bmpctl({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--project"), m_project,
                             QStringLiteral("--env"), QStringLiteral("local"), QStringLiteral("--passphrase-file"),
                             m_passFile, QStringLiteral("--json")});
    QVERIFY2(gen.exitCode == 0, gen.err.constData());
    const QJsonObject generated = QJsonDocument::fromJson(gen.out).object();
    QCOMPARE(generated.value(QStringLiteral("bits")).toInt(), 2048);
    // A second generate without --replace would lose the key: refused.
    const auto again =
        bmpctl({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--project"), m_project,
                QStringLiteral("--env"), QStringLiteral("local"), QStringLiteral("--passphrase-file"), m_passFile});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("--replace"));

    // Before registration there is no client_id: token refuses with a reason, exit 2.
    const auto early = bmpctl({QStringLiteral("token"), QStringLiteral("--project"), m_project, QStringLiteral("--env"),
                               QStringLiteral("local"), QStringLiteral("--passphrase-file"), m_passFile});
    QCOMPARE(early.exitCode, 2);
    QVERIFY(early.err.contains("client_id"));

    const auto reg = bmpctl({QStringLiteral("key"), QStringLiteral("register"), QStringLiteral("--project"), m_project,
                             QStringLiteral("--env"), QStringLiteral("local"), QStringLiteral("--json")});
    QVERIFY2(reg.exitCode == 0, reg.err.constData());
    const QJsonObject registered = QJsonDocument::fromJson(reg.out).object();
    QCOMPARE(registered.value(QStringLiteral("clientId")).toString(), QStringLiteral("bmp.digital.api.fintech_fluxo"));
    QCOMPARE(registered.value(QStringLiteral("fingerprint")), generated.value(QStringLiteral("fingerprint")));

    const auto list = bmpctl({QStringLiteral("env"), QStringLiteral("list"), m_project, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    bool seen = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("name")).toString() != QLatin1String("local"))
            continue;
        seen = true;
        QCOMPARE(e.value(QStringLiteral("clientId")).toString(), QStringLiteral("bmp.digital.api.fintech_fluxo"));
        QVERIFY(e.value(QStringLiteral("hasCaBundle")).toBool());
        QCOMPARE(e.value(QStringLiteral("key")).toObject().value(QStringLiteral("registrationRoute")).toString(),
                 QStringLiteral("http"));
    }
    QVERIFY(seen);

    const auto token =
        bmpctl({QStringLiteral("token"), QStringLiteral("--project"), m_project, QStringLiteral("--env"),
                QStringLiteral("local"), QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("--json")});
    QVERIFY2(token.exitCode == 0, token.err.constData());
    const QJsonObject t = QJsonDocument::fromJson(token.out).object();
    QVERIFY(t.value(QStringLiteral("ok")).toBool());
    QCOMPARE(t.value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(t.value(QStringLiteral("expiresIn")).toInt(), 3600);
    QVERIFY(t.value(QStringLiteral("accessTokenRedacted")).toBool());
    QVERIFY(t.value(QStringLiteral("accessToken")).toString().contains(QStringLiteral("redacted")));

    // --show-secret prints the token itself (that output is the secret, asked for: not kept for the search).
    const auto shown = bmpctl({QStringLiteral("token"), QStringLiteral("--project"), m_project, QStringLiteral("--env"),
                               QStringLiteral("local"), QStringLiteral("--passphrase-file"), m_passFile,
                               QStringLiteral("--json"), QStringLiteral("--show-secret")},
                              false);
    QCOMPARE(shown.exitCode, 0);
    const QByteArray secret =
        QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("accessToken")).toString().toUtf8();
    QVERIFY(secret.size() >= 32);
    m_accessTokens.append(secret);
    // The sandbox accepts it as a bearer token: it is a real one.
    sandbox::SandboxRequest call;
    call.method = "POST";
    call.path = "/Proposta/Consultar";
    call.headers = {{"Authorization", "Bearer " + secret},
                    {"IdempotencyKey", ApiClient::newIdempotencyKey()},
                    {"Content-Type", "application/json"}};
    call.body = R"({"dto":{"codigoProposta":"00000000-0000-0000-0000-000000000000"}})";
    QVERIFY(m_sandbox->engine()->handle(call).status != 401);
    call.headers[0].second = "Bearer not-" + secret;
    call.headers[1].second = ApiClient::newIdempotencyKey();
    QCOMPARE(m_sandbox->engine()->handle(call).status, 401);

    // jwt sign --project: an assertion the sandbox's registered key verifies, aud = the token URL.
    const auto signedJwt =
        bmpctl({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--project"), m_project,
                QStringLiteral("--env"), QStringLiteral("local"), QStringLiteral("--passphrase-file"), m_passFile});
    QCOMPARE(signedJwt.exitCode, 0);
    const auto decoded = crypto::Jwt::decode(signedJwt.out.trimmed());
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->payload.value(QStringLiteral("aud")).toString(), m_sandbox->tokenUrl().toString());
    QCOMPARE(decoded->payload.value(QStringLiteral("iss")).toString(), QStringLiteral("bmp.digital.api.fintech_fluxo"));

    // Evidence: the registration and the token exchanges, exported as JSON Lines.
    const QString evidence = path(QStringLiteral("evidence.jsonl"));
    const auto exported = bmpctl({QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--project"),
                                  m_project, QStringLiteral("--out"), evidence});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QList<QByteArray> lines = readFile(evidence).trimmed().split('\n');
    QVERIFY(lines.size() >= 3);
    QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("kind")).toString(),
             QStringLiteral("key-registration"));
    QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("kind")).toString(),
             QStringLiteral("token"));
}

void TestTokenFlow::cliExplicitForm() {
    // A key in files, registered by the test in-process, then `bmpctl token` with every option explicit.
    const QString dir = path(QStringLiteral("explicit"));
    const auto gen = bmpctl({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--out-dir"), dir,
                             QStringLiteral("--passphrase-file"), m_passFile});
    QCOMPARE(gen.exitCode, 0);
    KeyUploadWorker upload;
    Outcome<Result<KeyUploadResult>> outcome;
    outcome.watch(upload, &KeyUploadWorker::finished);
    KeyUploadRequest r;
    r.environment = QStringLiteral("explicit");
    r.keyUrl = QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/_sandbox/keys"));
    r.publicKeyPem = readFile(dir + QStringLiteral("/public.pem"));
    r.partner = QStringLiteral("Fintech Explicita");
    r.caBundlePem = m_sandbox->caCertificatePem();
    QVERIFY(upload.start(r).ok());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 20000);
    QVERIFY(outcome.result->ok());
    const QString clientId = (*outcome.result)->clientId;

    const QStringList common{QStringLiteral("token"),
                             QStringLiteral("--token-url"),
                             m_sandbox->tokenUrl().toString(),
                             QStringLiteral("--client-id"),
                             clientId,
                             QStringLiteral("--scope"),
                             QStringLiteral("bmp.digital.api.full.access"),
                             QStringLiteral("--key"),
                             dir + QStringLiteral("/private.pem"),
                             QStringLiteral("--passphrase-file"),
                             m_passFile};
    const auto ok = bmpctl(common + QStringList{QStringLiteral("--cacert"), m_caFile});
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY(ok.out.contains("Token type: Bearer"));
    QVERIFY(ok.out.contains("--show-secret"));

    // Without the sandbox's CA the TLS handshake fails and nothing is sent.
    const auto untrusted = bmpctl(common);
    QCOMPARE(untrusted.exitCode, 1);
    QVERIFY2(untrusted.err.contains("certificate is not trusted"), untrusted.err.constData());

    const auto usage = bmpctl({QStringLiteral("token"), QStringLiteral("--token-url"), QStringLiteral("ftp://x"),
                               QStringLiteral("--client-id"), clientId, QStringLiteral("--key"),
                               dir + QStringLiteral("/private.pem"), QStringLiteral("--passphrase-file"), m_passFile});
    QCOMPARE(usage.exitCode, 2);
    const auto mixed = bmpctl({QStringLiteral("token"), QStringLiteral("--project"), m_project, QStringLiteral("--env"),
                               QStringLiteral("local"), QStringLiteral("--key"), dir + QStringLiteral("/private.pem"),
                               QStringLiteral("--passphrase-file"), m_passFile});
    QCOMPARE(mixed.exitCode, 2);
}

void TestTokenFlow::cliRefusalInPlainWords() {
    // A client_id BMP does not know: exit 1 and the plain-words reason, in text and in --json.
    const auto set = bmpctl({QStringLiteral("env"), QStringLiteral("set"), m_project, QStringLiteral("local"),
                             QStringLiteral("--client-id"), QStringLiteral("bmp.digital.api.nobody")});
    QCOMPARE(set.exitCode, 0);
    const auto refused =
        bmpctl({QStringLiteral("token"), QStringLiteral("--project"), m_project, QStringLiteral("--env"),
                QStringLiteral("local"), QStringLiteral("--passphrase-file"), m_passFile});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("BMP does not know this client_id or this key"), refused.err.constData());
    const auto json =
        bmpctl({QStringLiteral("token"), QStringLiteral("--project"), m_project, QStringLiteral("--env"),
                QStringLiteral("local"), QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QCOMPARE(o.value(QStringLiteral("httpStatus")).toInt(), 401);
    QVERIFY(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("register the public key first")));

    const auto wrongPass = path(QStringLiteral("wrong.pass"));
    QVERIFY(writeFile(wrongPass, "not the passphrase\n"));
    const auto bad = bmpctl({QStringLiteral("token"), QStringLiteral("--project"), m_project, QStringLiteral("--env"),
                             QStringLiteral("local"), QStringLiteral("--passphrase-file"), wrongPass});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("passphrase is wrong"));
    // Restore the right client_id for the searches at the end.
    QCOMPARE(bmpctl({QStringLiteral("env"), QStringLiteral("set"), m_project, QStringLiteral("local"),
                     QStringLiteral("--client-id"), QStringLiteral("bmp.digital.api.fintech_fluxo")})
                 .exitCode,
             0);
}

void TestTokenFlow::cliBuiltInPracticeSandbox() {
    // The practice environment without URLs: bmpctl starts the built-in sandbox itself (state under XDG_DATA_HOME).
    const QStringList project{QStringLiteral("--project"), m_project, QStringLiteral("--env"),
                              QStringLiteral("practice")};
    QCOMPARE(bmpctl(QStringList{QStringLiteral("key"), QStringLiteral("import")} + project +
                    QStringList{QStringLiteral("--key"), keyFixture(QStringLiteral("rsa2048-pkcs8-encrypted.pem")),
                                QStringLiteral("--key-passphrase-file"), keyFixture(QStringLiteral("fixture.pass")),
                                QStringLiteral("--passphrase-file"), m_passFile})
                 .exitCode,
             0);
    const auto reg = bmpctl(QStringList{QStringLiteral("key"), QStringLiteral("register")} + project);
    QVERIFY2(reg.exitCode == 0, reg.err.constData());
    QVERIFY(reg.out.contains("client_id: bmp.digital.api.fintech_fluxo"));
    const auto token =
        bmpctl(QStringList{QStringLiteral("token"), QStringLiteral("--passphrase-file"), m_passFile} + project);
    QVERIFY2(token.exitCode == 0, token.err.constData());
    QVERIFY(token.out.contains("https://127.0.0.1:"));
    // The random port is not saved: the profile still says "built-in sandbox".
    const auto list = bmpctl({QStringLiteral("env"), QStringLiteral("list"), m_project, QStringLiteral("--json")});
    const QJsonObject practice = QJsonDocument::fromJson(list.out).array().first().toObject();
    QCOMPARE(practice.value(QStringLiteral("name")).toString(), QStringLiteral("practice"));
    QVERIFY(practice.value(QStringLiteral("builtInSandbox")).toBool());
    QVERIFY(practice.value(QStringLiteral("tokenUrl")).toString().isEmpty());
}

void TestTokenFlow::cliProposalsUseTheProjectKey() {
    // Step 7 from the command line with the key kept in the project: no --key file needed.
    m_sandbox->engine()->setSettlementDelay(0);
    const auto run = bmpctl({QStringLiteral("proposals"), QStringLiteral("run"), QStringLiteral("--project"), m_project,
                             QStringLiteral("--env"), QStringLiteral("local"), QStringLiteral("--passphrase-file"),
                             m_passFile, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<EvidenceEntry> entries = [&] {
        auto project = Project::open(m_project);
        return project ? EvidenceLog((*project)->store()).entries(QStringLiteral("local")) : QList<EvidenceEntry>();
    }();
    bool proposal = false;
    for (const EvidenceEntry& e : entries)
        proposal = proposal || e.url.contains(QStringLiteral("/Proposta/"));
    QVERIFY(proposal);
    const auto wrong = path(QStringLiteral("wrong2.pass"));
    QVERIFY(writeFile(wrong, "not the passphrase\n"));
    const auto refused =
        bmpctl({QStringLiteral("proposals"), QStringLiteral("run"), QStringLiteral("--project"), m_project,
                QStringLiteral("--env"), QStringLiteral("local"), QStringLiteral("--passphrase-file"), wrong});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("passphrase is wrong"));
}

TokenRequest TestTokenFlow::baseRequest() const {
    TokenRequest r;
    r.environment = QStringLiteral("local");
    r.tokenUrl = m_sandbox->tokenUrl();
    r.clientId = m_clientId;
    r.scope = QStringLiteral("bmp.digital.api.full.access");
    r.key = m_key;
    r.caBundlePem = m_sandbox->caCertificatePem();
    r.maxAttempts = 1;
    return r;
}

Result<TokenResult> TestTokenFlow::fetch(const TokenRequest& request, Project* project, TokenFailure* failure) {
    TokenWorker worker;
    worker.setProject(project);
    Outcome<Result<TokenResult>> outcome;
    outcome.watch(worker, &TokenWorker::finished);
    if (const Status s = worker.start(request); !s)
        return s.error();
    QSignalSpy spy(&worker, &TokenWorker::finished);
    if (!spy.wait(20000) || !outcome.result)
        return makeError(QStringLiteral("no answer"));
    if (failure)
        *failure = worker.failure();
    if (outcome.result->ok())
        m_accessTokens.append((*outcome.result)->accessToken);
    return *outcome.result;
}

void TestTokenFlow::workerFetchesToken() {
    auto project = Project::create(m_project2, QStringLiteral("Fintech Worker"), {Product::Caas});
    QVERIFY(project.ok());
    Project& p = **project;
    EnvironmentProfile local = EnvironmentProfile::defaults(EnvironmentKind::Custom);
    local.name = QStringLiteral("local");
    local.tokenUrl = m_sandbox->tokenUrl().toString();
    local.clientId = m_clientId;
    local.caBundlePem = m_sandbox->caCertificatePem();
    local.rateLimit = 0;
    QVERIFY(p.environments().save(local).ok());
    QVERIFY(p.keys().store(QStringLiteral("local"), m_key, kPassphrase, KeySource::Generated).ok());
    const auto key = p.keys().unlock(QStringLiteral("local"), kPassphrase);
    QVERIFY(key.ok());
    TokenRequest r = baseRequest();
    r.key = *key;
    const auto result = fetch(r, &p);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->tokenType, QStringLiteral("Bearer"));
    QCOMPARE(result->scope, QStringLiteral("bmp.digital.api.full.access"));
    QCOMPARE(result->expiresIn, qint64(3600));
    QVERIFY(result->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3500));
    const auto tests = p.environments().tokenTests(QStringLiteral("local"));
    QCOMPARE(tests.size(), 1);
    QVERIFY(tests.first().ok);
    // A refusal is recorded as a token test too, with its explanation.
    TokenRequest wrong = baseRequest();
    wrong.key = m_otherKey;
    QVERIFY(!fetch(wrong, &p).ok());
    QCOMPARE(p.environments().tokenTests(QStringLiteral("local")).size(), 2);
    QVERIFY(p.environments()
                .tokenTests(QStringLiteral("local"))
                .last()
                .error.contains(QStringLiteral("BMP does not know")));
}

void TestTokenFlow::everyRefusalExplained_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown client") << "client"
                                    << "unknown_client"
                                    << "register the public key first";
    QTest::newRow("other key") << "key"
                               << "bad_signature"
                               << "signed with a key other than the one registered";
    QTest::newRow("wrong aud") << "aud"
                               << "wrong_audience"
                               << "aud is not this token URL";
    QTest::newRow("expired") << "expired"
                             << "expired"
                             << "has expired";
    QTest::newRow("nbf ahead") << "nbf"
                               << "not_yet_valid"
                               << "clock is ahead";
    QTest::newRow("iat ahead") << "iat"
                               << "issued_in_future"
                               << "clock is ahead";
    QTest::newRow("too long") << "lifetime"
                              << "lifetime_too_long"
                              << "valid for too long";
    QTest::newRow("iss != sub") << "sub"
                                << "iss_sub_mismatch"
                                << "iss and sub must both be the client_id";
    QTest::newRow("no exp") << "noexp"
                            << "missing_claim"
                            << "required claim";
    QTest::newRow("scope") << "scope"
                           << "scope_not_allowed"
                           << "does not allow the scope \"bmp.admin\"";
}

void TestTokenFlow::everyRefusalExplained() {
    QFETCH(QString, change);
    QFETCH(QString, reason);
    QFETCH(QString, expected);
    TokenRequest r = baseRequest();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims = crypto::ClientAssertion::make(m_clientId, r.tokenUrl.toString(), now).claims();
    if (change == u"client") {
        r.clientId = QStringLiteral("bmp.digital.api.nobody");
        claims = {};
    } else if (change == u"key") {
        r.key = m_otherKey;
        claims = {};
    } else if (change == u"aud") {
        claims.insert(QStringLiteral("aud"), QStringLiteral("https://auth.moneyp.dev.br/connect/token"));
    } else if (change == u"expired") {
        r.refreshTimes = false;
        claims.insert(QStringLiteral("iat"), now - 900);
        claims.insert(QStringLiteral("nbf"), now - 900);
        claims.insert(QStringLiteral("exp"), now - 600);
    } else if (change == u"nbf") {
        r.refreshTimes = false;
        claims.insert(QStringLiteral("nbf"), now + 600);
        claims.insert(QStringLiteral("exp"), now + 900);
    } else if (change == u"iat") {
        r.refreshTimes = false;
        claims.insert(QStringLiteral("iat"), now + 600);
        claims.insert(QStringLiteral("exp"), now + 900);
    } else if (change == u"lifetime") {
        claims.insert(QStringLiteral("exp"), now + 7200);
    } else if (change == u"sub") {
        claims.insert(QStringLiteral("sub"), QStringLiteral("someone.else"));
    } else if (change == u"noexp") {
        r.refreshTimes = false;
        claims.remove(QStringLiteral("exp"));
    } else if (change == u"scope") {
        r.scope = QStringLiteral("bmp.admin");
        claims = {};
    }
    r.claimsTemplate = claims;
    TokenFailure failure;
    const auto result = fetch(r, nullptr, &failure);
    QVERIFY(!result.ok());
    QCOMPARE(failure.reason, reason);
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().toString()));
    // The generic sentence of the OAuth error is always there, the server's own words in the detail.
    if (failure.oauthError == u"invalid_client")
        QVERIFY(result.error().message.startsWith(QStringLiteral("BMP does not know this client_id or this key.")));
    QVERIFY(!result.error().detail.isEmpty());
}

void TestTokenFlow::rawRefusalsExplained_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password grant") << formEncode({{"grant_type", "password"}})
                                    << QByteArray("application/x-www-form-urlencoded")
                                    << "does not accept the client_credentials grant";
    QTest::newRow("no grant") << formEncode({{"client_id", "x"}}) << QByteArray("application/x-www-form-urlencoded")
                              << "request is malformed";
    QTest::newRow("json body") << QByteArray(R"({"grant_type":"client_credentials"})") << QByteArray("application/json")
                               << "request is malformed";
    QTest::newRow("client secret") << formEncode({{"grant_type", "client_credentials"},
                                                  {"client_id", "x"},
                                                  {"client_secret", "s3cr3t"}})
                                   << QByteArray("application/x-www-form-urlencoded") << "not a client secret";
    QTest::newRow("no assertion") << formEncode({{"grant_type", "client_credentials"}, {"client_id", "x"}})
                                  << QByteArray("application/x-www-form-urlencoded") << "carried no client_assertion";
    QTest::newRow("assertion type") << formEncode({{"grant_type", "client_credentials"},
                                                   {"client_assertion_type", "urn:x"},
                                                   {"client_assertion", "a.b.c"}})
                                    << QByteArray("application/x-www-form-urlencoded")
                                    << "client_assertion_type must be";
    QTest::newRow("not a jwt") << formEncode({{"grant_type", "client_credentials"},
                                              {"client_assertion_type", TokenWorker::kAssertionType},
                                              {"client_assertion", "not-a-jwt"}})
                               << QByteArray("application/x-www-form-urlencoded") << "not a well-formed JWT";
    QTest::newRow("HS256") << formEncode({{"grant_type", "client_credentials"},
                                          {"client_assertion_type", TokenWorker::kAssertionType},
                                          {"client_assertion",
                                           "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJ4Iiwic3ViIjoieCJ9.c2ln"}})
                           << QByteArray("application/x-www-form-urlencoded") << "must be signed with RS256";
}

void TestTokenFlow::rawRefusalsExplained() {
    // Requests the TokenWorker never makes, sent raw; the sandbox's answer goes through the same explanation.
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);
    Connection c;
    c.environment = QStringLiteral("raw");
    c.caBundlePem = m_sandbox->caCertificatePem();
    c.maxAttempts = 1;
    ApiClient client(c);
    ApiRequest req;
    req.url = m_sandbox->tokenUrl();
    req.contentType = contentType;
    req.body = body;
    ApiCall* call = client.send(req);
    QSignalSpy spy(call, &ApiCall::finished);
    QVERIFY(spy.wait(20000));
    const ApiResponse response = call->response();
    QVERIFY(response.status >= 400);
    const Error e = TokenWorker::explain(response, QStringLiteral("bmp.digital.api.full.access"));
    QVERIFY2(e.message.contains(expected), qPrintable(e.toString()));
}

void TestTokenFlow::rateLimitExplained() {
    // A sandbox in production mode (1 request/s per client): a client that does not pace itself is refused.
    sandbox::SandboxServer::Options options;
    options.tls = true;
    options.config.mode = sandbox::SandboxMode::Production;
    sandbox::SandboxServer strict(options);
    QVERIFY(strict.start().ok());
    KeyUploadWorker upload;
    Outcome<Result<KeyUploadResult>> registered;
    registered.watch(upload, &KeyUploadWorker::finished);
    KeyUploadRequest ur;
    ur.environment = QStringLiteral("strict");
    ur.keyUrl = QUrl(strict.baseUrl().toString() + QStringLiteral("/_sandbox/keys"));
    ur.publicKeyPem = m_key.publicKeyPem();
    ur.partner = QStringLiteral("Fintech Apressada");
    ur.caBundlePem = strict.caCertificatePem();
    QVERIFY(upload.start(ur).ok());
    QTRY_VERIFY_WITH_TIMEOUT(registered.result.has_value(), 20000);
    QVERIFY(registered.result->ok());
    TokenRequest r = baseRequest();
    r.environment = QStringLiteral("strict-unpaced");
    r.tokenUrl = strict.tokenUrl();
    r.clientId = (*registered.result)->clientId;
    r.caBundlePem = strict.caCertificatePem();
    QVERIFY(fetch(r).ok());
    TokenFailure failure;
    const auto second = fetch(r, nullptr, &failure);
    QVERIFY(!second.ok());
    QCOMPARE(failure.httpStatus, 429);
    QVERIFY2(second.error().message.contains(QStringLiteral("rate limiting")), qPrintable(second.error().toString()));
    // Paced at the environment's 1 request/s (and retrying on 429), the same client gets its token.
    r.environment = QStringLiteral("strict-paced");
    r.rateLimit = 1.0;
    r.maxAttempts = 3;
    QVERIFY(fetch(r).ok());
}

void TestTokenFlow::tlsNeedsTheSandboxCa() {
    TokenRequest r = baseRequest();
    r.caBundlePem.clear();
    const auto refused = fetch(r);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("certificate is not trusted")),
             qPrintable(refused.error().toString()));
    // Another CA (a certificate fixture that is not the sandbox's) does not help either.
    r.caBundlePem = readKeyFixture(QStringLiteral("certificate.pem"));
    QVERIFY(!fetch(r).ok());
    r.caBundlePem = readFile(m_caFile);
    QVERIFY(fetch(r).ok());
}

void TestTokenFlow::nothingSecretAnywhere() {
    QVERIFY(m_accessTokens.size() >= 5);
    QVERIFY(m_outputs.size() >= 15);
    // The plaintext private keys, via the openssl command from what the projects store (encrypted).
    QList<QByteArray> keyLines;
    for (const QString& file : {m_project, m_project2}) {
        auto project = Project::open(file);
        QVERIFY(project.ok());
        for (const StoredKey& k : (*project)->keys().list()) {
            const QString pemPath = path(QStringLiteral("tmp-enc.pem"));
            QVERIFY(writeFile(pemPath, *(*project)->keys().encryptedPem(k.environment)));
            const auto plain = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), pemPath,
                                        QStringLiteral("-passin"), QStringLiteral("file:") + m_passFile});
            QVERIFY2(plain.exitCode == 0, plain.err.constData());
            QVERIFY(plain.out.startsWith("-----BEGIN PRIVATE KEY-----"));
            for (const QByteArray& line : plain.out.split('\n')) {
                if (!line.startsWith("-----") && line.size() >= 40)
                    keyLines.append(line);
            }
            QFile::remove(pemPath);
        }
    }
    QVERIFY(keyLines.size() > 40);

    QList<QPair<QString, QByteArray>> haystacks;
    for (const QString& file : {m_project, m_project2}) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(file + suffix);
            if (f.open(QIODevice::ReadOnly))
                haystacks.append({file + suffix, f.readAll()});
        }
    }
    haystacks.append({QStringLiteral("evidence.jsonl"), readFile(path(QStringLiteral("evidence.jsonl")))});
    for (int i = 0; i < m_outputs.size(); ++i)
        haystacks.append({QStringLiteral("bmpctl output %1").arg(i), m_outputs.at(i).out + m_outputs.at(i).err});
    for (const auto& [name, bytes] : haystacks) {
        QVERIFY2(!bytes.contains(kPassphrase), qPrintable(name));
        for (const QByteArray& token : m_accessTokens)
            QVERIFY2(!bytes.contains(token), qPrintable(name + QStringLiteral(": access token")));
        for (const QByteArray& line : keyLines)
            QVERIFY2(!bytes.contains(line), qPrintable(name + QStringLiteral(": private key")));
    }
}

QTEST_GUILESS_MAIN(TestTokenFlow)
#include "TestTokenFlow.moc"
