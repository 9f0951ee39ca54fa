#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bmp {

// The one way files leave the application (exports, reports, key files): atomically through QSaveFile, readable
// by the owner only from the first byte on (exports hold personal data), read back after writing, and never over
// something that must not be replaced:
//   - an existing file, unless the user confirmed replacing it (the save dialog asked, or bmpctl got --force);
//   - a project file open in this process, or its -wal/-shm/-journal companions, even when confirmed
//     (same device and inode, so a symbolic link or another spelling of the path does not get past);
//   - any BMP Onboarding project file (SQLite header and our application_id), even when confirmed;
//   - a folder or anything that is not a regular file.
class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    enum class Overwrite { Refuse, Allow };
    enum class Access { OwnerOnly, PublicRead }; // 0600, or 0644 for public material (a public key)

    // What write() would refuse, without writing anything.
    static Status checkTarget(const QString& path, Overwrite overwrite);
    static Status write(const QString& path, const QByteArray& data, Overwrite overwrite,
                        Access access = Access::OwnerOnly);

    // A project file this process has open: never a target. Registered by the project store while it is open.
    static void protect(const QString& path);
    static void unprotect(const QString& path);

    // Whether the file at path starts like a BMP Onboarding project (reads 72 bytes; false when unreadable).
    static bool looksLikeProject(const QString& path);
};

} // namespace bmp
