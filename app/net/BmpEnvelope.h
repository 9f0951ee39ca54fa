#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace bmp::net {

// One entry of BMP's "messages" array.
struct BmpMessage {
    int messageType = 0; // BMP does not publish the enumeration; kept as received
    QString code;        // "C0108", "V0001", ...
    QString context;
    QString description;
    QString field;

    // "C0108 (situacao): Finalizar is not allowed…" — code and field when present.
    QString text() const;
};

// BMP's response envelope {msg, hasError, messages:[…], …payload}, parsed tolerantly: unknown fields are kept in
// the payload and otherwise ignored, member names match case-insensitively (HasError / hasError), numbers and
// strings are accepted where either makes sense, and garbage gives parsed() == false instead of a failure.
class BmpEnvelope {
    Q_DECLARE_TR_FUNCTIONS(BmpEnvelope)
public:
    static BmpEnvelope parse(const QByteArray& body);

    bool parsed() const { return m_parsed; } // the body was a JSON object
    bool hasError() const { return m_hasError; }
    QString msg() const { return m_msg; }
    const QList<BmpMessage>& messages() const { return m_messages; }
    QJsonObject payload() const { return m_payload; } // every member except msg/hasError/messages

    // A payload value by name, case-insensitively, looking into nested objects (one level: BMP sometimes wraps
    // the payload in an object such as "data" or "proposta") when the top level lacks it.
    QJsonValue value(const QString& name) const;
    QString text(const QString& name) const;                  // strings, or numbers printed without exponent
    std::optional<qint64> integer(const QString& name) const; // whole numbers, also when sent as strings

    // Whether one of the messages carries BMP's code with its detailed code ("C0112", "V0001"). BMP's reference lists
    // both per error; where the detailed code travels is not documented, so it is looked for in `context` and in
    // `code` itself ("C0112V0001", "C0112-V0001"). An empty detail matches any.
    bool hasCode(const QString& code, const QString& detail = {}) const;

    // What went wrong, for the user: the messages with their codes and fields, or the HTTP status when the body
    // says nothing. Use for HTTP >= 400 or hasError().
    Error toError(int httpStatus) const;

private:
    bool m_parsed = false;
    bool m_hasError = false;
    QString m_msg;
    QList<BmpMessage> m_messages;
    QJsonObject m_payload;
};

} // namespace bmp::net
