#include "sandbox/KeyRegistry.h"
#include "crypto/PemScan.h"

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
    const auto key = crypto::KeyPair::fromPublicPem(pem);
    if (!key)
        return key.error();
    if (key->hasPrivateKey())
        return makeError(tr("This is a private key; send only the public key."));

    for (const RegisteredClient& c : std::as_const(m_clients)) {
        if (c.key.samePublicKey(*key) && slugFor(c.partner) == slug)
            return c;
    }
    const QString base = QStringLiteral("bmp.digital.api.") + slug;
    QString clientId = base;
    for (int n = 2; m_clients.contains(clientId); ++n)
        clientId = base + u'_' + QString::number(n);

    RegisteredClient client;
    client.clientId = clientId;
    client.partner = name;
    client.publicKeyPem = key->publicKeyPem();
    client.fingerprint = key->sha256Fingerprint();
    client.registeredAtMs = nowMs;
    client.key = *key;
    m_clients.insert(clientId, client);
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

void KeyRegistry::restore(const QJsonObject& record) {
    const auto key = crypto::KeyPair::fromPublicPem(record.value(QStringLiteral("publicKeyPem")).toString().toLatin1());
    if (!key)
        return;
    RegisteredClient c;
    c.clientId = record.value(QStringLiteral("clientId")).toString();
    c.partner = record.value(QStringLiteral("partner")).toString();
    c.publicKeyPem = key->publicKeyPem();
    c.fingerprint = key->sha256Fingerprint();
    c.registeredAtMs = qint64(record.value(QStringLiteral("registeredAtMs")).toDouble());
    c.key = *key;
    m_clients.insert(c.clientId, c);
}

} // namespace bmp::sandbox
