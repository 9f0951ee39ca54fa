#include "sandbox/HttpGuard.h"
#include "sandbox/Envelope.h"

#include <QJsonDocument>
#include <QSslSocket>
#include <QTimer>

namespace bmp::sandbox {

namespace {

bool isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray& s) {
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isVisibleTarget(const QByteArray& s) {
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    return !s.isEmpty();
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 400:
        return "Bad Request";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 408:
        return "Request Timeout";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const HttpLimits& limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_deadline(new QTimer(this)) {
    // Connected before QAbstractHttpServer connects its own slot, so this runs first on every readyRead.
    m_watch = connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    enterPhase(Phase::Head); // the TLS handshake and the first request line count too
}

void ConnectionGuard::enterPhase(Phase phase) {
    m_phase = phase;
    switch (phase) {
    case Phase::Idle:
        m_deadline->start(m_limits.idleTimeoutMs);
        break;
    case Phase::Head:
        m_deadline->start(m_limits.headerTimeoutMs);
        break;
    case Phase::Body: // measured from the start of the request: the head's time counts against it
        m_deadline->start(std::max(0, m_limits.requestTimeoutMs -
                                          (m_limits.headerTimeoutMs - std::max(0, m_deadline->remainingTime()))));
        break;
    }
}

void ConnectionGuard::onDeadline() {
    if (m_done || m_processing)
        return;
    if (m_phase == Phase::Idle) {
        m_done = true;
        m_socket->disconnectFromHost();
        return;
    }
    refuse(408, codes::MalformedHttp,
           m_phase == Phase::Head
               ? tr("The request headers did not arrive within %1 s.").arg(m_limits.headerTimeoutMs / 1000.0)
               : tr("The request did not arrive within %1 s.").arg(m_limits.requestTimeoutMs / 1000.0));
}

void ConnectionGuard::evict() {
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    // The HTTP server deletes the socket once it is disconnected, as for any other closed connection.
    m_socket->abort();
}

void ConnectionGuard::messageAnswered() {
    resetMessage();
    m_processing = false;
    if (!m_done)
        enterPhase(Phase::Idle);
}

void ConnectionGuard::resetMessage() {
    m_head.clear();
    m_requestLine.clear();
    m_inBody = false;
    m_bodyExpected = 0;
    m_bodySeen = 0;
}

void ConnectionGuard::onReadyRead() {
    if (m_done)
        return;
    if (m_phase == Phase::Idle && !m_processing)
        enterPhase(Phase::Head); // the next request starts: its headers have their own time
    // Within Qt's read transaction, peek() shows exactly the bytes Qt has not parsed yet: the new ones.
    QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    m_chunkBytes = fresh.size();
    QTimer::singleShot(0, this, &ConnectionGuard::checkParserStillListening);
    while (!fresh.isEmpty() && !m_done) {
        if (!m_inBody) {
            m_head += fresh;
            fresh.clear();
            while (m_head.startsWith("\r\n")) // tolerated before a request line (RFC 9112 section 2.2)
                m_head.remove(0, 2);
            const int end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    refuse(431, codes::MalformedHttp,
                           tr("The request headers exceed %1 bytes.").arg(m_limits.maxHeaderBytes));
                return;
            }
            fresh = m_head.mid(end + 4);
            if (!inspectHead(m_head.left(end)))
                return;
            m_head.clear();
            m_inBody = true;
            m_bodySeen = 0;
            enterPhase(Phase::Body);
        }
        if (m_bodyExpected >= 0 && m_bodySeen + fresh.size() >= m_bodyExpected) {
            // The message is complete; whatever follows is the next (pipelined) request. The server answers it
            // now: no deadline runs until it has (messageAnswered()).
            fresh = fresh.mid(m_bodyExpected - m_bodySeen);
            resetMessage();
            m_processing = true;
            m_deadline->stop();
            continue;
        }
        m_bodySeen += fresh.size();
        fresh.clear();
        // Chunked bodies: the framing adds a little to the payload, hence the slack.
        if (m_bodyExpected < 0 && m_bodySeen > m_limits.maxBodyBytes + 64 * 1024)
            refuse(413, codes::BodyTooLarge, tr("The request body exceeds %1 bytes.").arg(m_limits.maxBodyBytes));
    }
}

bool ConnectionGuard::inspectHead(const QByteArray& head) {
    // head ends before the blank line, so every line here is CRLF-separated; a bare LF is malformed.
    const QList<QByteArray> lines = head.split('\n');
    QByteArray requestLine = lines.first();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    m_requestLine = requestLine.left(300);
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].endsWith('\r')) {
            refuse(400, codes::MalformedHttp, tr("Header lines must end with CRLF."));
            return false;
        }
    }
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[0].size() > 20) {
        refuse(400, codes::MalformedHttp, tr("The request line is not \"METHOD target HTTP/1.1\"."));
        return false;
    }
    if (parts[1].size() > m_limits.maxTargetBytes) {
        refuse(414, codes::MalformedHttp, tr("The request target exceeds %1 bytes.").arg(m_limits.maxTargetBytes));
        return false;
    }
    if (!isVisibleTarget(parts[1])) {
        refuse(400, codes::MalformedHttp, tr("The request target contains invalid characters."));
        return false;
    }
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        refuse(505, codes::MalformedHttp, tr("Only HTTP/1.0 and HTTP/1.1 are served."));
        return false;
    }
    qint64 contentLength = -2; // -2: none given
    bool chunked = false;
    for (int i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const int colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            refuse(400, codes::MalformedHttp, tr("A header line is not \"Name: value\"."));
            return false;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (const char c : value) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && c != '\t') || u == 0x7f) {
                refuse(400, codes::MalformedHttp, tr("A header value contains control characters."));
                return false;
            }
        }
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || value.isEmpty() || value.startsWith('+') ||
                (contentLength >= 0 && n != contentLength)) {
                refuse(400, codes::MalformedHttp, tr("The Content-Length header is invalid."));
                return false;
            }
            contentLength = n;
        } else if (name == "transfer-encoding") {
            if (value.toLower() != "chunked") {
                refuse(400, codes::MalformedHttp, tr("Only the chunked transfer coding is supported."));
                return false;
            }
            chunked = true;
        }
    }
    if (chunked && contentLength >= 0) {
        // Both framings at once is how request smuggling starts (RFC 9112 section 6.3).
        refuse(400, codes::MalformedHttp, tr("Content-Length and Transfer-Encoding cannot both be sent."));
        return false;
    }
    if (contentLength > m_limits.maxBodyBytes) {
        // Read the rest of a moderately large body away before closing: a client still uploading would
        // otherwise see a reset instead of the 413. bodyInChunk: what of the body came with the headers.
        const qint64 bodyInChunk = m_head.size() - head.size() - 4;
        m_drainBytes = contentLength <= kMaxDrainBytes ? m_chunkBytes + contentLength - bodyInChunk : 0;
        refuse(413, codes::BodyTooLarge,
               tr("The request body has %1 bytes; the limit is %2.").arg(contentLength).arg(m_limits.maxBodyBytes));
        return false;
    }
    m_bodyExpected = chunked ? -1 : std::max<qint64>(0, contentLength);
    return true;
}

void ConnectionGuard::checkParserStillListening() {
    // When Qt's parser fails it disconnects every signal of the socket (ours included) and leaves the client
    // waiting forever; answer for it.
    if (m_done || m_watch || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    refuse(400, codes::MalformedHttp, tr("The request is not valid HTTP/1.1."));
}

void ConnectionGuard::refuse(int status, const char* code, const QString& description) {
    m_done = true;
    m_deadline->stop();
    const SandboxResponse r = envelope::error(status, QString::fromLatin1(code), description);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& h : r.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n\r\n" + r.body;
    // Stop Qt's parser from seeing any more of this connection, answer, and close once the answer is out.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (!m_watch)
        connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater, Qt::UniqueConnection);
    m_socket->write(out);
    emit refused(m_socket->peerAddress(), m_requestLine, status, r.body);
    if (m_drainBytes <= 0) {
        m_socket->disconnectFromHost();
        return;
    }
    // Qt's parser may have a read transaction open on the socket: end it so discarded bytes are really gone.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    QTimer::singleShot(kDrainTimeoutMs, this, [this] { m_socket->disconnectFromHost(); });
    drain();
}

void ConnectionGuard::drain() {
    m_drainBytes -= m_socket->readAll().size();
    if (m_drainBytes <= 0)
        m_socket->disconnectFromHost();
}

GuardedTcpServer::GuardedTcpServer(const HttpLimits& limits, std::optional<QSslConfiguration> tls, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_tls(std::move(tls)) {
    // A burst of connections waits in the kernel's queue rather than being turned away at the door.
    setListenBacklogSize(1024);
}

int GuardedTcpServer::openConnections() const {
    int open = 0;
    for (const QPointer<ConnectionGuard>& g : m_connections) {
        if (g && !g->isClosing())
            ++open;
    }
    return open;
}

bool GuardedTcpServer::makeRoom() {
    m_connections.removeIf([](const QPointer<ConnectionGuard>& g) { return !g || g->isClosing(); });
    if (m_connections.size() < m_limits.maxConnections)
        return true;
    // The oldest connection still waiting for (the rest of) a request goes: it was given the most time.
    for (const QPointer<ConnectionGuard>& g : m_connections) {
        if (g->isWaitingForRequest()) {
            g->evict();
            ++m_evicted;
            m_connections.removeOne(g);
            return true;
        }
    }
    return false; // every connection is being answered right now
}

void GuardedTcpServer::incomingConnection(qintptr handle) {
    QTcpSocket* socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (!makeRoom()) {
        const SandboxResponse r = envelope::error(503, QString::fromLatin1(codes::MalformedHttp),
                                                  tr("Too many connections; try again in a moment."));
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(r.body.size()) + "\r\nConnection: close\r\nRetry-After: 1\r\n\r\n" + r.body);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        return;
    }
    auto* guard = new ConnectionGuard(socket, m_limits);
    m_connections.append(guard);
    connect(guard, &ConnectionGuard::refused, this, &GuardedTcpServer::refused);
    if (m_tls) {
        auto* ssl = static_cast<QSslSocket*>(socket);
        ssl->setSslConfiguration(*m_tls);
        // A client that does not trust our CA aborts the handshake; nothing else to do than drop it.
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError>&) { ssl->abort(); });
        ssl->startServerEncryption();
    }
    addPendingConnection(socket);
}

} // namespace bmp::sandbox
