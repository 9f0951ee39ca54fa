#include "sandbox/KeyRegistry.h"
#include "crypto/PemScan.h"
#include "sandbox/JsonFields.h"

#include <QJsonObject>

namespace bmp::sandbox {

namespace {
const QString kKind = QStringLiteral("client");
} // namespace

QString KeyRegistry::slugFor(const QString& partner) {
    // Accents off (NFD, drop the combining marks), lower case, anything else between words -> '_'.
    const QString decomposed = partner.normalized(QString::NormalizationForm_D).toLower();
    QString slug;
    bool pendingSeparator = false;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingSeparator && !slug.isEmpty())
                slug += u'_';
            slug += c;
            pendingSeparator = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingSeparator = true;
        }
    }
    slug.truncate(kMaxSlugLength);
    while (slug.endsWith(u'_'))
        slug.chop(1);
    return slug;
}

Result<RegisteredClient> KeyRegistry::registerKey(const QByteArray& pem, const QString& partner, qint64 nowMs) {
    const QString name = partner.trimmed();
    if (name.isEmpty())
        return makeError(tr("Say which partner the key belongs to (\"partner\")."));
    if (name.size() > kMaxPartnerLength)
        return makeError(tr("The partner name is too long (at most %1 characters).").arg(kMaxPartnerLength));
    const QString slug = slugFor(name);
    if (slug.isEmpty())
        return makeError(tr("The partner name needs at least one letter or digit."));
    if (pem.trimmed().isEmpty())
        return makeError(tr("No public key was sent (\"publicKeyPem\" is empty)."));

    // Look at the blocks ourselves first: a private key must be refused even when a public key comes with it.
    const QList<crypto::PemBlock> blocks = crypto::scanPem(pem);
    for (const crypto::PemBlock& b : blocks) {
        if (b.isPrivateKey())
            return makeError(tr("This is a PRIVATE key. Never send it to anyone: send only the public key "
                                "(openssl rsa -in private.pem -pubout -out public.pem)."));
    }
    if (blocks.size() > 1)
        return makeError(tr("Send exactly one public key; this text holds %1 PEM blocks.").arg(blocks.size()));
    if (blocks.size() == 1) {
        const crypto::PemBlock& b = blocks.first();
        if (b.isCertificate())
            return makeError(tr("This is a certificate. BMP registers the bare public key (\"BEGIN PUBLIC KEY\"), "
                                "not a certificate."));
        if (b.label == "RSA PUBLIC KEY")
            return makeError(
                tr("This is a PKCS#1 public key (\"BEGIN RSA PUBLIC KEY\"). Send it as SubjectPublicKeyInfo "
                   "(\"BEGIN PUBLIC KEY\"): openssl rsa -RSAPublicKey_in -in key.pem -pubout"));
    }
    if (pem.size() > 64 * 1024)
        return makeError(tr("This is too long to be a public key (at most 64 KiB of PEM)."));
    const auto key = crypto::KeyPair::fromPublicPem(pem);
    if (!key)
        return key.error();
    if (key->hasPrivateKey())
        return makeError(tr("This is a private key; send only the public key."));
    if (const Status s = checkKeyStrength(*key); !s)
        return s.error();

    const QString fingerprint = key->sha256Fingerprint();
    if (const auto it = m_byKey.constFind(slug + u'\n' + fingerprint); it != m_byKey.constEnd()) {
        if (const RegisteredClient* existing = find(*it))
            return *existing;
    }
    if (m_keysPerSlug.value(slug) >= kMaxKeysPerPartner)
        return makeError(tr("%1 already has %2 keys registered, the most one partner may have here. Reset the sandbox "
                            "(POST /_sandbox/reset) to start again.")
                             .arg(name)
                             .arg(kMaxKeysPerPartner));
    if (m_clients.size() >= kMaxClients)
        return makeError(tr("The sandbox already holds %1 registered keys, the most it keeps. Reset it "
                            "(POST /_sandbox/reset) to start again.")
                             .arg(kMaxClients));
    // The bare name first, then _2, _3...: each suffix is tried once per partner (no scan of the registry). One may
    // be taken by another partner whose own name ends in _N; it is skipped.
    const QString base = QStringLiteral("bmp.digital.api.") + slug;
    int& next = m_nextSuffix[slug]; // 0: the bare name is still free
    QString clientId;
    do {
        clientId = next == 0 ? base : base + u'_' + QString::number(next);
        next = next == 0 ? 2 : next + 1;
    } while (m_clients.contains(clientId));

    RegisteredClient client;
    client.clientId = clientId;
    client.partner = name;
    client.publicKeyPem = key->publicKeyPem();
    client.fingerprint = fingerprint;
    client.registeredAtMs = nowMs;
    client.key = *key;
    m_clients.insert(clientId, client);
    index(client);
    m_sink.put(kKind, clientId,
               QJsonObject{{QStringLiteral("clientId"), clientId},
                           {QStringLiteral("partner"), name},
                           {QStringLiteral("publicKeyPem"), QString::fromLatin1(client.publicKeyPem)},
                           {QStringLiteral("registeredAtMs"), double(nowMs)}});
    return client;
}

const RegisteredClient* KeyRegistry::find(const QString& clientId) const {
    const auto it = m_clients.constFind(clientId);
    return it == m_clients.constEnd() ? nullptr : &*it;
}

void KeyRegistry::index(const RegisteredClient& client) {
    const QString slug = slugFor(client.partner);
    m_byKey.insert(slug + u'\n' + client.fingerprint, client.clientId);
    ++m_keysPerSlug[slug];
}

void KeyRegistry::clear() {
    m_clients.clear();
    m_byKey.clear();
    m_keysPerSlug.clear();
    m_nextSuffix.clear();
}

Status KeyRegistry::checkKeyStrength(const crypto::KeyPair& key) {
    const int bits = key.bits();
    if (bits < kMinBits || bits > kMaxBits)
        return makeError(tr("This RSA key has %1 bits; register a key of %2 to %3 bits (2048 is usual).")
                             .arg(bits)
                             .arg(kMinBits)
                             .arg(kMaxBits));
    const auto e = key.publicExponent();
    if (!e || *e < 65537 || *e > 0xFFFFFFFFULL || *e % 2 == 0)
        return makeError(tr("This RSA key's public exponent is not accepted: use 65537, as every usual tool does "
                            "(any odd value from 65537 to 4294967295 is accepted)."));
    return {};
}

void KeyRegistry::restore(const QJsonObject& record) {
    if (m_clients.size() >= kMaxClients)
        return;
    const auto key = crypto::KeyPair::fromPublicPem(record.value(QStringLiteral("publicKeyPem")).toString().toLatin1());
    if (!key || !checkKeyStrength(*key))
        return;
    RegisteredClient c;
    c.clientId = record.value(QStringLiteral("clientId")).toString();
    c.partner = record.value(QStringLiteral("partner")).toString();
    c.publicKeyPem = key->publicKeyPem();
    c.fingerprint = key->sha256Fingerprint();
    c.registeredAtMs = fields::integer(record, QStringLiteral("registeredAtMs")).value_or(0);
    c.key = *key;
    if (c.clientId.isEmpty() || m_clients.contains(c.clientId))
        return;
    m_clients.insert(c.clientId, c);
    index(c);
    // New client_ids for this partner continue after the restored ones.
    const QString base = QStringLiteral("bmp.digital.api.") + slugFor(c.partner);
    int& next = m_nextSuffix[slugFor(c.partner)];
    if (c.clientId == base)
        next = std::max(next, 2);
    else if (c.clientId.startsWith(base + u'_'))
        next = std::max(next, c.clientId.mid(base.size() + 1).toInt() + 1);
}

} // namespace bmp::sandbox
