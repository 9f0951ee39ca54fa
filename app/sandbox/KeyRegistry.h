#pragma once

#include "core/Result.h"
#include "crypto/KeyPair.h"
#include "sandbox/StateSink.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace bmp::sandbox {

struct RegisteredClient {
    QString clientId; // bmp.digital.api.<partner_slug>
    QString partner;
    QByteArray publicKeyPem; // SPKI, as we re-export it
    QString fingerprint;     // SHA-256 of the SPKI DER
    qint64 registeredAtMs = 0;
    crypto::KeyPair key;
};

// What BMP does by ticket: takes a partner's RSA public key and hands back a client_id. Only a single SPKI
// "PUBLIC KEY" block of an RSA key of at least 2048 bits is accepted; a private key, a certificate, a PKCS#1
// public key, several blocks or garbage are refused with a message that says what to send instead.
class KeyRegistry {
    Q_DECLARE_TR_FUNCTIONS(KeyRegistry)
public:
    static constexpr int kMaxPartnerLength = 100;
    static constexpr int kMaxSlugLength = 40;

    void setSink(StateSink* sink) { m_sink.set(sink); }

    // The same key registered again gets its client_id back; another key for the same partner gets a new
    // client_id with a numeric suffix (key rotation keeps the old credentials working).
    Result<RegisteredClient> registerKey(const QByteArray& pem, const QString& partner, qint64 nowMs);
    const RegisteredClient* find(const QString& clientId) const;
    int size() const { return int(m_clients.size()); }
    void clear() { m_clients.clear(); }
    void restore(const QJsonObject& record);

    static QString slugFor(const QString& partner); // "Acme Pagamentos Ltda." -> "acme_pagamentos_ltda"

private:
    QHash<QString, RegisteredClient> m_clients;
    SinkRef m_sink;
};

} // namespace bmp::sandbox
