#include "sandbox/SandboxServer.h"
#include "sandbox/HttpGuard.h"
#include "sandbox/TlsIdentity.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QNetworkInterface>
#include <QSaveFile>
#include <QTcpSocket>

namespace bmp::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QString hostForUrl(const QHostAddress& address) {
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
}

} // namespace

SandboxServer::SandboxServer(Options options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_engine(new SandboxEngine(m_options.config, m_options.clock, this)) {}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::isListening() const {
    return m_tcp && m_tcp->isListening();
}

Status SandboxServer::start() {
    if (isListening())
        return {};
    if (!m_options.stateDir.isEmpty()) {
        if (const Status opened = m_engine->openStateDir(m_options.stateDir); !opened)
            return opened;
    }
    std::optional<QSslConfiguration> tls;
    if (m_options.tls) {
        const auto identity = TlsIdentity::generate({}, {m_options.address});
        if (!identity)
            return identity.error();
        tls = identity->serverConfiguration();
        m_caPem = identity->caCertificatePem();
        if (!m_options.caOutPath.isEmpty()) {
            QSaveFile file(m_options.caOutPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(m_caPem) != m_caPem.size() || !file.commit())
                return makeError(tr("Cannot write the sandbox CA certificate to %1.").arg(m_options.caOutPath),
                                 file.errorString());
        }
    }
    HttpLimits limits;
    limits.maxBodyBytes = m_options.config.maxBodyBytes;
    limits.headerTimeoutMs = m_options.config.headerTimeoutMs;
    limits.requestTimeoutMs = m_options.config.requestTimeoutMs;
    limits.idleTimeoutMs = m_options.config.idleTimeoutMs;
    limits.maxConnections = m_options.config.maxConnections;
    auto* tcp = new GuardedTcpServer(limits, tls, this);
    if (!tcp->listen(m_options.address, m_options.port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return makeError(
            tr("The sandbox cannot listen on %1:%2.").arg(m_options.address.toString()).arg(m_options.port), reason);
    }
    connect(tcp, &GuardedTcpServer::refused, this,
            [this](const QHostAddress& peer, const QByteArray& requestLine, int status, const QByteArray& body) {
                SandboxRequest partial;
                const QList<QByteArray> parts = requestLine.split(' ');
                partial.method = parts.value(0).left(20);
                partial.path = parts.value(1).left(200);
                partial.peer = peer;
                SandboxResponse response;
                response.status = status;
                response.body = body;
                response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
                m_engine->recordTransportRefusal(partial, response);
            });
    m_tcp = tcp;
    m_port = tcp->serverPort();
    bind(tcp);
    m_engine->setPublicBaseUrls(baseUrls());
    m_engine->setAllowedHosts(allowedHosts());
    return {};
}

QUrl SandboxServer::baseUrl() const {
    const QString scheme = m_options.tls ? QStringLiteral("https") : QStringLiteral("http");
    QHostAddress host = m_options.address;
    if (host == QHostAddress(QHostAddress::Any) || host == QHostAddress(QHostAddress::AnyIPv4))
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress(QHostAddress::AnyIPv6))
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    return QUrl(QStringLiteral("%1://%2:%3").arg(scheme, hostForUrl(host)).arg(m_port));
}

QStringList SandboxServer::baseUrls() const {
    const QString scheme = m_options.tls ? QStringLiteral("https") : QStringLiteral("http");
    QStringList urls{baseUrl().toString()};
    urls.append(QStringLiteral("%1://localhost:%2").arg(scheme).arg(m_port));
    if (m_options.address.protocol() != QAbstractSocket::IPv6Protocol || m_options.address.isLoopback())
        urls.append(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port));
    if (!m_options.address.isLoopback() && m_options.address != QHostAddress(QHostAddress::Any))
        urls.append(QStringLiteral("%1://%2:%3").arg(scheme, hostForUrl(m_options.address)).arg(m_port));
    urls.removeDuplicates();
    return urls;
}

QStringList SandboxServer::allowedHosts() const {
    QStringList hosts;
    for (const QString& base : baseUrls())
        hosts.append(QUrl(base).host());
    const QHostAddress& a = m_options.address;
    if (a == QHostAddress(QHostAddress::Any) || a == QHostAddress(QHostAddress::AnyIPv4) ||
        a == QHostAddress(QHostAddress::AnyIPv6)) {
        // Listening everywhere: the machine's own addresses are what other machines will use.
        for (QHostAddress local : QNetworkInterface::allAddresses()) {
            local.setScopeId({});
            hosts.append(local.toString());
        }
    } else {
        hosts.append(a.toString());
    }
    hosts.removeDuplicates();
    return hosts;
}

int SandboxServer::openConnections() const {
    return m_tcp ? m_tcp->openConnections() : 0;
}

SandboxRequest SandboxServer::toSandboxRequest(const QHttpServerRequest& request) {
    SandboxRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded).toUtf8();
    r.query = url.query(QUrl::FullyEncoded).toUtf8();
    r.headers = request.headers();
    r.body = request.body();
    r.peer = request.remoteAddress();
    return r;
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    const SandboxResponse response = m_engine->handle(toSandboxRequest(request));
    write(request, socket, response);
    if (auto* guard = socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly))
        guard->messageAnswered();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    // handleRequest() answers everything; this is only here because Qt requires it.
    SandboxResponse r;
    r.status = 404;
    write(request, socket, r);
}

void SandboxServer::write(const QHttpServerRequest& request, QTcpSocket* socket, const SandboxResponse& response) {
    if (!socket->isOpen())
        return;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    // A HEAD answer has the headers of the GET answer and no body (RFC 9110 section 9.3.2).
    responder.writeBody(request.method() == QHttpServerRequest::Method::Head ? QByteArray() : response.body);
}

} // namespace bmp::sandbox
