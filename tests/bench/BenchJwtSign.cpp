// RS256 JWT signing throughput: Jwt::signRs256 (JSON, base64url, signature) vs raw EVP_DigestSign of the same
// signing input bytes. Usage: BenchJwtSign [SIGNATURES_PER_ROUND] [ROUNDS]   (defaults: 400, 9)
#include "BenchStats.h"
#include "crypto/Jwt.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace bmp::crypto;

namespace {

// The baseline: what a hand-written OpenSSL signer does per signature (fresh context, one-shot DigestSign).
QByteArray rawSign(EVP_PKEY* key, const QByteArray& input) {
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    size_t len = 0;
    QByteArray sig;
    if (EVP_DigestSignInit_ex(md, &pctx, "SHA256", nullptr, nullptr, key, nullptr) == 1 &&
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1 &&
        EVP_DigestSign(md, nullptr, &len, reinterpret_cast<const unsigned char*>(input.constData()),
                       size_t(input.size())) == 1) {
        sig.resize(qsizetype(len));
        if (EVP_DigestSign(md, reinterpret_cast<unsigned char*>(sig.data()), &len,
                           reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size())) != 1)
            sig.clear();
    }
    EVP_MD_CTX_free(md);
    return sig;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int perRound = args.size() > 1 ? args.at(1).toInt() : 400;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 9;
    if (perRound < 1 || rounds < 1) {
        QTextStream(stderr) << "usage: BenchJwtSign [SIGNATURES_PER_ROUND] [ROUNDS]\n";
        return 2;
    }
    QFile f(QStringLiteral(BMP_TEST_DATA_DIR "/keys/rsa2048-pkcs8.pem"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing key fixture");
    const auto key = KeyPair::fromPrivatePem(f.readAll());
    if (!key.ok())
        qFatal("cannot load the key fixture");

    const ClientAssertion assertion = ClientAssertion::make(
        QStringLiteral("bmp.digital.api.acme"), QStringLiteral("https://auth.moneyp.dev.br/connect/token"), 1767225600);
    const QJsonObject claims = assertion.claims();
    const QByteArray token = *Jwt::signRs256(claims, *key);
    const QByteArray signingInput = token.left(token.lastIndexOf('.'));
    // Same bytes signed both ways: PKCS#1 v1.5 is deterministic, so the signatures must match.
    if (Jwt::base64UrlEncode(rawSign(key->evpKey(), signingInput)) != token.mid(token.lastIndexOf('.') + 1))
        qFatal("baseline and Jwt::signRs256 disagree");

    QList<double> ours, raw, oursFull;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < perRound; ++i) {
            if (!Jwt::signRs256(claims, *key).ok())
                qFatal("sign failed");
        }
        ours << perRound / (double(t.nsecsElapsed()) / 1e9);

        t.start();
        for (int i = 0; i < perRound; ++i) {
            if (rawSign(key->evpKey(), signingInput).isEmpty())
                qFatal("raw sign failed");
        }
        raw << perRound / (double(t.nsecsElapsed()) / 1e9);

        t.start();
        for (int i = 0; i < perRound; ++i) {
            const auto a = ClientAssertion::make(assertion.clientId, assertion.audience, 1767225600);
            if (!a.sign(*key).ok())
                qFatal("assertion sign failed");
        }
        oursFull << perRound / (double(t.nsecsElapsed()) / 1e9);
    }
    auto& out = bench::out();
    const double oursMedian = bench::median(ours);
    const double rawMedian = bench::median(raw);
    out << QStringLiteral("RS256 signing, RSA-2048, %1 rounds x %2 signatures, interleaved (median signatures/s)\n")
               .arg(rounds)
               .arg(perRound);
    out << QStringLiteral("  Jwt::signRs256(claims)                  %1\n").arg(oursMedian, 9, 'f', 1);
    out << QStringLiteral("  ClientAssertion::make + sign (new jti)  %1\n").arg(bench::median(oursFull), 9, 'f', 1);
    out << QStringLiteral("  baseline: raw EVP_DigestSign            %1\n").arg(rawMedian, 9, 'f', 1);
    out << QStringLiteral("ratio ours/raw = %1 (target >= 0.95)\n").arg(oursMedian / rawMedian, 0, 'f', 3);
    out.flush();
    return 0;
}
