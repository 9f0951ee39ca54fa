#pragma once

#include "core/Result.h"
#include "crypto/KeyPair.h"
#include "net/TokenProvider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace bmp::net {

class ApiClient;
class ApiCall;

// A minimal private_key_jwt client: signs a fresh client assertion for every attempt, posts it to the token URL
// through the environment's ApiClient (so token requests are paced with everything else), and keeps the access
// token until shortly before it expires. Used by `bmpctl proposals run --key` and the tests; the app's step 5
// TokenWorker can replace it behind the same TokenProvider.
class ClientCredentialsToken : public QObject {
    Q_OBJECT
public:
    ClientCredentialsToken(ApiClient* client, QUrl tokenUrl, QString clientId, QString scope, crypto::KeyPair key,
                           QObject* parent = nullptr);

    // The assertion's aud: the token URL unless set (e.g. when a proxy stands between us and the endpoint).
    void setAudience(const QString& audience) { m_audience = audience; }

    void token(bool renew, TokenCallback done);
    TokenProvider provider(); // forwards to token() while this object lives
    int requestsMade() const { return m_requests; }

    static constexpr qint64 kRenewMarginSecs = 30;

private:
    void finish(const Result<QByteArray>& result);

    ApiClient* m_client;
    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_scope;
    QString m_audience;
    crypto::KeyPair m_key;
    QByteArray m_token;
    QDateTime m_expiresAt;
    QPointer<ApiCall> m_call;
    QList<TokenCallback> m_waiting;
    int m_requests = 0;
};

} // namespace bmp::net
