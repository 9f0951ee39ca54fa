#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace bmp::storage {

// Where a shared project lives: a PostgreSQL database named by a libpq-style URL,
// postgresql://[user[:password]@][host][:port]/database[?sslmode=…&host=/socket/dir…].
// A password written in the address is used for this connection only and never shown or remembered; the usual
// places (PGPASSWORD, ~/.pgpass) are read by libpq itself. TCP connections verify the server's certificate and
// name (sslmode=verify-full) unless the address says otherwise; Unix sockets do not use TLS.
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    QString host; // a name, an address or a socket directory; empty: libpq's default socket
    int port = -1;
    QString database;
    QString user;
    QString password;
    QMap<QString, QString> options; // the libpq options the address set (sslmode, sslrootcert, connect_timeout…)

    static bool looksLike(const QString& text); // postgresql:// or postgres://
    static Result<ServerAddress> parse(const QString& text);

    bool usesSocket() const { return host.isEmpty() || host.startsWith(u'/'); }
    // The address as it may be shown and remembered: everything but the password.
    QString display() const;
    // libpq options for QSqlDatabase::setConnectOptions ("sslmode=verify-full;connect_timeout=10").
    // connect_timeout: used when the address names none (libpq's own default is to wait forever).
    QString connectOptions(int connectTimeoutSeconds = 10) const;
};

// True when a failed connection needs a password the user did not give (the GUI then asks for one).
bool needsPassword(const Error& error);

} // namespace bmp::storage
