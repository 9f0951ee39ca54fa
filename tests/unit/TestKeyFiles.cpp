// Key files on disk: owner-only private keys whatever the umask, no overwriting, no partial files.
#include "crypto/KeyFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bmp::crypto;

namespace {

mode_t modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

} // namespace

class TestKeyFiles : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void privateIsOwnerOnlyWhateverTheUmask_data();
    void privateIsOwnerOnlyWhateverTheUmask();
    void publicIsWorldReadable();
    void refusesToOverwrite();
    void overwriteWhenAllowed();
    void unwritableDirectory();
    void readRefusesHugeFiles();
    void readRefusesWhatIsNotARegularFile();
    void writeNeverReplacesAProject();
    void wipeClearsTheBuffer();

private:
    QTemporaryDir m_dir;
};

void TestKeyFiles::privateIsOwnerOnlyWhateverTheUmask_data() {
    QTest::addColumn<int>("umask");
    QTest::newRow("000") << 0;
    QTest::newRow("022") << 022;
    QTest::newRow("077") << 077;
}

void TestKeyFiles::privateIsOwnerOnlyWhateverTheUmask() {
    QFETCH(int, umask);
    const mode_t previous = ::umask(mode_t(umask));
    const QString path = m_dir.filePath(QStringLiteral("private-%1.pem").arg(umask));
    const auto status = KeyFiles::writePrivate(path, "-----BEGIN ENCRYPTED PRIVATE KEY-----\n");
    ::umask(previous);
    QVERIFY(status.ok());
    QCOMPARE(modeOf(path), mode_t(0600));
    // No temporary file left behind next to it.
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral("private-%1.pem*").arg(umask)}, QDir::Files | QDir::Hidden).size(),
        1);
}

void TestKeyFiles::publicIsWorldReadable() {
    const QString path = m_dir.filePath(QStringLiteral("public.pem"));
    QVERIFY(KeyFiles::writePublic(path, "-----BEGIN PUBLIC KEY-----\n").ok());
    QCOMPARE(modeOf(path), mode_t(0644));
    QCOMPARE(*KeyFiles::read(path), QByteArray("-----BEGIN PUBLIC KEY-----\n"));
}

void TestKeyFiles::refusesToOverwrite() {
    const QString path = m_dir.filePath(QStringLiteral("existing.pem"));
    QVERIFY(KeyFiles::writePrivate(path, "first").ok());
    const auto second = KeyFiles::writePrivate(path, "second");
    QVERIFY(!second.ok());
    QVERIFY(second.error().message.contains(QStringLiteral("already exists")));
    QCOMPARE(*KeyFiles::read(path), QByteArray("first"));
}

void TestKeyFiles::overwriteWhenAllowed() {
    const QString path = m_dir.filePath(QStringLiteral("rewritten.pem"));
    QVERIFY(KeyFiles::writePublic(path, "old").ok());
    QVERIFY(KeyFiles::writePrivate(path, "new", KeyFiles::Overwrite::Allow).ok());
    QCOMPARE(*KeyFiles::read(path), QByteArray("new"));
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestKeyFiles::unwritableDirectory() {
    const auto status = KeyFiles::writePrivate(QStringLiteral("/proc/definitely/not/here.pem"), "x");
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(QStringLiteral("Cannot create")));
}

void TestKeyFiles::readRefusesHugeFiles() {
    const QString path = m_dir.filePath(QStringLiteral("big.pem"));
    QVERIFY(KeyFiles::writePublic(path, QByteArray(4096, 'x')).ok());
    QVERIFY(!KeyFiles::read(path, 1024).ok());
    QVERIFY(!KeyFiles::read(m_dir.filePath(QStringLiteral("missing.pem"))).ok());
}

void TestKeyFiles::readRefusesWhatIsNotARegularFile() {
    // Issue #13: read() trusted size(): a FIFO blocked forever, /dev/zero (size 0) was read without end. Each is
    // now refused before a byte is read, with a message that says what to give instead.
    const QString fifo = m_dir.filePath(QStringLiteral("key.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString& path : {fifo, QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"), m_dir.path()}) {
        const auto read = KeyFiles::read(path);
        QVERIFY2(!read.ok(), qPrintable(path));
        QVERIFY2(read.error().message.contains(QStringLiteral("not a regular file")) ||
                     read.error().message.contains(QStringLiteral("Cannot read")),
                 qPrintable(read.error().message));
    }
    // A file in /proc says it is empty and is not: bounded anyway.
    const auto proc = KeyFiles::read(QStringLiteral("/proc/self/maps"), 16);
    QVERIFY(!proc.ok());
    QVERIFY(proc.error().message.contains(QStringLiteral("too large")));
    // A symbolic link to a regular file is fine.
    const QString target = m_dir.filePath(QStringLiteral("real.pem"));
    QVERIFY(KeyFiles::writePublic(target, "-----BEGIN PUBLIC KEY-----").ok());
    const QString link = m_dir.filePath(QStringLiteral("link.pem"));
    QVERIFY(QFile::link(target, link));
    QCOMPARE(*KeyFiles::read(link), QByteArray("-----BEGIN PUBLIC KEY-----"));
}

void TestKeyFiles::writeNeverReplacesAProject() {
    const QString project = QStringLiteral(BMP_TEST_DATA_DIR "/projects/v2.bmpproj");
    const QString copy = m_dir.filePath(QStringLiteral("looks-like-a-key.pem"));
    QVERIFY(QFile::copy(project, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!KeyFiles::writePrivate(copy, "key", KeyFiles::Overwrite::Allow).ok());
    QVERIFY(KeyFiles::read(copy, 1 << 20)->startsWith("SQLite format 3"));
}

void TestKeyFiles::wipeClearsTheBuffer() {
    QByteArray secret("hunter2 hunter2");
    wipe(secret);
    QVERIFY(secret.isEmpty());
    // A buffer we do not own (raw data, or shared with another QByteArray) must not be scribbled over:
    // the other holder still needs it.
    const QByteArray owned(16, 'a');
    QByteArray view = QByteArray::fromRawData(owned.constData(), owned.size());
    wipe(view);
    QCOMPARE(owned, QByteArray(16, 'a'));
    QByteArray shared = owned;
    wipe(shared);
    QCOMPARE(owned, QByteArray(16, 'a'));
    QVERIFY(shared.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyFiles)
#include "TestKeyFiles.moc"
