#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace bmp::sandbox {

// Decides whether the sandbox's simulated payment of a released proposal succeeds. BMP pays through the
// payee's bank, which refuses inconsistent details; the sandbox stands in for that refusal with these rules
// (docs/SANDBOX.md): known COMPE code; numeric agency/account of plausible length; Banco do Brasil (001)
// agency and account check digits (modulo 11, weights 5..2 and 9..2, 10 -> 'X', 11 -> '0'); for other banks
// the format only; payee CPF/CNPJ valid and equal to the borrower's document.
// Kept small and local on purpose: the shared validator in domain/ may replace it later.
class DisbursementCheck {
    Q_DECLARE_TR_FUNCTIONS(DisbursementCheck)
public:
    // Loads the COMPE codes from the embedded bank list (":/data/banks-br.csv").
    DisbursementCheck();
    explicit DisbursementCheck(QSet<int> knownBanks);

    // Empty when the payment would go through; otherwise the reason, as BMP's textoRetornoPagamento.
    QString problem(const QJsonObject& account, const QString& borrowerDocument) const;

    bool isKnownBank(int compe) const { return m_banks.contains(compe); }
    int knownBankCount() const { return int(m_banks.size()); }

    // Banco do Brasil check digits; `digits` may be shorter than 4 (agency) / 8 (account): zeros on the left.
    static QChar bancoDoBrasilAgencyDigit(const QString& digits);
    static QChar bancoDoBrasilAccountDigit(const QString& digits);

    static QSet<int> loadBanks(const QString& csvPath);

private:
    QSet<int> m_banks;
};

} // namespace bmp::sandbox
