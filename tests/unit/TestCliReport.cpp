#include "ReportFixtures.h"
#include "report/EvidenceDigest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// bmpctl as a script runs it: no display, QT_QPA_PLATFORM unset (bmpctl picks offscreen for reports itself).
Run bmpctl(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB00), QStringLiteral("ff"));
    return text.simplified();
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writesBothLanguages();
    void jsonOutput();
    void badUsage_data();
    void badUsage();
    void unwritableOutputFails();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliReport::initTestCase() {
    m_project = m_dir.filePath(QStringLiteral("cli.bmpproj"));
    auto project = fixtures::makeFullProject(m_project, QStringLiteral("Fintech CLI Ltda"), 20);
    QVERIFY(project);
}

void TestCliReport::writesBothLanguages() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the report back");
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("pt_BR")}) {
        const QString out = m_dir.filePath(QStringLiteral("cli-%1.pdf").arg(lang));
        const Run r = bmpctl({QStringLiteral("report"), QStringLiteral("signoff"), QStringLiteral("--project"),
                              m_project, QStringLiteral("--out"), out, QStringLiteral("--lang"), lang});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Fintech CLI Ltda")));
        QVERIFY(text.contains(lang == QLatin1String("en") ? QStringLiteral("Production signoff report")
                                                          : QStringLiteral("Relatório de signoff para produção")));
        // Nothing secret on the way out: not in the PDF, not on stdout or stderr.
        for (const QString& secret :
             {fixtures::kPlantedPassphrase, fixtures::kPlantedToken, fixtures::kPlantedPrivateKey}) {
            QVERIFY(!text.contains(secret));
            QVERIFY(!r.out.contains(secret.toUtf8()));
            QVERIFY(!r.err.contains(secret.toUtf8()));
        }
    }
    // Without --lang the report is in English.
    const QString out = m_dir.filePath(QStringLiteral("cli-default.pdf"));
    const Run r = bmpctl({QStringLiteral("report"), QStringLiteral("signoff"), QStringLiteral("--project"), m_project,
                          QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(pdfText(out).contains(QStringLiteral("Page 1 of")));
}

void TestCliReport::jsonOutput() {
    const QString out = m_dir.filePath(QStringLiteral("cli.json.pdf"));
    const Run r = bmpctl({QStringLiteral("report"), QStringLiteral("signoff"), QStringLiteral("--project"), m_project,
                          QStringLiteral("--out"), out, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QVERIFY(o.value(QStringLiteral("pages")).toInt() >= 4);
    const auto project = bmp::Project::open(m_project);
    QVERIFY(project.ok());
    const auto data = bmp::report::ReportData::fromProject(**project);
    QVERIFY(data.ok());
    QVERIFY(data->evidence.size() >= 20);
    QCOMPARE(o.value(QStringLiteral("evidenceEntries")).toInt(), data->evidence.size());
    QCOMPARE(o.value(QStringLiteral("evidenceSha256")).toString(),
             QString::fromLatin1(bmp::report::EvidenceDigest::sha256Hex(data->evidence)));
    QCOMPARE(o.value(QStringLiteral("evidenceSha256")).toString().size(), 64);
    QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(out).size());
    QCOMPARE(o.value(QStringLiteral("out")).toString(), QFileInfo(out).absoluteFilePath());
}

void TestCliReport::badUsage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QString out = m_dir.filePath(QStringLiteral("never.pdf"));
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("report")} << "signoff";
    QTest::newRow("unknown report") << QStringList{QStringLiteral("report"), QStringLiteral("weekly")} << "weekly";
    QTest::newRow("no --out") << QStringList{QStringLiteral("report"), QStringLiteral("signoff"),
                                             QStringLiteral("--project"), QStringLiteral("x.bmpproj")}
                              << "--out";
    QTest::newRow("no --project") << QStringList{QStringLiteral("report"), QStringLiteral("signoff"),
                                                 QStringLiteral("--out"), out}
                                  << "--project";
    QTest::newRow("bad language") << QStringList{QStringLiteral("report"),    QStringLiteral("signoff"),
                                                 QStringLiteral("--project"), QStringLiteral("x.bmpproj"),
                                                 QStringLiteral("--out"),     out,
                                                 QStringLiteral("--lang"),    QStringLiteral("fr")}
                                  << "en or pt_BR";
    QTest::newRow("missing project") << QStringList{QStringLiteral("report"),
                                                    QStringLiteral("signoff"),
                                                    QStringLiteral("--project"),
                                                    m_dir.filePath(QStringLiteral("nope.bmpproj")),
                                                    QStringLiteral("--out"),
                                                    out}
                                     << "does not exist";
    QTest::newRow("out is a directory") << QStringList{QStringLiteral("report"),    QStringLiteral("signoff"),
                                                       QStringLiteral("--project"), QStringLiteral("x.bmpproj"),
                                                       QStringLiteral("--out"),     m_dir.path()}
                                        << "directory";
    QTest::newRow("out directory missing")
        << QStringList{QStringLiteral("report"),    QStringLiteral("signoff"),
                       QStringLiteral("--project"), QStringLiteral("x.bmpproj"),
                       QStringLiteral("--out"),     m_dir.filePath(QStringLiteral("no/such/r.pdf"))}
        << "does not exist";
}

void TestCliReport::badUsage() {
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const Run r = bmpctl(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
}

void TestCliReport::unwritableOutputFails() {
    // The directory exists but cannot be written: the operation fails (exit 1), and says where.
    QString locked = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    if (QFileInfo(locked).isWritable()) {
        // root ignores the mode; /proc takes no new files from anyone.
        if (!QFileInfo(QStringLiteral("/proc/self")).exists())
            QSKIP("no directory that refuses new files here");
        locked = QStringLiteral("/proc");
    }
    const QString out = QDir(locked).filePath(QStringLiteral("r.pdf"));
    const Run r = bmpctl({QStringLiteral("report"), QStringLiteral("signoff"), QStringLiteral("--project"), m_project,
                          QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("r.pdf")));
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestCliReport)
#include "TestCliReport.moc"
