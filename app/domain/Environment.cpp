#include "domain/Environment.h"

#include "domain/Validators.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSslCertificate>

namespace bmp {

EnvironmentProfile EnvironmentProfile::defaults(EnvironmentKind kind) {
    EnvironmentProfile p;
    p.kind = kind;
    p.name = kindKey(kind);
    switch (kind) {
    case EnvironmentKind::Homologation:
        p.tokenUrl = QStringLiteral("https://auth.moneyp.dev.br/connect/token");
        p.apiUrl = QStringLiteral("https://api.bmpdigital.moneyp.dev.br");
        p.rateLimit = 1.0; // BMP publishes 1 req/s for production; the same pace is the safe default here
        break;
    case EnvironmentKind::Production:
        p.tokenUrl = QStringLiteral("https://auth.moneyp.com.br/connect/token");
        p.apiUrl = QStringLiteral("https://api.bmpdigital.moneyp.com.br");
        p.rateLimit = 1.0;
        break;
    case EnvironmentKind::Practice:
        p.rateLimit = 1.0; // rehearse at production pace
        break;
    case EnvironmentKind::Custom:
        p.name.clear();
        break;
    }
    return p;
}

QString EnvironmentProfile::kindKey(EnvironmentKind kind) {
    switch (kind) {
    case EnvironmentKind::Practice:
        return QStringLiteral("practice");
    case EnvironmentKind::Homologation:
        return QStringLiteral("homologation");
    case EnvironmentKind::Production:
        return QStringLiteral("production");
    case EnvironmentKind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

EnvironmentKind EnvironmentProfile::kindForName(const QString& name) {
    for (EnvironmentKind k : {EnvironmentKind::Practice, EnvironmentKind::Homologation, EnvironmentKind::Production}) {
        if (kindKey(k) == name)
            return k;
    }
    return EnvironmentKind::Custom;
}

QString EnvironmentProfile::displayName() const {
    switch (kind) {
    case EnvironmentKind::Practice:
        return tr("Practice (local sandbox)");
    case EnvironmentKind::Homologation:
        return tr("Homologation");
    case EnvironmentKind::Production:
        return tr("Production");
    case EnvironmentKind::Custom:
        break;
    }
    return name;
}

bool EnvironmentProfile::isBmpHost(const QString& host) {
    const QString h = host.toLower();
    for (const QString& domain : {QStringLiteral("moneyp.com.br"), QStringLiteral("moneyp.dev.br")}) {
        if (h == domain || h.endsWith(u'.' + domain))
            return true;
    }
    // bmpdigital.com.br, api.bmpdigital.moneyp.com.br, bmpdigital-hml.example...: any label that starts so.
    for (const QString& label : h.split(u'.')) {
        if (label.startsWith(QLatin1String("bmpdigital")))
            return true;
    }
    return false;
}

Status EnvironmentProfile::checkDestination(const QString& environment, const QUrl& url, bool extraCa) {
    const EnvironmentKind byName = kindForName(environment);
    const bool https = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    if (!https && (byName == EnvironmentKind::Homologation || byName == EnvironmentKind::Production))
        return makeError(tr("The %1 environment is reached over https only; %2 is not, so nothing was sent. Correct "
                            "the URL in step 4.")
                             .arg(environment, url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    if (!https && isBmpHost(url.host()))
        return makeError(tr("%1 is one of BMP's own servers, which are reached over https only, so nothing was sent. "
                            "Correct the URL in step 4.")
                             .arg(url.host()));
    if (extraCa && byName == EnvironmentKind::Production)
        return makeError(tr("The production environment trusts the system's certificate authorities only, but this "
                            "project adds a CA bundle to it, so nothing was sent. Remove the CA bundle in step 4."));
    return {};
}

Status EnvironmentProfile::validate() const {
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    if (!nameRe.match(name).hasMatch())
        return makeError(tr("The environment name must be 1–40 lowercase letters, digits, '-' or '_'."));
    const EnvironmentKind byName = kindForName(name);
    if (byName != EnvironmentKind::Custom && kind != byName)
        return makeError(tr("The %1 environment is built in; its kind cannot be changed.").arg(name));
    const bool needsHttps = byName == EnvironmentKind::Homologation || byName == EnvironmentKind::Production;
    const QList<QPair<QString, QString>> urls{
        {tokenUrl, tr("token URL")}, {apiUrl, tr("API base URL")}, {keyUrl, tr("key registration URL")}};
    for (const auto& [url, label] : urls) {
        if (url.isEmpty())
            continue;
        const bool bmpHost = isBmpHost(QUrl(url.trimmed()).host());
        if (auto checked = Validators::httpUrl(url, needsHttps || bmpHost); !checked)
            return makeError(
                bmpHost && !needsHttps
                    ? tr("The %1 points to one of BMP's own servers, which are reached over https only.").arg(label)
                    : tr("The %1 is not valid: %2").arg(label, checked.error().message));
    }
    if (byName == EnvironmentKind::Production && !caBundlePem.isEmpty())
        return makeError(tr("Production trusts the system's certificate authorities only: remove the CA bundle."));
    if (!usesBuiltInSandbox() && tokenUrl.isEmpty())
        return makeError(tr("Enter the token URL of the %1 environment.").arg(displayName()));
    if (scope.size() > kMaxScopeLength)
        return makeError(tr("The scope is too long (at most %1 characters).").arg(kMaxScopeLength));
    if (scope.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f\"\\\\]"))))
        return makeError(tr("The scope contains characters that are not allowed."));
    if (clientId.size() > 200 || clientId.contains(QRegularExpression(QStringLiteral("\\s"))))
        return makeError(tr("The client_id must be a single word without spaces (such as bmp.digital.api.partner)."));
    if (rateLimit < 0 || rateLimit > 1000)
        return makeError(tr("The rate limit must be between 0 (unlimited) and 1000 requests per second."));
    if (!caBundlePem.isEmpty() && QSslCertificate::fromData(caBundlePem, QSsl::Pem).isEmpty())
        return makeError(tr("The CA bundle holds no PEM certificate."));
    return {};
}

QJsonObject EnvironmentProfile::toJson() const {
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kindKey(kind)},
                       {QStringLiteral("tokenUrl"), tokenUrl},
                       {QStringLiteral("apiUrl"), apiUrl},
                       {QStringLiteral("keyUrl"), keyUrl},
                       {QStringLiteral("clientId"), clientId},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("rateLimit"), rateLimit},
                       {QStringLiteral("caBundlePem"), QString::fromLatin1(caBundlePem)},
                       {QStringLiteral("signatureWaived"), signatureWaived}};
}

Result<EnvironmentProfile> EnvironmentProfile::fromJson(const QJsonObject& o) {
    EnvironmentProfile p;
    p.name = o.value(QStringLiteral("name")).toString();
    // A built-in name decides the kind (and with it the rules); any other name is a custom environment.
    p.kind = kindForName(p.name);
    p.tokenUrl = o.value(QStringLiteral("tokenUrl")).toString();
    p.apiUrl = o.value(QStringLiteral("apiUrl")).toString();
    p.keyUrl = o.value(QStringLiteral("keyUrl")).toString();
    p.clientId = o.value(QStringLiteral("clientId")).toString();
    p.scope = o.value(QStringLiteral("scope")).toString(p.scope);
    p.rateLimit = o.value(QStringLiteral("rateLimit")).toDouble(1.0);
    p.caBundlePem = o.value(QStringLiteral("caBundlePem")).toString().toLatin1();
    p.signatureWaived = o.value(QStringLiteral("signatureWaived")).toBool(false);
    if (Status s = p.validate(); !s)
        return s.error();
    return p;
}

} // namespace bmp
