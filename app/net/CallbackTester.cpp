#include "net/CallbackTester.h"

#include "crypto/Base64Url.h"
#include "net/ApiClient.h"
#include "net/EvidenceLog.h"
#include "net/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>
#include <QUuid>

namespace bmp::net {

namespace {

QByteArray hs256Jwt(const QByteArray& secret, qint64 now) {
    const QByteArray header = crypto::Base64Url::encode(R"({"alg":"HS256","typ":"JWT"})");
    const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("bmp")},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("exp"), now + 300},
                             {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    const QByteArray payload = crypto::Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray input = header + '.' + payload;
    return input + '.' +
           crypto::Base64Url::encode(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
}

} // namespace

CallbackTester::CallbackTester(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<bmp::net::CallbackTestResult>();
}

CallbackTester::~CallbackTester() {
    cancel();
}

Result<QList<QPair<QByteArray, QByteArray>>> CallbackTester::credentialHeaders(const CallbackEndpoint& e,
                                                                               const QByteArray& secret,
                                                                               const QByteArray& signedBytes,
                                                                               qint64 nowSecs) {
    if (const Status s = CallbackEndpoint::validateSecret(e.auth, secret); !s)
        return s.error();
    const QByteArray header = e.effectiveHeader().toLatin1();
    switch (e.auth) {
    case CallbackAuth::None:
        return QList<QPair<QByteArray, QByteArray>>{};
    case CallbackAuth::Bearer:
        return QList<QPair<QByteArray, QByteArray>>{{header, "Bearer " + secret}};
    case CallbackAuth::Basic:
        return QList<QPair<QByteArray, QByteArray>>{{header, "Basic " + secret.toBase64()}};
    case CallbackAuth::ApiKeyHeader:
    case CallbackAuth::XApiKey:
        return QList<QPair<QByteArray, QByteArray>>{{header, secret}};
    case CallbackAuth::Jwt:
        return QList<QPair<QByteArray, QByteArray>>{{header, "Bearer " + hs256Jwt(secret, nowSecs)}};
    case CallbackAuth::OAuth:
        return QList<QPair<QByteArray, QByteArray>>{{header, "Bearer " + secret}};
    case CallbackAuth::Hmac:
        // BMP's example: "Authorization: HMAC <hash>".
        return QList<QPair<QByteArray, QByteArray>>{
            {header,
             "HMAC " + QMessageAuthenticationCode::hash(signedBytes, secret, QCryptographicHash::Sha256).toHex()}};
    case CallbackAuth::Digest:
    case CallbackAuth::AwsSignature:
    case CallbackAuth::ClientCertificate:
        return makeError(tr("The tester cannot send a callback authenticated with %1: %2")
                             .arg(CallbackEndpoint::authLabel(e.auth), CallbackEndpoint::authHint(e.auth)));
    }
    return QList<QPair<QByteArray, QByteArray>>{};
}

Status CallbackTester::send(const CallbackEndpoint& endpoint, const QByteArray& secret) {
    if (m_call)
        return makeError(tr("A test callback is already on its way."));
    if (const Status s = endpoint.validateAddress(); !s)
        return s;
    const QString proposal = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString identifier = QStringLiteral("onb-callback-test");
    QUrl url(endpoint.url.trimmed());
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("proposal"), proposal);
    query.addQueryItem(QStringLiteral("status"), QString::number(kSampleStatus));
    query.addQueryItem(QStringLiteral("identifier"), identifier);
    url.setQuery(query);

    ApiRequest request;
    request.method = endpoint.method.toLatin1();
    request.url = url;
    request.kind = QStringLiteral("callback-test");
    QByteArray signedBytes = url.query(QUrl::FullyEncoded).toLatin1();
    if (endpoint.method != u"GET") {
        // BMP documents only the query parameters; the body repeats them, as the sandbox does.
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("proposal"), proposal},
                                                 {QStringLiteral("status"), kSampleStatus},
                                                 {QStringLiteral("identifier"), identifier}})
                           .toJson(QJsonDocument::Compact);
        signedBytes = request.body;
    } else {
        request.contentType.clear();
    }
    const auto headers = credentialHeaders(endpoint, secret, signedBytes, QDateTime::currentSecsSinceEpoch());
    if (!headers)
        return headers.error();
    request.headers = *headers;

    Connection c;
    c.environment = QStringLiteral("callback-test");
    c.requestsPerSecond = 0;
    c.maxAttempts = 1;
    c.timeoutMs = m_timeoutMs;
    c.caBundlePem = m_caBundle;
    m_client = std::make_unique<ApiClient>(c);
    // Whatever header carries it, the credential never reaches the evidence log.
    QList<QByteArray> secrets{secret};
    for (const auto& [name, value] : *headers)
        secrets.append(value);
    // As a JSON string too (an echo service may send the headers back as JSON, escaping / or ").
    const QByteArray quoted = QJsonDocument(QJsonArray{QString::fromUtf8(secret)}).toJson(QJsonDocument::Compact);
    secrets.append(quoted.mid(2, quoted.size() - 4));
    const QString environment = endpoint.environment;
    QString sentHeaders;
    for (const auto& [name, value] : *headers)
        sentHeaders += QString::fromLatin1(name + ": " + Redactor::mask(value)) + u'\n';
    m_client->setEvidenceSink([this, secrets, environment](const EvidenceEntry& entry) {
        if (!m_evidence)
            return;
        EvidenceEntry e = entry;
        e.environment = environment;
        for (const QByteArray& s : secrets) {
            if (s.isEmpty())
                continue;
            e.request.replace(QString::fromUtf8(s), QString::fromUtf8(Redactor::mask(s)));
            e.response.replace(QString::fromUtf8(s), QString::fromUtf8(Redactor::mask(s)));
        }
        (void)m_evidence->append(e);
    });
    m_call = m_client->send(request);
    const QString method = endpoint.method;
    const QString shownUrl = url.toString();
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    connect(
        m_call, &ApiCall::finished, this,
        [this, method, shownUrl, sentHeaders, startedAt, secrets](const ApiResponse& r) {
            m_call.clear();
            CallbackTestResult result;
            result.durationMs = QDateTime::currentMSecsSinceEpoch() - startedAt;
            result.method = method;
            result.url = shownUrl;
            result.sentHeaders = sentHeaders;
            result.httpStatus = r.status;
            // An endpoint that echoes the request (a debugging service, a misconfigured proxy) sends the credential
            // back: it is masked there too, before anything shows it.
            QByteArray body = r.body.left(4096);
            for (const QByteArray& secret : secrets) {
                if (!secret.isEmpty())
                    body.replace(secret, Redactor::mask(secret));
            }
            result.responseBody = QString::fromUtf8(Redactor::scrubText(body));
            result.delivered = r.status >= 200 && r.status < 300;
            if (!r.transportOk())
                result.error = r.transportError().message;
            else if (!result.delivered)
                result.error =
                    tr("The endpoint answered HTTP %1: BMP would treat this callback as not delivered.").arg(r.status);
            emit finished(result);
        });
    return {};
}

void CallbackTester::cancel() {
    if (m_call)
        m_call->cancel();
}

} // namespace bmp::net
