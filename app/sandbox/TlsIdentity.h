#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QStringList>

namespace bmp::sandbox {

// The sandbox's HTTPS identity, made fresh at every start: a self-signed CA (EC P-256, CA:TRUE, pathlen 0)
// and a server certificate for the loopback names it signs (SAN DNS:localhost, IP:127.0.0.1, IP:::1 plus any
// extra names). Clients trust the CA explicitly (it is written to a file); nothing touches the system store.
// The private keys live only in memory.
class TlsIdentity {
    Q_DECLARE_TR_FUNCTIONS(TlsIdentity)
public:
    static Result<TlsIdentity> generate(const QStringList& extraDnsNames = {},
                                        const QList<QHostAddress>& extraAddresses = {}, int validDays = 30);

    const QByteArray& caCertificatePem() const { return m_caPem; }
    const QByteArray& serverCertificatePem() const { return m_serverPem; }
    // Server certificate + CA chain + private key, ready for QSslSocket::startServerEncryption.
    QSslConfiguration serverConfiguration() const { return m_server; }

private:
    QByteArray m_caPem;
    QByteArray m_serverPem;
    QSslConfiguration m_server;
};

} // namespace bmp::sandbox
