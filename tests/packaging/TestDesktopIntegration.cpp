#include "core/AppInfo.h"
#include "domain/Project.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace bmp;

namespace {

const QString kMimeType = QStringLiteral("application/x-bmp-onboarding-project");

QString sourceFile(const QString& relative) {
    return QStringLiteral(BMP_SOURCE_DIR "/") + relative;
}

QString resource(const QString& suffix) {
    return sourceFile(QStringLiteral("resources/") + AppInfo::appId() + suffix);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<int> iconSizes() {
    QList<int> sizes;
    for (const QString& s : QStringLiteral(BMP_ICON_SIZES).split(u','))
        sizes.append(s.toInt());
    return sizes;
}

// The [Desktop Entry] group of a .desktop file, localised keys included as "Key[lang]".
QMap<QString, QString> desktopEntry(const QString& path) {
    QMap<QString, QString> entry;
    bool inGroup = false;
    for (const QString& line : QString::fromUtf8(readFile(path)).split(u'\n')) {
        if (line.startsWith(u'['))
            inGroup = line == QLatin1String("[Desktop Entry]");
        else if (inGroup && line.contains(u'=') && !line.startsWith(u'#'))
            entry.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1).trimmed());
    }
    return entry;
}

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
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Roff to plain text, enough to search a man page for a command line: no font escapes, "\-" is "-".
QString roffText(const QString& roff) {
    QString text = roff;
    text.remove(QRegularExpression(QStringLiteral(R"(\\f[BIRP])")));
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    return text;
}

} // namespace

class TestDesktopIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void oneApplicationIdEverywhere();
    void desktopEntryOpensProjects();
    void metainfoDescribesThisRelease();
    void mimeTypeMatchesTheProjectFormat();
    void mimeDatabaseRecognisesProjects_data();
    void mimeDatabaseRecognisesProjects();
    void iconSetHasEverySize();
    void manPagesCoverTheCliContract_data();
    void manPagesCoverTheCliContract();
    void manPagesCoverEveryCommandOfBmpctlHelp();
    void manPagesRenderWithoutWarnings();

private:
    QTemporaryDir m_dir;
};

void TestDesktopIntegration::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The MIME database is read once per process: point it at a scratch XDG data dir holding the system's
    // freedesktop.org package (shared-mime-info) and ours, compiled by the real update-mime-database, as on a
    // desktop after the DEB is installed.
    const QString mimeDir = m_dir.filePath(QStringLiteral("share/mime"));
    QVERIFY(QDir().mkpath(mimeDir + QStringLiteral("/packages")));
    QVERIFY(QFile::copy(resource(QStringLiteral(".mime.xml")),
                        mimeDir + QStringLiteral("/packages/") + AppInfo::appId() + QStringLiteral(".xml")));
    qputenv("XDG_DATA_DIRS", m_dir.filePath(QStringLiteral("share")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        mimeDir + QStringLiteral("/packages/freedesktop.org.xml")));
    // A scratch database needs no fsync of its thousand files (the slow part of update-mime-database).
    qputenv("PKGSYSTEM_ENABLE_FSYNC", "0");
    const Run update = run(QStringLiteral("update-mime-database"), {mimeDir});
    QVERIFY2(update.exitCode == 0, update.err.constData());
    QVERIFY2(update.err.isEmpty(), update.err.constData()); // it warns about invalid XML on stderr
    QVERIFY(QFile::exists(mimeDir + QStringLiteral("/mime.cache")));
}

void TestDesktopIntegration::oneApplicationIdEverywhere() {
    // The id the running app announces (Wayland app_id, portal) is the name of every desktop file.
    QCOMPARE(AppInfo::appId(), QStringLiteral("br.com.bmponboarding.BmpOnboarding"));
    for (const QString& suffix :
         {QStringLiteral(".desktop"), QStringLiteral(".metainfo.xml"), QStringLiteral(".mime.xml")})
        QVERIFY2(QFile::exists(resource(suffix)), qPrintable(resource(suffix)));
    QCOMPARE(desktopEntry(resource(QStringLiteral(".desktop"))).value(QStringLiteral("Icon")), AppInfo::appId());
    const QString svg =
        sourceFile(QStringLiteral("resources/icons/hicolor/scalable/apps/%1.svg").arg(AppInfo::appId()));
    QVERIFY(QFile::exists(svg));
}

void TestDesktopIntegration::desktopEntryOpensProjects() {
    const auto entry = desktopEntry(resource(QStringLiteral(".desktop")));
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("BMP Onboarding"));
    // %f: the file manager passes the double-clicked project as the positional argument main.cpp opens.
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("bmp-onboarding %f"));
    QCOMPARE(entry.value(QStringLiteral("TryExec")), QStringLiteral("bmp-onboarding"));
    QVERIFY(entry.value(QStringLiteral("MimeType")).split(u';', Qt::SkipEmptyParts).contains(kMimeType));
    QCOMPARE(entry.value(QStringLiteral("Terminal")), QStringLiteral("false"));
    QVERIFY(!entry.value(QStringLiteral("Comment[pt_BR]")).isEmpty());
}

void TestDesktopIntegration::metainfoDescribesThisRelease() {
    QXmlStreamReader xml(readFile(resource(QStringLiteral(".metainfo.xml"))));
    QString id;
    QString launchable;
    QStringList binaries;
    QStringList mediatypes;
    QStringList releases;
    QStringList images;
    int captions = 0;
    bool contentRating = false;
    bool describedRelease = false;
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("id"))
            id = xml.readElementText();
        else if (name == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (name == QLatin1String("binary"))
            binaries.append(xml.readElementText());
        else if (name == QLatin1String("mediatype"))
            mediatypes.append(xml.readElementText());
        else if (name == QLatin1String("image"))
            images.append(xml.readElementText());
        else if (name == QLatin1String("caption"))
            ++captions;
        else if (name == QLatin1String("content_rating"))
            contentRating = true;
        else if (name == QLatin1String("release"))
            releases.append(xml.attributes().value(QLatin1String("version")).toString());
        else if (name == QLatin1String("li") && !releases.isEmpty())
            describedRelease = true;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, AppInfo::appId());
    QCOMPARE(launchable, AppInfo::appId() + QStringLiteral(".desktop"));
    QCOMPARE(binaries, (QStringList{QStringLiteral("bmp-onboarding"), QStringLiteral("bmpctl")}));
    QCOMPARE(mediatypes, QStringList{kMimeType});
    QVERIFY(contentRating);
    // The newest release listed is the version being built, with its notes.
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.first(), AppInfo::version());
    QVERIFY(describedRelease);
    // Software centres show the screenshots: each is an image of docs/screenshots/ published under the homepage,
    // with a caption in both languages.
    QVERIFY(images.size() >= 2);
    QCOMPARE(captions, 2 * images.size());
    for (const QString& url : images) {
        QVERIFY2(url.startsWith(QLatin1String("https://bmponboarding.com.br/screenshots/")), qPrintable(url));
        const QString local = sourceFile(QStringLiteral("docs/screenshots/") + url.section(u'/', -1));
        QVERIFY2(QImageReader(local).canRead(), qPrintable(local));
    }
}

void TestDesktopIntegration::mimeTypeMatchesTheProjectFormat() {
    QXmlStreamReader xml(readFile(resource(QStringLiteral(".mime.xml"))));
    QString type;
    QStringList globs;
    QList<QPair<QString, QString>> matches; // (type, value@offset), outer first
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("mime-type"))
            type = a.value(QLatin1String("type")).toString();
        else if (xml.name() == QLatin1String("glob"))
            globs.append(a.value(QLatin1String("pattern")).toString());
        else if (xml.name() == QLatin1String("match"))
            matches.append(
                {a.value(QLatin1String("type")).toString(),
                 a.value(QLatin1String("value")).toString() + u'@' + a.value(QLatin1String("offset")).toString()});
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(type, kMimeType);
    QCOMPARE(globs, QStringList{QStringLiteral("*.bmpproj")});
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0), qMakePair(QStringLiteral("string"), QStringLiteral("SQLite format 3@0")));
    // The application_id the store writes (PRAGMA application_id), big-endian at offset 68 of the header.
    QCOMPARE(matches.at(1).first, QStringLiteral("big32"));
    QCOMPARE(matches.at(1).second,
             QStringLiteral("0x%1@68").arg(QString::number(storage::kApplicationId, 16).toUpper()));
}

void TestDesktopIntegration::mimeDatabaseRecognisesProjects_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("byContentOnly");
    QTest::addColumn<QString>("expected");
    // A real project, renamed without its extension: the magic (SQLite header + "BMP1") still finds it.
    QTest::newRow("project without extension") << QStringLiteral("made:renamed") << true << kMimeType;
    QTest::newRow("project with extension") << QStringLiteral("made:p.bmpproj") << false << kMimeType;
    QTest::newRow("fixture v1") << QStringLiteral(BMP_TEST_DATA_DIR "/projects/v1.bmpproj") << true << kMimeType;
    // Another program's SQLite file is SQLite, not ours.
    QTest::newRow("foreign sqlite") << QStringLiteral(BMP_TEST_DATA_DIR "/projects/foreign.sqlite") << true
                                    << QStringLiteral("application/vnd.sqlite3");
}

void TestDesktopIntegration::mimeDatabaseRecognisesProjects() {
    QFETCH(QString, file);
    QFETCH(bool, byContentOnly);
    QFETCH(QString, expected);
    QString path = file;
    if (file.startsWith(QLatin1String("made:"))) {
        path = m_dir.filePath(file.mid(5));
        QFile::remove(path);
        {
            auto project = Project::create(m_dir.filePath(QStringLiteral("made.bmpproj")), QStringLiteral("Mime Ltda"),
                                           {Product::Caas});
            QVERIFY(project.ok());
        } // closes the database
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("made.bmpproj")), path));
    }
    const QMimeDatabase db;
    const QMimeType type =
        db.mimeTypeForFile(path, byContentOnly ? QMimeDatabase::MatchContent : QMimeDatabase::MatchDefault);
    QCOMPARE(type.name(), expected);
    if (expected == kMimeType) {
        QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(type.iconName(), AppInfo::appId());
    }
}

void TestDesktopIntegration::iconSetHasEverySize() {
    const QList<int> sizes = iconSizes();
    QCOMPARE(sizes, (QList<int>{16, 32, 48, 64, 128, 256}));
    for (int size : sizes) {
        const QString path =
            sourceFile(QStringLiteral("resources/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppInfo::appId()));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(size, size));
        const QImage image = reader.read();
        QVERIFY(image.hasAlphaChannel());
        // Rounded corners: the corner pixel is transparent, the centre is not.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }
    QXmlStreamReader svg(
        readFile(sourceFile(QStringLiteral("resources/icons/hicolor/scalable/apps/%1.svg").arg(AppInfo::appId()))));
    QVERIFY(svg.readNextStartElement());
    QCOMPARE(svg.name(), QLatin1String("svg"));
    QCOMPARE(svg.attributes().value(QLatin1String("viewBox")), QLatin1String("0 0 128 128"));
}

void TestDesktopIntegration::manPagesCoverTheCliContract_data() {
    QTest::addColumn<QString>("command");
    // Every command form of DESIGN.md's bmpctl contract.
    for (const char* c : {"bmpctl version",
                          "bmpctl project init FILE --partner NAME",
                          "bmpctl project status FILE",
                          "bmpctl project step FILE STEP --status",
                          "bmpctl env set FILE ENV",
                          "bmpctl env list FILE",
                          "bmpctl key generate --out-dir DIR --passphrase-file F",
                          "bmpctl key generate --project FILE --env ENV",
                          "bmpctl key import --project FILE --env ENV --key PEM",
                          "bmpctl key register --project FILE --env ENV",
                          "bmpctl key inspect FILE",
                          "bmpctl jwt sign --key private.pem",
                          "bmpctl jwt sign --project FILE --env ENV",
                          "bmpctl jwt decode TOKEN|-",
                          "bmpctl jwt verify TOKEN|- --pub public.pem",
                          "bmpctl token --token-url URL",
                          "bmpctl token --project FILE --env ENV",
                          "bmpctl sandbox [--listen 127.0.0.1:PORT] [--tls]",
                          "bmpctl proposals run --project FILE --env ENV",
                          "bmpctl calc --amount N --installments N",
                          "bmpctl calendar check DATE",
                          "bmpctl calendar next [--from DATE] [--count N]",
                          "bmpctl calendar holidays YEAR",
                          "bmpctl report signoff --project FILE --out FILE.pdf",
                          "bmpctl evidence export --project FILE --out FILE.jsonl",
                          "--show-secret",
                          "--passphrase-file",
                          "--not-started|in-progress|blocked|done"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestDesktopIntegration::manPagesCoverTheCliContract() {
    QFETCH(QString, command);
    QString text = roffText(QString::fromUtf8(readFile(sourceFile(QStringLiteral("packaging/man/bmpctl.1")))));
    // The status list is set as separate words in the page.
    if (command.startsWith(QLatin1String("--not-started"))) {
        for (const QString& s : {QStringLiteral("not-started"), QStringLiteral("in-progress"),
                                 QStringLiteral("blocked"), QStringLiteral("done")})
            QVERIFY2(text.contains(s), qPrintable(s));
        return;
    }
    QVERIFY2(text.contains(command), qPrintable(command));
}

void TestDesktopIntegration::manPagesCoverEveryCommandOfBmpctlHelp() {
    // Whatever bmpctl lists in its help has a section in the man page ("project init|status|step" = 3).
    const Run help = run(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString text = roffText(QString::fromUtf8(readFile(sourceFile(QStringLiteral("packaging/man/bmpctl.1")))));
    int checked = 0;
    static const QRegularExpression line(QStringLiteral(R"(^\s+([a-z]+)(?:\s+([a-z|]+))?(?:\s|$))"));
    for (const QString& l : QString::fromUtf8(help.out).split(u'\n')) {
        const auto m = line.match(l);
        if (!m.hasMatch())
            continue;
        const QStringList subs = m.captured(2).isEmpty() ? QStringList{QString()} : m.captured(2).split(u'|');
        for (const QString& sub : subs) {
            const QString command = QStringLiteral("bmpctl %1 %2").arg(m.captured(1), sub).trimmed();
            QVERIFY2(text.contains(command), qPrintable(command));
            ++checked;
        }
    }
    QVERIFY2(checked >= 12, qPrintable(QString::number(checked)));
}

void TestDesktopIntegration::manPagesRenderWithoutWarnings() {
    for (const QString& page : {QStringLiteral("bmp-onboarding.1"), QStringLiteral("bmpctl.1")}) {
        const QString path = sourceFile(QStringLiteral("packaging/man/") + page);
        const Run groff = run(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-ww"),
                                                        QStringLiteral("-Tutf8"), QStringLiteral("-z"), path});
        QCOMPARE(groff.exitCode, 0);
        QVERIFY2(groff.err.isEmpty(), groff.err.constData());
        const QString roff = QString::fromUtf8(readFile(path));
        QVERIFY(roff.contains(QStringLiteral(".SH EXIT STATUS")));
        QVERIFY(roff.contains(QStringLiteral("\"BMP Onboarding %1\"").arg(AppInfo::version())));
    }
}

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"
