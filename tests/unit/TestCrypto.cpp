// KeyPair import/export: every way a user's key file can be wrong, and interop with the openssl command.
#include "CryptoTestUtil.h"
#include "crypto/KeyPair.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp::crypto;
using namespace testutil;

class TestCrypto : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importPrivate_data();
    void importPrivate();
    void importPrivateInMemory_data();
    void importPrivateInMemory();
    void mutatedPemNeverCrashes();
    void importPublic_data();
    void importPublic();
    void allFormsAreTheSameKey();
    void fingerprintMatchesOpenssl();
    void thumbprintAndJwk();
    void fromJwkRefusals_data();
    void fromJwkRefusals();
    void encryptedExportParameters();
    void encryptedExportReadByOpenssl_data();
    void encryptedExportReadByOpenssl();
    void encryptedExportRefusals();
    void publicExportReadByOpenssl();
    void signatureVerifiedByOpenssl();
    void opensslSignatureVerifiedByUs();
    void signVerifyRefusals();

private:
    KeyPair m_key;       // rsa2048-pkcs8.pem, made by openssl genpkey
    QTemporaryDir m_dir; // scratch files for the openssl command
};

void TestCrypto::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto key = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem")));
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
    m_key = *key;
    QVERIFY(openssl({QStringLiteral("version")}).finished);
}

void TestCrypto::importPrivate_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("refusal"); // empty: must import

    const QByteArray pass = fixturePassphrase();
    QTest::newRow("pkcs8 from genpkey") << "rsa2048-pkcs8.pem" << QByteArray() << "";
    QTest::newRow("pkcs1 from genrsa -traditional") << "rsa2048-pkcs1.pem" << QByteArray() << "";
    QTest::newRow("encrypted pkcs8") << "rsa2048-pkcs8-encrypted.pem" << pass << "";
    QTest::newRow("encrypted legacy pkcs1") << "rsa2048-pkcs1-encrypted.pem" << pass << "";
    QTest::newRow("plain key, passphrase ignored") << "rsa2048-pkcs8.pem" << pass << "";
    QTest::newRow("encrypted, no passphrase")
        << "rsa2048-pkcs8-encrypted.pem" << QByteArray() << "enter its passphrase";
    QTest::newRow("legacy encrypted, no passphrase")
        << "rsa2048-pkcs1-encrypted.pem" << QByteArray() << "enter its passphrase";
    QTest::newRow("encrypted, wrong passphrase")
        << "rsa2048-pkcs8-encrypted.pem" << QByteArray("correct horse battery stapler") << "passphrase is wrong";
    QTest::newRow("legacy encrypted, wrong passphrase")
        << "rsa2048-pkcs1-encrypted.pem" << QByteArray("Tr0ub4dor&3") << "passphrase is wrong";
    QTest::newRow("encrypted, passphrase with trailing newline")
        << "rsa2048-pkcs8-encrypted.pem" << QByteArray(pass + '\n') << "passphrase is wrong";
    QTest::newRow("RSA 1024") << "rsa1024.pem" << QByteArray() << "only 1024 bits";
    QTest::newRow("EC P-256 pkcs8") << "ec-p256.pem" << QByteArray() << "type is EC";
    QTest::newRow("EC with parameters block") << "ec-p256-traditional.pem" << QByteArray() << "type is EC";
    QTest::newRow("Ed25519") << "ed25519.pem" << QByteArray() << "type is ED25519";
    QTest::newRow("public key only (SPKI)") << "rsa2048-public.pem" << QByteArray() << "only a public key";
    QTest::newRow("public key only (PKCS#1)") << "rsa2048-public-pkcs1.pem" << QByteArray() << "only a public key";
    QTest::newRow("certificate") << "certificate.pem" << QByteArray() << "certificate, not a key";
    QTest::newRow("truncated PEM") << "truncated.pem" << QByteArray() << "truncated";
    QTest::newRow("lines missing in the middle") << "missing-lines.pem" << QByteArray() << "damaged or incomplete";
    QTest::newRow("body not base64") << "bad-base64.pem" << QByteArray() << "not valid base64";
    QTest::newRow("garbage text") << "garbage.pem" << QByteArray() << "not a PEM key";
    QTest::newRow("empty file") << "empty.pem" << QByteArray() << "empty";
    QTest::newRow("binary DER") << "rsa2048-pkcs8.der" << QByteArray() << "binary DER";
}

void TestCrypto::importPrivate() {
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, refusal);
    const auto key = KeyPair::fromPrivatePem(readKeyFixture(file), passphrase);
    if (refusal.isEmpty()) {
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QVERIFY(key->hasPrivateKey());
        QCOMPARE(key->bits(), 2048);
        // Usable for what BMP needs: an RS256 signature that verifies.
        const auto sig = key->signRs256("probe");
        QVERIFY(sig.ok());
        QVERIFY(key->verifyRs256("probe", *sig));
        return;
    }
    QVERIFY(!key.ok());
    QVERIFY2(key.error().message.contains(refusal, Qt::CaseInsensitive), qPrintable(key.error().toString()));
    if (!passphrase.isEmpty())
        QVERIFY(!key.error().toString().toUtf8().contains(passphrase.trimmed()));
}

void TestCrypto::importPrivateInMemory_data() {
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("refusal");
    const QByteArray good = readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem"));
    QTest::newRow("empty body") << QByteArray("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n")
                                << "not valid base64";
    QTest::newRow("BEGIN line cut") << QByteArray("-----BEGIN PRIVA") << "truncated";
    QTest::newRow("END label differs") << QByteArray(good).replace("END PRIVATE KEY", "END RSA PRIVATE KEY")
                                       << "truncated";
    QTest::newRow("only whitespace") << QByteArray(" \n\t\r\n") << "empty";
    QTest::newRow("binary noise") << QByteArray("\x00\xff\x13\x37", 4) << "not a PEM key";
    QTest::newRow("OpenSSH format") << QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
                                                  "-----END OPENSSH PRIVATE KEY-----\n")
                                    << "OpenSSH";
    QTest::newRow("one byte flipped in the body")
        << QByteArray(good).replace(good.indexOf('\n') + 40, 1, good.at(good.indexOf('\n') + 40) == 'A' ? "B" : "A")
        << "could not be read";
    QTest::newRow("huge") << QByteArray(2 * 1024 * 1024, 'A') << "too large";
}

void TestCrypto::importPrivateInMemory() {
    QFETCH(QByteArray, pem);
    QFETCH(QString, refusal);
    const auto key = KeyPair::fromPrivatePem(pem);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().message.contains(refusal, Qt::CaseInsensitive), qPrintable(key.error().toString()));
}

void TestCrypto::mutatedPemNeverCrashes() {
    // Deterministic stand-in for the fuzzer: damaged key files get an error, never a crash; a private key that
    // still imports must at least sign correctly (the damage hit whitespace or a CRT value OpenSSL can do without).
    const QByteArray pems[] = {readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem")),
                               readKeyFixture(QStringLiteral("rsa2048-pkcs1.pem")),
                               readKeyFixture(QStringLiteral("rsa2048-public.pem"))};
    QRandomGenerator rng(7517);
    int refused = 0;
    for (int round = 0; round < 600; ++round) {
        QByteArray pem = pems[round % 3];
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const auto pos = qsizetype(rng.bounded(quint32(pem.size())));
            if (rng.bounded(2))
                pem[pos] = char(rng.bounded(256));
            else
                pem.truncate(pos);
            if (pem.isEmpty())
                break;
        }
        const auto priv = KeyPair::fromPrivatePem(pem);
        const auto pub = KeyPair::fromPublicPem(pem);
        refused += (!priv.ok() && !pub.ok()) ? 1 : 0;
        if (priv.ok()) {
            const auto sig = priv->signRs256("probe");
            QVERIFY(sig.ok() && priv->verifyRs256("probe", *sig));
        }
        if (pub.ok())
            QVERIFY(pub->bits() >= 2048);
    }
    QVERIFY(refused > 500);
}

void TestCrypto::importPublic_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("SPKI") << "rsa2048-public.pem"
                          << "";
    QTest::newRow("PKCS#1 RSA PUBLIC KEY") << "rsa2048-public-pkcs1.pem"
                                           << "";
    QTest::newRow("private key given") << "rsa2048-pkcs8.pem"
                                       << "holds a private key";
    QTest::newRow("EC public key") << "ec-p256-public.pem"
                                   << "type is EC";
    QTest::newRow("certificate") << "certificate.pem"
                                 << "certificate";
    QTest::newRow("truncated") << "truncated.pem"
                               << "truncated";
    QTest::newRow("garbage") << "garbage.pem"
                             << "not a PEM key";
    QTest::newRow("empty") << "empty.pem"
                           << "empty";
}

void TestCrypto::importPublic() {
    QFETCH(QString, file);
    QFETCH(QString, refusal);
    const auto key = KeyPair::fromPublicPem(readKeyFixture(file));
    if (refusal.isEmpty()) {
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QVERIFY(!key->hasPrivateKey());
        QVERIFY(key->samePublicKey(m_key));
        QVERIFY(!key->signRs256("x").ok()); // a public key cannot sign
        return;
    }
    QVERIFY(!key.ok());
    QVERIFY2(key.error().message.contains(refusal, Qt::CaseInsensitive), qPrintable(key.error().toString()));
}

void TestCrypto::allFormsAreTheSameKey() {
    const QByteArray pass = fixturePassphrase();
    const auto encrypted = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs8-encrypted.pem")), pass);
    const auto pkcs1 = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs1.pem")));
    QVERIFY(encrypted.ok() && pkcs1.ok());
    QVERIFY(encrypted->samePublicKey(m_key));
    QCOMPARE(encrypted->sha256Fingerprint(), m_key.sha256Fingerprint());
    QVERIFY(!pkcs1->samePublicKey(m_key)); // a different key (separate genrsa run)
    QVERIFY(pkcs1->sha256Fingerprint() != m_key.sha256Fingerprint());
    QVERIFY(!KeyPair().samePublicKey(m_key));
    QVERIFY(KeyPair().isNull());
}

void TestCrypto::fingerprintMatchesOpenssl() {
    const auto der =
        openssl({QStringLiteral("pkey"), QStringLiteral("-in"), keyFixture(QStringLiteral("rsa2048-pkcs8.pem")),
                 QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER")});
    QCOMPARE(der.exitCode, 0);
    QCOMPARE(m_key.publicKeyDer(), der.out);
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(der.out, QCryptographicHash::Sha256).toHex(':').toUpper());
    QCOMPARE(m_key.sha256Fingerprint(), expected);
    QCOMPARE(m_key.sha256Fingerprint().size(), 32 * 3 - 1);
    QCOMPARE(m_key.publicKeyPem(), readKeyFixture(QStringLiteral("rsa2048-public.pem")));
}

void TestCrypto::thumbprintAndJwk() {
    const QJsonObject jwk = m_key.jwk();
    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(jwk.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
    QCOMPARE(jwk.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(jwk.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), m_key.jwkThumbprint());
    QCOMPARE(jwk.value(QStringLiteral("n")).toString().size(), 342); // 256 bytes, base64url, no padding
    QVERIFY(!jwk.contains(QStringLiteral("d")));                     // never the private exponent
    const auto back = KeyPair::fromJwk(jwk);
    QVERIFY(back.ok());
    QVERIFY(back->samePublicKey(m_key));
    QVERIFY(!back->hasPrivateKey());
    QCOMPARE(m_key.jwkThumbprint().size(), 43);
}

void TestCrypto::fromJwkRefusals_data() {
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QString>("refusal");
    const QJsonObject good = m_key.jwk();
    QJsonObject ec = good;
    ec[QStringLiteral("kty")] = QStringLiteral("EC");
    QJsonObject noN = good;
    noN.remove(QStringLiteral("n"));
    QJsonObject paddedN = good;
    paddedN[QStringLiteral("n")] = good.value(QStringLiteral("n")).toString() + QStringLiteral("==");
    QJsonObject smallN = good;
    smallN[QStringLiteral("n")] = good.value(QStringLiteral("n")).toString().left(171); // 1024 bits
    QTest::newRow("EC") << ec << "not an RSA key";
    QTest::newRow("missing n") << noN << "lacks";
    QTest::newRow("padded n") << paddedN << "not valid base64url";
    QTest::newRow("1024-bit n") << smallN << "only";
    QTest::newRow("empty object") << QJsonObject() << "not an RSA key";
    // A private JWK whose d does not belong to n: parses, but must not be accepted as a signing key.
    const auto other = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs1.pem")));
    QJsonObject mismatched = good;
    mismatched[QStringLiteral("d")] = other->jwk().value(QStringLiteral("n")); // any 2048-bit number that is not d
    QTest::newRow("d not matching n") << mismatched << "damaged";
}

void TestCrypto::fromJwkRefusals() {
    QFETCH(QJsonObject, jwk);
    QFETCH(QString, refusal);
    const auto key = KeyPair::fromJwk(jwk);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().message.contains(refusal), qPrintable(key.error().toString()));
}

void TestCrypto::encryptedExportParameters() {
    const auto pem = m_key.encryptedPrivateKeyPem("s3cret");
    QVERIFY(pem.ok());
    QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
    const QString parsed = QString::fromLatin1(openssl({QStringLiteral("asn1parse")}, *pem).out);
    QVERIFY2(parsed.contains(QStringLiteral(":PBES2")), qPrintable(parsed));
    QVERIFY(parsed.contains(QStringLiteral(":PBKDF2")));
    QVERIFY(parsed.contains(QStringLiteral(":hmacWithSHA256")));
    QVERIFY(parsed.contains(QStringLiteral(":aes-256-cbc")));
    QVERIFY2(parsed.contains(QStringLiteral("INTEGER           :0927C0")), "PBKDF2 iterations must be 600000");
    // Two exports of the same key differ: fresh salt and IV each time.
    const auto again = m_key.encryptedPrivateKeyPem("s3cret");
    QVERIFY(again.ok() && *again != *pem);
}

void TestCrypto::encryptedExportReadByOpenssl_data() {
    QTest::addColumn<QByteArray>("passphrase");
    QTest::newRow("ascii") << QByteArray("correct horse battery staple");
    QTest::newRow("utf-8 and symbols") << QString::fromUtf8("não-é-fácil €$ \"'`").toUtf8();
}

void TestCrypto::encryptedExportReadByOpenssl() {
    QFETCH(QByteArray, passphrase);
    const auto pem = m_key.encryptedPrivateKeyPem(passphrase);
    QVERIFY(pem.ok());
    const QString keyFile = m_dir.filePath(QStringLiteral("exported.pem"));
    const QString passFile = m_dir.filePath(QStringLiteral("exported.pass"));
    const QString wrongFile = m_dir.filePath(QStringLiteral("wrong.pass"));
    QVERIFY(writeFile(keyFile, *pem) && writeFile(passFile, passphrase + '\n') && writeFile(wrongFile, "nope\n"));
    const auto ok = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-passin"),
                             QStringLiteral("file:") + passFile, QStringLiteral("-noout")});
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    const auto wrong = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-passin"),
                                QStringLiteral("file:") + wrongFile, QStringLiteral("-noout")});
    QVERIFY(wrong.exitCode != 0);
    // And we read our own file back to the same key.
    const auto back = KeyPair::fromPrivatePem(*pem, passphrase);
    QVERIFY(back.ok() && back->samePublicKey(m_key) && back->hasPrivateKey());
    QVERIFY(!KeyPair::fromPrivatePem(*pem, "nope").ok());
}

void TestCrypto::encryptedExportRefusals() {
    QVERIFY(!m_key.encryptedPrivateKeyPem({}).ok());
    const auto pub = KeyPair::fromPublicPem(m_key.publicKeyPem());
    QVERIFY(pub.ok());
    const auto none = pub->encryptedPrivateKeyPem("pass");
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(QStringLiteral("no private key")));
}

void TestCrypto::publicExportReadByOpenssl() {
    const QString file = m_dir.filePath(QStringLiteral("public.pem"));
    QVERIFY(writeFile(file, m_key.publicKeyPem()));
    const auto r = openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"), file,
                            QStringLiteral("-text"), QStringLiteral("-noout")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Public-Key: (2048 bit)"));
}

void TestCrypto::signatureVerifiedByOpenssl() {
    const QByteArray data = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.payload";
    const auto sig = m_key.signRs256(data);
    QVERIFY(sig.ok());
    QCOMPARE(sig->size(), 256);
    const QString dataFile = m_dir.filePath(QStringLiteral("data"));
    const QString sigFile = m_dir.filePath(QStringLiteral("sig"));
    const QString pubFile = m_dir.filePath(QStringLiteral("pub.pem"));
    QVERIFY(writeFile(dataFile, data) && writeFile(sigFile, *sig) && writeFile(pubFile, m_key.publicKeyPem()));
    const QStringList args{QStringLiteral("dgst"),
                           QStringLiteral("-sha256"),
                           QStringLiteral("-verify"),
                           pubFile,
                           QStringLiteral("-signature"),
                           sigFile,
                           dataFile};
    const auto ok = openssl(args);
    QVERIFY2(ok.exitCode == 0 && ok.out.contains("Verified OK"), ok.out + ok.err);
    QVERIFY(writeFile(dataFile, data + "x"));
    QVERIFY(openssl(args).exitCode != 0);
}

void TestCrypto::opensslSignatureVerifiedByUs() {
    const QByteArray data = "signed by the openssl command";
    const QString dataFile = m_dir.filePath(QStringLiteral("odata"));
    QVERIFY(writeFile(dataFile, data));
    const auto sig = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sign"),
                              keyFixture(QStringLiteral("rsa2048-pkcs8.pem")), dataFile});
    QCOMPARE(sig.exitCode, 0);
    QVERIFY(m_key.verifyRs256(data, sig.out));
    const auto pub = KeyPair::fromPublicPem(readKeyFixture(QStringLiteral("rsa2048-public.pem")));
    QVERIFY(pub.ok() && pub->verifyRs256(data, sig.out));
    // PKCS#1 v1.5 is deterministic: our signature is byte-identical to openssl's.
    QCOMPARE(*m_key.signRs256(data), sig.out);
}

void TestCrypto::signVerifyRefusals() {
    const auto sig = m_key.signRs256("data");
    QVERIFY(sig.ok());
    QByteArray flipped = *sig;
    flipped[10] = char(flipped[10] ^ 0x01);
    QVERIFY(!m_key.verifyRs256("data", flipped));
    QVERIFY(!m_key.verifyRs256("data", sig->left(255)));
    QVERIFY(!m_key.verifyRs256("data", QByteArray()));
    QVERIFY(!m_key.verifyRs256("Data", *sig));
    QVERIFY(!KeyPair().verifyRs256("data", *sig));
    QVERIFY(!KeyPair().signRs256("data").ok());
    const auto other = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs1.pem")));
    QVERIFY(other.ok() && !other->verifyRs256("data", *sig));
    QVERIFY(m_key.verifyRs256("", *m_key.signRs256("")));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
