#pragma once

#include "core/Result.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace bmp::storage {

// Whether a shared project's server answers again: opens and closes a connection of its own. It blocks (up to the
// address's connect timeout), so it runs on a worker thread (BackgroundTask); it touches no other connection.
class ServerProbe {
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)
public:
    static Status reach(const ServerAddress& address);
};

// Points a QPSQL connection at the address (host, port, database, user, the password given, libpq options).
void configureConnection(QSqlDatabase& db, const ServerAddress& address, int connectTimeoutSeconds);

} // namespace bmp::storage
