#include "crypto/KeyFiles.h"
#include "core/OutputFile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bmp::crypto {

namespace {

OutputFile::Overwrite overwriteFor(KeyFiles::Overwrite overwrite) {
    return overwrite == KeyFiles::Overwrite::Allow ? OutputFile::Overwrite::Allow : OutputFile::Overwrite::Refuse;
}

} // namespace

Status KeyFiles::writePrivate(const QString& path, const QByteArray& data, Overwrite overwrite) {
    return OutputFile::write(path, data, overwriteFor(overwrite), OutputFile::Access::OwnerOnly);
}

Status KeyFiles::writePublic(const QString& path, const QByteArray& data, Overwrite overwrite) {
    return OutputFile::write(path, data, overwriteFor(overwrite), OutputFile::Access::PublicRead);
}

Result<QByteArray> KeyFiles::read(const QString& path, qsizetype maxSize) {
    // Opened without blocking (a FIFO would wait for a writer forever) and checked to be a regular file before
    // a byte is read; then never more than maxSize + 1 bytes are read, whatever size() claimed (a file in /proc
    // says 0, /dev/zero never ends, a file may grow while it is read).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return makeError(tr("Cannot read %1.").arg(path), QString::fromLocal8Bit(strerror(errno)));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return makeError(tr("%1 is not a regular file; give the path of a key file.").arg(path));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError(tr("Cannot read %1.").arg(path), file.errorString());
    }
    QByteArray data = file.read(maxSize + 1);
    if (data.size() > maxSize) {
        wipe(data); // it may hold a plaintext private key
        return makeError(tr("%1 is too large to be a key file (over %2 bytes).").arg(path).arg(maxSize));
    }
    return data;
}

} // namespace bmp::crypto
