// Fuzz target for the sandbox's request handling: bytes -> SandboxRequest -> SandboxEngine::handle().
//
// Input format (what the seed corpus in tests/data/fuzz/sandbox/ uses, but any bytes are fine):
//   METHOD /path?query\n
//   Header-Name: value\n        (any number)
//   \n
//   body
// Placeholders reach past authentication: @TOKEN@ becomes a valid access token and @ASSERTION@ a freshly
// signed, valid client assertion of the harness's registered client.
//
// Built as FuzzSandbox (libFuzzer, BMP_FUZZ=ON) and FuzzSandboxReplay (the seed corpus as a unit test), see
// docs/FUZZING.md. The harness is stateful on purpose — one engine across inputs, so later inputs meet the
// proposals, tokens and idempotency records earlier ones created — and resets itself every few thousand inputs.
#include "FuzzSupport.h"
#include "crypto/ClientAssertion.h"
#include "crypto/KeyPair.h"
#include "sandbox/SandboxEngine.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace bmp::sandbox;

namespace {

constexpr qint64 kStartMs = 1800000000000;
constexpr int kResetEvery = 5000;
const QString kBase = QStringLiteral("http://127.0.0.1:8443");

void fail(const char* what, const SandboxRequest& request, const SandboxResponse& response) {
    std::fprintf(stderr, "FuzzSandbox: %s\n  request: %s %s\n  response: %d %s\n", what, request.method.constData(),
                 request.path.left(200).constData(), response.status, response.body.left(300).constData());
    std::abort();
}

class Harness {
public:
    Harness() {
        SandboxConfig config;
        config.publicBaseUrls = {kBase};
        config.settlementDelayMs = 0;    // payments settle inside the calls: deeper states, no timers needed
        config.requestLogCapacity = 200; // keeps GET /_sandbox/requests cheap enough to fuzz often
        m_engine = std::make_unique<SandboxEngine>(config, [this] { return m_nowMs; });
        auto key = bmp::crypto::KeyPair::generate(2048);
        if (!key)
            std::abort();
        m_key = *key;
        enroll();
    }

    void run(const QByteArray& input) {
        m_nowMs += 137; // time moves a little with every input: expiry, rate limits and settlement get exercised
        const SandboxRequest request = parse(input);
        const SandboxResponse response = m_engine->handle(request);
        check(request, response);
        // Callbacks would make network calls to wherever the input says: validation is fuzzed, sending is not.
        if (m_engine->callbacks().config().isSet()) {
            m_engine->callbacks().setConfig({});
            m_engine->callbacks().clear();
        }
        if (m_runs % 100 == 0)
            checkLog();
        if (++m_runs % kResetEvery == 0 || m_engine->keys().size() == 0) {
            m_engine->reset();
            enroll();
        }
    }

    // The request log must never give out the secrets the harness used.
    void checkLog() {
        const QByteArray log = QJsonDocument(m_engine->requestLog().toJson()).toJson();
        if (log.contains(m_token) || log.contains(m_lastAssertionSignature))
            fail("a secret reached the request log", {}, {});
    }

private:
    void enroll() {
        SandboxRequest r;
        r.method = "POST";
        r.path = "/_sandbox/keys";
        r.headers = {{"Content-Type", "application/json"}};
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("publicKeyPem"), QString::fromLatin1(m_key.publicKeyPem())},
                                           {QStringLiteral("partner"), QStringLiteral("Fuzz")}})
                     .toJson();
        m_clientId = m_engine->handle(r).json().value(QStringLiteral("clientId")).toString();
        SandboxRequest t;
        t.method = "POST";
        t.path = "/connect/token";
        t.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        t.body = "grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-"
                 "type%3Ajwt-bearer&client_assertion=" +
                 assertion();
        m_token = m_engine->handle(t).json().value(QStringLiteral("access_token")).toString().toLatin1();
        if (m_clientId.isEmpty() || m_token.isEmpty())
            fail("the harness could not enroll", t, {});
    }

    QByteArray assertion() {
        const auto signedAssertion =
            bmp::crypto::ClientAssertion::make(m_clientId, kBase + QStringLiteral("/connect/token"), m_nowMs / 1000)
                .sign(m_key);
        if (!signedAssertion)
            std::abort();
        m_lastAssertionSignature = signedAssertion->mid(signedAssertion->lastIndexOf('.') + 1);
        return *signedAssertion;
    }

    SandboxRequest parse(QByteArray input) {
        if (input.contains("@TOKEN@"))
            input.replace("@TOKEN@", m_token);
        if (input.contains("@ASSERTION@"))
            input.replace("@ASSERTION@", assertion());
        SandboxRequest r;
        qsizetype split = input.indexOf("\n\n");
        const QByteArray head = split < 0 ? input : input.left(split);
        r.body = split < 0 ? QByteArray() : input.mid(split + 2);
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray first = lines.value(0).trimmed();
        const qsizetype space = first.indexOf(' ');
        r.method = space < 0 ? first : first.left(space);
        const QByteArray target = space < 0 ? QByteArray("/") : first.mid(space + 1);
        const qsizetype question = target.indexOf('?');
        r.path = question < 0 ? target : target.left(question);
        r.query = question < 0 ? QByteArray() : target.mid(question + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        return r;
    }

    void check(const SandboxRequest& request, const SandboxResponse& response) {
        if (response.status < 200 || response.status > 499)
            fail("status outside 2xx-4xx", request, response);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError)
            fail("the response body is not JSON", request, response);
        const bool tokenEndpoint = request.path.toLower().startsWith("/connect/token");
        if (response.status >= 400 && doc.isObject() && !tokenEndpoint &&
            !doc.object().value(QStringLiteral("hasError")).toBool())
            fail("an error status without hasError", request, response);
        // The token may only come back to a client that sent it (echoed input) or asked for it (/connect/token).
        if (response.body.contains(m_token) && !tokenEndpoint && !contains(request, m_token)) {
            const qsizetype at = response.body.indexOf(m_token);
            std::fprintf(stderr, "FuzzSandbox: leaked at: ...%s...\n",
                         response.body.mid(std::max<qsizetype>(0, at - 300), 400).constData());
            fail("the access token leaked into a response", request, response);
        }
    }

    static bool contains(const SandboxRequest& r, const QByteArray& secret) {
        if (r.method.contains(secret) || r.path.contains(secret) || r.query.contains(secret) || r.body.contains(secret))
            return true;
        for (const auto& h : r.headers) {
            if (h.first.contains(secret) || h.second.contains(secret))
                return true;
        }
        return false;
    }

    std::unique_ptr<SandboxEngine> m_engine;
    bmp::crypto::KeyPair m_key;
    QString m_clientId;
    QByteArray m_token;
    QByteArray m_lastAssertionSignature;
    qint64 m_nowMs = kStartMs;
    qint64 m_runs = 0;
};

// Never destroyed: the process ends through exit(), after Qt's own globals are gone (see FuzzSupport.h).
Harness& harness() {
    static Harness* h = new Harness;
    return *h;
}

} // namespace

BMP_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    harness().run(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
