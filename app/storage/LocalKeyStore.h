#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace bmp::storage {

// Where a shared project's encrypted private keys live: on the machine of the developer who made them, never on
// the server (docs/TEAM.md). One directory per shared project (its project.id), mode 0700; one file per
// environment, mode 0600, holding the same encrypted PKCS#8 PEM a project file would.
namespace LocalKeyStore {

QString directory(const QString& projectId);
Status save(const QString& projectId, const QString& environment, const QByteArray& encryptedPem);
// Empty when this machine does not hold the key.
QByteArray load(const QString& projectId, const QString& environment);
void remove(const QString& projectId, const QString& environment);
// "ana@laptop-ana": who made the key, and on which machine it lives.
QString holder(const QString& userName);

} // namespace LocalKeyStore

} // namespace bmp::storage
