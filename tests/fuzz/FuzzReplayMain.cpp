// Runs a fuzz target's entry point over every file of its seed corpus (and any crash reproducers saved
// there). Built in every configuration, so each target's corpus is a regression test in the normal suite.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    LLVMFuzzerInitialize(&argc, &argv);
    QTextStream out(stdout);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        QStringList paths;
        const QFileInfo info(QString::fromLocal8Bit(argv[i]));
        if (info.isDir()) {
            for (const QFileInfo& f : QDir(info.filePath()).entryInfoList(QDir::Files, QDir::Name))
                paths.append(f.filePath());
        } else {
            paths.append(info.filePath());
        }
        for (const QString& path : paths) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                out << "cannot read " << path << Qt::endl;
                return 1;
            }
            const QByteArray data = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()),
                                   static_cast<size_t>(data.size()));
            ++files;
        }
    }
    out << files << " inputs replayed without a crash" << Qt::endl;
    return files > 0 ? 0 : 1;
}
