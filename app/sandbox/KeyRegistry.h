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
// "PUBLIC KEY" block of an RSA key of 2048 to 4096 bits with an odd public exponent from 65537 to 2^32 - 1 is
// accepted (a huge modulus or exponent would make every token request slow to verify); a private key, a
// certificate, a PKCS#1 public key, several blocks or garbage are refused with a message that says what to send
// instead. The registry is bounded (kMaxClients, kMaxKeysPerPartner) and every lookup is a hash lookup.
class KeyRegistry {
    Q_DECLARE_TR_FUNCTIONS(KeyRegistry)
public:
    static constexpr int kMaxPartnerLength = 100;
    static constexpr int kMaxSlugLength = 40;
    static constexpr int kMinBits = 2048;
    static constexpr int kMaxBits = 4096;
    static constexpr int kMaxClients = 1000;
    static constexpr int kMaxKeysPerPartner = 20;

    // The size and exponent rule above; the message says what is wrong.
    static Status checkKeyStrength(const crypto::KeyPair& key);

    void setSink(StateSink* sink) { m_sink.set(sink); }

    // The same key registered again gets its client_id back; another key for the same partner gets a new
    // client_id with a numeric suffix (key rotation keeps the old credentials working).
    Result<RegisteredClient> registerKey(const QByteArray& pem, const QString& partner, qint64 nowMs);
    const RegisteredClient* find(const QString& clientId) const;
    int size() const { return int(m_clients.size()); }
    void clear();
    void restore(const QJsonObject& record);

    static QString slugFor(const QString& partner); // "Acme Pagamentos Ltda." -> "acme_pagamentos_ltda"

private:
    void index(const RegisteredClient& client);

    QHash<QString, RegisteredClient> m_clients;
    QHash<QString, QString> m_byKey;   // slug + '\n' + fingerprint -> client_id (the same key registered again)
    QHash<QString, int> m_keysPerSlug; // client_ids per partner slug
    QHash<QString, int> m_nextSuffix;  // the next numeric suffix to try per slug
    SinkRef m_sink;
};

} // namespace bmp::sandbox
