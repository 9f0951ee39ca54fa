#include "net/ClientCredentialsToken.h"

#include "crypto/ClientAssertion.h"
#include "net/ApiClient.h"
#include "net/TokenWorker.h"

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
        // The same reading of the answer as step 5, so a refusal is explained in the same words.
        if (!r.transportOk() || r.cancelled || r.status != 200) {
            finish(TokenWorker::explain(r, m_scope));
            return;
        }
        const auto parsed = TokenWorker::parseSuccess(r);
        if (!parsed) {
            finish(parsed.error());
            return;
        }
        // A token whose lifetime the server did not give is kept for BMP's usual five minutes.
        const qint64 expiresIn = parsed->expiresIn > 0 ? parsed->expiresIn : 300;
        m_token = parsed->accessToken;
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        finish(m_token);
    });
}

void ClientCredentialsToken::finish(const Result<QByteArray>& result) {
    const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
    for (const TokenCallback& done : waiting)
        done(result);
}

} // namespace bmp::net
