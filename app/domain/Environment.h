#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace bmp {

enum class EnvironmentKind { Practice, Homologation, Production, Custom };

// Where and how to reach one BMP environment. The Practice environment is the built-in sandbox: its URLs are
// filled in when the app starts the sandbox, unless the user points it at a sandbox of their own.
struct EnvironmentProfile {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentProfile)
public:
    QString name; // "practice", "homologation", "production" or a custom name
    EnvironmentKind kind = EnvironmentKind::Custom;
    QString tokenUrl;
    QString apiUrl;
    QString keyUrl; // key registration endpoint (the sandbox has one; BMP uses an e-mail ticket)
    QString clientId;
    QString scope = QStringLiteral("bmp.digital.api.full.access");
    double rateLimit = 1.0; // requests per second; 0 = unlimited
    QByteArray caBundlePem;
    // BMP's Finalizar needs the signature call (IncluirAssinaturaCCBFinalizada) first unless BMP set the partner up
    // otherwise for this environment ("parameterized"); true skips that call in the test proposals.
    bool signatureWaived = false;
    // Who saved it last and when (UTC, ISO), and the save count: a save made on an older copy is refused. Not part
    // of toJson() (an export is the profile, not its history).
    qint64 rowVersion = 0;
    QString updatedBy = {};
    QString updatedAt = {};

    static EnvironmentProfile defaults(EnvironmentKind kind);
    static QString kindKey(EnvironmentKind kind);
    static EnvironmentKind kindForName(const QString& name);
    QString displayName() const;
    bool usesBuiltInSandbox() const { return kind == EnvironmentKind::Practice && tokenUrl.isEmpty(); }

    // Checks every field; the message names the field and says how to fix it. The rules come from the name when
    // it is a built-in one (a row named "production" is production, whatever its kind says): https for
    // homologation and production, no extra CA for production, and https to BMP's own hosts in any environment.
    Status validate() const;

    // Whether host is one of BMP's own (moneyp.com.br, moneyp.dev.br, bmpdigital..., and their subdomains): those
    // are reached over https only, from any environment.
    static bool isBmpHost(const QString& host);
    // The rule applied when a request actually leaves (net/ApiClient), whatever the project file says: the
    // environment named `environment` may send to url (with an extra CA bundle when extraCa) or not.
    static Status checkDestination(const QString& environment, const QUrl& url, bool extraCa);
    QJsonObject toJson() const; // never contains secrets (there are none in a profile)
    static Result<EnvironmentProfile> fromJson(const QJsonObject& object);

    static constexpr int kMaxScopeLength = 300;
};

} // namespace bmp
