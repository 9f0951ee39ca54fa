#pragma once

#include <QChar>
#include <QString>

namespace bmp {

// The check-digit rules Brazil's largest banks publish for agencies and accounts. Inputs are digits only; shorter
// numbers are padded with zeros on the left to the rule's width. A result of QChar() means the input does not fit
// the rule (non-digits or too long).
namespace BankCheckDigits {

// Banco do Brasil (001): modulo 11, weights 5..2 (agency, 4 digits) and 9..2 (account, 8 digits), left to right;
// digit = 11 - sum mod 11, with 10 -> 'X' and 11 -> '0'.
QChar bancoDoBrasilAgency(const QString& agency);
QChar bancoDoBrasilAccount(const QString& account);

// Bradesco (237): agency modulo 11 with weights 5..2, 10 -> 'P', 11 -> '0'; account (7 digits) modulo 11 with
// weights 2,7,6,5,4,3,2, remainder 0 -> '0', 1 -> 'P', otherwise 11 - remainder. Bradesco writes 'P' as '0' too.
QChar bradescoAgency(const QString& agency);
QChar bradescoAccount(const QString& account);

// Itaú (341): one digit over agency (4) + account (5), modulo 10 with weights 2,1,2,1... from the left, summing the
// digits of each product; digit = (10 - sum mod 10) mod 10. Itaú agencies have no digit.
QChar itauAccount(const QString& agency, const QString& account);

// Santander (033): agency (4) + "00" + account (8), weights 9,7,3,1,0,0,9,7,1,3,1,9,7,3, summing the units digit of
// each product; digit = (10 - sum mod 10) mod 10. Santander agencies have no digit.
QChar santanderAccount(const QString& agency, const QString& account);

// Caixa (104), classic accounts: agency (4) + operation (3) + account (8), weights 8,7,6,5,4,3,2,9,8,7,6,5,4,3,2;
// digit = (sum x 10) mod 11, with 10 -> '0'.
QChar caixaAccount(const QString& agency, const QString& operation, const QString& account);

} // namespace BankCheckDigits

} // namespace bmp
