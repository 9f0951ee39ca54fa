#include "core/AppInfo.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {}) {
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the package installs, relative to the root, and nothing else (no test binaries, headers, static libs).
QStringList expectedFiles() {
    const QString id = AppInfo::appId();
    QStringList files{QStringLiteral("usr/bin/bmp-onboarding"),
                      QStringLiteral("usr/bin/bmpctl"),
                      QStringLiteral("usr/share/applications/%1.desktop").arg(id),
                      QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(id),
                      QStringLiteral("usr/share/mime/packages/%1.xml").arg(id),
                      QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(id),
                      QStringLiteral("usr/share/man/man1/bmp-onboarding.1.gz"),
                      QStringLiteral("usr/share/man/man1/bmpctl.1.gz"),
                      QStringLiteral("usr/share/doc/bmp-onboarding/README.md")};
    for (const QString& size : QStringLiteral(BMP_ICON_SIZES).split(u','))
        files.append(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size, id));
    files.sort();
    return files;
}

QStringList filesUnder(const QString& root) {
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// The installed programs run from where they were installed (a stripped binary must still work).
void checkProgramsRun(const QString& root) {
    const Run ctl = run(root + QStringLiteral("/usr/bin/bmpctl"), {QStringLiteral("version")});
    QCOMPARE(ctl.exitCode, 0);
    QCOMPARE(ctl.out.trimmed(), QStringLiteral("bmpctl %1").arg(AppInfo::version()).toUtf8());
    const Run gui = run(root + QStringLiteral("/usr/bin/bmp-onboarding"), {QStringLiteral("--version")});
    QCOMPARE(gui.exitCode, 0);
    QVERIFY2(gui.out.contains(AppInfo::version().toUtf8()), gui.out.constData());
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void installPutsEveryFileInPlace();
    void debHasTheFilesAndTheDependencies();
    void tgzHasTheFiles();

private:
    QTemporaryDir m_dir;
};

void TestPackaging::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestPackaging::installPutsEveryFileInPlace() {
    const QString root = m_dir.filePath(QStringLiteral("destdir"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESTDIR"), root);
    const Run install = run(QStringLiteral(BMP_CMAKE),
                            {QStringLiteral("--install"), QStringLiteral(BMP_BINARY_DIR), QStringLiteral("--prefix"),
                             QStringLiteral("/usr")},
                            env);
    QVERIFY2(install.exitCode == 0, install.err.constData());
    QCOMPARE(filesUnder(root), expectedFiles());

    for (const QString& program : {QStringLiteral("bmp-onboarding"), QStringLiteral("bmpctl")}) {
        const QFileInfo info(root + QStringLiteral("/usr/bin/") + program);
        QVERIFY(info.isExecutable());
        QVERIFY(info.permissions().testFlag(QFileDevice::ExeOther));
    }
    for (const QString& page : {QStringLiteral("bmp-onboarding.1"), QStringLiteral("bmpctl.1")}) {
        const Run gunzip =
            run(QStringLiteral("gzip"),
                {QStringLiteral("-dc"), root + QStringLiteral("/usr/share/man/man1/") + page + QStringLiteral(".gz")});
        QCOMPARE(gunzip.exitCode, 0);
        QCOMPARE(gunzip.out, readFile(QStringLiteral(BMP_SOURCE_DIR "/packaging/man/") + page));
    }
    // The installed desktop file is still valid and its Exec names an installed program.
    const QString desktop = root + QStringLiteral("/usr/share/applications/%1.desktop").arg(AppInfo::appId());
    const Run validate = run(QStringLiteral("desktop-file-validate"), {desktop});
    QVERIFY2(validate.exitCode == 0, validate.out.constData());
    QVERIFY(readFile(desktop).contains("\nExec=bmp-onboarding %f\n"));
    checkProgramsRun(root);
}

void TestPackaging::debHasTheFilesAndTheDependencies() {
    const QString out = m_dir.filePath(QStringLiteral("deb"));
    const Run cpack = run(QStringLiteral(BMP_CPACK),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out,
                           QStringLiteral("--config"), QStringLiteral(BMP_BINARY_DIR "/CPackConfig.cmake")});
    QVERIFY2(cpack.exitCode == 0, (cpack.out + cpack.err).constData());
    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    const QString deb = QDir(out).filePath(debs.first());
    const QString arch =
        QString::fromUtf8(run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out).trimmed();
    QCOMPARE(debs.first(), QStringLiteral("bmp-onboarding_%1_%2.deb").arg(AppInfo::version(), arch));

    auto field = [&](const char* name) {
        const Run r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb, QString::fromLatin1(name)});
        return QString::fromUtf8(r.out).trimmed();
    };
    QCOMPARE(field("Package"), QStringLiteral("bmp-onboarding"));
    QCOMPARE(field("Version"), AppInfo::version());
    QVERIFY(!field("Maintainer").isEmpty());
    QStringList depends;
    for (const QString& d : field("Depends").split(u','))
        depends.append(d.trimmed().section(u' ', 0, 0));
    // From dpkg-shlibdeps: what the binaries link. Explicit: the plugins Qt loads at run time.
    for (const char* needed : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6", "libqt6sql6", "libssl3",
                               "libstdc++6", "libc6", "libqt6sql6-sqlite", "qt6-qpa-plugins"})
        QVERIFY2(depends.contains(QString::fromLatin1(needed)), qPrintable(field("Depends")));
    QVERIFY(field("Recommends").contains(QStringLiteral("qt6-translations-l10n")));
    QVERIFY(field("Recommends").contains(QStringLiteral("libqt6sql6-psql"))); // team projects (docs/TEAM.md)

    const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb});
    QCOMPARE(contents.exitCode, 0);
    QStringList files;
    for (const QString& line : QString::fromUtf8(contents.out).split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'd'))
            files.append(line.section(QStringLiteral("./"), 1));
    }
    files.sort();
    QCOMPARE(files, expectedFiles());

    // Unpacked into a scratch root, the (stripped) programs run.
    const QString root = m_dir.filePath(QStringLiteral("deb-root"));
    QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("--extract"), deb, root}).exitCode, 0);
    checkProgramsRun(root);
}

void TestPackaging::tgzHasTheFiles() {
    const QString out = m_dir.filePath(QStringLiteral("tgz"));
    const Run cpack = run(QStringLiteral(BMP_CPACK),
                          {QStringLiteral("-G"), QStringLiteral("TGZ"), QStringLiteral("-B"), out,
                           QStringLiteral("--config"), QStringLiteral(BMP_BINARY_DIR "/CPackConfig.cmake")});
    QVERIFY2(cpack.exitCode == 0, (cpack.out + cpack.err).constData());
    const QStringList tgzs = QDir(out).entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    QCOMPARE(tgzs.size(), 1);
    const Run list = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), QDir(out).filePath(tgzs.first())});
    QCOMPARE(list.exitCode, 0);
    // One top directory named after the archive, with the usual prefix layout inside (bin/, share/).
    const QString top = tgzs.first().chopped(int(qstrlen(".tar.gz")));
    QStringList files;
    for (const QString& entry : QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts)) {
        if (!entry.endsWith(u'/'))
            files.append(QStringLiteral("usr/") + entry.section(top + u'/', 1));
    }
    files.sort();
    QCOMPARE(files, expectedFiles());
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "TestPackaging.moc"
