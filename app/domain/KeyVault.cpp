#include "domain/KeyVault.h"

#include "crypto/PassphraseStrength.h"
#include "storage/LocalKeyStore.h"
#include "storage/ProjectStore.h"

#include <QSqlQuery>

namespace bmp {

using crypto::KeyPair;

namespace {

QString isoUtc(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseUtc(const QVariant& v) {
    if (v.isNull() || v.toString().isEmpty())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

const QString kSelect = QStringLiteral("SELECT environment, public_pem, bits, fingerprint, thumbprint, source, "
                                       "created_at, registration_route, registered_at, ticket_ref, holder FROM keys");

StoredKey readRow(const QSqlQuery& q) {
    StoredKey k;
    k.environment = q.value(0).toString();
    k.publicPem = q.value(1).toString().toLatin1();
    k.bits = q.value(2).toInt();
    k.fingerprint = q.value(3).toString();
    k.thumbprint = q.value(4).toString();
    k.source = q.value(5).toString() == QLatin1String("imported") ? KeySource::Imported : KeySource::Generated;
    k.createdAt = parseUtc(q.value(6));
    k.route = KeyVault::routeFromKey(q.value(7).toString());
    k.registeredAt = parseUtc(q.value(8));
    k.ticketRef = q.value(9).toString();
    k.holder = q.value(10).toString();
    return k;
}

} // namespace

Result<KeyPair> StoredKey::publicKey() const {
    return KeyPair::fromPublicPem(publicPem);
}

KeyVault::KeyVault(storage::ProjectStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store) {}

QString KeyVault::sourceKey(KeySource source) {
    return source == KeySource::Imported ? QStringLiteral("imported") : QStringLiteral("generated");
}

QString KeyVault::routeKey(RegistrationRoute route) {
    switch (route) {
    case RegistrationRoute::Email:
        return QStringLiteral("email");
    case RegistrationRoute::Http:
        return QStringLiteral("http");
    case RegistrationRoute::None:
        break;
    }
    return {};
}

RegistrationRoute KeyVault::routeFromKey(const QString& key) {
    if (key == QLatin1String("email"))
        return RegistrationRoute::Email;
    if (key == QLatin1String("http"))
        return RegistrationRoute::Http;
    return RegistrationRoute::None;
}

Result<SealedKey> KeyVault::seal(const KeyPair& key, const QByteArray& passphrase) {
    if (!key.hasPrivateKey())
        return makeError(tr("Only a private key can be stored here; this one is public."));
    if (const Status s = crypto::PassphraseStrength::checkMinimum(passphrase); !s)
        return s.error();
    auto pem = key.encryptedPrivateKeyPem(passphrase);
    if (!pem)
        return pem.error();
    // Never keep what the passphrase cannot open again.
    const auto reread = KeyPair::fromPrivatePem(*pem, passphrase);
    if (!reread || !reread->samePublicKey(key))
        return makeError(tr("The encrypted key could not be read back; nothing was stored."),
                         reread ? QString() : reread.error().toString());
    return SealedKey{*pem, key.publicKeyPem(), key.bits(), key.sha256Fingerprint(), key.jwkThumbprint()};
}

Result<KeyPair> KeyVault::open(const QByteArray& encryptedPem, const QByteArray& passphrase) {
    if (passphrase.isEmpty())
        return makeError(tr("Enter the passphrase of this key."));
    return KeyPair::fromPrivatePem(encryptedPem, passphrase);
}

std::optional<StoredKey> KeyVault::find(const QString& environment) const {
    QSqlQuery q(m_store.database());
    q.prepare(kSelect + QStringLiteral(" WHERE environment = ?"));
    q.addBindValue(environment);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

QList<StoredKey> KeyVault::list() const {
    QList<StoredKey> out;
    QSqlQuery q(m_store.database());
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY environment")))
        return out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Status KeyVault::storeSealed(const QString& environment, const SealedKey& sealed, KeySource source) {
    if (KeyPair::classifyPem(sealed.encryptedPem) != KeyPair::PemKind::EncryptedPrivateKey)
        return makeError(tr("Only an encrypted private key can be stored in the project."));
    const auto pub = KeyPair::fromPublicPem(sealed.publicPem);
    if (!pub || pub->sha256Fingerprint() != sealed.fingerprint)
        return makeError(tr("The public key does not match its fingerprint; nothing was stored."));
    QSqlQuery exists(m_store.database());
    exists.prepare(QStringLiteral("SELECT 1 FROM environments WHERE name = ?"));
    exists.addBindValue(environment);
    if (!exists.exec() || !exists.next())
        return makeError(tr("There is no environment named %1 in this project.").arg(environment));
    // A shared project's server never holds a private key, even encrypted: it stays on this machine, and the
    // project says whose machine that is.
    QString holder;
    if (m_store.isShared()) {
        const QString projectId = m_store.setting(QStringLiteral("project.id"));
        if (projectId.isEmpty())
            return makeError(tr("This shared project has no id, so its keys cannot be kept on this machine."));
        if (Status s = storage::LocalKeyStore::save(projectId, environment, sealed.encryptedPem); !s)
            return s;
        holder = storage::LocalKeyStore::holder(m_store.userName());
    }
    const Status s = m_store.exec(
        QStringLiteral("INSERT INTO keys (environment, encrypted_pem, public_pem, bits, fingerprint, thumbprint, "
                       "source, created_at, registered_at, registration_route, ticket_ref, holder) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, '', '', ?) ON CONFLICT (environment) DO UPDATE SET "
                       "encrypted_pem = excluded.encrypted_pem, public_pem = excluded.public_pem, "
                       "bits = excluded.bits, fingerprint = excluded.fingerprint, thumbprint = excluded.thumbprint, "
                       "source = excluded.source, created_at = excluded.created_at, registered_at = NULL, "
                       "registration_route = '', ticket_ref = '', holder = excluded.holder"),
        {environment, m_store.isShared() ? QString() : QString::fromLatin1(sealed.encryptedPem),
         QString::fromLatin1(sealed.publicPem), pub->bits(), sealed.fingerprint, pub->jwkThumbprint(),
         sourceKey(source), isoUtc(QDateTime::currentDateTimeUtc()), holder});
    if (!s)
        return s;
    m_unlocked.remove(environment);
    emit changed(environment);
    return {};
}

Status KeyVault::store(const QString& environment, const KeyPair& key, const QByteArray& passphrase, KeySource source) {
    const auto sealed = seal(key, passphrase);
    if (!sealed)
        return sealed.error();
    return storeSealed(environment, *sealed, source);
}

Result<QByteArray> KeyVault::encryptedPem(const QString& environment) const {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT encrypted_pem FROM keys WHERE environment = ?"));
    q.addBindValue(environment);
    if (!q.exec() || !q.next())
        return makeError(tr("The %1 environment has no key yet: generate or import one in step 3.").arg(environment));
    // A file holds its keys; a shared project's live on their makers' machines (a file copied from a shared project
    // holds only the keys this machine had).
    const QByteArray local =
        m_store.isShared() ? storage::LocalKeyStore::load(m_store.setting(QStringLiteral("project.id")), environment)
                           : q.value(0).toString().toLatin1();
    if (local.isEmpty()) {
        const std::optional<StoredKey> key = find(environment);
        return makeError(tr("The private key of the %1 environment is not on this machine: it lives on %2, with "
                            "whoever made it. Sign there, or generate a new key here (BMP then needs the new public "
                            "key).")
                             .arg(environment, key && !key->holder.isEmpty() ? key->holder : tr("another machine")));
    }
    return local;
}

Result<KeyPair> KeyVault::unlock(const QString& environment, const QByteArray& passphrase) const {
    const auto pem = encryptedPem(environment);
    if (!pem)
        return pem.error();
    return open(*pem, passphrase);
}

Status KeyVault::remove(const QString& environment) {
    const Status s = m_store.exec(QStringLiteral("DELETE FROM keys WHERE environment = ?"), {environment});
    if (!s)
        return s;
    if (m_store.isShared())
        storage::LocalKeyStore::remove(m_store.setting(QStringLiteral("project.id")), environment);
    m_unlocked.remove(environment);
    emit changed(environment);
    return {};
}

Status KeyVault::recordRegistration(const QString& environment, RegistrationRoute route, const QDateTime& at,
                                    const QString& ticketRef) {
    if (!find(environment))
        return makeError(tr("The %1 environment has no key yet: generate or import one in step 3.").arg(environment));
    if (route == RegistrationRoute::None)
        return makeError(tr("Choose how the key was registered: by e-mail ticket or over HTTP."));
    if (!at.isValid())
        return makeError(tr("Enter when the key was sent to BMP."));
    if (at > QDateTime::currentDateTimeUtc().addSecs(300))
        return makeError(tr("The registration date is in the future."));
    const QString ref = ticketRef.trimmed();
    if (ref.size() > 100)
        return makeError(tr("The ticket reference is too long (at most 100 characters)."));
    const Status s = m_store.exec(QStringLiteral("UPDATE keys SET registration_route = ?, registered_at = ?, "
                                                 "ticket_ref = ? WHERE environment = ?"),
                                  {routeKey(route), isoUtc(at), ref, environment});
    if (!s)
        return s;
    emit changed(environment);
    return {};
}

QString KeyVault::reuseWarning(const QString& environment) const {
    const auto mine = find(environment);
    if (!mine)
        return {};
    const QString production = QStringLiteral("production");
    for (const StoredKey& other : list()) {
        if (other.environment == environment || other.fingerprint != mine->fingerprint)
            continue;
        if (environment != production && other.environment != production)
            continue;
        const QString otherName = environment == production ? other.environment : environment;
        return tr("Production uses the same key as %1. BMP requires separate keys for production: generate a new "
                  "key for production.")
            .arg(otherName);
    }
    return {};
}

std::optional<KeyPair> KeyVault::unlocked(const QString& environment) const {
    const auto it = m_unlocked.constFind(environment);
    if (it == m_unlocked.constEnd())
        return std::nullopt;
    return *it;
}

void KeyVault::keepUnlocked(const QString& environment, const KeyPair& key) {
    const auto stored = find(environment);
    if (key.hasPrivateKey() && stored && stored->fingerprint == key.sha256Fingerprint())
        m_unlocked.insert(environment, key);
}

void KeyVault::forgetUnlocked(const QString& environment) {
    if (environment.isEmpty())
        m_unlocked.clear();
    else
        m_unlocked.remove(environment);
}

} // namespace bmp
