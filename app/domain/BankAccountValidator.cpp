#include "domain/BankAccountValidator.h"

#include "domain/BankCheckDigits.h"

#include <QRegularExpression>

#include <algorithm>

namespace bmp {

namespace {

namespace D = BankCheckDigits;

constexpr int kBancoDoBrasil = 1;
constexpr int kSantander = 33;
constexpr int kCaixa = 104;
constexpr int kBradesco = 237;
constexpr int kItau = 341;

// Users paste "1234-5" or "12.345"; spaces and dots are layout, anything else is an error the caller reports.
QString cleaned(const QString& text) {
    QString out = text.trimmed();
    out.remove(u' ');
    out.remove(u'.');
    return out.toUpper();
}

bool digitsOnly(const QString& s) {
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    return re.match(s).hasMatch();
}

bool allZeros(const QString& s) {
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c == u'0'; });
}

// Bradesco writes the check digit 'P' also as '0'.
bool bradescoMatches(QChar expected, const QString& given) {
    return given == QString(expected) || (expected == u'P' && given == QLatin1String("0"));
}

} // namespace

BankAccountValidator::BankAccountValidator(const BankList& banks)
    : m_banks(&banks) {}

bool BankAccountValidator::hasCheckDigitRule(int bankCode) {
    return bankCode == kBancoDoBrasil || bankCode == kBradesco || bankCode == kItau || bankCode == kSantander ||
           bankCode == kCaixa;
}

QString BankAccountValidator::levelKey(AccountCheckLevel level) {
    return level == AccountCheckLevel::CheckDigitVerified ? QStringLiteral("check-digit-verified")
                                                          : QStringLiteral("format-only");
}

QString BankAccountValidator::levelText(AccountCheckLevel level) {
    return level == AccountCheckLevel::CheckDigitVerified
               ? tr("Check digits verified with the bank's published rule.")
               : tr("Format checked only: this bank's check-digit rule is not published or not implemented, so the "
                    "account may still be wrong.");
}

Result<BankAccountCheck> BankAccountValidator::validate(const BankAccountInput& in) const {
    if (m_banks->size() == 0)
        return makeError(tr("The list of Brazilian banks is not available, so the bank code cannot be checked."));
    const auto bank = in.bankCode >= 0 ? m_banks->byCompe(in.bankCode) : std::nullopt;
    if (!bank)
        return makeError(tr("Bank code %1 is not in the list of Brazilian banks (COMPE). Check the code, e.g. 001 "
                            "for Banco do Brasil or 341 for Itaú.")
                             .arg(in.bankCode));
    BankAccountCheck check;
    check.bank = *bank;
    const QString name = bank->displayName();

    const QString agency = cleaned(in.agency);
    if (agency.isEmpty())
        return makeError(tr("Enter the agency number (up to 4 digits, without its check digit)."));
    if (!digitsOnly(agency))
        return makeError(tr("The agency number must have digits only (got “%1”); put its check digit in the agency "
                            "digit field.")
                             .arg(in.agency.trimmed()));
    if (agency.size() > kMaxAgencyDigits)
        return makeError(
            tr("The agency number has at most %1 digits (got %2).").arg(kMaxAgencyDigits).arg(agency.size()));
    check.agency = agency.rightJustified(kMaxAgencyDigits, u'0');

    check.agencyDigit = cleaned(in.agencyDigit);
    static const QRegularExpression oneDigit(QStringLiteral("^[0-9A-Z]$"));
    if (!check.agencyDigit.isEmpty() && !oneDigit.match(check.agencyDigit).hasMatch())
        return makeError(
            tr("The agency check digit is a single digit or letter (got “%1”).").arg(in.agencyDigit.trimmed()));

    const QString account = cleaned(in.account);
    if (account.isEmpty())
        return makeError(tr("Enter the account number (without its check digit)."));
    if (!digitsOnly(account))
        return makeError(tr("The account number must have digits only (got “%1”); put its check digit in the "
                            "account digit field.")
                             .arg(in.account.trimmed()));
    if (account.size() > kMaxAccountDigits)
        return makeError(
            tr("The account number has at most %1 digits (got %2).").arg(kMaxAccountDigits).arg(account.size()));
    if (allZeros(account))
        return makeError(tr("The account number cannot be all zeros."));
    check.account = account;

    check.accountDigit = cleaned(in.accountDigit);
    if (check.accountDigit.isEmpty())
        return makeError(tr("Enter the account check digit (the digit after the dash)."));
    if (!oneDigit.match(check.accountDigit).hasMatch())
        return makeError(
            tr("The account check digit is a single digit or letter (got “%1”).").arg(in.accountDigit.trimmed()));

    auto tooLong = [&](int maxDigits) {
        return makeError(
            tr("%1 account numbers have at most %2 digits (got %3).").arg(name).arg(maxDigits).arg(account.size()));
    };
    auto wrongAccountDigit = [&](QChar expected) {
        return makeError(tr("The account check digit for %1 should be %2, not %3.")
                             .arg(name, QString(expected), check.accountDigit));
    };
    auto wrongAgencyDigit = [&](QChar expected) {
        return makeError(
            tr("The agency check digit for %1 should be %2, not %3.").arg(name, QString(expected), check.agencyDigit));
    };
    auto noAgencyDigit = [&]() {
        return makeError(tr("%1 agencies have no check digit; leave the agency digit empty (got “%2”).")
                             .arg(name, check.agencyDigit));
    };
    const QString agencyNotGiven = tr("The agency check digit was not given, so it was not checked.");

    switch (bank->compe) {
    case kBancoDoBrasil: {
        if (account.size() > 8)
            return tooLong(8);
        if (!check.agencyDigit.isEmpty()) {
            if (const QChar e = D::bancoDoBrasilAgency(agency); check.agencyDigit != QString(e))
                return wrongAgencyDigit(e);
        } else {
            check.notes.append(agencyNotGiven);
        }
        if (const QChar e = D::bancoDoBrasilAccount(account); check.accountDigit != QString(e))
            return wrongAccountDigit(e);
        check.level = AccountCheckLevel::CheckDigitVerified;
        check.rule = tr("Banco do Brasil: agency and account digits, modulo 11 (weights 5 to 2 and 9 to 2; 10 is X).");
        return check;
    }
    case kBradesco: {
        if (account.size() > 7)
            return tooLong(7);
        if (!check.agencyDigit.isEmpty()) {
            if (const QChar e = D::bradescoAgency(agency); !bradescoMatches(e, check.agencyDigit))
                return wrongAgencyDigit(e);
        } else {
            check.notes.append(agencyNotGiven);
        }
        if (const QChar e = D::bradescoAccount(account); !bradescoMatches(e, check.accountDigit))
            return wrongAccountDigit(e);
        check.level = AccountCheckLevel::CheckDigitVerified;
        check.rule = tr("Bradesco: agency digit modulo 11 (weights 5 to 2) and account digit modulo 11 (weights 2 to "
                        "7); P may be written 0.");
        return check;
    }
    case kItau: {
        if (account.size() > 5)
            return tooLong(5);
        if (!check.agencyDigit.isEmpty())
            return noAgencyDigit();
        if (const QChar e = D::itauAccount(agency, account); check.accountDigit != QString(e))
            return wrongAccountDigit(e);
        check.level = AccountCheckLevel::CheckDigitVerified;
        check.rule = tr("Itaú: account digit modulo 10 over agency and account (weights 2 and 1).");
        return check;
    }
    case kSantander: {
        if (account.size() > 8)
            return tooLong(8);
        if (!check.agencyDigit.isEmpty())
            return noAgencyDigit();
        if (const QChar e = D::santanderAccount(agency, account); check.accountDigit != QString(e))
            return wrongAccountDigit(e);
        check.level = AccountCheckLevel::CheckDigitVerified;
        check.rule = tr("Santander: account digit modulo 10 over agency and account (weights 9 7 3 1 0 0 9 7 1 3 1 9 "
                        "7 3).");
        return check;
    }
    case kCaixa: {
        QString operation = cleaned(in.operation);
        QString number = account;
        if (!operation.isEmpty() && (!digitsOnly(operation) || operation.size() != 3))
            return makeError(tr("The Caixa operation code has 3 digits, such as 001 or 013 (got “%1”).")
                                 .arg(in.operation.trimmed()));
        if (operation.isEmpty() && account.size() == 11) {
            operation = account.left(3);
            number = account.mid(3);
        }
        if (!check.agencyDigit.isEmpty())
            check.notes.append(tr("Caixa agency check digits are not checked."));
        if (operation.isEmpty() || number.size() > 8) {
            check.notes.append(number.size() > 8 ? tr("Caixa accounts with more than 8 digits after the operation code "
                                                      "(the newer format) have no published check-digit rule here.")
                                                 : tr("Without the 3-digit Caixa operation code (such as 001 or 013) "
                                                      "the account digit cannot be checked."));
            check.rule = levelText(AccountCheckLevel::FormatOnly);
            return check;
        }
        if (const QChar e = D::caixaAccount(agency, operation, number); check.accountDigit != QString(e))
            return makeError(tr("The account check digit for %1 (operation %2) should be %3, not %4.")
                                 .arg(name, operation, QString(e), check.accountDigit));
        check.level = AccountCheckLevel::CheckDigitVerified;
        check.rule = tr("Caixa: account digit modulo 11 over agency, operation %1 and account (weights 8 to 2 and 9 to "
                        "2).")
                         .arg(operation);
        return check;
    }
    default:
        break;
    }
    check.level = AccountCheckLevel::FormatOnly;
    check.rule = levelText(AccountCheckLevel::FormatOnly);
    check.notes.append(
        tr("%1 publishes no check-digit rule implemented here; only digits and lengths were checked.").arg(name));
    return check;
}

} // namespace bmp
