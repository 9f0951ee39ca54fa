#include "Screenshots.h"

#include "MainWindow.h"
#include "WizardShell.h"
#include "domain/DemoProject.h"
#include "domain/Project.h"
#include "pages/WizardPage.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

namespace bmp::ui {

int renderScreenshots(const QString& directory) {
    QTextStream err(stderr);
    if (!QDir().mkpath(directory)) {
        err << "cannot create " << directory << Qt::endl;
        return -1;
    }
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("demo.bmpproj"));
    {
        auto project = Project::create(path, QStringLiteral("Fintech Exemplo Ltda"), {Product::Caas});
        if (!project) {
            err << project.error().toString() << Qt::endl;
            return -1;
        }
        if (Status s = fillDemoProject(**project, QDate::currentDate()); !s) {
            err << s.error().toString() << Qt::endl;
            return -1;
        }
        if (Status s = (*project)->setSetting(QStringLiteral("ui.reached"), QStringLiteral("99")); !s) {
            err << s.error().toString() << Qt::endl;
            return -1;
        }
    }
    MainWindow window(path);
    window.resize(1280, 800);
    window.show();
    WizardShell* shell = window.wizard();
    int written = 0;
    for (int i = 0; shell && i < shell->pageCount(); ++i) {
        shell->setCurrentIndex(i);
        QApplication::processEvents();
        const QString file = QDir(directory).filePath(
            QStringLiteral("%1-%2.png").arg(i, 2, 10, QLatin1Char('0')).arg(shell->page(i)->pageKey()));
        if (!window.grab().save(file)) {
            err << "cannot write " << file << Qt::endl;
            return -1;
        }
        ++written;
    }
    return written;
}

} // namespace bmp::ui
