#include "storage/ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace bmp::storage {

namespace {

// Only options that choose how to reach and trust the server: an address that arrived by e-mail must not be
// able to set server-side parameters (libpq's "options") or read files other than certificates.
const QStringList& allowedOptions() {
    static const QStringList list{QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
                                  QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
                                  QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
                                  QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
    return list;
}

const QStringList& sslModes() {
    static const QStringList list{QStringLiteral("disable"),   QStringLiteral("allow"),
                                  QStringLiteral("prefer"),    QStringLiteral("require"),
                                  QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return list;
}

} // namespace

bool ServerAddress::looksLike(const QString& text) {
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& text) {
    if (!looksLike(text))
        return makeError(tr("A shared project's address starts with postgresql:// (for example "
                            "postgresql://ana@db.example.com/onboarding)."),
                         text.left(60));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return makeError(tr("The address of the shared project is not valid."), url.errorString());
    ServerAddress a;
    a.host = url.host(QUrl::FullyDecoded);
    a.port = url.port(-1);
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            a.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535)
                return makeError(tr("The port in the address of the shared project is not a number from 1 to 65535."),
                                 value);
        } else if (key == QLatin1String("user")) {
            a.user = value;
        } else if (key == QLatin1String("dbname")) {
            a.database = value;
        } else if (allowedOptions().contains(key)) {
            a.options.insert(key, value);
        } else {
            return makeError(tr("The address of the shared project sets \"%1\", which BMP Onboarding does not pass "
                                "on. It accepts: %2.")
                                 .arg(key, allowedOptions().join(QStringLiteral(", "))));
        }
    }
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return makeError(tr("The address of the shared project must name its database, as in "
                            "postgresql://db.example.com/onboarding."));
    if (a.options.contains(QStringLiteral("sslmode")) &&
        !sslModes().contains(a.options.value(QStringLiteral("sslmode"))))
        return makeError(tr("sslmode must be one of: %1.").arg(sslModes().join(QStringLiteral(", "))));
    if (!a.usesSocket() && !a.options.contains(QStringLiteral("sslmode")))
        a.options.insert(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    return a;
}

QString ServerAddress::display() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket directory goes in the query, with its port (an authority of only "user@:port" reads badly).
    const bool socketHost = host.startsWith(u'/');
    if (socketHost) {
        query.addQueryItem(QStringLiteral("host"), host);
        if (port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    } else {
        url.setHost(host);
        if (port > 0)
            url.setPort(port);
    }
    url.setUserName(user);
    url.setPath(u'/' + database);
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        // The default is not repeated: the address reads as the user wrote it.
        if (it.key() == QLatin1String("sslmode") && it.value() == QLatin1String("verify-full"))
            continue;
        query.addQueryItem(it.key(), it.value());
    }
    url.setQuery(query);
    QString out = url.toString(QUrl::FullyEncoded);
    // QUrl writes "postgresql:/db" without an authority; libpq and people write postgresql:///db.
    if (url.host().isEmpty() && user.isEmpty())
        out.replace(QStringLiteral("postgresql:/"), QStringLiteral("postgresql:///"));
    return out;
}

QString ServerAddress::connectOptions(int connectTimeoutSeconds) const {
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    if (!options.contains(QStringLiteral("connect_timeout")))
        parts.append(QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds));
    return parts.join(u';');
}

bool needsPassword(const Error& error) {
    return error.detail.contains(QLatin1String("no password supplied")) ||
           error.detail.contains(QLatin1String("password authentication failed"));
}

} // namespace bmp::storage
