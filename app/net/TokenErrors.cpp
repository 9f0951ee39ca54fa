// TokenWorker::explain: what a refused or failed token request means, in words a partner's developer can act on.
#include "net/TokenWorker.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bmp::net {

// The sandbox adds a stable "reason" to its refusals; real BMP does not. Where we know it, we say exactly
// what to fix; otherwise the generic explanation of the OAuth error stands alone.
QString TokenWorker::reasonHint(const QString& reason) {
    static const QHash<QString, const char*> hints{
        {QStringLiteral("unknown_client"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker",
                           "The client_id is not registered: register the public key first (step 3) "
                           "and use the client_id it returned.")},
        {QStringLiteral("bad_signature"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker",
                           "The assertion was signed with a key other than the one registered for "
                           "this client_id.")},
        {QStringLiteral("wrong_audience"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker",
                           "The assertion's aud is not this token URL: aud must be exactly the "
                           "token endpoint's URL.")},
        {QStringLiteral("expired"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker",
                           "The assertion has expired: sign a new one for each request and check "
                           "this computer's clock.")},
        {QStringLiteral("not_yet_valid"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker",
                           "The assertion's nbf is in the future: this computer's clock is ahead; "
                           "set it right (automatic time).")},
        {QStringLiteral("issued_in_future"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker",
                           "The assertion's iat is in the future: this computer's clock is ahead; "
                           "set it right (automatic time).")},
        {QStringLiteral("lifetime_too_long"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker",
                           "The assertion is valid for too long: use a lifetime of at most an hour "
                           "(300 seconds is usual).")},
        {QStringLiteral("jti_replayed"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "This assertion was already used: every token request needs a new "
                                                    "assertion with a new jti.")},
        {QStringLiteral("iss_sub_mismatch"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "iss and sub must both be the client_id.")},
        {QStringLiteral("client_id_mismatch"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "The client_id sent is not the assertion's iss/sub.")},
        {QStringLiteral("missing_claim"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "A required claim (jti, iss, sub, aud, exp) is missing from the "
                                                    "assertion.")},
        {QStringLiteral("malformed_claim"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "A time claim is not a number of seconds since 1970.")},
        {QStringLiteral("malformed_assertion"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "The client_assertion is not a well-formed JWT.")},
        {QStringLiteral("unsupported_alg"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "The assertion must be signed with RS256.")},
        {QStringLiteral("missing_assertion"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "The request carried no client_assertion.")},
        {QStringLiteral("unsupported_assertion_type"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "client_assertion_type must be "
                                                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer.")},
        {QStringLiteral("unsupported_authentication"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "BMP authenticates with a signed assertion, not a client secret.")},
        {QStringLiteral("scope_not_allowed"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "This client may not ask for that scope.")},
        {QStringLiteral("scope_too_long"),
         QT_TRANSLATE_NOOP("bmp::net::TokenWorker", "The scope is longer than the 300 characters a client may send.")},
    };
    const auto it = hints.constFind(reason);
    return it == hints.constEnd() ? QString() : QCoreApplication::translate("bmp::net::TokenWorker", *it);
}

QString TokenWorker::codeExplanation(const QString& error, const QString& scope) {
    if (error == u"invalid_client")
        return tr("BMP does not know this client_id or this key.");
    if (error == u"invalid_grant")
        return tr("BMP refused the signed assertion (expired, already used, or made for another token URL). Sign a "
                  "new one and check this computer's clock.");
    if (error == u"invalid_scope") {
        if (scope.isEmpty())
            return tr("BMP does not allow the requested scope for this client. Use the scope BMP gave you (usually "
                      "bmp.digital.api.full.access).");
        return tr("BMP does not allow the scope \"%1\" for this client. Use the scope BMP gave you (usually "
                  "bmp.digital.api.full.access).")
            .arg(scope.left(80));
    }
    if (error == u"unsupported_grant_type")
        return tr("The server does not accept the client_credentials grant. Check that the token URL is BMP's "
                  "/connect/token.");
    if (error == u"invalid_request")
        return tr("The server says the token request is malformed (a field is missing, repeated or of the wrong "
                  "type). Check that the token URL is BMP's /connect/token.");
    if (error == u"unauthorized_client")
        return tr("This client_id may not use the client_credentials grant. Ask BMP to enable it.");
    if (error == u"access_denied")
        return tr("BMP denied access to this client.");
    return {};
}

Error TokenWorker::explain(const ApiResponse& r, const QString& scope, TokenFailure* failure) {
    TokenFailure f;
    f.httpStatus = r.status;
    if (!r.transportOk() || r.cancelled) {
        if (failure)
            *failure = f;
        return r.transportError();
    }
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    f.oauthError = body.value(QStringLiteral("error")).toString().left(100);
    f.description = body.value(QStringLiteral("error_description")).toString().left(500);
    f.reason = body.value(QStringLiteral("reason")).toString().left(100);
    if (failure)
        *failure = f;

    QString detail = QStringLiteral("HTTP %1").arg(r.status);
    if (!f.oauthError.isEmpty())
        detail += QStringLiteral(", %1").arg(f.oauthError);
    if (!f.description.isEmpty())
        detail += QStringLiteral(": %1").arg(f.description);

    QString message;
    if (r.status == 429)
        message = tr("The server is rate limiting this client (HTTP 429) and kept refusing after the retries. Wait "
                     "a minute and try again; in production send at most one request per second.");
    else if (r.status >= 500)
        message =
            tr("The token server had a problem (HTTP %1). Try again later; if it persists, tell BMP.").arg(r.status);
    else if (!f.oauthError.isEmpty())
        message = codeExplanation(f.oauthError, scope);
    if (message.isEmpty() && !f.oauthError.isEmpty())
        message = tr("The server refused the token request (%1).").arg(f.oauthError);
    if (message.isEmpty()) {
        if (r.status == 404 || r.status == 405)
            message = tr("There is no token endpoint at this URL (HTTP %1). Check the token URL.").arg(r.status);
        else if (r.status == 401 || r.status == 403)
            message = tr("The server refused the credentials (HTTP %1).").arg(r.status);
        else if (r.status >= 300 && r.status < 400)
            message = tr("The token URL redirects elsewhere (HTTP %1); enter the final URL.").arg(r.status);
        else
            message = tr("The server answered HTTP %1 without saying why. Check the token URL.").arg(r.status);
    }
    const QString hint = reasonHint(f.reason);
    if (!hint.isEmpty())
        message = tr("%1 %2").arg(message, hint);
    return makeError(message, detail);
}

} // namespace bmp::net
