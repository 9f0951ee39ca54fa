#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace bmp {

// Field validators: each answers with the cleaned value or a message saying what is wrong and how to fix it.
class Validators {
    Q_DECLARE_TR_FUNCTIONS(Validators)
public:
    static Result<QString> email(const QString& input);
    static Result<QString> phoneE164(const QString& input); // "+5511987654321"
    // A stored E.164 number as people write it: Brazilian ones "+55 (11) 98765-4321" / "+55 (11) 3456-7890";
    // others, and anything that is not E.164, as stored.
    static QString displayPhone(const QString& e164);
    static Result<QString> whatsappInviteLink(const QString& input); // https://chat.whatsapp.com/<code>
    static Result<QString> requiredText(const QString& input, const QString& fieldName, int maxLength = 200);
    static Result<QString> httpUrl(const QString& input, bool requireHttps = false);

    static bool isValidCpf(const QString& digits);
    static bool isValidCnpj(const QString& digits);
    static Result<QString> cpfOrCnpj(const QString& input); // digits only on success

    static QString digitsOnly(const QString& input);
};

} // namespace bmp
