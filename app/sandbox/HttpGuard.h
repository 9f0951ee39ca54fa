#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace bmp::sandbox {

struct HttpLimits {
    qint64 maxBodyBytes = 1024 * 1024;
    int maxHeaderBytes = 32 * 1024;
    int maxTargetBytes = 8 * 1024;
    // A client that trickles its request (slowloris) or holds a connection open doing nothing costs a socket and a
    // buffer; these bound for how long.
    int headerTimeoutMs = 10000;  // from the connection (or the first byte of a request) to the end of its headers
    int requestTimeoutMs = 30000; // from the first byte of a request to the end of its body
    int idleTimeoutMs = 30000;    // a kept-alive connection waiting for its next request
    // Connections open at once. A new one beyond it closes the oldest connection still waiting for its request
    // (a slow or idle client), so a flood of half-sent requests cannot lock out a client that sends a whole one.
    int maxConnections = 256;
};

// Looks at the bytes of each connection before Qt's HTTP parser does, so that bad input gets a clean 4xx
// instead of Qt's silence: an oversized body is refused from its Content-Length (413) before it is buffered,
// oversized headers get 431, a request line or header Qt would choke on gets 400, and when Qt's own parser
// still gives up (it then just stops listening to the socket) the client gets a 400 instead of a hang.
class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket* socket, const HttpLimits& limits);
    // The server answered a request on this connection: the next bytes start a new message.
    void messageAnswered();
    // Whether the connection is waiting for (the rest of) a request, rather than being answered: such a one may be
    // closed to make room (GuardedTcpServer's cap).
    bool isWaitingForRequest() const { return !m_done && !m_processing; }
    bool isClosing() const { return m_done; }
    // Closes the connection to make room for a new one (no answer: the client was not sending anything useful).
    void evict();
    QTcpSocket* socket() const { return m_socket; }

signals:
    // The guard answered and closed the connection itself; requestLine may be empty or partial.
    void refused(const QHostAddress& peer, const QByteArray& requestLine, int status, const QByteArray& body);

private:
    void onReadyRead();
    void checkParserStillListening();
    bool inspectHead(const QByteArray& head);
    void refuse(int status, const char* code, const QString& description);
    void resetMessage();
    void drain();
    void onDeadline();
    enum class Phase { Idle, Head, Body };
    void enterPhase(Phase phase);

    static constexpr qint64 kMaxDrainBytes = 16 * 1024 * 1024;
    static constexpr int kDrainTimeoutMs = 5000;

    QTcpSocket* m_socket;
    HttpLimits m_limits;
    QMetaObject::Connection m_watch;
    QByteArray m_head;
    QByteArray m_requestLine;
    bool m_inBody = false;
    qint64 m_bodyExpected = 0; // -1: chunked, unknown length
    qint64 m_bodySeen = 0;
    bool m_done = false;
    qint64 m_chunkBytes = 0; // size of the chunk being looked at
    qint64 m_drainBytes = 0; // after a 413: bytes still to read away before closing
    QTimer* m_deadline;
    Phase m_phase = Phase::Head; // a new connection must send its first request headers in time
    bool m_processing = false;   // a whole request arrived and awaits its answer
};

// A QTcpServer (TLS when given a configuration) that puts a ConnectionGuard on every connection before
// handing it to QAbstractHttpServer.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const HttpLimits& limits, std::optional<QSslConfiguration> tls, QObject* parent = nullptr);
    int openConnections() const;
    int evictedConnections() const { return m_evicted; }

signals:
    void refused(const QHostAddress& peer, const QByteArray& requestLine, int status, const QByteArray& body);

protected:
    void incomingConnection(qintptr handle) override;

private:
    bool makeRoom();

    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QList<QPointer<ConnectionGuard>> m_connections; // oldest first
    int m_evicted = 0;
};

} // namespace bmp::sandbox
