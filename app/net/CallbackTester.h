#pragma once

#include "core/Result.h"
#include "domain/CallbackEndpoints.h"
#include "net/ApiClient.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <memory>

namespace bmp::net {

class ApiCall;
class ApiClient;
class EvidenceLog;

struct CallbackTestResult {
    bool delivered = false; // the partner's endpoint answered 2xx
    int httpStatus = 0;
    qint64 durationMs = 0;
    QString method;
    QString url;          // with the sample query
    QString sentHeaders;  // credentials redacted
    QString responseBody; // the first 4 KiB
    QString error;        // transport failure or non-2xx explanation
};

// Sends BMP's proposal status callback, with sample values, to the partner's endpoint the way BMP would
// (method, ?proposal=&status=&identifier=, the configured credentials) and reports the answer. One attempt: BMP
// publishes no retry policy. Recorded as redacted evidence when an EvidenceLog is given.
class CallbackTester : public QObject {
    Q_OBJECT
public:
    explicit CallbackTester(QObject* parent = nullptr);
    ~CallbackTester() override;

    void setEvidenceLog(EvidenceLog* log) { m_evidence = log; }
    void setCaBundle(const QByteArray& pem) { m_caBundle = pem; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The headers the credentials turn into for this request; `signed` is what an HMAC covers.
    static Result<QList<QPair<QByteArray, QByteArray>>> credentialHeaders(const CallbackEndpoint& endpoint,
                                                                          const QByteArray& secret,
                                                                          const QByteArray& signedBytes,
                                                                          qint64 nowSecs);

    // `secret` is the plaintext (already opened from its SecretBox); it is not kept after the request is built.
    Status send(const CallbackEndpoint& endpoint, const QByteArray& secret);
    bool isBusy() const { return m_call != nullptr; }
    void cancel();

    static constexpr int kSampleStatus = 6;

signals:
    void finished(const bmp::net::CallbackTestResult& result);

private:
    std::unique_ptr<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    EvidenceLog* m_evidence = nullptr;
    QByteArray m_caBundle;
    int m_timeoutMs = 15000;
};

} // namespace bmp::net

Q_DECLARE_METATYPE(bmp::net::CallbackTestResult)
