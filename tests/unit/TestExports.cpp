// Issue #13, item 3: exports never overwrite anything by surprise, never the open project, and are created
// readable by their owner only. The core rule (OutputFile) is tested directly, then through every bmpctl command
// that writes a file (evidence export, report signoff, calc --csv) and the core writers the wizard calls.
#include "ReportFixtures.h"
#include "core/OutputFile.h"
#include "domain/LoanCalculator.h"
#include "net/EvidenceLog.h"
#include "report/CalculationReport.h"
#include "report/CalculationReportPdf.h"
#include "report/SignoffReport.h"
#include "storage/ProjectStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using bmp::OutputFile;
using bmp::Status;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run bmpctl(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

mode_t modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : mode_t(07777);
}

// The project's bytes and its integrity, to prove a refused export left it exactly as it was.
QByteArray projectDigest(const QString& path) {
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

} // namespace

class TestExports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesExistingUnlessAllowed();
    void ownerOnlyWhateverTheUmask();
    void neverTheOpenProject();
    void neverAnyProject();
    void notFoldersNorDevices();
    void coreWritersFollowTheRule();
    void cliEvidenceExport();
    void cliReportSignoff();
    void cliCalcCsv();
    void evidenceDigestIsTheFileDigest();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_project;
};

void TestExports::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_project = path(QStringLiteral("exports.bmpproj"));
    QVERIFY(fixtures::makeFullProject(m_project, QStringLiteral("Fintech Exportadora"), 12));
}

void TestExports::refusesExistingUnlessAllowed() {
    const QString target = path(QStringLiteral("existing.txt"));
    QVERIFY(writeAll(target, "keep me"));
    const Status refused = OutputFile::write(target, "new", OutputFile::Overwrite::Refuse);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("already exists")));
    QCOMPARE(readAll(target), QByteArray("keep me"));
    QVERIFY(OutputFile::write(target, "new", OutputFile::Overwrite::Allow).ok());
    QCOMPARE(readAll(target), QByteArray("new"));
    QCOMPARE(modeOf(target), mode_t(0600)); // replaced by a new, private file
    const QString fresh = path(QStringLiteral("fresh.txt"));
    QVERIFY(OutputFile::write(fresh, "x", OutputFile::Overwrite::Refuse).ok());
    QCOMPARE(readAll(fresh), QByteArray("x"));
}

void TestExports::ownerOnlyWhateverTheUmask() {
    const mode_t old = ::umask(0);
    const QString target = path(QStringLiteral("umask0.jsonl"));
    const Status s = OutputFile::write(target, "personal data", OutputFile::Overwrite::Refuse);
    ::umask(old);
    QVERIFY(s.ok());
    QCOMPARE(modeOf(target), mode_t(0600));
    const QString pub = path(QStringLiteral("public.pem"));
    QVERIFY(OutputFile::write(pub, "public", OutputFile::Overwrite::Refuse, OutputFile::Access::PublicRead).ok());
    QCOMPARE(modeOf(pub), mode_t(0644));
}

void TestExports::neverTheOpenProject() {
    auto opened = bmp::storage::ProjectStore::open(m_project);
    QVERIFY(opened.ok());
    std::unique_ptr<bmp::storage::ProjectStore> store = std::move(opened).value();
    const QByteArray before = projectDigest(m_project);
    const QString link = path(QStringLiteral("link-to-project.jsonl"));
    QVERIFY(QFile::link(m_project, link));
    const QString dotted = m_dir.path() + QStringLiteral("/./sub/../exports.bmpproj");
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    for (const QString& target : {m_project, link, dotted, m_project + QStringLiteral("-wal"),
                                  m_project + QStringLiteral("-shm"), m_project + QStringLiteral("-journal")}) {
        const Status s = OutputFile::write(target, "{}\n", OutputFile::Overwrite::Allow);
        QVERIFY2(!s.ok(), qPrintable(target));
        QVERIFY2(s.error().message.contains(QStringLiteral("open project")), qPrintable(s.error().message));
    }
    QCOMPARE(projectDigest(m_project), before);
    QVERIFY(store->checkIntegrity().ok());
    QFile::remove(link);
    store.reset();
    // Closed, it is still a project: exports never replace one.
    const Status closed = OutputFile::write(m_project, "{}\n", OutputFile::Overwrite::Allow);
    QVERIFY(!closed.ok());
    QVERIFY(closed.error().message.contains(QStringLiteral("project")));
    QCOMPARE(projectDigest(m_project), before);
}

void TestExports::neverAnyProject() {
    const QString other = path(QStringLiteral("other.bmpproj"));
    QVERIFY(bmp::storage::ProjectStore::create(other).ok());
    QVERIFY(OutputFile::looksLikeProject(other));
    const QByteArray before = readAll(other);
    QVERIFY(!OutputFile::write(other, "x", OutputFile::Overwrite::Allow).ok());
    QCOMPARE(readAll(other), before);
    QVERIFY(!OutputFile::looksLikeProject(QStringLiteral(BMP_TEST_DATA_DIR "/projects/foreign.sqlite")));
}

void TestExports::notFoldersNorDevices() {
    QVERIFY(!OutputFile::write(m_dir.path(), "x", OutputFile::Overwrite::Allow).ok());
    QVERIFY(!OutputFile::write(QStringLiteral("/dev/null"), "x", OutputFile::Overwrite::Allow).ok());
    const QString fifo = path(QStringLiteral("export.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Status s = OutputFile::write(fifo, "x", OutputFile::Overwrite::Allow);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("not a regular file")));
    QVERIFY(!OutputFile::write(path(QStringLiteral("no/such/dir/x.csv")), "x", OutputFile::Overwrite::Allow).ok());
}

void TestExports::coreWritersFollowTheRule() {
    auto project = bmp::Project::open(m_project);
    QVERIFY(project.ok());
    const QByteArray before = projectDigest(m_project);
    // The evidence log over its own project: refused even when "confirmed".
    bmp::net::EvidenceLog log((*project)->store());
    QVERIFY(!log.exportJsonLines(m_project, OutputFile::Overwrite::Allow).ok());
    const QString jsonl = path(QStringLiteral("core-evidence.jsonl"));
    QVERIFY(log.exportJsonLines(jsonl).ok());
    QCOMPARE(modeOf(jsonl), mode_t(0600));
    QVERIFY(!log.exportJsonLines(jsonl).ok()); // exists: refused by default

    bmp::LoanInput input;
    input.amount = 1000000; // R$ 10,000.00 in centavos
    input.installments = 12;
    input.monthlyRatePercent = 1.99;
    input.contractDate = QDate(2026, 11, 26);
    input.firstDueDate = QDate(2026, 12, 26);
    const auto loan = bmp::LoanCalculator::calculate(input);
    QVERIFY(loan.ok());
    const QString csv = path(QStringLiteral("core.csv"));
    QVERIFY(bmp::CalculationReport::writeCsv(*loan, csv).ok());
    QCOMPARE(modeOf(csv), mode_t(0600));
    QVERIFY(!bmp::CalculationReport::writeCsv(*loan, csv).ok());
    QVERIFY(!bmp::CalculationReport::writeCsv(*loan, m_project, {}, OutputFile::Overwrite::Allow).ok());
    QVERIFY(!bmp::CalculationReportPdf::write(*loan, {}, QStringLiteral("t"), m_project, OutputFile::Overwrite::Allow)
                 .ok());
    const auto data = bmp::report::ReportData::fromProject(**project);
    QVERIFY(data.ok());
    QVERIFY(!bmp::report::SignoffReport::write(*data, m_project, QStringLiteral("en"), {}, OutputFile::Overwrite::Allow)
                 .ok());
    QCOMPARE(projectDigest(m_project), before);
}

void TestExports::cliEvidenceExport() {
    const QByteArray before = projectDigest(m_project);
    const QStringList base{QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--project"), m_project,
                           QStringLiteral("--out")};
    // The attack of the issue: --out names the project itself (with and without --force, and through a link).
    const QString link = path(QStringLiteral("evidence-link.jsonl"));
    QVERIFY(QFile::link(m_project, link));
    for (const QStringList& extra : {QStringList{m_project}, QStringList{m_project, QStringLiteral("--force")},
                                     QStringList{link, QStringLiteral("--force")}}) {
        const Run r = bmpctl(base + extra);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY2(r.err.startsWith("bmpctl: ") && r.err.contains("project"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(projectDigest(m_project), before);
    {
        auto reopened = bmp::storage::ProjectStore::open(m_project);
        QVERIFY(reopened.ok());
        QVERIFY((*reopened)->checkIntegrity().ok());
    }

    const QString out = path(QStringLiteral("cli-evidence.jsonl"));
    QCOMPARE(bmpctl(base + QStringList{out}).exitCode, 0);
    QCOMPARE(modeOf(out), mode_t(0600));
    QVERIFY(writeAll(out, "someone else's notes\n"));
    const Run again = bmpctl(base + QStringList{out});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("already exists") && again.err.contains("--force"), again.err.constData());
    QCOMPARE(readAll(out), QByteArray("someone else's notes\n"));
    QCOMPARE(bmpctl(base + QStringList{out, QStringLiteral("--force")}).exitCode, 0);
    QVERIFY(readAll(out).startsWith("{\"at\":"));
    QCOMPARE(modeOf(out), mode_t(0600));
}

void TestExports::cliReportSignoff() {
    const QByteArray before = projectDigest(m_project);
    const QStringList base{QStringLiteral("report"), QStringLiteral("signoff"), QStringLiteral("--project"), m_project,
                           QStringLiteral("--out")};
    for (const QStringList& extra : {QStringList{m_project}, QStringList{m_project, QStringLiteral("--force")}}) {
        const Run r = bmpctl(base + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("project"), r.err.constData());
    }
    QCOMPARE(projectDigest(m_project), before);
    const QString pdf = path(QStringLiteral("cli-signoff.pdf"));
    QVERIFY(writeAll(pdf, "an older report"));
    QCOMPARE(bmpctl(base + QStringList{pdf}).exitCode, 2);
    QCOMPARE(readAll(pdf), QByteArray("an older report"));
    const Run forced = bmpctl(base + QStringList{pdf, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    QCOMPARE(modeOf(pdf), mode_t(0600));
}

void TestExports::cliCalcCsv() {
    const QString csv = path(QStringLiteral("cli-calc.csv"));
    const QStringList args{QStringLiteral("calc"),       QStringLiteral("--amount"),
                           QStringLiteral("10000"),      QStringLiteral("--installments"),
                           QStringLiteral("12"),         QStringLiteral("--monthly-rate"),
                           QStringLiteral("1.99"),       QStringLiteral("--contract-date"),
                           QStringLiteral("2026-11-26"), QStringLiteral("--first-due"),
                           QStringLiteral("2026-12-26"), QStringLiteral("--person"),
                           QStringLiteral("pf"),         QStringLiteral("--csv")};
    QCOMPARE(bmpctl(args + QStringList{csv}).exitCode, 0);
    QCOMPARE(modeOf(csv), mode_t(0600));
    const QByteArray first = readAll(csv);
    QVERIFY(writeAll(csv, "mine"));
    QCOMPARE(bmpctl(args + QStringList{csv}).exitCode, 2);
    QCOMPARE(readAll(csv), QByteArray("mine"));
    QCOMPARE(bmpctl(args + QStringList{csv, QStringLiteral("--force")}).exitCode, 0);
    QCOMPARE(readAll(csv), first);
    const QByteArray before = projectDigest(m_project);
    QCOMPARE(bmpctl(args + QStringList{m_project, QStringLiteral("--force")}).exitCode, 2);
    QCOMPARE(projectDigest(m_project), before);
}

void TestExports::evidenceDigestIsTheFileDigest() {
    // Issue #13, item 6: the digest bmpctl prints when exporting, the report's digest and sha256sum of the exported
    // file are one and the same.
    const QString out = path(QStringLiteral("digest.jsonl"));
    const Run exported = bmpctl({QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--project"),
                                 m_project, QStringLiteral("--out"), out});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QByteArray fileDigest = QCryptographicHash::hash(readAll(out), QCryptographicHash::Sha256).toHex();
    QVERIFY2(exported.out.contains(fileDigest), exported.out.constData());
    const Run report =
        bmpctl({QStringLiteral("report"), QStringLiteral("signoff"), QStringLiteral("--project"), m_project,
                QStringLiteral("--out"), path(QStringLiteral("digest.pdf")), QStringLiteral("--json")});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QCOMPARE(QJsonDocument::fromJson(report.out).object().value(QStringLiteral("evidenceSha256")).toString().toLatin1(),
             fileDigest);
}

QTEST_MAIN(TestExports)
#include "TestExports.moc"
