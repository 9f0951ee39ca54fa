// Sandbox throughput through the socket-free engine in lenient (homologation) mode, each figure with a baseline
// measured in the same run:
//   token validations/s (POST /connect/token, a fresh signed assertion each) vs raw EVP RS256 verifications/s
//   of the same signing inputs (the cryptographic floor of the work);
//   Proposta/Consultar calls/s (token check, idempotency, JSON, envelope, request log) vs empty handle() calls/s
//   (an unknown path: dispatch and logging only).
// Targets (issue 3): >= 2,000 token validations/s and >= 5,000 Consultar/s. Exit code 1 when one is missed.
// Usage: BenchSandbox [TOKENS_PER_ROUND] [CALLS_PER_ROUND] [ROUNDS]   (defaults: 1000, 10000, 5)

// Plain literals read better here; production code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII

#include "../unit/SandboxTestKit.h"
#include "BenchStats.h"
#include "crypto/Base64Url.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace bmp::sandbox;
using namespace sandboxkit;

namespace {

constexpr double kTokenTarget = 2000;
constexpr double kConsultTarget = 5000;

bool rawVerify(EVP_PKEY* key, const QByteArray& input, const QByteArray& signature) {
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    const bool ok =
        EVP_DigestVerifyInit_ex(md, &pctx, "SHA256", nullptr, nullptr, key, nullptr) == 1 &&
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1 &&
        EVP_DigestVerify(md, reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
                         reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size())) == 1;
    EVP_MD_CTX_free(md);
    return ok;
}

double perSecond(int n, const QElapsedTimer& t) {
    return n / (double(t.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int tokens = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int calls = args.size() > 2 ? args.at(2).toInt() : 10000;
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 5;
    if (tokens < 1 || calls < 1 || rounds < 1) {
        QTextStream(stderr) << "usage: BenchSandbox [TOKENS_PER_ROUND] [CALLS_PER_ROUND] [ROUNDS]\n";
        return 2;
    }

    qint64 nowMs = 1800000000000;
    SandboxConfig config;
    config.publicBaseUrls = {QString::fromLatin1(kBase)};
    SandboxEngine engine(config, [&nowMs] { return nowMs; });
    const QString client = registerClient(engine);
    if (client.isEmpty())
        qFatal("registration failed");

    // Everything that is not the server's work is prepared before the clock starts: assertions are signed here.
    QList<double> tokenRates, verifyRates, consultRates, emptyRates;
    for (int round = 0; round < rounds; ++round) {
        QList<SandboxRequest> tokenRequests;
        QList<QPair<QByteArray, QByteArray>> signingInputs; // (input, signature) of the same assertions
        for (int i = 0; i < tokens; ++i) {
            const QByteArray assertion = sign(claims(client, nowMs / 1000));
            tokenRequests.append(tokenRequest(client, assertion));
            const qsizetype dot = assertion.lastIndexOf('.');
            signingInputs.append({assertion.left(dot), *bmp::crypto::Base64Url::decode(assertion.mid(dot + 1))});
        }
        QElapsedTimer t;
        t.start();
        for (const SandboxRequest& r : tokenRequests) {
            if (engine.handle(r).status != 200)
                qFatal("token refused");
        }
        tokenRates << perSecond(tokens, t);

        EVP_PKEY* key = keyA().evpKey();
        t.start();
        for (const auto& [input, signature] : signingInputs) {
            if (!rawVerify(key, input, signature))
                qFatal("raw verify failed");
        }
        verifyRates << perSecond(tokens, t);

        const QByteArray token = fetchToken(engine, client);
        const QJsonObject loc = locator(
            engine.handle(apiRequest("/Proposta/IncluirManualSimplificado", token, proposalDto(goodAccount()))).json());
        QList<SandboxRequest> consults;
        QList<SandboxRequest> empties;
        for (int i = 0; i < calls; ++i) {
            consults.append(apiRequest("/Proposta/Consultar", token, loc));
            SandboxRequest e;
            e.method = "GET";
            e.path = "/nothing/here";
            empties.append(e);
        }
        t.start();
        for (const SandboxRequest& r : consults) {
            if (engine.handle(r).status != 200)
                qFatal("Consultar failed");
        }
        consultRates << perSecond(calls, t);
        t.start();
        for (const SandboxRequest& r : empties) {
            if (engine.handle(r).status != 404)
                qFatal("empty handle failed");
        }
        emptyRates << perSecond(calls, t);
        nowMs += 60000; // a minute later: expiry bookkeeping gets its turn between rounds
    }

    const double tokenRate = bench::median(tokenRates);
    const double verifyRate = bench::median(verifyRates);
    const double consultRate = bench::median(consultRates);
    const double emptyRate = bench::median(emptyRates);
    auto& out = bench::out();
    out << "BenchSandbox: medians of " << rounds << " rounds (" << tokens << " tokens, " << calls
        << " calls per round)\n";
    out << QStringLiteral("  token validations/s   %1   (target >= %2)\n").arg(tokenRate, 10, 'f', 0).arg(kTokenTarget);
    out << QStringLiteral("  raw EVP RS256 verify/s %1   baseline; sandbox/raw = %2\n")
               .arg(verifyRate, 9, 'f', 0)
               .arg(tokenRate / verifyRate, 0, 'f', 2);
    out << QStringLiteral("  Consultar calls/s     %1   (target >= %2)\n")
               .arg(consultRate, 10, 'f', 0)
               .arg(kConsultTarget);
    out << QStringLiteral("  empty handle() calls/s %1   baseline; Consultar/empty = %2\n")
               .arg(emptyRate, 9, 'f', 0)
               .arg(consultRate / emptyRate, 0, 'f', 2);
    const bool ok = tokenRate >= kTokenTarget && consultRate >= kConsultTarget;
    out << (ok ? "  targets met\n" : "  TARGET MISSED\n");
    out.flush();
    return ok ? 0 : 1;
}
