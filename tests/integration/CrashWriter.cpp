// Writes edits to a project as fast as it can and prints the number of each edit once it is committed.
// TestCrashSafety kills it at random moments and checks the file afterwards.
#include "domain/Project.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    auto project = bmp::Project::open(QString::fromLocal8Bit(argv[1]));
    if (!project)
        return 1;
    QTextStream out(stdout);
    // Continue from the last committed edit, so the counter only grows across kills.
    const qint64 first = (*project)->setting(QStringLiteral("crash.counter")).toLongLong() + 1;
    for (qint64 i = first;; ++i) {
        bmp::Status s = (*project)->setStepNotes(bmp::StepId::Channel, QStringLiteral("edit %1").arg(i));
        if (s)
            s = (*project)->setSetting(QStringLiteral("crash.counter"), QString::number(i));
        if (!s)
            return 1;
        out << i << '\n';
        out.flush();
    }
}
