// Project opening: any bytes written as a project file must be opened or refused cleanly.
#include "FuzzSupport.h"
#include "domain/Project.h"

#include <QFile>
#include <QTemporaryDir>

BMP_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.bmpproj"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return 0;
    f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    f.close();
    if (auto project = bmp::Project::open(path); project.ok()) {
        (void)(*project)->applicableSteps();
        (void)(*project)->history();
    }
    return 0;
}
