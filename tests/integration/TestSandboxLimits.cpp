// Issue #13, item 5 (the socket side): the sandbox closes connections that trickle their headers or sit idle, caps
// the connections it holds (closing the slowest to make room, so a whole request still gets through a flood of
// half-sent ones), and its administration refuses other Host names and non-JSON POSTs over real HTTP.
// Timeouts are set short here and waited for with QSignalSpy (no sleeps); the benchmark shows the real figures.
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace bmp::sandbox;

namespace {

std::unique_ptr<SandboxServer> startServer(int headerMs, int idleMs, int maxConnections) {
    SandboxServer::Options options;
    options.config.headerTimeoutMs = headerMs;
    options.config.requestTimeoutMs = headerMs * 3;
    options.config.idleTimeoutMs = idleMs;
    options.config.maxConnections = maxConnections;
    auto server = std::make_unique<SandboxServer>(options);
    return server->start().ok() ? std::move(server) : nullptr;
}

std::unique_ptr<QTcpSocket> connectTo(const SandboxServer& server) {
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, server.port());
    return socket->waitForConnected(5000) ? std::move(socket) : nullptr;
}

// Waits (event loop running) until the server closed the socket; what it sent before is returned.
QByteArray readUntilClosed(QTcpSocket& socket, int timeoutMs) {
    QByteArray received;
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    if (socket.state() == QAbstractSocket::ConnectedState)
        closed.wait(timeoutMs);
    received += socket.readAll();
    return received;
}

QByteArray infoRequest(const QByteArray& host = "127.0.0.1") {
    return "GET /_sandbox/info HTTP/1.1\r\nHost: " + host + "\r\n\r\n";
}

// One whole request on a fresh connection; the status code of the answer (0: none).
int statusOf(const QByteArray& answer) {
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

// The server runs on this thread: every wait runs the event loop (never a blocking socket wait).
int ask(const SandboxServer& server, const QByteArray& request) {
    auto socket = connectTo(server);
    if (!socket)
        return 0;
    QByteArray answer;
    QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(), [&] { answer += socket->readAll(); });
    socket->write(request);
    (void)QTest::qWaitFor([&] { return answer.contains("\r\n\r\n"); }, 10000); // the caller checks the answer
    return statusOf(answer);
}

} // namespace

class TestSandboxLimits : public QObject {
    Q_OBJECT
private slots:
    void slowHeadersTimeOut();
    void slowBodyTimesOut();
    void idleConnectionsClose();
    void floodOfHalfRequestsLeavesRoom();
    void hostAndContentTypeOverHttp();
};

void TestSandboxLimits::slowHeadersTimeOut() {
    auto server = startServer(300, 10000, 64);
    QVERIFY(server);
    auto socket = connectTo(*server);
    QVERIFY(socket);
    socket->write("POST /connect/token HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    const QByteArray answer = readUntilClosed(*socket, 10000);
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(statusOf(answer), 408);
    // A connection that never sends a byte is closed as well.
    auto silent = connectTo(*server);
    QVERIFY(silent);
    readUntilClosed(*silent, 10000);
    QCOMPARE(silent->state(), QAbstractSocket::UnconnectedState);
}

void TestSandboxLimits::slowBodyTimesOut() {
    auto server = startServer(200, 10000, 64);
    QVERIFY(server);
    auto socket = connectTo(*server);
    QVERIFY(socket);
    socket->write("POST /_sandbox/keys HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Content-Length: 1000\r\n\r\n{\"partner\":");
    QCOMPARE(statusOf(readUntilClosed(*socket, 10000)), 408);
}

void TestSandboxLimits::idleConnectionsClose() {
    auto server = startServer(5000, 300, 64);
    QVERIFY(server);
    auto socket = connectTo(*server);
    QVERIFY(socket);
    socket->write(infoRequest());
    const QByteArray answer = readUntilClosed(*socket, 10000); // answered, then closed once idle
    QCOMPARE(statusOf(answer), 200);
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

void TestSandboxLimits::floodOfHalfRequestsLeavesRoom() {
    constexpr int kCap = 8;
    auto server = startServer(60000, 60000, kCap); // timeouts far away: only the cap is at work here
    QVERIFY(server);
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 4 * kCap; ++i) {
        auto s = connectTo(*server);
        QVERIFY(s);
        s->write("POST /connect/token HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        s->flush();
        slow.push_back(std::move(s));
    }
    QTRY_VERIFY_WITH_TIMEOUT(server->openConnections() <= kCap, 10000);
    // A whole request still gets its answer, however many half-sent ones came before it.
    QCOMPARE(ask(*server, infoRequest()), 200);
    QVERIFY(server->openConnections() <= kCap);
    // The oldest half-sent ones were closed to make room.
    QTRY_COMPARE_WITH_TIMEOUT(slow.front()->state(), QAbstractSocket::UnconnectedState, 10000);
}

void TestSandboxLimits::hostAndContentTypeOverHttp() {
    auto server = startServer(5000, 5000, 64);
    QVERIFY(server);
    QCOMPARE(ask(*server, infoRequest("127.0.0.1:" + QByteArray::number(server->port()))), 200);
    QCOMPARE(ask(*server, infoRequest("localhost:" + QByteArray::number(server->port()))), 200);
    QCOMPARE(ask(*server, infoRequest("attacker.example:" + QByteArray::number(server->port()))), 403);
    // A blind cross-site POST (text/plain, no preflight) cannot reset the sandbox.
    QCOMPARE(ask(*server, "POST /_sandbox/reset HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                          "Content-Length: 2\r\n\r\n{}"),
             415);
    QCOMPARE(ask(*server, "POST /_sandbox/reset HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2\r\n\r\n{}"),
             200);
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "TestSandboxLimits.moc"
