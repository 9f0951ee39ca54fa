// JWT/JWS: RFC 7515/7638 vectors, base64url strictness, tampering and algorithm confusion, python3-jwt interop.
#include "CryptoTestUtil.h"
#include "crypto/Jwt.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace bmp::crypto;
using namespace testutil;

namespace {

// RFC 7515 Appendix A.2.1: the RSA key of the RS256 example, as a JWK.
QJsonObject rfc7515Jwk() {
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("n"),
         QStringLiteral(
             "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-"
             "yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-"
             "KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-"
             "DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ")},
        {QStringLiteral("e"), QStringLiteral("AQAB")},
        {QStringLiteral("d"),
         QStringLiteral(
             "Eq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7_GQ5sLKMgvfTeXZx9SE-7YwVol2NXOoAJe46sui3"
             "95IW_GO-pWJ1O0BkTGoVEn2bKVRUCgu-GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M_"
             "V51gfpRLI9JYanrC4D4qAdGcopV_0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl_x_"
             "jTj3ccPDVZFD9pIuhLhBOneufuBiB4cS98l2SR_RQyGWSeWjnczT0QU91p1DhOVRuOopznQ")},
        {QStringLiteral("p"),
         QStringLiteral("4BzEEOtIpmVdVEZNCqS7baC4crd0pqnRH_5IB3jw3bcxGn6QLvnEtfdUdiYrqBdss1l58BQ3KhooKeQTa9AB0Hw_"
                        "Py5PJdTJNPY8cQn7ouZ2KKDcmnPGBY5t7yLc1QlQ5xHdwW1VhvKn-nXqhJTBgIPgtldC-KDV5z-y2XDwGUc")},
        {QStringLiteral("q"),
         QStringLiteral("uQPEfgmVtjL0Uyyx88GZFF1fOunH3-7cepKmtH4pxhtCoHqpWmT8YAmZxaewHgHAjLYsp1ZSe7zFYHj7C6ul7TjeLQeZD_"
                        "YwD66t62wDmpe_HlB-TnBA-njbglfIsRLtXlnDzQkv5dTltRJ11BKBBypeeF6689rjcJIDEz9RWdc")},
        {QStringLiteral("dp"),
         QStringLiteral("BwKfV3Akq5_MFZDFZCnW-wzl-CCo83WoZvnLQwCTeDv8uzluRSnm71I3QCLdhrqE2e9YkxvuxdBfpT_PI7Yz-"
                        "FOKnu1R6HsJeDCjn12Sk3vmAktV2zb34MCdy7cpdTh_YVr7tss2u6vneTwrA86rZtu5Mbr1C1XsmvkxHQAdYo0")},
        {QStringLiteral("dq"),
         QStringLiteral(
             "h_96-mK1R_7glhsum81dZxjTnYynPbZpHziZjeeHcXYsXaaMwkOlODsWa7I9xXDoRwbKgB719rrmI2oKr6N3Do9U0ajaHF-"
             "NKJnwgjMd2w9cjz3_-kyNlxAr2v4IKhGNpmM5iIgOS1VZnOZ68m6_pbLBSp3nssTdlqvd0tIiTHU")},
        {QStringLiteral("qi"),
         QStringLiteral("IYd7DHOhrWvxkwPQsRM2tOgrjbcrfvtQJipd-DlcxyVuuM9sQLdgjVk2oy26F0EmpScGLq2MowX7fhd_"
                        "QJQ3ydy5cY7YIBi87w93IKLEdfnbJtoOPLUW0ITrJReOgo1cq9SbsxYawBgfp_gh6A5603k2-ZQwVK0JKSHuLFkuQ3U")},
    };
}

// RFC 7515 A.2: header {"alg":"RS256"}, the A.1 payload (with CRLFs), and the expected signature.
const QByteArray kRfcSigningInput =
    "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
    "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
const QByteArray kRfcSignature =
    "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_"
    "O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNP"
    "vkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phC"
    "nvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";

QByteArray b64(const QByteArray& raw) {
    return Jwt::base64UrlEncode(raw);
}

} // namespace

class TestJwt : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void base64UrlEncode_data();
    void base64UrlEncode();
    void base64UrlDecodeRefusals_data();
    void base64UrlDecodeRefusals();
    void base64UrlRoundTripAllLengths();
    void rfc7515RsaSignature();
    void rfc7515TokenVerifies();
    void rfc7638Thumbprint();
    void signedTokenShape();
    void roundTrip();
    void tamperingRefused_data();
    void tamperingRefused();
    void algorithmConfusionRefused_data();
    void algorithmConfusionRefused();
    void malformedTokens_data();
    void malformedTokens();
    void mutatedTokensNeverVerify();
    void clientAssertionClaims();
    void timeState_data();
    void timeState();
    void verifiedByPythonJwt();
    void pythonJwtVerifiedByUs();

private:
    KeyPair m_key;
    KeyPair m_public;
    QTemporaryDir m_dir;
};

void TestJwt::initTestCase() {
    auto key = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem")));
    auto pub = KeyPair::fromPublicPem(readKeyFixture(QStringLiteral("rsa2048-public.pem")));
    QVERIFY(key.ok() && pub.ok());
    m_key = *key;
    m_public = *pub;
    QVERIFY(m_dir.isValid());
}

void TestJwt::base64UrlEncode_data() {
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("url-unsafe bytes") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
    QTest::newRow("zero bytes") << QByteArray(2, '\0') << QByteArray("AAA");
    QTest::newRow("RFC 7515 header") << QByteArray("{\"alg\":\"RS256\"}") << QByteArray("eyJhbGciOiJSUzI1NiJ9");
}

void TestJwt::base64UrlEncode() {
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(Jwt::base64UrlEncode(raw), encoded);
    const auto back = Jwt::base64UrlDecode(encoded);
    QVERIFY(back.ok());
    QCOMPARE(*back, raw);
}

void TestJwt::base64UrlDecodeRefusals_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding") << QByteArray("Zg==");
    QTest::newRow("single pad") << QByteArray("Zm8=");
    QTest::newRow("standard alphabet +") << QByteArray("+_8");
    QTest::newRow("standard alphabet /") << QByteArray("-/8");
    QTest::newRow("space inside") << QByteArray("Zm 9v");
    QTest::newRow("newline at end") << QByteArray("Zm9v\n");
    QTest::newRow("length 1 mod 4") << QByteArray("Zm9vY");
    QTest::newRow("single char") << QByteArray("A");
    QTest::newRow("non-canonical trailing bits") << QByteArray("Zh");
    QTest::newRow("non-canonical, 2 bytes") << QByteArray("Zm9");
    QTest::newRow("dot") << QByteArray("Zm.v");
    QTest::newRow("utf-8") << QString::fromUtf8("Zm9vé").toUtf8();
    QTest::newRow("NUL") << QByteArray("Zm\0v", 4);
}

void TestJwt::base64UrlDecodeRefusals() {
    QFETCH(QByteArray, text);
    const auto r = Jwt::base64UrlDecode(text);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
}

void TestJwt::base64UrlRoundTripAllLengths() {
    QByteArray data;
    for (int i = 0; i < 70; ++i) {
        const QByteArray enc = Jwt::base64UrlEncode(data);
        QVERIFY(!enc.contains('=') && !enc.contains('+') && !enc.contains('/'));
        const auto dec = Jwt::base64UrlDecode(enc);
        QVERIFY2(dec.ok() && *dec == data, qPrintable(QString::number(i)));
        data.append(char(0xf0 + (i * 37) % 16));
    }
}

void TestJwt::rfc7515RsaSignature() {
    const auto key = KeyPair::fromJwk(rfc7515Jwk());
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
    QVERIFY(key->hasPrivateKey());
    QCOMPARE(key->bits(), 2048);
    const auto sig = key->signRs256(kRfcSigningInput);
    QVERIFY(sig.ok());
    QCOMPARE(Jwt::base64UrlEncode(*sig), kRfcSignature);
}

void TestJwt::rfc7515TokenVerifies() {
    QJsonObject publicJwk;
    for (const char* k : {"kty", "n", "e"})
        publicJwk.insert(QLatin1String(k), rfc7515Jwk().value(QLatin1String(k)));
    const auto pub = KeyPair::fromJwk(publicJwk);
    QVERIFY(pub.ok() && !pub->hasPrivateKey());
    const QByteArray token = kRfcSigningInput + '.' + kRfcSignature;
    const auto status = Jwt::verifyRs256(token, *pub);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    const auto decoded = Jwt::decode(token);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->payload.value(QStringLiteral("iss")).toString(), QStringLiteral("joe"));
    QCOMPARE(decoded->payload.value(QStringLiteral("exp")).toInteger(), 1300819380);
    QCOMPARE(decoded->signingInput(), kRfcSigningInput);
    QVERIFY(!Jwt::verifyRs256(token, m_public).ok()); // another key
}

void TestJwt::rfc7638Thumbprint() {
    // RFC 7638 section 3.1.
    const QJsonObject jwk{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("n"),
         QStringLiteral("0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_"
                        "BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_"
                        "FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-"
                        "bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw")},
        {QStringLiteral("e"), QStringLiteral("AQAB")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), QStringLiteral("2011-04-29")},
    };
    const auto key = KeyPair::fromJwk(jwk);
    QVERIFY(key.ok());
    QCOMPARE(key->jwkThumbprint(), QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    QCOMPARE(key->jwk().value(QStringLiteral("n")), jwk.value(QStringLiteral("n")));
}

void TestJwt::signedTokenShape() {
    const auto token = Jwt::signRs256(QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}}, m_key);
    QVERIFY(token.ok());
    const QList<QByteArray> parts = token->split('.');
    QCOMPARE(parts.size(), 3);
    // Exactly BMP's sample header: no kid, compact JSON.
    QCOMPARE(*Jwt::base64UrlDecode(parts[0]), QByteArray("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"));
    QCOMPARE(*Jwt::base64UrlDecode(parts[1]), QByteArray("{\"sub\":\"x\"}"));
    QCOMPARE(Jwt::base64UrlDecode(parts[2])->size(), 256);
    QVERIFY(!token->contains('=') && !token->contains('\n'));
}

void TestJwt::roundTrip() {
    const auto assertion =
        ClientAssertion::make(QStringLiteral("bmp.digital.api.parceiro"),
                              QStringLiteral("https://auth.moneyp.dev.br/connect/token"), 1767225600);
    const auto token = assertion.sign(m_key);
    QVERIFY(token.ok());
    QVERIFY(Jwt::verifyRs256(*token, m_public).ok());
    QVERIFY(Jwt::verifyRs256(*token, m_key).ok());
    const auto decoded = Jwt::decode(*token);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->payload, assertion.claims());
    QCOMPARE(decoded->header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    const auto other = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs1.pem")));
    QVERIFY(other.ok());
    const auto wrongKey = Jwt::verifyRs256(*token, *other);
    QVERIFY(!wrongKey.ok());
    QVERIFY(wrongKey.error().message.contains(QStringLiteral("does not match")));
    QVERIFY(!Jwt::signRs256({}, m_public).ok()); // public key cannot sign
}

void TestJwt::tamperingRefused_data() {
    QTest::addColumn<QByteArray>("token");
    const auto signedToken = Jwt::signRs256(
        QJsonObject{{QStringLiteral("sub"), QStringLiteral("partner")}, {QStringLiteral("exp"), 2000000000}}, m_key);
    QVERIFY(signedToken.ok());
    const QList<QByteArray> p = signedToken->split('.');
    const QByteArray otherPayload = b64(R"({"sub":"attacker","exp":2000000000})");
    QByteArray flipped = *Jwt::base64UrlDecode(p[2]);
    flipped[100] = char(flipped[100] ^ 0x40);
    QTest::newRow("payload swapped") << QByteArray(p[0] + '.' + otherPayload + '.' + p[2]);
    QTest::newRow("signature bit flipped") << QByteArray(p[0] + '.' + p[1] + '.' + b64(flipped));
    QTest::newRow("signature truncated") << QByteArray(p[0] + '.' + p[1] + '.' + p[2].left(300));
    QTest::newRow("signature removed") << QByteArray(p[0] + '.' + p[1] + '.');
    QTest::newRow("header re-encoded with a space")
        << QByteArray(b64(R"({"alg":"RS256", "typ":"JWT"})") + '.' + p[1] + '.' + p[2]);
    QTest::newRow("signature of another token")
        << QByteArray(p[0] + '.' + p[1] + '.' +
                      Jwt::signRs256(QJsonObject{{QStringLiteral("sub"), QStringLiteral("y")}}, m_key)->split('.')[2]);
}

void TestJwt::tamperingRefused() {
    QFETCH(QByteArray, token);
    const auto status = Jwt::verifyRs256(token, m_public);
    QVERIFY(!status.ok());
    QVERIFY(!status.error().message.isEmpty());
}

void TestJwt::algorithmConfusionRefused_data() {
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("refusal");
    const QByteArray payload = b64(R"({"sub":"attacker"})");
    const auto withHeader = [&](const QByteArray& header, const QByteArray& sig) {
        return b64(header) + '.' + payload + '.' + sig;
    };
    // The classic confusion: an HMAC keyed with the (public) PEM, hoping the verifier treats it as a secret.
    const QByteArray hsInput = b64(R"({"alg":"HS256","typ":"JWT"})") + '.' + payload;
    const QByteArray hsSig =
        b64(QMessageAuthenticationCode::hash(hsInput, m_public.publicKeyPem(), QCryptographicHash::Sha256));
    const QByteArray rsSig = b64(*m_key.signRs256(b64(R"({"alg":"RS256","crit":["exp"],"exp":1})") + '.' + payload));
    QTest::newRow("alg none, empty signature") << withHeader(R"({"alg":"none"})", "") << "\"none\"";
    QTest::newRow("alg None") << withHeader(R"({"alg":"None"})", "") << "\"None\"";
    QTest::newRow("HS256 keyed with the public PEM") << QByteArray(hsInput + '.' + hsSig) << "\"HS256\"";
    QTest::newRow("RS512") << withHeader(R"({"alg":"RS512"})", "AAAA") << "\"RS512\"";
    QTest::newRow("PS256") << withHeader(R"({"alg":"PS256"})", "AAAA") << "\"PS256\"";
    QTest::newRow("lowercase rs256") << withHeader(R"({"alg":"rs256"})", "AAAA") << "\"rs256\"";
    QTest::newRow("alg not a string") << withHeader(R"({"alg":256})", "AAAA") << "no \"alg\"";
    QTest::newRow("no alg") << withHeader(R"({"typ":"JWT"})", "AAAA") << "no \"alg\"";
    QTest::newRow("crit extension, validly signed")
        << QByteArray(b64(R"({"alg":"RS256","crit":["exp"],"exp":1})") + '.' + payload + '.' + rsSig) << "crit";
}

void TestJwt::algorithmConfusionRefused() {
    QFETCH(QByteArray, token);
    QFETCH(QString, refusal);
    const auto status = Jwt::verifyRs256(token, m_public);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(refusal), qPrintable(status.error().message));
}

void TestJwt::malformedTokens_data() {
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("refusal");
    const QByteArray h = b64(R"({"alg":"RS256","typ":"JWT"})");
    const QByteArray p = b64(R"({"sub":"x"})");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("one part") << QByteArray("abc") << "three parts";
    QTest::newRow("two parts") << QByteArray(h + '.' + p) << "three parts";
    QTest::newRow("four parts") << QByteArray(h + '.' + p + ".AAAA.AAAA") << "three parts";
    QTest::newRow("only dots") << QByteArray("..") << "header";
    QTest::newRow("header not base64url") << QByteArray("e$J." + p + ".AAAA") << "header is not valid base64url";
    QTest::newRow("header padded") << QByteArray(h + "=." + p + ".AAAA") << "header is not valid base64url";
    QTest::newRow("header not JSON") << QByteArray(b64("alg=RS256") + '.' + p + ".AAAA") << "header is not a JSON";
    QTest::newRow("header a JSON array") << QByteArray(b64("[1,2]") + '.' + p + ".AAAA") << "header is not a JSON";
    QTest::newRow("header truncated JSON")
        << QByteArray(b64(R"({"alg":"RS2)") + '.' + p + ".AAAA") << "header is not a JSON";
    QTest::newRow("payload not base64url") << QByteArray(h + ".e+J.AAAA") << "payload is not valid base64url";
    QTest::newRow("payload a string") << QByteArray(h + '.' + b64("\"hi\"") + ".AAAA") << "payload is not a JSON";
    QTest::newRow("payload empty") << QByteArray(h + "..AAAA") << "payload is not a JSON";
    QTest::newRow("signature with padding") << QByteArray(h + '.' + p + ".AA==") << "signature is not valid";
    QTest::newRow("whitespace around") << QByteArray(' ' + h + '.' + p + ".AAAA") << "header is not valid base64url";
    QTest::newRow("huge") << QByteArray(h + '.' + QByteArray(200000, 'A') + ".AAAA") << "too long";
    QTest::newRow("binary") << QByteArray("\x00\x01.\xff\xfe.\x80", 8) << "header is not valid base64url";
}

void TestJwt::malformedTokens() {
    QFETCH(QByteArray, token);
    QFETCH(QString, refusal);
    const auto decoded = Jwt::decode(token);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.contains(refusal), qPrintable(decoded.error().message));
    QVERIFY(!Jwt::verifyRs256(token, m_public).ok());
}

void TestJwt::mutatedTokensNeverVerify() {
    // A cheap, deterministic stand-in for the fuzzer: every single-byte change, and random multi-byte damage, to
    // a valid token must be refused cleanly (no crash, no acceptance).
    const QByteArray token = *Jwt::signRs256(QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}}, m_key);
    QVERIFY(Jwt::verifyRs256(token, m_public).ok());
    for (qsizetype i = 0; i < token.size(); ++i) {
        QByteArray t = token;
        t[i] = t[i] == 'A' ? 'B' : 'A';
        if (t == token)
            continue;
        QVERIFY2(!Jwt::verifyRs256(t, m_public).ok(), qPrintable(QString::number(i)));
    }
    QRandomGenerator rng(7515);
    for (int round = 0; round < 2000; ++round) {
        QByteArray t = token;
        const int edits = 1 + int(rng.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const auto pos = qsizetype(rng.bounded(quint32(t.size())));
            switch (rng.bounded(3)) {
            case 0:
                t[pos] = char(rng.bounded(256));
                break;
            case 1:
                t.remove(pos, 1 + qsizetype(rng.bounded(5)));
                break;
            default:
                t.insert(pos, char(rng.bounded(256)));
            }
            if (t.isEmpty())
                break;
        }
        if (t == token)
            continue;
        (void)Jwt::decode(t);
        QVERIFY(!Jwt::verifyRs256(t, m_public).ok());
    }
}

void TestJwt::clientAssertionClaims() {
    const QString clientId = QStringLiteral("bmp.digital.api.acme_ltda");
    const QString aud = QStringLiteral("https://auth.moneyp.dev.br/connect/token");
    const qint64 now = 1767225600;
    const auto a = ClientAssertion::make(clientId, aud, now, 120);
    const QJsonObject c = a.claims();
    QCOMPARE(c.value(QStringLiteral("iss")).toString(), clientId);
    QCOMPARE(c.value(QStringLiteral("sub")).toString(), clientId);
    QCOMPARE(c.value(QStringLiteral("aud")).toString(), aud);
    QCOMPARE(c.value(QStringLiteral("iat")).toInteger(), now);
    QCOMPARE(c.value(QStringLiteral("nbf")).toInteger(), now);
    QCOMPARE(c.value(QStringLiteral("exp")).toInteger(), now + 120);
    QCOMPARE(c.keys().size(), 7);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(a.jti).hasMatch(), qPrintable(a.jti));
    QCOMPARE(c.value(QStringLiteral("jti")).toString(), a.jti);
    // Unique per assertion, even at the same second.
    QVERIFY(ClientAssertion::make(clientId, aud, now).jti != a.jti);
    QCOMPARE(ClientAssertion::make(clientId, aud, now).lifetimeSeconds, 300);
    // Numbers stay integers in the JSON (no 1.7672256E9).
    const QByteArray signedToken = *a.sign(m_key);
    QVERIFY(Jwt::base64UrlDecode(signedToken.split('.')[1])->contains("\"iat\":1767225600"));
}

void TestJwt::timeState_data() {
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("leeway");
    QTest::addColumn<int>("state");
    const QJsonObject claims = ClientAssertion::make(QStringLiteral("c"), QStringLiteral("a"), 1000, 300).claims();
    QTest::newRow("at issue") << claims << qint64(1000) << 0 << int(Jwt::TimeState::Valid);
    QTest::newRow("one second before expiry") << claims << qint64(1299) << 0 << int(Jwt::TimeState::Valid);
    QTest::newRow("at exp") << claims << qint64(1300) << 0 << int(Jwt::TimeState::Expired);
    QTest::newRow("after exp within leeway") << claims << qint64(1330) << 60 << int(Jwt::TimeState::Valid);
    QTest::newRow("before nbf") << claims << qint64(999) << 0 << int(Jwt::TimeState::NotYetValid);
    QTest::newRow("before nbf within leeway") << claims << qint64(990) << 30 << int(Jwt::TimeState::Valid);
    QTest::newRow("no exp") << QJsonObject{{QStringLiteral("sub"), 1}} << qint64(5) << 0
                            << int(Jwt::TimeState::NoExpiry);
    // Time claims that are not RFC 7519 NumericDates in 1970..9999 make the token invalid, whatever the rest says:
    // before, nbf = 1e300 converted to qint64 with undefined behaviour and the token passed as valid.
    const auto invalid = int(Jwt::TimeState::Invalid);
    const auto with = [&](const char* name, const QJsonValue& v) {
        QJsonObject c = claims;
        c.insert(QLatin1String(name), v);
        return c;
    };
    QTest::newRow("exp as string") << QJsonObject{{QStringLiteral("exp"), QStringLiteral("1300")}} << qint64(5) << 0
                                   << invalid;
    QTest::newRow("nbf 1e300") << with("nbf", 1e300) << qint64(1000) << 0 << invalid;
    QTest::newRow("nbf -1e300") << with("nbf", -1e300) << qint64(1000) << 0 << invalid;
    QTest::newRow("iat -1e300") << with("iat", -1e300) << qint64(1000) << 0 << invalid;
    QTest::newRow("exp 9.3e15") << with("exp", 9.3e15) << qint64(1000) << 0 << invalid;
    QTest::newRow("exp fraction") << with("exp", 1299.5) << qint64(1000) << 0 << invalid;
    QTest::newRow("exp negative") << with("exp", -1) << qint64(1000) << 0 << invalid;
    QTest::newRow("exp year 10000") << with("exp", 253402300800.0) << qint64(1000) << 0 << invalid;
    QTest::newRow("exp last second of 9999")
        << with("exp", 253402300799.0) << qint64(1000) << 0 << int(Jwt::TimeState::Valid);
    QTest::newRow("exp true") << with("exp", true) << qint64(1000) << 0 << invalid;
    QTest::newRow("now beyond int64 arithmetic")
        << claims << std::numeric_limits<qint64>::max() << 60 << int(Jwt::TimeState::Expired);
    QTest::newRow("now very negative") << claims << std::numeric_limits<qint64>::min() << 60
                                       << int(Jwt::TimeState::NotYetValid);
    QTest::newRow("huge leeway") << claims << qint64(1000) << std::numeric_limits<int>::max()
                                 << int(Jwt::TimeState::Valid);
}

void TestJwt::timeState() {
    QFETCH(QJsonObject, payload);
    QFETCH(qint64, now);
    QFETCH(int, leeway);
    QFETCH(int, state);
    QCOMPARE(int(Jwt::timeState(payload, now, leeway)), state);
}

void TestJwt::verifiedByPythonJwt() {
    const QString aud = QStringLiteral("https://auth.moneyp.dev.br/connect/token");
    const auto assertion =
        ClientAssertion::make(QStringLiteral("bmp.digital.api.acme"), aud, QDateTime::currentSecsSinceEpoch(), 300);
    const auto token = assertion.sign(m_key);
    QVERIFY(token.ok());
    const QString script = QStringLiteral(
        "import sys, json, jwt\n"
        "token = sys.stdin.read().strip()\n"
        "pub = open(sys.argv[1]).read()\n"
        "print(json.dumps({'header': jwt.get_unverified_header(token),\n"
        "                  'claims': jwt.decode(token, pub, algorithms=['RS256'], audience=sys.argv[2])}))\n");
    const auto r = run(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral("-c"), script, keyFixture(QStringLiteral("rsa2048-public.pem")), aud}, *token);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("claims")).toObject(), assertion.claims());
    QCOMPARE(out.value(QStringLiteral("header")).toObject(),
             (QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                          {QStringLiteral("typ"), QStringLiteral("JWT")}}));
    // python refuses it with another RSA key: the check above is not vacuous.
    const auto other = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs1.pem")));
    const QString otherPub = m_dir.filePath(QStringLiteral("other-public.pem"));
    QVERIFY(other.ok() && writeFile(otherPub, other->publicKeyPem()));
    const auto bad = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, otherPub, aud}, *token);
    QVERIFY(bad.err.contains("Signature verification failed"));
    QVERIFY(bad.exitCode != 0);
}

void TestJwt::pythonJwtVerifiedByUs() {
    const QString script =
        QStringLiteral("import sys, jwt\n"
                       "key = open(sys.argv[1]).read()\n"
                       "sys.stdout.write(jwt.encode({'iss': 'py', 'exp': 2000000000}, key, algorithm='RS256'))\n");
    const auto r = run(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral("-c"), script, keyFixture(QStringLiteral("rsa2048-pkcs1.pem"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto signer = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs1.pem")));
    QVERIFY(signer.ok());
    const auto pub = KeyPair::fromPublicPem(signer->publicKeyPem());
    QVERIFY(pub.ok());
    QVERIFY(Jwt::verifyRs256(r.out.trimmed(), *pub).ok());
    QVERIFY(!Jwt::verifyRs256(r.out.trimmed(), m_public).ok());
}

QTEST_GUILESS_MAIN(TestJwt)
#include "TestJwt.moc"
