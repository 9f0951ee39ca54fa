#pragma once

// A scripted HTTP/1.1 server for worker tests: answers each request with the next canned response ("RESET"
// drops the connection, "HANG" never answers, "CUT:" + response writes the response and then closes the
// connection, which cuts off a body shorter than its Content-Length) and records the raw requests it received.
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace testutil {

class ScriptedServer : public QObject {
public:
    explicit ScriptedServer(QList<QByteArray> responses = {})
        : m_responses(std::move(responses)) {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        });
    }
    void setResponses(QList<QByteArray> responses) { m_responses = std::move(responses); }
    QUrl url(const QString& path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QList<QByteArray> received;

    static QByteArray reply(int status, const QByteArray& body, const QByteArray& contentType = "application/json",
                            const QByteArray& extra = {}) {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
    }
    // The status line and headers of a full answer, but only the first half of its body.
    static QByteArray truncated(int status, const QByteArray& body) {
        const QByteArray full = reply(status, body);
        return "CUT:" + full.left(full.size() - body.size() / 2);
    }
    static QByteArray header(const QByteArray& request, const QByteArray& name) {
        for (const QByteArray& line : request.split('\n')) {
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }
    static QByteArray body(const QByteArray& request) {
        const int end = request.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : request.mid(end + 4);
    }

private:
    void onData(QTcpSocket* s) {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        const int end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        int length = 0;
        for (const QByteArray& line : buf.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toInt();
        }
        if (buf.size() < end + 4 + length)
            return;
        received.append(buf.left(end + 4 + length));
        buf.remove(0, end + 4 + length);
        const QByteArray answer =
            m_responses.isEmpty() ? QByteArray("HTTP/1.1 500 X\r\nContent-Length: 0\r\n\r\n") : m_responses.takeFirst();
        if (answer == "RESET") {
            s->abort();
            return;
        }
        if (answer == "HANG")
            return;
        if (answer.startsWith("CUT:")) {
            s->write(answer.mid(4));
            s->disconnectFromHost();
            return;
        }
        s->write(answer);
        s->flush();
    }
    QTcpServer m_server;
    QList<QByteArray> m_responses;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace testutil
