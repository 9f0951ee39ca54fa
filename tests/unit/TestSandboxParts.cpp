// The sandbox's building blocks on their own: rate limiter, bank-detail rules, redaction, client_id slugs,
// calendar arithmetic of the simulation, idempotency expiry and the generated TLS identity.

// Test tables read better with plain literals; production code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII

#include "sandbox/DisbursementCheck.h"
#include "sandbox/IdempotencyStore.h"
#include "sandbox/KeyRegistry.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/Redaction.h"
#include "sandbox/SandboxCalculator.h"
#include "sandbox/TlsIdentity.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp::sandbox;

class TestSandboxParts : public QObject {
    Q_OBJECT
private slots:
    void rateLimiter_data();
    void rateLimiter();
    void rateLimiterPerKeyAndOff();
    void bancoDoBrasilDigits_data();
    void bancoDoBrasilDigits();
    void bankListLoaded();
    void redactHeaders();
    void redactBodies_data();
    void redactBodies();
    void slugs_data();
    void slugs();
    void dueDates_data();
    void dueDates();
    void roundingHalfUp();
    void idempotencyExpires();
    void tlsIdentity();
};

void TestSandboxParts::rateLimiter_data() {
    QTest::addColumn<double>("rps");
    QTest::addColumn<qint64>("tolerance");
    QTest::addColumn<QList<qint64>>("arrivals"); // ms
    QTest::addColumn<QList<bool>>("allowed");
    QTest::newRow("exact 1/s") << 1.0 << qint64(0) << QList<qint64>{0, 1000, 2000, 3000}
                               << QList<bool>{true, true, true, true};
    QTest::newRow("burst at 1/s") << 1.0 << qint64(50) << QList<qint64>{0, 1, 2, 999, 1000}
                                  << QList<bool>{true, false, false, true, false};
    QTest::newRow("jitter within tolerance")
        << 1.0 << qint64(50) << QList<qint64>{0, 960, 1990, 2990} << QList<bool>{true, true, true, true};
    QTest::newRow("sustained 5% too fast")
        << 1.0 << qint64(50) << QList<qint64>{0, 950, 1900, 2850} << QList<bool>{true, true, false, true};
    QTest::newRow("refusals cost nothing")
        << 1.0 << qint64(0) << QList<qint64>{0, 500, 999, 1000} << QList<bool>{true, false, false, true};
    QTest::newRow("10 per second") << 10.0 << qint64(0) << QList<qint64>{0, 100, 150, 200}
                                   << QList<bool>{true, true, false, true};
    QTest::newRow("idle does not bank credit")
        << 1.0 << qint64(0) << QList<qint64>{0, 10000, 10001} << QList<bool>{true, true, false};
}

void TestSandboxParts::rateLimiter() {
    QFETCH(double, rps);
    QFETCH(qint64, tolerance);
    QFETCH(QList<qint64>, arrivals);
    QFETCH(QList<bool>, allowed);
    RateLimiter limiter;
    limiter.setRate(rps, tolerance);
    for (int i = 0; i < arrivals.size(); ++i) {
        const auto d = limiter.check(QStringLiteral("c"), 1'000'000 + arrivals[i]);
        QVERIFY2(d.allowed == allowed[i], qPrintable(QStringLiteral("arrival %1 at %2 ms").arg(i).arg(arrivals[i])));
        if (!d.allowed)
            QVERIFY(d.retryAfterMs > 0 && d.retryAfterMs <= qint64(1000 / rps));
    }
}

void TestSandboxParts::rateLimiterPerKeyAndOff() {
    RateLimiter limiter;
    limiter.setRate(1, 0);
    QVERIFY(limiter.check(QStringLiteral("a"), 0).allowed);
    QVERIFY(limiter.check(QStringLiteral("b"), 0).allowed);
    QVERIFY(!limiter.check(QStringLiteral("a"), 10).allowed);
    QCOMPARE(limiter.check(QStringLiteral("a"), 10).retryAfterMs, qint64(990));
    limiter.setRate(0, 0);
    QVERIFY(!limiter.enabled());
    for (int i = 0; i < 100; ++i)
        QVERIFY(limiter.check(QStringLiteral("a"), 10).allowed);
}

void TestSandboxParts::bancoDoBrasilDigits_data() {
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QChar>("agencyDigit");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QChar>("accountDigit");
    // 0001-9 is Banco do Brasil's own head-office agency; 6 and 0 exercise the 10 -> X and 11 -> 0 rules.
    QTest::newRow("head office") << "0001" << QChar(u'9') << "00210169" << QChar(u'6');
    QTest::newRow("short forms") << "1584" << QChar(u'9') << "210169" << QChar(u'6');
    QTest::newRow("digit X") << "0006" << QChar(u'X') << "6" << QChar(u'X');
    QTest::newRow("digit 0") << "0014" << QChar(u'0') << "14" << QChar(u'0');
    QTest::newRow("all nines") << "9999" << QChar(u'6') << "99999999" << QChar(u'0');
}

void TestSandboxParts::bancoDoBrasilDigits() {
    QFETCH(QString, agency);
    QFETCH(QChar, agencyDigit);
    QFETCH(QString, account);
    QFETCH(QChar, accountDigit);
    QCOMPARE(DisbursementCheck::bancoDoBrasilAgencyDigit(agency), agencyDigit);
    QCOMPARE(DisbursementCheck::bancoDoBrasilAccountDigit(account), accountDigit);
    // And the whole check agrees, with the digit in either case.
    const DisbursementCheck check;
    const QJsonObject details{{"codigoBanco", 1},
                              {"agencia", agency},
                              {"agenciaDig", QString(agencyDigit).toLower()},
                              {"conta", account},
                              {"contaDig", QString(accountDigit)},
                              {"documentoFederalPagamento", "529.982.247-25"},
                              {"nomePagamento", "Maria"}};
    QCOMPARE(check.problem(details, "52998224725"), QString());
}

void TestSandboxParts::bankListLoaded() {
    const DisbursementCheck check;
    QVERIFY2(check.knownBankCount() > 400, "the embedded bank list is missing");
    for (int compe : {1, 33, 104, 237, 260, 341})
        QVERIFY(check.isKnownBank(compe));
    QVERIFY(!check.isKnownBank(999));
    QVERIFY(!check.isKnownBank(0));
}

void TestSandboxParts::redactHeaders() {
    const HeaderList in{{"Authorization", "Bearer abc.def.ghi"},
                        {"X-API-Key", "k123"},
                        {"Content-Type", "application/json"},
                        {"authorization", "Basic dXNlcg=="},
                        {"X-Trace", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"}};
    const HeaderList out = Redaction::headers(in);
    QCOMPARE(out.at(0).second, QByteArray("Bearer [redacted]"));
    QCOMPARE(out.at(1).second, QByteArray("[redacted]"));
    QCOMPARE(out.at(2).second, QByteArray("application/json"));
    QCOMPARE(out.at(3).second, QByteArray("Basic [redacted]"));
    QCOMPARE(out.at(4).second, QByteArray("[redacted]")); // a JWT wherever it turns up
    const HeaderList odd = Redaction::headers({{"bmpsbx_SecretAsName", "x"}, {"X-Note", "Bearer bmpsbx_abc"}});
    QVERIFY(!odd.at(0).first.contains("SecretAsName"));
    QCOMPARE(odd.at(1).second, QByteArray("Bearer [redacted]"));
}

void TestSandboxParts::redactBodies_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("mustKeep");
    QTest::addColumn<QByteArray>("mustLose");
    QTest::newRow("token form") << QByteArray("application/x-www-form-urlencoded")
                                << QByteArray("grant_type=client_credentials&client_assertion=eyJa.eyJb.c2ln&scope=s")
                                << QByteArray("grant_type=client_credentials") << QByteArray("eyJa");
    QTest::newRow("token answer") << QByteArray("application/json")
                                  << QByteArray("{\"access_token\":\"opaque-secret\",\"token_type\":\"Bearer\"}")
                                  << QByteArray("Bearer") << QByteArray("opaque-secret");
    QTest::newRow("nested secret") << QByteArray("application/json")
                                   << QByteArray("{\"a\":[{\"authValue\":\"s3cr3t\"}],\"url\":\"http://x\"}")
                                   << QByteArray("http://x") << QByteArray("s3cr3t");
    QTest::newRow("private key pasted") << QByteArray("application/json")
                                        << QByteArray(
                                               "{\"publicKeyPem\":\"-----BEGIN PRIVATE KEY-----\\nMIIEvQ\\n-----END "
                                               "PRIVATE KEY-----\\n\"}")
                                        << QByteArray("publicKeyPem") << QByteArray("MIIEvQ");
    QTest::newRow("broken json with jwt")
        << QByteArray("application/json") << QByteArray("{\"x\": \"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.\"")
        << QByteArray("{\"x\"") << QByteArray("eyJzdWIi");
    QTest::newRow("our token in a json key and value")
        << QByteArray("application/json")
        << QByteArray("{\"bmpsbx_AbC-12_x\":1,\"password\":\"p\",\"note\":\"bearer bmpsbx_Zz9\"}")
        << QByteArray("\"note\"") << QByteArray("bmpsbx_");
    QTest::newRow("our token in plain text") << QByteArray("text/plain") << QByteArray("token=bmpsbx_q1w2e3 end")
                                             << QByteArray(" end") << QByteArray("q1w2e3");
    QTest::newRow("plain text key") << QByteArray("text/plain")
                                    << QByteArray(
                                           "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----")
                                    << QByteArray("[redacted private key]") << QByteArray("AAAA");
}

void TestSandboxParts::redactBodies() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, mustKeep);
    QFETCH(QByteArray, mustLose);
    const QByteArray out = Redaction::body(body, contentType);
    QVERIFY2(out.contains(mustKeep), out.constData());
    QVERIFY2(!out.contains(mustLose), out.constData());
}

void TestSandboxParts::slugs_data() {
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("slug");
    QTest::newRow("simple") << "Acme"
                            << "acme";
    QTest::newRow("spaces and dots") << "Acme Pagamentos Ltda."
                                     << "acme_pagamentos_ltda";
    QTest::newRow("accents") << "Crédito Fácil São João"
                             << "credito_facil_sao_joao";
    QTest::newRow("cedilla and digits") << "Financeira Açaí 2000"
                                        << "financeira_acai_2000";
    QTest::newRow("only symbols") << "!!! ***"
                                  << "";
    QTest::newRow("long") << QString(60, u'a') << QString(40, u'a');
    QTest::newRow("long ends at separator") << QString(39, u'a') + QStringLiteral(" b") << QString(39, u'a');
}

void TestSandboxParts::slugs() {
    QFETCH(QString, partner);
    QFETCH(QString, slug);
    QCOMPARE(KeyRegistry::slugFor(partner), slug);
}

void TestSandboxParts::dueDates_data() {
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("k");
    QTest::addColumn<QDate>("due");
    QTest::newRow("31 Jan -> 28 Feb") << QDate(2027, 1, 31) << 2 << QDate(2027, 2, 28);
    QTest::newRow("31 Jan -> 31 Mar") << QDate(2027, 1, 31) << 3 << QDate(2027, 3, 31);
    QTest::newRow("leap February") << QDate(2028, 1, 31) << 2 << QDate(2028, 2, 29);
    QTest::newRow("30th stays 30th") << QDate(2027, 4, 30) << 2 << QDate(2027, 5, 30);
    QTest::newRow("over the year") << QDate(2027, 11, 15) << 3 << QDate(2028, 1, 15);
}

void TestSandboxParts::dueDates() {
    QFETCH(QDate, first);
    QFETCH(int, k);
    QFETCH(QDate, due);
    QCOMPARE(SandboxCalculator::dueDate(first, k), due);
}

void TestSandboxParts::roundingHalfUp() {
    QCOMPARE(SandboxCalculator::roundCents(0.125), 0.13);
    QCOMPARE(SandboxCalculator::roundCents(2.675), 2.68); // 2.67499999... in binary
    QCOMPARE(SandboxCalculator::roundCents(1.004999), 1.0);
    QCOMPARE(SandboxCalculator::roundCents(945.595), 945.6);
}

void TestSandboxParts::idempotencyExpires() {
    IdempotencyStore store;
    store.setTtl(1000);
    SandboxRequest request;
    request.method = "POST";
    request.path = "/Proposta/Finalizar";
    request.body = "{}";
    const QByteArray print = IdempotencyStore::fingerprint(request);
    SandboxResponse answer;
    answer.body = "first";
    store.store(QStringLiteral("c"), QStringLiteral("k"), print, answer, 0);
    QCOMPARE(store.lookup(QStringLiteral("c"), QStringLiteral("k"), print, 1000).outcome,
             IdempotencyStore::Outcome::Replay);
    QCOMPARE(store.lookup(QStringLiteral("c"), QStringLiteral("k"), print, 1001).outcome,
             IdempotencyStore::Outcome::New);
    QCOMPARE(store.lookup(QStringLiteral("other"), QStringLiteral("k"), print, 10).outcome,
             IdempotencyStore::Outcome::New);
    request.body = "{ }"; // one byte differs: a different request
    QCOMPARE(store.lookup(QStringLiteral("c"), QStringLiteral("k"), IdempotencyStore::fingerprint(request), 10).outcome,
             IdempotencyStore::Outcome::Conflict);
}

void TestSandboxParts::tlsIdentity() {
    const auto identity = TlsIdentity::generate();
    QVERIFY2(identity.ok(), identity.ok() ? "" : qPrintable(identity.error().toString()));
    const QSslCertificate ca(identity->caCertificatePem(), QSsl::Pem);
    const QSslCertificate server(identity->serverCertificatePem(), QSsl::Pem);
    QVERIFY(!ca.isNull() && !server.isNull());
    QVERIFY(ca.isSelfSigned());
    QVERIFY(!server.isSelfSigned());
    QCOMPARE(server.issuerInfo(QSslCertificate::CommonName), ca.subjectInfo(QSslCertificate::CommonName));
    const auto names = server.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!identity->serverConfiguration().privateKey().isNull());
    QVERIFY(QDateTime::currentDateTimeUtc() < server.expiryDate());

    // An independent tool agrees: openssl verifies the chain for the loopback names and refuses others.
    QTemporaryDir dir;
    QFile caFile(dir.filePath(QStringLiteral("ca.pem")));
    QFile serverFile(dir.filePath(QStringLiteral("server.pem")));
    QVERIFY(caFile.open(QIODevice::WriteOnly) && caFile.write(identity->caCertificatePem()) > 0);
    QVERIFY(serverFile.open(QIODevice::WriteOnly) && serverFile.write(identity->serverCertificatePem()) > 0);
    caFile.close();
    serverFile.close();
    const auto verify = [&](const QStringList& extra) {
        QProcess p;
        p.start(QStringLiteral("openssl"),
                QStringList{QStringLiteral("verify"), QStringLiteral("-CAfile"), caFile.fileName(),
                            QStringLiteral("-purpose"), QStringLiteral("sslserver")} +
                    extra + QStringList{serverFile.fileName()});
        p.waitForFinished(30000);
        return p.exitCode();
    };
    QCOMPARE(verify({QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.1")}), 0);
    QCOMPARE(verify({QStringLiteral("-verify_hostname"), QStringLiteral("localhost")}), 0);
    QVERIFY(verify({QStringLiteral("-verify_hostname"), QStringLiteral("example.com")}) != 0);
    // Another run makes another CA: trusting one sandbox's CA never trusts the next one's.
    const auto second = TlsIdentity::generate();
    QVERIFY(second->caCertificatePem() != identity->caCertificatePem());
}

QTEST_GUILESS_MAIN(TestSandboxParts)
#include "TestSandboxParts.moc"
