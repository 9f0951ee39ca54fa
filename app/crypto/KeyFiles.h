#pragma once

#include "core/Result.h"
#include "crypto/Wipe.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bmp::crypto {

// Writing key files safely (through core/OutputFile): atomically, never over an existing file unless asked, never
// over a project, and for private keys readable by the owner only from the first byte on.
class KeyFiles {
    Q_DECLARE_TR_FUNCTIONS(KeyFiles)
public:
    enum class Overwrite { Refuse, Allow };

    // Mode 0600: the temporary file is created under umask 077 and chmod-ed before any byte is written.
    static Status writePrivate(const QString& path, const QByteArray& data, Overwrite overwrite = Overwrite::Refuse);
    // Mode 0644 (public material).
    static Status writePublic(const QString& path, const QByteArray& data, Overwrite overwrite = Overwrite::Refuse);
    // A regular file of at most maxSize bytes (never a FIFO, a device or a folder: those are refused unread).
    static Result<QByteArray> read(const QString& path, qsizetype maxSize = 1024 * 1024);
};

} // namespace bmp::crypto
