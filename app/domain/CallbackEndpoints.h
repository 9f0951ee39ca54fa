#pragma once

#include "core/Result.h"
#include "domain/ProjectData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bmp::storage {
class ProjectStore;
}

namespace bmp {

// How BMP authenticates when it calls the partner's callback URL (BMP-DOMAIN.md "Callbacks").
// BMP's callback page lists these methods. The tester sends the first eight itself; Digest, AWS Signature and client
// certificates are recorded and described for BMP's team but cannot be rehearsed by the tester (they need BMP's
// side of a challenge, an AWS key pair or BMP's certificate).
enum class CallbackAuth {
    None,
    Bearer,
    ApiKeyHeader,
    Basic,
    XApiKey,
    Jwt,
    Hmac,
    OAuth,
    Digest,
    AwsSignature,
    ClientCertificate
};

// The partner's status-callback endpoint for one environment. The secret is kept only sealed
// (crypto::SecretBox, with a passphrase the user types and that is never stored).
struct CallbackEndpoint {
    Q_DECLARE_TR_FUNCTIONS(CallbackEndpoint)
public:
    static constexpr int kMaxSecretLength = 255; // BMP: "keys up to 255 characters"

    QString environment;
    QString url;
    QString method = QStringLiteral("POST"); // GET, POST or PUT
    CallbackAuth auth = CallbackAuth::None;
    QString authHeader;      // the header name for "API key header" (and HMAC's signature header)
    QByteArray sealedSecret; // SecretBox text; empty when auth is None
    QDateTime updatedAt;
    // Who saved it last, and the save count: a save made on an older copy is refused.
    QString updatedBy = {};
    qint64 rowVersion = 0;

    bool needsSecret() const { return authNeedsSecret(auth); }
    static bool authNeedsSecret(CallbackAuth auth);
    // Whether the callback tester can send a request authenticated this way (else it only documents it).
    static bool testerCanSend(CallbackAuth auth);
    static QStringList methods(); // GET, POST, PUT
    // The header the credential travels in: Authorization, X-API-Key, the configured one, …
    QString effectiveHeader() const;
    Status validate() const;        // validateAddress(), and the sealed secret must be there when the auth needs one
    Status validateAddress() const; // URL, method, header name

    static QList<CallbackAuth> allAuths();
    static QString authKey(CallbackAuth auth); // "bearer", "api-key-header", … (stable)
    static std::optional<CallbackAuth> authFromKey(const QString& key);
    static QString authLabel(CallbackAuth auth);
    static QString authHint(CallbackAuth auth); // what the secret is and how it is sent
    static bool authUsesHeaderName(CallbackAuth auth);
    static Status validateSecret(CallbackAuth auth, const QByteArray& secret); // before sealing
};

class CallbackEndpoints {
public:
    // sink: where a conflict goes (Project::conflictSink(): theirs or mine); without one it is only refused.
    explicit CallbackEndpoints(storage::ProjectStore& store, ConflictSink sink = {});
    std::optional<CallbackEndpoint> find(const QString& environment) const;
    QList<CallbackEndpoint> list() const;
    // Validates first; saved only over endpoint.rowVersion (what the editor showed; 0 for a new one).
    Status save(const CallbackEndpoint& endpoint);
    Status remove(const QString& environment);

private:
    storage::ProjectStore& m_store;
    ConflictSink m_sink;
};

} // namespace bmp
