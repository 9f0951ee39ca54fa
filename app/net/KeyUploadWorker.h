#pragma once

#include "core/Result.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace bmp {
class Project;
}

namespace bmp::net {

struct KeyUploadRequest {
    QString environment;
    QUrl keyUrl;
    QByteArray publicKeyPem; // SPKI: the only thing that leaves the machine
    QString partner;
    double rateLimit = 0;
    QByteArray caBundlePem;
    int timeoutMs = 30000;
    int maxAttempts = 3;
};

struct KeyUploadResult {
    QString clientId;
    QString fingerprint; // as the server computed it, when it says
    QDateTime at;        // UTC
};

// The HTTP registration route: POSTs {"publicKeyPem", "partner"} to an environment's key-registration URL
// (the sandbox's /_sandbox/keys; BMP itself registers keys by e-mail ticket) and reads back the client_id.
// With a project set, a success stores the client_id in the environment's profile and records the
// registration (route http, date) on the environment's key; every exchange goes to the evidence.
class KeyUploadWorker : public QObject {
    Q_OBJECT
public:
    explicit KeyUploadWorker(QObject* parent = nullptr);
    ~KeyUploadWorker() override;

    void setProject(Project* project) { m_project = project; }
    Status start(const KeyUploadRequest& request);
    void cancel();
    bool isRunning() const { return m_call != nullptr; }

    // Reads the client_id from an answer (BMP-style envelope or plain JSON; clientId or client_id).
    static Result<KeyUploadResult> parse(const ApiResponse& response);

signals:
    void progress(const QString& text);
    void finished(const bmp::Result<bmp::net::KeyUploadResult>& result);

private:
    void onFinished(const ApiResponse& response);
    Status store(const KeyUploadResult& result);

    Project* m_project = nullptr;
    KeyUploadRequest m_request;
    ApiClient* m_client = nullptr;
    QPointer<ApiCall> m_call;
};

} // namespace bmp::net

Q_DECLARE_METATYPE(bmp::Result<bmp::net::KeyUploadResult>)
