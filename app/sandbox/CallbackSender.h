#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <functional>

namespace bmp::sandbox {

// Sends BMP's proposal status callbacks to the partner's configured URL: GET or POST with the query
// parameters proposal/status/identifier and the configured authentication header. One callback in flight
// at a time so the partner sees status changes in the order they happened; one attempt each (BMP publishes
// no retry policy). TLS is verified with the system CAs.
struct CallbackConfig {
    QUrl url;
    QByteArray method = "POST"; // GET or POST
    QByteArray authHeader;      // e.g. "Authorization", "X-API-Key"; empty: none
    QByteArray authValue;       // e.g. "Bearer abc"; never logged

    bool isSet() const { return url.isValid() && !url.isEmpty(); }
    static Result<CallbackConfig> fromJson(const QJsonObject& o); // validates
    QJsonObject toJson(bool withSecret) const;
};

class CallbackSender : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;
    explicit CallbackSender(Clock clock, QObject* parent = nullptr);

    void setConfig(const CallbackConfig& config) { m_config = config; }
    const CallbackConfig& config() const { return m_config; }
    void enqueue(const QString& proposal, int status, const QString& identifier);
    QJsonArray attempts() const { return m_attempts; } // what was sent, with the outcome; no secrets
    int pending() const { return int(m_queue.size()) + (m_busy ? 1 : 0); }
    void clear();

signals:
    void attempted(const QJsonObject& attempt);

private:
    struct Item {
        QString proposal;
        int status = 0;
        QString identifier;
    };
    void sendNext();

    Clock m_clock;
    CallbackConfig m_config;
    QNetworkAccessManager* m_nam = nullptr; // created on first use: most sandbox runs never call back
    QQueue<Item> m_queue;
    bool m_busy = false;
    quint64 m_generation = 0; // bumps on clear() so replies to a reset sandbox are ignored
    QJsonArray m_attempts;
};

} // namespace bmp::sandbox
