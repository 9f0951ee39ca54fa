#pragma once

// An HTTP/1.1 proxy between our client and the sandbox that injects the faults of a bad network or a busy BMP,
// scripted per path: answer 429/503/401 itself, or forward the request (so BMP acts on it) and then lose the
// answer by resetting the connection or by never answering (the client's transfer timeout fires).

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace testkit {

enum class Fault { None, Status429, Status503, Status401, ResetBeforeForward, ResetAfterForward, StallAfterForward };

class FaultProxy : public QObject {
    Q_OBJECT
public:
    explicit FaultProxy(QUrl upstream, QObject* parent = nullptr)
        : QObject(parent)
        , m_upstream(std::move(upstream)) {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    m_buffers.remove(s);
                    m_busy.remove(s);
                    s->deleteLater();
                });
            }
        });
    }

    ~FaultProxy() override {
        // The sockets are the server's children and outlive the hashes below: stop listening to them first.
        for (QTcpSocket* s : m_server.findChildren<QTcpSocket*>())
            s->disconnect(this);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    // Faults for requests whose path ends with `pathSuffix`, consumed one per request, in order.
    void script(const QByteArray& pathSuffix, const QList<Fault>& faults) {
        for (Fault f : faults)
            m_script[pathSuffix].enqueue(f);
    }
    int injected(Fault f) const { return m_injected.value(int(f)); }
    int injectedTotal() const {
        int n = 0;
        for (int v : m_injected)
            n += v;
        return n;
    }
    int remaining() const {
        int n = 0;
        for (const auto& q : m_script)
            n += int(q.size());
        return n;
    }

signals:
    // A forwarded request whose answer is being thrown away (the server acted on it).
    void answerLost(const QByteArray& path, int upstreamStatus, const QByteArray& idempotencyKey);

private:
    Fault next(const QByteArray& path) {
        for (auto it = m_script.begin(); it != m_script.end(); ++it) {
            if (path.endsWith(it.key()) && !it->isEmpty())
                return it->dequeue();
        }
        return Fault::None;
    }

    static QByteArray reply(int status, const QByteArray& body, const QByteArray& extra = {}) {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
               extra + "\r\n" + body;
    }

    void onData(QTcpSocket* s) {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        if (m_busy.value(s))
            return;
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        int length = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toInt();
            headers.append({name, value});
        }
        if (buf.size() < end + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const QByteArray body = buf.mid(end + 4, length);
        buf.remove(0, end + 4 + length);
        const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));

        const Fault fault = next(path);
        if (fault != Fault::None)
            ++m_injected[int(fault)];
        const QByteArray envelope = R"({"msg":"","hasError":true,"messages":[]})";
        switch (fault) {
        case Fault::Status429:
            s->write(reply(429, envelope, "Retry-After: 1\r\n"));
            return;
        case Fault::Status503:
            s->write(reply(503, envelope));
            return;
        case Fault::Status401:
            s->write(reply(401, envelope, "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n"));
            return;
        case Fault::ResetBeforeForward:
            s->abort();
            return;
        default:
            break;
        }

        QNetworkRequest request(QUrl(m_upstream.toString() + QString::fromLatin1(target)));
        QByteArray key;
        for (const auto& [name, value] : headers) {
            if (name.compare("IdempotencyKey", Qt::CaseInsensitive) == 0)
                key = value;
            const QByteArray lower = name.toLower();
            if (lower != "host" && lower != "content-length" && lower != "connection" && lower != "accept-encoding")
                request.setRawHeader(name, value);
        }
        m_busy[s] = true;
        QPointer<QTcpSocket> socket(s);
        QNetworkReply* upstream = m_nam.sendCustomRequest(request, method, body);
        connect(upstream, &QNetworkReply::finished, this, [this, upstream, socket, fault, path, key] {
            upstream->deleteLater();
            const int status = upstream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = upstream->readAll();
            if (!socket)
                return;
            m_busy[socket] = false;
            if (fault == Fault::ResetAfterForward) {
                emit answerLost(path, status, key);
                socket->abort();
                return;
            }
            if (fault == Fault::StallAfterForward) {
                m_busy[socket] = true; // never answers; the client gives up on its own
                emit answerLost(path, status, key);
                return;
            }
            QByteArray extra;
            for (const auto& [name, value] : upstream->rawHeaderPairs()) {
                const QByteArray lower = name.toLower();
                if (lower != "content-length" && lower != "transfer-encoding" && lower != "connection" &&
                    lower != "content-type")
                    extra += name + ": " + value + "\r\n";
            }
            QByteArray out = reply(status, answer, extra);
            const QByteArray type = upstream->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            if (!type.isEmpty())
                out.replace("Content-Type: application/json", "Content-Type: " + type);
            socket->write(out);
            if (!m_buffers.value(socket).isEmpty())
                onData(socket);
        });
    }

    QUrl m_upstream;
    QTcpServer m_server;
    QNetworkAccessManager m_nam;
    QHash<QByteArray, QQueue<Fault>> m_script;
    QHash<int, int> m_injected;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QTcpSocket*, bool> m_busy;
};

} // namespace testkit
