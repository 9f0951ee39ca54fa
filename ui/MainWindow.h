#pragma once

#include <QMainWindow>

namespace bmp::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace bmp::ui
