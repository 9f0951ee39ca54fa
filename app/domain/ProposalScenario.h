#pragma once

#include "core/Result.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bmp {

// The three proposals BMP requires in step 7 (BMP-DOMAIN.md "The checklist", 7a–7c).
enum class ScenarioId {
    IncorrectFinalized, // a: finalized, INCORRECT disbursement details (payment fails: 11, then fixed)
    CorrectFinalized,   // b: finalized, correct details
    CorrectReleased,    // c: released, correct details (then paid)
};

// BMP's proposal status ids (situacao).
namespace ProposalStatus {
inline constexpr int None = -1; // no proposal yet
inline constexpr int Draft = 0;
inline constexpr int UnderReview = 1;
inline constexpr int Approved = 2;
inline constexpr int Rejected = 3;
inline constexpr int Canceled = 4;
inline constexpr int Pending = 5;
inline constexpr int Finalized = 6;
inline constexpr int Verified = 7;
inline constexpr int Released = 8;
inline constexpr int Paid = 9;
inline constexpr int Assigned = 10;
inline constexpr int PendingPayment = 11;
QString label(int status); // "6 finalized" style, translated
} // namespace ProposalStatus

struct Borrower {
    QString document; // CPF (or CNPJ): documentoFederal / documentoCliente, digits
    QString name;
    QDate birthDate;
    QString cep;
    QString street;   // logradouro
    QString number;   // nroLogradouro
    QString district; // bairro
    QString city;
    QString uf;
    // For Pessoa/Salvar (pf.rg) and the signature call (IncluirAssinaturaCCBFinalizada's signer).
    QString rg;
    QString email;
    QString mobile;      // telefoneCelular: area code + number, digits
    QString signatureIp; // ipAssinatura: where the borrower signed, in the partner's own system
};

// propostaContaPagamentoDTO
struct Disbursement {
    int bankCode = 1;    // codigoBanco (COMPE)
    int accountType = 1; // tipoConta (see AccountTypes: BMP does not publish the codes)
    QString agency;
    QString agencyDigit;
    QString account;
    QString accountDigit;
    QString payeeDocument; // documentoFederalPagamento
    QString payeeName;     // nomePagamento

    QJsonObject toBmpJson() const; // BMP's field names
};

struct LoanTerms {
    Cents amount = 500000; // vlrSolicitado
    int installments = 12; // prazo
    double monthlyRatePercent = 1.99;
    Cents tac = 0;
};

struct FieldIssue {
    QString field; // stable key, e.g. "borrower.cpf", "account.accountDigit"
    QString message;
};

struct ScenarioValidation {
    QList<FieldIssue> errors; // block the run
    QList<FieldIssue> notes;  // shown, do not block (e.g. "these details are deliberately wrong")
    bool ok() const { return errors.isEmpty(); }
    QString firstError() const { return errors.isEmpty() ? QString() : errors.first().message; }
};

// One scenario's inputs: who borrows, where the money goes, the loan; prefilled with valid synthetic data.
struct ProposalScenario {
    Q_DECLARE_TR_FUNCTIONS(ProposalScenario)
public:
    ScenarioId id = ScenarioId::CorrectFinalized;
    Borrower borrower;
    Disbursement account;
    Disbursement fixedAccount; // scenario a only: the correct details sent with AtualizarContaPagamento
    LoanTerms loan;

    static ProposalScenario defaults(ScenarioId id);
    static QList<ScenarioId> all();
    static QString key(ScenarioId id); // "incorrect-finalized", ... (stable: files, CLI, object names)
    static std::optional<ScenarioId> fromKey(const QString& key);
    static QString letter(ScenarioId id); // "A", "B", "C"
    static QString title(ScenarioId id);
    static QString description(ScenarioId id);
    // The status BMP's checklist asks for, and the one the run ends at (a: 9 after the fix, c: 9 after payment).
    static int requiredStatus(ScenarioId id);
    static int finalStatus(ScenarioId id);

    bool expectsIncorrectDetails() const { return id == ScenarioId::IncorrectFinalized; }

    // Checks every field: CPF, names, dates, address, bank code (COMPE list), agency/account check digits where
    // the bank publishes its rule, payee document. Scenario a's account must be well-formed but WRONG: a wrong
    // check digit is a note there, while details that pass every check are reported (the payment would not fail).
    ScenarioValidation validate() const;

    QJsonObject toJson() const;
    static ProposalScenario fromJson(ScenarioId id, const QJsonObject& o); // missing fields keep the defaults
};

} // namespace bmp
