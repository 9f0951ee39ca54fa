#include "MainWindow.h"
#include "Screenshots.h"
#include "WizardShell.h"
#include "core/AppInfo.h"
#include "core/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

namespace {

// The icon set installed under hicolor, embedded too so that the window has it when run from the build tree.
QIcon applicationIcon() {
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/%2.png").arg(size).arg(bmp::AppInfo::appId()),
                     QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char** argv) {
    bmp::ProcessHardening::apply(); // before any secret can be in memory
    QApplication app(argc, argv);
    bmp::AppInfo::setUp(app);
    app.setDesktopFileName(bmp::AppInfo::appId());
    app.setWindowIcon(applicationIcon());

    // The translator goes in before the parser's texts are built, so --help is translated too; hence the early look
    // at --lang. The language chosen in View › Language is remembered; --lang (screenshots, tests) is not.
    QString language = QSettings().value(QStringLiteral("language"), bmp::AppInfo::systemLanguage()).toString();
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    if (!bmp::AppInfo::installTranslator(app, language))
        bmp::AppInfo::installTranslator(app, QStringLiteral("en"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "BMP partner onboarding wizard"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("screenshots"),
                      QCoreApplication::translate("main", "Render every page of a demo project to DIR and exit."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("main", "Language: en or pt_BR."),
                      QStringLiteral("LANG")});
    // For the startup benchmark: quit once the first frame, or the first page, has been painted.
    QCommandLineOption firstFrame(QStringLiteral("exit-after-first-frame"));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstFrame);
    QCommandLineOption pageReady(QStringLiteral("exit-after-page"));
    pageReady.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(pageReady);
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate("main",
                                    "Project file (.bmpproj), or a shared project's postgresql:// address, to open."));
    parser.process(app);

    if (parser.isSet(QStringLiteral("screenshots"))) {
        // Screenshots never touch the user's settings or recent projects.
        QCoreApplication::setApplicationName(QStringLiteral("bmp-onboarding-screenshots"));
        QSettings().clear();
        const int n = bmp::ui::renderScreenshots(parser.value(QStringLiteral("screenshots")));
        return n > 0 ? 0 : 1;
    }

    const QStringList files = parser.positionalArguments();
    bmp::ui::MainWindow window(files.isEmpty() ? QString() : files.first());
    window.show();
    if (parser.isSet(pageReady) && window.wizard()) {
        QObject::connect(window.wizard(), &bmp::ui::WizardShell::pageReady, &window, [&] {
            window.repaint();
            app.quit();
        });
    } else if (parser.isSet(firstFrame)) {
        QTimer::singleShot(0, &window, [&] {
            window.repaint();
            app.quit();
        });
    }
    return app.exec();
}
