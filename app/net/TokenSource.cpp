#include "net/TokenSource.h"

#include "crypto/Wipe.h"
#include "net/TokenWorker.h"

#include <QPointer>

namespace bmp::net {

TokenSource::TokenSource(EnvironmentProfile profile, KeySupplier keys, Project* project, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_keys(std::move(keys))
    , m_project(project)
    , m_worker(new TokenWorker(this)) {
    m_worker->setProject(m_project);
    connect(m_worker, &TokenWorker::finished, this, [this](const Result<TokenResult>& r) {
        if (!r) {
            finish(r.error());
            return;
        }
        crypto::wipe(m_token);
        m_token = r->accessToken;
        // A token without expires_in is used once, then renewed.
        m_expiresAt = r->expiresIn > 0 ? r->expiresAt() : QDateTime::currentDateTimeUtc();
        finish(m_token);
    });
}

TokenSource::~TokenSource() {
    crypto::wipe(m_token);
}

TokenProvider TokenSource::provider() {
    QPointer<TokenSource> self(this);
    return [self](bool renew, TokenCallback done) {
        if (!self) {
            done(makeError(tr("The token source is gone.")));
            return;
        }
        self->token(renew, std::move(done));
    };
}

void TokenSource::token(bool renew, TokenCallback done) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!renew && !m_token.isEmpty() && now.secsTo(m_expiresAt) > kRenewMarginSecs) {
        done(m_token);
        return;
    }
    m_waiting.append(std::move(done));
    if (m_busy)
        return; // one request serves everyone waiting
    m_busy = true;
    crypto::wipe(m_token);
    QPointer<TokenSource> self(this);
    m_keys([self](const Result<crypto::KeyPair>& key) {
        if (!self)
            return;
        if (!key) {
            self->finish(key.error());
            return;
        }
        ++self->m_requests;
        if (const Status s = self->m_worker->start(TokenWorker::requestFor(self->m_profile, *key)); !s)
            self->finish(s.error());
    });
}

void TokenSource::finish(const Result<QByteArray>& result) {
    m_busy = false;
    const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
    for (const TokenCallback& done : waiting)
        done(result);
}

} // namespace bmp::net
