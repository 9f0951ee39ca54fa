#include "core/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QStringList>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bmp {

namespace {

// PRAGMA application_id of project files ("BMP1", storage/Schema.h), stored big-endian at offset 68.
constexpr quint32 kProjectApplicationId = 0x424D5031;
const char* const kCompanions[] = {"", "-wal", "-shm", "-journal"};

QMutex& registryMutex() {
    static QMutex mutex;
    return mutex;
}

QStringList& protectedPaths() {
    static QStringList paths;
    return paths;
}

// umask is process-wide: changes are serialised so that two threads cannot leave it tightened (or loosened).
QMutex& umaskMutex() {
    static QMutex mutex;
    return mutex;
}

// The absolute path with the folder's symbolic links resolved (the file itself may not exist yet).
QString resolved(const QString& path) {
    const QFileInfo info(path);
    const QString dir = info.absoluteDir().canonicalPath();
    return QDir::cleanPath((dir.isEmpty() ? info.absolutePath() : dir) + u'/' + info.fileName());
}

bool sameFile(const QByteArray& a, const QByteArray& b) {
    struct stat sa {};
    struct stat sb {};
    return ::stat(a.constData(), &sa) == 0 && ::stat(b.constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

bool isOpenProject(const QString& target) {
    const QString path = resolved(target);
    const QByteArray native = QFile::encodeName(target);
    const QMutexLocker lock(&registryMutex());
    for (const QString& project : std::as_const(protectedPaths())) {
        for (const char* suffix : kCompanions) {
            const QString companion = project + QLatin1String(suffix);
            if (companion == path || sameFile(native, QFile::encodeName(companion)))
                return true;
        }
    }
    return false;
}

} // namespace

void OutputFile::protect(const QString& path) {
    const QMutexLocker lock(&registryMutex());
    protectedPaths().append(resolved(path));
}

void OutputFile::unprotect(const QString& path) {
    const QMutexLocker lock(&registryMutex());
    protectedPaths().removeOne(resolved(path));
}

bool OutputFile::looksLikeProject(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st {};
    unsigned char header[72] = {};
    const bool read = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::read(fd, header, sizeof header) == 72;
    ::close(fd);
    if (!read || QByteArrayView(reinterpret_cast<const char*>(header), 16) != QByteArrayView("SQLite format 3\0", 16))
        return false;
    const quint32 appId = quint32(header[68]) << 24 | quint32(header[69]) << 16 | quint32(header[70]) << 8 | header[71];
    return appId == kProjectApplicationId;
}

Status OutputFile::checkTarget(const QString& path, Overwrite overwrite) {
    if (path.trimmed().isEmpty())
        return makeError(tr("No file name was given."));
    const QString name = QFileInfo(path).fileName();
    if (isOpenProject(path))
        return makeError(tr("%1 is the open project (or part of it); an export never replaces it. Choose another "
                            "file name.")
                             .arg(name),
                         resolved(path));
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {}; // a new file (a missing folder makes the write itself fail, with the system's reason)
    if (info.isDir())
        return makeError(tr("%1 is a folder; give a file name.").arg(path));
    if (!info.isFile())
        return makeError(tr("%1 is not a regular file; choose a file name.").arg(path));
    if (looksLikeProject(path))
        return makeError(tr("%1 is a BMP Onboarding project; an export never replaces a project. Choose another "
                            "file name.")
                             .arg(name));
    if (overwrite == Overwrite::Refuse)
        return makeError(tr("%1 already exists; it was left untouched.").arg(path));
    return {};
}

Status OutputFile::write(const QString& path, const QByteArray& data, Overwrite overwrite, Access access) {
    if (Status s = checkTarget(path, overwrite); !s)
        return s;
    const QFileDevice::Permissions permissions =
        access == Access::OwnerOnly
            ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
            : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QSaveFile file(path);
    bool opened = false;
    {
        // QSaveFile creates its temporary file with mode 0666 & ~umask: tighten the umask around the creation so
        // an owner-only file is never readable by others, not even while empty.
        const QMutexLocker lock(&umaskMutex());
        const mode_t previous = ::umask(access == Access::OwnerOnly ? 077 : 022);
        opened = file.open(QIODevice::WriteOnly);
        ::umask(previous);
    }
    if (!opened)
        return makeError(tr("Cannot create %1.").arg(path), file.errorString());
    if (!file.setPermissions(permissions)) {
        file.cancelWriting();
        return makeError(tr("Cannot restrict the permissions of %1.").arg(path), file.errorString());
    }
    if (file.write(data) != data.size() || !file.commit())
        return makeError(tr("Cannot write %1.").arg(path), file.errorString());
    // What is on the disk must be what was meant: never report a file as saved that is not.
    QFile back(path);
    if (!back.open(QIODevice::ReadOnly) || back.read(data.size() + 1) != data)
        return makeError(tr("%1 was written but reads back differently; do not use it.").arg(path), back.errorString());
    return {};
}

} // namespace bmp
