#include "net/ClientCredentialsToken.h"

#include "crypto/ClientAssertion.h"
#include "net/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace bmp::net {

namespace {

QByteArray formEncode(const QList<QPair<QString, QString>>& fields) {
    QByteArray out;
    for (const auto& [name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

ClientCredentialsToken::ClientCredentialsToken(ApiClient* client, QUrl tokenUrl, QString clientId, QString scope,
                                               crypto::KeyPair key, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_tokenUrl(std::move(tokenUrl))
    , m_clientId(std::move(clientId))
    , m_scope(std::move(scope))
    , m_key(std::move(key)) {}

TokenProvider ClientCredentialsToken::provider() {
    QPointer<ClientCredentialsToken> self(this);
    return [self](bool renew, TokenCallback done) {
        if (!self) {
            done(makeError(tr("The token source is gone.")));
            return;
        }
        self->token(renew, std::move(done));
    };
}

void ClientCredentialsToken::token(bool renew, TokenCallback done) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!renew && !m_token.isEmpty() && now.secsTo(m_expiresAt) > kRenewMarginSecs) {
        done(m_token);
        return;
    }
    m_waiting.append(std::move(done));
    if (m_call)
        return; // one request serves everyone waiting
    m_token.clear();

    ApiRequest request;
    request.url = m_tokenUrl;
    request.contentType = "application/x-www-form-urlencoded";
    request.kind = QStringLiteral("token");
    // jti is single-use: every attempt (retries included) signs a new assertion.
    request.bodyFactory = [this]() -> Result<QByteArray> {
        const auto assertion =
            crypto::ClientAssertion::make(m_clientId, m_audience.isEmpty() ? m_tokenUrl.toString() : m_audience,
                                          QDateTime::currentSecsSinceEpoch())
                .sign(m_key);
        if (!assertion)
            return assertion.error();
        ++m_requests;
        return formEncode({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("scope"), m_scope},
                           {QStringLiteral("client_assertion"), QString::fromLatin1(*assertion)},
                           {QStringLiteral("client_assertion_type"),
                            QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")}});
    };
    m_call = m_client->send(request);
    connect(m_call, &ApiCall::finished, this, [this](const ApiResponse& r) {
        m_call->deleteLater();
        m_call.clear();
        if (!r.transportOk() || r.cancelled) {
            finish(r.transportError());
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QString accessToken = o.value(QStringLiteral("access_token")).toString();
        if (r.status != 200 || accessToken.isEmpty()) {
            const QString error = o.value(QStringLiteral("error")).toString();
            const QString description = o.value(QStringLiteral("error_description")).toString();
            if (!error.isEmpty()) {
                finish(makeError(
                    tr("The token endpoint refused the request: %1").arg(description.isEmpty() ? error : description),
                    QStringLiteral("HTTP %1, %2").arg(r.status).arg(error)));
            } else {
                finish(makeError(tr("The token endpoint answered HTTP %1 without an access token.").arg(r.status)));
            }
            return;
        }
        const int expiresIn = o.value(QStringLiteral("expires_in")).toInt(300);
        m_token = accessToken.toLatin1();
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(qMax(1, expiresIn));
        finish(m_token);
    });
}

void ClientCredentialsToken::finish(const Result<QByteArray>& result) {
    const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
    for (const TokenCallback& done : waiting)
        done(result);
}

} // namespace bmp::net
