#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;

namespace bmp::sandbox {

struct HttpLimits {
    qint64 maxBodyBytes = 1024 * 1024;
    int maxHeaderBytes = 32 * 1024;
    int maxTargetBytes = 8 * 1024;
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
};

// A QTcpServer (TLS when given a configuration) that puts a ConnectionGuard on every connection before
// handing it to QAbstractHttpServer.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const HttpLimits& limits, std::optional<QSslConfiguration> tls, QObject* parent = nullptr);

signals:
    void refused(const QHostAddress& peer, const QByteArray& requestLine, int status, const QByteArray& body);

protected:
    void incomingConnection(qintptr handle) override;

private:
    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace bmp::sandbox
