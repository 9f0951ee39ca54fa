#pragma once

#include "core/Result.h"
#include "domain/BankList.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bmp {

// What the validator could establish: the bank's published check-digit rule held, or only the format was checked
// (the bank publishes no rule we implement). The UI says which.
enum class AccountCheckLevel { CheckDigitVerified, FormatOnly };

// The disbursement account as BMP's propostaContaPagamentoDTO has it.
struct BankAccountInput {
    int bankCode = -1;    // codigoBanco (COMPE)
    QString agency;       // agencia
    QString agencyDigit;  // agenciaDig, often empty
    QString account;      // conta
    QString accountDigit; // contaDig
    QString operation;    // Caixa (104) only: operation code such as 001 or 013; BMP has no field for it, so it
                          // may also come as the first 3 of 11 account digits
};

struct BankAccountCheck {
    AccountCheckLevel level = AccountCheckLevel::FormatOnly;
    Bank bank;
    QString rule;      // what was verified, translated
    QStringList notes; // what was not verified and why, translated
    // Normalized: digits only, agency padded to 4 digits, digits in upper case.
    QString agency;
    QString agencyDigit;
    QString account;
    QString accountDigit;
};

// Validates agency and account (with digits) for a bank: the published check-digit rules of Banco do Brasil,
// Bradesco, Itaú, Santander and Caixa (classic accounts), the format for every other bank of the COMPE list.
class BankAccountValidator {
    Q_DECLARE_TR_FUNCTIONS(BankAccountValidator)
public:
    explicit BankAccountValidator(const BankList& banks = BankList::shipped());

    Result<BankAccountCheck> validate(const BankAccountInput& input) const;

    static bool hasCheckDigitRule(int bankCode);
    static QString levelKey(AccountCheckLevel level);  // "check-digit-verified" / "format-only"
    static QString levelText(AccountCheckLevel level); // translated sentence for the UI

    static constexpr int kMaxAgencyDigits = 4;
    static constexpr int kMaxAccountDigits = 20; // the widest account field of the STR/SPI messages

private:
    const BankList* m_banks;
};

} // namespace bmp
