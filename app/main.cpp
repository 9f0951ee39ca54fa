#include "MainWindow.h"
#include "core/AppInfo.h"

#include <QApplication>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    bmp::AppInfo::setUp(app);
    bmp::AppInfo::installTranslator(app, bmp::AppInfo::systemLanguage());
    bmp::ui::MainWindow window;
    window.show();
    return app.exec();
}
