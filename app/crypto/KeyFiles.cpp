#include "crypto/KeyFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace bmp::crypto {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPublic = kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther;

Status writeFile(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions,
                 KeyFiles::Overwrite overwrite) {
    if (overwrite == KeyFiles::Overwrite::Refuse && QFileInfo::exists(path))
        return makeError(KeyFiles::tr("%1 already exists; it was left untouched.").arg(path));
    QSaveFile file(path);
    bool opened = false;
    {
#ifdef Q_OS_UNIX
        // QSaveFile creates a new temporary file with mode 0666 & ~umask; tighten the umask around the
        // creation so a private key file is never group/world readable, not even while empty.
        const bool secret = !(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const mode_t previous = secret ? ::umask(077) : ::umask(022);
        opened = file.open(QIODevice::WriteOnly);
        ::umask(previous);
#else
        opened = file.open(QIODevice::WriteOnly);
#endif
    }
    if (!opened)
        return makeError(KeyFiles::tr("Cannot create %1.").arg(path), file.errorString());
    if (!file.setPermissions(permissions)) {
        file.cancelWriting();
        return makeError(KeyFiles::tr("Cannot restrict the permissions of %1.").arg(path), file.errorString());
    }
    if (file.write(data) != data.size() || !file.commit())
        return makeError(KeyFiles::tr("Cannot write %1.").arg(path), file.errorString());
    // Read back: a key file that is not what we meant to write must not be reported as saved.
    auto back = KeyFiles::read(path);
    if (!back || *back != data)
        return makeError(KeyFiles::tr("%1 was written but reads back differently; do not use it.").arg(path));
    return {};
}

} // namespace

Status KeyFiles::writePrivate(const QString& path, const QByteArray& data, Overwrite overwrite) {
    return writeFile(path, data, kOwnerOnly, overwrite);
}

Status KeyFiles::writePublic(const QString& path, const QByteArray& data, Overwrite overwrite) {
    return writeFile(path, data, kPublic, overwrite);
}

Result<QByteArray> KeyFiles::read(const QString& path, qsizetype maxSize) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read %1.").arg(path), file.errorString());
    if (file.size() > maxSize)
        return makeError(tr("%1 is too large (%2 bytes) to be a key file.").arg(path).arg(file.size()));
    return file.readAll();
}

} // namespace bmp::crypto
