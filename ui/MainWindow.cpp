#include "MainWindow.h"

namespace bmp::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("BMP Onboarding"));
}

} // namespace bmp::ui
