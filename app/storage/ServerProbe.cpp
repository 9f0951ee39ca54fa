#include "storage/ServerProbe.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace bmp::storage {

void configureConnection(QSqlDatabase& db, const ServerAddress& address, int connectTimeoutSeconds) {
    if (!address.host.isEmpty())
        db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setDatabaseName(address.database);
    if (!address.user.isEmpty())
        db.setUserName(address.user);
    db.setPassword(address.password); // empty: libpq reads PGPASSWORD or ~/.pgpass itself
    db.setConnectOptions(address.connectOptions(connectTimeoutSeconds));
}

Status ServerProbe::reach(const ServerAddress& address) {
    // A connection belongs to the thread that made it: this one is made, used and removed here.
    const QString name = QStringLiteral("bmp-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        configureConnection(db, address, 5);
        if (db.open())
            db.close();
        else
            result = makeError(tr("The server does not answer yet."), db.lastError().text());
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace bmp::storage
