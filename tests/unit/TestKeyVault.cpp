// The project's key vault: private keys only ever encrypted at rest, opened only with the right passphrase,
// registration records, and the production-reuse warning. Also the passphrase strength estimate.
#include "CryptoTestUtil.h"
#include "crypto/PassphraseStrength.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "storage/ProjectStore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;
using namespace bmp::crypto;
using namespace testutil;

namespace {

const QByteArray kPassphrase = "Quokka-Violet 83 harbour";

// Every byte the project may have on disk: the database and its WAL/journal companions.
QByteArray projectBytes(const QString& path) {
    QByteArray all;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// The base64 lines of a PEM body (without BEGIN/END lines).
QList<QByteArray> pemBodyLines(const QByteArray& pem) {
    QList<QByteArray> lines;
    for (const QByteArray& line : pem.split('\n')) {
        if (!line.startsWith("-----") && line.trimmed().size() >= 40)
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace

class TestKeyVault : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void storesOnlyEncrypted();
    void wrongPassphraseRefused();
    void refusals();
    void registrationRecord();
    void replacingKeyResetsRegistration();
    void productionReuseWarning();
    void unlockedCacheFollowsTheKey();
    void strength_data();
    void strength();

private:
    std::unique_ptr<Project> newProject(const QString& name);
    QTemporaryDir m_dir;
    KeyPair m_keyA; // the plaintext PKCS#8 fixture
    KeyPair m_keyB;
};

void TestKeyVault::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto a = KeyPair::fromPrivatePem(readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem")));
    QVERIFY(a.ok());
    m_keyA = *a;
    auto b = KeyPair::generate(2048);
    QVERIFY(b.ok());
    m_keyB = *b;
}

std::unique_ptr<Project> TestKeyVault::newProject(const QString& name) {
    auto p = Project::create(m_dir.filePath(name), QStringLiteral("Fintech Vault"), {Product::Caas});
    if (!p)
        qFatal("%s", qPrintable(p.error().toString()));
    return std::move(p).value();
}

void TestKeyVault::storesOnlyEncrypted() {
    const QString path = m_dir.filePath(QStringLiteral("enc.bmpproj"));
    {
        auto project = newProject(QStringLiteral("enc.bmpproj"));
        QSignalSpy changed(&project->keys(), &KeyVault::changed);
        QVERIFY(project->keys().store(QStringLiteral("homologation"), m_keyA, kPassphrase, KeySource::Imported).ok());
        QCOMPARE(changed.count(), 1);
        const auto stored = project->keys().find(QStringLiteral("homologation"));
        QVERIFY(stored);
        QCOMPARE(stored->fingerprint, m_keyA.sha256Fingerprint());
        QCOMPARE(stored->thumbprint, m_keyA.jwkThumbprint());
        QCOMPARE(stored->bits, 2048);
        QCOMPARE(stored->source, KeySource::Imported);
        QVERIFY(!stored->isRegistered());
        QVERIFY(stored->publicKey().ok() && stored->publicKey()->samePublicKey(m_keyA));
        const auto pem = project->keys().encryptedPem(QStringLiteral("homologation"));
        QVERIFY(pem.ok() && pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        // The `openssl` command opens what we stored with the same passphrase.
        const QString pemPath = m_dir.filePath(QStringLiteral("stored.pem"));
        const QString passPath = m_dir.filePath(QStringLiteral("stored.pass"));
        QVERIFY(writeFile(pemPath, *pem) && writeFile(passPath, kPassphrase));
        const auto ossl = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), pemPath, QStringLiteral("-passin"),
                                   QStringLiteral("file:") + passPath, QStringLiteral("-pubout")});
        QVERIFY2(ossl.exitCode == 0, ossl.err.constData());
        QCOMPARE(ossl.out, m_keyA.publicKeyPem());
        QFile::remove(pemPath);
        QFile::remove(passPath);
    }
    // Closed and reopened: the public facts without a passphrase, the private key with it.
    {
        auto reopened = Project::open(path);
        QVERIFY(reopened.ok());
        QVERIFY((*reopened)->keys().find(QStringLiteral("homologation")));
        const auto key = (*reopened)->keys().unlock(QStringLiteral("homologation"), kPassphrase);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QVERIFY(key->hasPrivateKey() && key->samePublicKey(m_keyA));
    }

    const QByteArray raw = projectBytes(path);
    QVERIFY(raw.size() > 4096);
    QVERIFY(!raw.contains(kPassphrase));
    const QList<QByteArray> body = pemBodyLines(readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem")));
    QVERIFY(body.size() > 10);
    for (const QByteArray& line : body)
        QVERIFY2(!raw.contains(line), "a line of the plaintext private key is in the project file");
    QVERIFY(raw.contains("BEGIN ENCRYPTED PRIVATE KEY"));
}

void TestKeyVault::wrongPassphraseRefused() {
    auto project = newProject(QStringLiteral("wrong.bmpproj"));
    QVERIFY(project->keys().store(QStringLiteral("practice"), m_keyB, kPassphrase, KeySource::Generated).ok());
    const auto wrong = project->keys().unlock(QStringLiteral("practice"), "Quokka-Violet 83 harbouR");
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().message.contains(QStringLiteral("passphrase is wrong")), qPrintable(wrong.error().message));
    const auto empty = project->keys().unlock(QStringLiteral("practice"), {});
    QVERIFY(!empty.ok());
    QVERIFY(empty.error().message.contains(QStringLiteral("passphrase")));
    const auto none = project->keys().unlock(QStringLiteral("production"), kPassphrase);
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(QStringLiteral("no key yet")));
}

void TestKeyVault::refusals() {
    auto project = newProject(QStringLiteral("refuse.bmpproj"));
    KeyVault& vault = project->keys();
    const auto shortPass = vault.store(QStringLiteral("practice"), m_keyB, "seven77", KeySource::Generated);
    QVERIFY(!shortPass.ok());
    QVERIFY(shortPass.error().message.contains(QStringLiteral("at least 8")));
    const auto pub = KeyPair::fromPublicPem(m_keyB.publicKeyPem());
    QVERIFY(pub.ok());
    QVERIFY(!vault.store(QStringLiteral("practice"), *pub, kPassphrase, KeySource::Imported).ok());
    const auto noEnv = vault.store(QStringLiteral("staging"), m_keyB, kPassphrase, KeySource::Generated);
    QVERIFY(!noEnv.ok());
    QVERIFY(noEnv.error().message.contains(QStringLiteral("staging")));
    // A sealed key whose public half does not belong to it is refused.
    auto sealed = KeyVault::seal(m_keyA, kPassphrase);
    QVERIFY(sealed.ok());
    SealedKey mixed = *sealed;
    mixed.publicPem = m_keyB.publicKeyPem();
    QVERIFY(!vault.storeSealed(QStringLiteral("practice"), mixed, KeySource::Generated).ok());
    SealedKey plain = *sealed;
    plain.encryptedPem = readKeyFixture(QStringLiteral("rsa2048-pkcs8.pem"));
    QVERIFY(!vault.storeSealed(QStringLiteral("practice"), plain, KeySource::Generated).ok());
    QVERIFY(vault.list().isEmpty());
}

void TestKeyVault::registrationRecord() {
    auto project = newProject(QStringLiteral("reg.bmpproj"));
    KeyVault& vault = project->keys();
    const QDateTime sent = QDateTime(QDate(2026, 3, 2), QTime(14, 5, 0), Qt::UTC);
    QVERIFY(!vault.recordRegistration(QStringLiteral("homologation"), RegistrationRoute::Email, sent).ok());
    QVERIFY(vault.store(QStringLiteral("homologation"), m_keyA, kPassphrase, KeySource::Imported).ok());
    QVERIFY(!vault.recordRegistration(QStringLiteral("homologation"), RegistrationRoute::None, sent).ok());
    QVERIFY(!vault
                 .recordRegistration(QStringLiteral("homologation"), RegistrationRoute::Email,
                                     QDateTime::currentDateTimeUtc().addDays(2))
                 .ok());
    QVERIFY(vault
                .recordRegistration(QStringLiteral("homologation"), RegistrationRoute::Email, sent,
                                    QStringLiteral("  CHG-2026-0042 "))
                .ok());
    const auto k = vault.find(QStringLiteral("homologation"));
    QVERIFY(k && k->isRegistered());
    QCOMPARE(k->route, RegistrationRoute::Email);
    QCOMPARE(k->registeredAt, sent);
    QCOMPARE(k->ticketRef, QStringLiteral("CHG-2026-0042"));
}

void TestKeyVault::replacingKeyResetsRegistration() {
    auto project = newProject(QStringLiteral("replace.bmpproj"));
    KeyVault& vault = project->keys();
    QVERIFY(vault.store(QStringLiteral("practice"), m_keyA, kPassphrase, KeySource::Imported).ok());
    QVERIFY(
        vault.recordRegistration(QStringLiteral("practice"), RegistrationRoute::Http, QDateTime::currentDateTimeUtc())
            .ok());
    QVERIFY(vault.store(QStringLiteral("practice"), m_keyB, kPassphrase, KeySource::Generated).ok());
    const auto k = vault.find(QStringLiteral("practice"));
    QVERIFY(k && !k->isRegistered());
    QCOMPARE(k->fingerprint, m_keyB.sha256Fingerprint());
    QCOMPARE(vault.list().size(), 1);
}

void TestKeyVault::productionReuseWarning() {
    auto project = newProject(QStringLiteral("reuse.bmpproj"));
    KeyVault& vault = project->keys();
    QVERIFY(vault.store(QStringLiteral("homologation"), m_keyA, kPassphrase, KeySource::Imported).ok());
    QVERIFY(vault.reuseWarning(QStringLiteral("homologation")).isEmpty());
    QVERIFY(vault.store(QStringLiteral("production"), m_keyA, kPassphrase, KeySource::Imported).ok());
    const QString warning = vault.reuseWarning(QStringLiteral("production"));
    QVERIFY(warning.contains(QStringLiteral("homologation")));
    QVERIFY(warning.contains(QStringLiteral("separate keys")));
    QVERIFY(!vault.reuseWarning(QStringLiteral("homologation")).isEmpty()); // shown on both sides
    QVERIFY(vault.store(QStringLiteral("practice"), m_keyB, kPassphrase, KeySource::Generated).ok());
    QVERIFY(vault.reuseWarning(QStringLiteral("practice")).isEmpty());
    QVERIFY(vault.store(QStringLiteral("production"), m_keyB, kPassphrase, KeySource::Generated).ok());
    QVERIFY(vault.reuseWarning(QStringLiteral("production")).contains(QStringLiteral("practice")));
    QVERIFY(vault.reuseWarning(QStringLiteral("homologation")).isEmpty());
}

void TestKeyVault::unlockedCacheFollowsTheKey() {
    auto project = newProject(QStringLiteral("cache.bmpproj"));
    KeyVault& vault = project->keys();
    vault.keepUnlocked(QStringLiteral("practice"), m_keyA); // no key stored yet: not kept
    QVERIFY(!vault.unlocked(QStringLiteral("practice")));
    QVERIFY(vault.store(QStringLiteral("practice"), m_keyA, kPassphrase, KeySource::Imported).ok());
    vault.keepUnlocked(QStringLiteral("practice"), m_keyB); // not this environment's key: not kept
    QVERIFY(!vault.unlocked(QStringLiteral("practice")));
    vault.keepUnlocked(QStringLiteral("practice"), m_keyA);
    QVERIFY(vault.unlocked(QStringLiteral("practice")));
    QVERIFY(vault.store(QStringLiteral("practice"), m_keyB, kPassphrase, KeySource::Generated).ok());
    QVERIFY(!vault.unlocked(QStringLiteral("practice"))); // the key changed: the old one is forgotten
}

void TestKeyVault::strength_data() {
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("level");
    using L = PassphraseStrength::Level;
    QTest::newRow("empty") << QByteArray() << int(L::Empty);
    QTest::newRow("short") << QByteArray("Ab1!xY") << int(L::TooShort);
    QTest::newRow("7 strong chars still too short") << QByteArray("#9vQ!z2") << int(L::TooShort);
    QTest::newRow("password") << QByteArray("password") << int(L::Weak);
    QTest::newRow("leet password") << QByteArray("P@ssw0rd") << int(L::Weak);
    QTest::newRow("senha123") << QByteArray("Senha123") << int(L::Weak);
    QTest::newRow("repeats") << QByteArray("aaaaaaaaaaaaaaaa") << int(L::Weak);
    QTest::newRow("run") << QByteArray("abcdefghijkl") << int(L::Weak);
    QTest::newRow("digits run") << QByteArray("1234567890") << int(L::Weak);
    QTest::newRow("qwerty+digits") << QByteArray("qwerty2024") << int(L::Weak);
    QTest::newRow("mixed 10") << QByteArray("tR7#kq2Lm9") << int(L::Good);
    QTest::newRow("three words") << QByteArray("lantern cobalt meadow") << int(L::Strong);
    QTest::newRow("long mixed") << QByteArray("Zebra-Quartz-91 lighthouse") << int(L::Strong);
    QTest::newRow("accents") << QByteArray("pão-de-queijo é ótimo 7") << int(L::Strong);
}

void TestKeyVault::strength() {
    QFETCH(QByteArray, passphrase);
    QFETCH(int, level);
    const auto e = PassphraseStrength::estimate(passphrase);
    QVERIFY2(int(e.level) == level, qPrintable(QStringLiteral("%1 bits, %2").arg(e.bits).arg(e.label)));
    QVERIFY(!e.label.isEmpty());
    QCOMPARE(e.advice.isEmpty(), e.level == PassphraseStrength::Level::Strong);
    QVERIFY(e.score >= 0 && e.score <= 100);
}

QTEST_GUILESS_MAIN(TestKeyVault)
#include "TestKeyVault.moc"
