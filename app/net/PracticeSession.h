#pragma once

#include "core/Result.h"
#include "crypto/KeyPair.h"
#include "net/TokenProvider.h"
#include "sandbox/SandboxTypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace bmp::sandbox {
class SandboxServer;
}
namespace bmp::crypto {
class KeyGenJob;
}

namespace bmp::net {

class ApiClient;
class ClientCredentialsToken;

// The Practice environment inside the app: the local BMP sandbox on 127.0.0.1 (random port), a key registered
// with it and a token source for it — everything a worker needs to rehearse without BMP credentials. When no key
// is given, one is generated on a worker thread (start() returns at once; ready() follows).
class PracticeSession : public QObject {
    Q_OBJECT
public:
    struct Options {
        sandbox::SandboxMode mode = sandbox::SandboxMode::Homologation;
        std::optional<double> rateLimitRps; // enforced by the sandbox; unset: the mode's default
        qint64 settlementDelayMs = 2000;    // release -> payment result
        bool requireSignature = true;       // Finalizar needs IncluirAssinaturaCCBFinalizada first (BMP's default)
        crypto::KeyPair key;                // the partner's key; null: a new one is generated
        QString partner = QStringLiteral("Practice partner");
    };

    explicit PracticeSession(Options options, QObject* parent = nullptr);
    ~PracticeSession() override;

    void start(); // emits ready() once, with the outcome
    bool isReady() const { return m_ready; }

    sandbox::SandboxServer* server() const { return m_server; }
    QUrl baseUrl() const; // the API base URL
    QUrl tokenUrl() const;
    QString clientId() const { return m_clientId; }
    const crypto::KeyPair& key() const { return m_key; }
    // A token source for this sandbox sending through `client` (paced with the client's other requests).
    TokenProvider tokenProvider(ApiClient* client);

signals:
    void ready(const bmp::Status& status);
    // The sandbox changed a proposal's status: in Practice this stands for BMP's status callback.
    void proposalStatusChanged(const QString& codigoProposta, int status);

private:
    void registerKey();
    void fail(const Error& error);

    Options m_options;
    sandbox::SandboxServer* m_server = nullptr; // child
    crypto::KeyGenJob* m_keyJob = nullptr;
    crypto::KeyPair m_key;
    QString m_clientId;
    bool m_ready = false;
    bool m_started = false;
};

} // namespace bmp::net
