#pragma once

#include "core/Result.h"
#include "sandbox/SandboxEngine.h"
#include "sandbox/SandboxTypes.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QUrl>

namespace bmp::sandbox {

class GuardedTcpServer;

// The HTTP face of the sandbox: Qt HTTP Server on loopback (by default) turning each request into a
// SandboxRequest for the engine and writing its SandboxResponse back. Optional HTTPS with a CA generated at
// start (caCertificatePem(), also written to Options::caOutPath so clients can trust it explicitly).
//
//   SandboxServer server({.tls = true});
//   if (const Status s = server.start(); !s) ...;
//   server.baseUrl();   // https://127.0.0.1:PORT
class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    struct Options {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; // 0: a free port
        bool tls = false;
        QString caOutPath; // where to write the CA certificate (PEM) when tls; empty: nowhere
        QString stateDir;  // SQLite persistence; empty: in memory
        SandboxConfig config;
        SandboxEngine::Clock clock; // empty: the system clock
    };

    explicit SandboxServer(Options options, QObject* parent = nullptr);
    ~SandboxServer() override;

    Status start();
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;             // scheme://127.0.0.1:PORT (what clients should use)
    QStringList baseUrls() const;     // every spelling accepted as the token audience's base
    QStringList allowedHosts() const; // Host header values the /_sandbox/ administration answers to
    int openConnections() const;
    QUrl tokenUrl() const { return QUrl(baseUrl().toString() + QStringLiteral("/connect/token")); }
    QByteArray caCertificatePem() const { return m_caPem; }
    QString caCertificatePath() const { return m_options.caOutPath; }
    SandboxEngine* engine() { return m_engine; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    static SandboxRequest toSandboxRequest(const QHttpServerRequest& request);
    void write(const QHttpServerRequest& request, QTcpSocket* socket, const SandboxResponse& response);

    Options m_options;
    SandboxEngine* m_engine;
    QPointer<GuardedTcpServer> m_tcp;
    quint16 m_port = 0;
    QByteArray m_caPem;
};

} // namespace bmp::sandbox
