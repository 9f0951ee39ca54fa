// The startup baseline: the smallest Qt 6 QWizard program, quitting once its first frame is painted.
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QWizard wizard;
    for (int i = 0; i < 2; ++i) {
        auto* page = new QWizardPage;
        page->setTitle(QStringLiteral("Page %1").arg(i + 1));
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("Hello")));
        wizard.addPage(page);
    }
    wizard.show();
    QTimer::singleShot(0, &wizard, [&] {
        wizard.repaint();
        app.quit();
    });
    return app.exec();
}
