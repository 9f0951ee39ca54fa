#include "storage/LocalKeyStore.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace bmp::storage::LocalKeyStore {

namespace {

// Project ids are UUIDs we made and environment names are checked, but a shared database is written by others:
// nothing read from it may steer a path.
QString safeName(const QString& text) {
    return QString::fromLatin1(text.toUtf8().toHex());
}

QString keyFile(const QString& projectId, const QString& environment) {
    return directory(projectId) + QStringLiteral("/") + safeName(environment) + QStringLiteral(".key.pem");
}

} // namespace

QString directory(const QString& projectId) {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/shared-keys/") +
           safeName(projectId);
}

Status save(const QString& projectId, const QString& environment, const QByteArray& encryptedPem) {
    const QString dir = directory(projectId);
    if (!QDir().mkpath(dir))
        return makeError(QCoreApplication::translate("LocalKeyStore", "Cannot create the folder for this machine's "
                                                                      "keys: %1.")
                             .arg(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(keyFile(projectId, environment));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QCoreApplication::translate("LocalKeyStore", "Cannot save the key on this machine."),
                         file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(encryptedPem);
    if (!file.commit())
        return makeError(QCoreApplication::translate("LocalKeyStore", "Cannot save the key on this machine."),
                         file.errorString());
    return {};
}

QByteArray load(const QString& projectId, const QString& environment) {
    QFile file(keyFile(projectId, environment));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024); // an encrypted RSA key is a few kilobytes
}

void remove(const QString& projectId, const QString& environment) {
    QFile::remove(keyFile(projectId, environment));
}

QString holder(const QString& userName) {
    return userName + u'@' + QHostInfo::localHostName();
}

} // namespace bmp::storage::LocalKeyStore
