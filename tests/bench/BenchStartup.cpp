// Startup: time from launch until the wizard's first frame is painted, against a minimal QWizard program
// measured in the same run (QUALITY.md: ratio ≤ 1.3). Both run offscreen, N times each, interleaved.
#include "BenchStats.h"
#include "domain/DemoProject.h"
#include "domain/Project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

double runOnce(const QString& program, const QStringList& args, const QProcessEnvironment& env) {
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        bench::out() << "failed: " << program << " " << p.readAllStandardError() << Qt::endl;
        return -1;
    }
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 15;
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("bench.bmpproj"));
    {
        auto p = bmp::Project::create(project, QStringLiteral("Bench Ltda"), {bmp::Product::Caas});
        if (!p || !bmp::fillDemoProject(**p, QDate::currentDate()))
            return 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const QString ours = QStringLiteral(BMP_BINARY_DIR "/bmp-onboarding");
    const QString baseline = QStringLiteral(BMP_BINARY_DIR "/tests/bench/MinimalWizard");
    QList<double> a;
    QList<double> b;
    QList<double> c;            // until the remembered page is built and painted
    runOnce(baseline, {}, env); // warm the page cache for both
    runOnce(ours, {project, QStringLiteral("--exit-after-first-frame")}, env);
    for (int i = 0; i < runs; ++i) {
        const double x = runOnce(baseline, {}, env);
        const double y = runOnce(ours, {project, QStringLiteral("--exit-after-first-frame")}, env);
        const double z = runOnce(ours, {project, QStringLiteral("--exit-after-page")}, env);
        if (x < 0 || y < 0 || z < 0)
            return 1;
        b.append(x);
        a.append(y);
        c.append(z);
    }
    const double ratio = bench::median(a) / bench::median(b);
    bench::out() << "startup to first frame, median of " << runs << " runs\n"
                 << "  bmp-onboarding (demo project):  " << bench::median(a) << " ms\n"
                 << "  minimal QWizard (baseline):     " << bench::median(b) << " ms\n"
                 << "  ratio: " << ratio << "  (target <= 1.3)\n"
                 << "  bmp-onboarding until its page is painted too: " << bench::median(c) << " ms, ratio "
                 << bench::median(c) / bench::median(b) << Qt::endl;
    return 0;
}
