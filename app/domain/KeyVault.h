#pragma once

#include "core/Result.h"
#include "crypto/KeyPair.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace bmp::storage {
class ProjectStore;
}

namespace bmp {

enum class KeySource { Generated, Imported };
enum class RegistrationRoute { None, Email, Http };

// What the project knows about an environment's key without the passphrase: public material and registration.
struct StoredKey {
    QString environment;
    QByteArray publicPem; // SPKI
    int bits = 0;
    QString fingerprint; // SHA-256 of the SPKI DER, "AB:CD:..."
    QString thumbprint;  // RFC 7638
    KeySource source = KeySource::Generated;
    QDateTime createdAt; // UTC
    RegistrationRoute route = RegistrationRoute::None;
    QDateTime registeredAt; // UTC; when the e-mail was sent or the HTTP registration answered
    QString ticketRef;      // BMP's ticket reference (e-mail route)
    QString holder;         // shared projects: "user@machine" holding the encrypted private key (docs/TEAM.md)

    bool isRegistered() const { return route != RegistrationRoute::None && registeredAt.isValid(); }
    Result<crypto::KeyPair> publicKey() const;
};

// An encrypted private key and its public facts, ready to be stored (made by KeyVault::seal()).
struct SealedKey {
    QByteArray encryptedPem; // encrypted PKCS#8 PEM
    QByteArray publicPem;    // SPKI PEM
    int bits = 0;
    QString fingerprint;
    QString thumbprint;
};

// The project's keys, one per environment. The private key is kept ONLY as encrypted PKCS#8 (AES-256-CBC,
// PBKDF2-HMAC-SHA256, 600 000 iterations); the passphrase is never stored. Sealing and opening take about a
// second of PBKDF2 each: seal() and open() are pure and thread-safe so the GUI runs them on a worker thread
// and only the quick database part (storeSealed, find) on its own.
class KeyVault : public QObject {
    Q_OBJECT
public:
    explicit KeyVault(storage::ProjectStore& store, QObject* parent = nullptr);

    // The encrypted PEM of key under passphrase, decrypted again and compared before it is handed out, so that
    // nothing is stored that the passphrase cannot open. Refuses passphrases shorter than 8 characters and
    // public-only keys.
    static Result<SealedKey> seal(const crypto::KeyPair& key, const QByteArray& passphrase);
    // Decrypts an encrypted PEM as produced by seal() ("wrong passphrase" says so plainly).
    static Result<crypto::KeyPair> open(const QByteArray& encryptedPem, const QByteArray& passphrase);

    std::optional<StoredKey> find(const QString& environment) const;
    QList<StoredKey> list() const;

    // Stores a sealed key for environment, replacing the previous one and its registration record.
    Status storeSealed(const QString& environment, const SealedKey& sealed, KeySource source);
    // seal() + storeSealed() in one call, for the CLI and tests (blocks for the PBKDF2 time).
    Status store(const QString& environment, const crypto::KeyPair& key, const QByteArray& passphrase,
                 KeySource source);
    // The stored encrypted PEM (for an explicit, warned export; still encrypted).
    Result<QByteArray> encryptedPem(const QString& environment) const;
    // encryptedPem() + open() (blocks for the PBKDF2 time).
    Result<crypto::KeyPair> unlock(const QString& environment, const QByteArray& passphrase) const;
    Status remove(const QString& environment);

    Status recordRegistration(const QString& environment, RegistrationRoute route, const QDateTime& at,
                              const QString& ticketRef = {});

    // Non-empty when environment's key is also another environment's key where BMP wants distinct keys:
    // production must not reuse the homologation (or practice) key.
    QString reuseWarning(const QString& environment) const;

    // Keys unlocked during this session, kept in memory only (never written) so the passphrase is not asked
    // for every token. Cleared when the key of that environment changes.
    std::optional<crypto::KeyPair> unlocked(const QString& environment) const;
    void keepUnlocked(const QString& environment, const crypto::KeyPair& key);
    void forgetUnlocked(const QString& environment = {}); // empty: all

    static QString sourceKey(KeySource source);
    static QString routeKey(RegistrationRoute route);
    static RegistrationRoute routeFromKey(const QString& key);

signals:
    void changed(const QString& environment);

private:
    storage::ProjectStore& m_store;
    QHash<QString, crypto::KeyPair> m_unlocked;
};

} // namespace bmp
