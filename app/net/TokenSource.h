#pragma once

#include "core/Result.h"
#include "crypto/KeyPair.h"
#include "domain/Environment.h"
#include "net/TokenProvider.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace bmp {
class Project;
}

namespace bmp::net {

class TokenWorker;

// The step 5 token for other workers (proposals, callbacks...): a TokenProvider that keeps the last access token in
// memory until shortly before it expires and, when a new one is needed, gets the environment's private key from
// keySupplier (the GUI asks the passphrase; the session may already have it unlocked) and runs a TokenWorker.
// Several callers waiting at once share one request. Every exchange is recorded like step 5's when a project is given.
class TokenSource : public QObject {
    Q_OBJECT
public:
    using KeyCallback = std::function<void(const Result<crypto::KeyPair>&)>;
    using KeySupplier = std::function<void(KeyCallback done)>;

    static constexpr qint64 kRenewMarginSecs = 30;

    // profile: as it must be used (the practice one resolved); project may be null (no evidence recorded).
    TokenSource(EnvironmentProfile profile, KeySupplier keys, Project* project = nullptr, QObject* parent = nullptr);
    ~TokenSource() override;

    void token(bool renew, TokenCallback done);
    TokenProvider provider(); // answers "the token source is gone" once this object is deleted
    int requestsStarted() const { return m_requests; }

private:
    void finish(const Result<QByteArray>& result);

    EnvironmentProfile m_profile;
    KeySupplier m_keys;
    Project* m_project;
    TokenWorker* m_worker;
    QByteArray m_token;
    QDateTime m_expiresAt;
    QList<TokenCallback> m_waiting;
    bool m_busy = false;
    int m_requests = 0;
};

} // namespace bmp::net
