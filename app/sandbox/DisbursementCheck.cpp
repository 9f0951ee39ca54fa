#include "sandbox/DisbursementCheck.h"
#include "domain/Validators.h"

#include <QFile>
#include <QRegularExpression>

namespace bmp::sandbox {

namespace {

constexpr int kBancoDoBrasil = 1;

QChar mod11Digit(const QString& digits, int width, int firstWeight) {
    const QString padded = digits.rightJustified(width, u'0');
    int sum = 0;
    int weight = firstWeight;
    for (const QChar c : padded)
        sum += c.digitValue() * weight--;
    const int r = 11 - sum % 11;
    if (r == 10)
        return u'X';
    if (r == 11)
        return u'0';
    return QChar(u'0' + r);
}

bool allDigits(const QString& s) {
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    return re.match(s).hasMatch();
}

// Fields arrive as strings or numbers depending on the client; both are accepted.
QString text(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString().trimmed();
}

} // namespace

QSet<int> DisbursementCheck::loadBanks(const QString& csvPath) {
    QSet<int> banks;
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return banks;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        bool ok = false;
        const int code = line.left(line.indexOf(',')).trimmed().toInt(&ok);
        if (ok)
            banks.insert(code);
    }
    return banks;
}

DisbursementCheck::DisbursementCheck()
    : m_banks(loadBanks(QStringLiteral(":/data/banks-br.csv"))) {}

DisbursementCheck::DisbursementCheck(QSet<int> knownBanks)
    : m_banks(std::move(knownBanks)) {}

QChar DisbursementCheck::bancoDoBrasilAgencyDigit(const QString& digits) {
    return mod11Digit(digits, 4, 5);
}

QChar DisbursementCheck::bancoDoBrasilAccountDigit(const QString& digits) {
    return mod11Digit(digits, 8, 9);
}

QString DisbursementCheck::problem(const QJsonObject& account, const QString& borrowerDocument) const {
    if (account.isEmpty())
        return tr("No disbursement account was given (propostaContaPagamentoDTO).");

    const QJsonValue bankValue = account.value(QStringLiteral("codigoBanco"));
    bool bankOk = false;
    const int bank = bankValue.isDouble() ? bankValue.toInt(-1) : bankValue.toString().toInt(&bankOk);
    if ((bankValue.isDouble() && bank < 0) || (!bankValue.isDouble() && !bankOk))
        return tr("The bank code (codigoBanco) is missing or not a number.");
    if (!isKnownBank(bank))
        return tr("Bank %1 is not in Banco Central's list of COMPE codes.").arg(bank, 3, 10, QChar(u'0'));
    const QString numeroBanco = text(account, QStringLiteral("numeroBanco"));
    if (!numeroBanco.isEmpty() && numeroBanco.toInt() != bank)
        return tr("numeroBanco (%1) and codigoBanco (%2) name different banks.").arg(numeroBanco).arg(bank);

    const QString agency = text(account, QStringLiteral("agencia"));
    const QString agencyDigit = text(account, QStringLiteral("agenciaDig")).toUpper();
    const QString number = text(account, QStringLiteral("conta"));
    const QString numberDigit = text(account, QStringLiteral("contaDig")).toUpper();
    if (agency.isEmpty() || agency.size() > 5 || !allDigits(agency))
        return tr("The agency number (agencia) must have 1 to 5 digits.");
    if (agencyDigit.size() > 1 || (!agencyDigit.isEmpty() && !allDigits(agencyDigit) && agencyDigit != u"X"))
        return tr("The agency check digit (agenciaDig) must be one digit or X.");
    if (number.isEmpty() || number.size() > 20 || !allDigits(number))
        return tr("The account number (conta) must have 1 to 20 digits.");
    if (numberDigit.isEmpty() || numberDigit.size() > 2 ||
        !QRegularExpression(QStringLiteral("^[0-9X]+$")).match(numberDigit).hasMatch())
        return tr("The account check digit (contaDig) is missing or not a digit.");

    if (bank == kBancoDoBrasil) {
        if (agency.size() > 4)
            return tr("Banco do Brasil agencies have 4 digits.");
        if (!agencyDigit.isEmpty() && agencyDigit.at(0) != bancoDoBrasilAgencyDigit(agency))
            return tr("The agency check digit %1-%2 does not match Banco do Brasil's rule.").arg(agency, agencyDigit);
        if (number.size() > 8)
            return tr("Banco do Brasil account numbers have at most 8 digits.");
        if (numberDigit.size() != 1 || numberDigit.at(0) != bancoDoBrasilAccountDigit(number))
            return tr("The account check digit %1-%2 does not match Banco do Brasil's rule.").arg(number, numberDigit);
    }

    const QString payee = Validators::digitsOnly(text(account, QStringLiteral("documentoFederalPagamento")));
    if (payee.isEmpty())
        return tr("The payee's document (documentoFederalPagamento) is missing.");
    if (!Validators::cpfOrCnpj(payee).ok())
        return tr("The payee's document %1 is not a valid CPF or CNPJ.").arg(payee);
    if (payee != Validators::digitsOnly(borrowerDocument))
        return tr("The payee's document %1 is not the borrower's: a loan is paid to its borrower.").arg(payee);
    if (text(account, QStringLiteral("nomePagamento")).isEmpty())
        return tr("The payee's name (nomePagamento) is missing.");
    return {};
}

} // namespace bmp::sandbox
