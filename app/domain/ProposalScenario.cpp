#include "domain/ProposalScenario.h"

#include "domain/BankAccountValidator.h"
#include "domain/LoanCalculator.h"
#include "domain/Validators.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>

namespace bmp {

namespace {

const QStringList& ufs() {
    static const QStringList list{
        QStringLiteral("AC"), QStringLiteral("AL"), QStringLiteral("AP"), QStringLiteral("AM"), QStringLiteral("BA"),
        QStringLiteral("CE"), QStringLiteral("DF"), QStringLiteral("ES"), QStringLiteral("GO"), QStringLiteral("MA"),
        QStringLiteral("MT"), QStringLiteral("MS"), QStringLiteral("MG"), QStringLiteral("PA"), QStringLiteral("PB"),
        QStringLiteral("PR"), QStringLiteral("PE"), QStringLiteral("PI"), QStringLiteral("RJ"), QStringLiteral("RN"),
        QStringLiteral("RS"), QStringLiteral("RO"), QStringLiteral("RR"), QStringLiteral("SC"), QStringLiteral("SP"),
        QStringLiteral("SE"), QStringLiteral("TO")};
    return list;
}

Disbursement makeAccount(int bank, const char* agency, const char* agencyDigit, const char* number, const char* digit,
                         const Borrower& payee) {
    Disbursement d;
    d.bankCode = bank;
    d.accountType = 1;
    d.agency = QString::fromLatin1(agency);
    d.agencyDigit = QString::fromLatin1(agencyDigit);
    d.account = QString::fromLatin1(number);
    d.accountDigit = QString::fromLatin1(digit);
    d.payeeDocument = payee.document;
    d.payeeName = payee.name;
    return d;
}

BankAccountInput accountInput(const Disbursement& d) {
    BankAccountInput in;
    in.bankCode = d.bankCode;
    in.agency = d.agency;
    in.agencyDigit = d.agencyDigit;
    in.account = d.account;
    in.accountDigit = d.accountDigit;
    return in;
}

// Only the account check digit is wrong: some other digit makes the details pass the bank's rule.
std::optional<QString> rightAccountDigit(const Disbursement& d) {
    BankAccountValidator validator;
    for (const QString& candidate :
         QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                     QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"),
                     QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("X"), QStringLiteral("P")}) {
        BankAccountInput in = accountInput(d);
        in.accountDigit = candidate;
        if (validator.validate(in).ok())
            return candidate;
    }
    return std::nullopt;
}

void checkPayee(const Disbursement& d, const Borrower& b, const QString& prefix, bool mustBeBorrower,
                ScenarioValidation& v) {
    const auto payee = Validators::cpfOrCnpj(d.payeeDocument);
    if (!payee) {
        v.errors.append({prefix + QStringLiteral("payeeDocument"),
                         ProposalScenario::tr("Payee document: %1").arg(payee.error().message)});
    } else if (*payee != Validators::digitsOnly(b.document)) {
        const QString text = ProposalScenario::tr("The payee is not the borrower: BMP pays a loan into its "
                                                  "borrower's account, so this payment would fail.");
        if (mustBeBorrower)
            v.errors.append({prefix + QStringLiteral("payeeDocument"), text});
        else
            v.notes.append({prefix + QStringLiteral("payeeDocument"), text});
    }
    if (d.payeeName.simplified().isEmpty() || d.payeeName.simplified().size() > 150)
        v.errors.append({prefix + QStringLiteral("payeeName"),
                         ProposalScenario::tr("Enter the payee's name (at most 150 characters).")});
    if (d.accountType <= 0)
        v.errors.append({prefix + QStringLiteral("accountType"), ProposalScenario::tr("Choose the account type.")});
}

} // namespace

QString ProposalStatus::label(int status) {
    switch (status) {
    case None:
        return ProposalScenario::tr("no proposal yet");
    case Draft:
        return ProposalScenario::tr("0 draft");
    case UnderReview:
        return ProposalScenario::tr("1 under review");
    case Approved:
        return ProposalScenario::tr("2 approved");
    case Rejected:
        return ProposalScenario::tr("3 rejected");
    case Canceled:
        return ProposalScenario::tr("4 canceled");
    case Pending:
        return ProposalScenario::tr("5 pending");
    case Finalized:
        return ProposalScenario::tr("6 finalized");
    case Verified:
        return ProposalScenario::tr("7 verified");
    case Released:
        return ProposalScenario::tr("8 released");
    case Paid:
        return ProposalScenario::tr("9 paid");
    case Assigned:
        return ProposalScenario::tr("10 assigned");
    case PendingPayment:
        return ProposalScenario::tr("11 pending payment (bank details)");
    default:
        return ProposalScenario::tr("%1 (unknown status)").arg(status);
    }
}

QJsonObject Disbursement::toBmpJson() const {
    return QJsonObject{{QStringLiteral("codigoBanco"), bankCode},
                       {QStringLiteral("numeroBanco"), QStringLiteral("%1").arg(bankCode, 3, 10, QLatin1Char('0'))},
                       {QStringLiteral("tipoConta"), accountType},
                       {QStringLiteral("agencia"), agency.trimmed()},
                       {QStringLiteral("agenciaDig"), agencyDigit.trimmed().toUpper()},
                       {QStringLiteral("conta"), account.trimmed()},
                       {QStringLiteral("contaDig"), accountDigit.trimmed().toUpper()},
                       {QStringLiteral("documentoFederalPagamento"), Validators::digitsOnly(payeeDocument)},
                       {QStringLiteral("nomePagamento"), payeeName.simplified()}};
}

QList<ScenarioId> ProposalScenario::all() {
    return {ScenarioId::IncorrectFinalized, ScenarioId::CorrectFinalized, ScenarioId::CorrectReleased};
}

QString ProposalScenario::key(ScenarioId id) {
    switch (id) {
    case ScenarioId::IncorrectFinalized:
        return QStringLiteral("incorrect-finalized");
    case ScenarioId::CorrectFinalized:
        return QStringLiteral("correct-finalized");
    case ScenarioId::CorrectReleased:
        return QStringLiteral("correct-released");
    }
    return {};
}

std::optional<ScenarioId> ProposalScenario::fromKey(const QString& key) {
    for (ScenarioId id : all()) {
        if (ProposalScenario::key(id) == key || letter(id).compare(key, Qt::CaseInsensitive) == 0)
            return id;
    }
    return std::nullopt;
}

QString ProposalScenario::letter(ScenarioId id) {
    switch (id) {
    case ScenarioId::IncorrectFinalized:
        return QStringLiteral("A");
    case ScenarioId::CorrectFinalized:
        return QStringLiteral("B");
    case ScenarioId::CorrectReleased:
        return QStringLiteral("C");
    }
    return {};
}

QString ProposalScenario::title(ScenarioId id) {
    switch (id) {
    case ScenarioId::IncorrectFinalized:
        return tr("A — Finalized, INCORRECT bank details");
    case ScenarioId::CorrectFinalized:
        return tr("B — Finalized, correct bank details");
    case ScenarioId::CorrectReleased:
        return tr("C — Released, correct bank details");
    }
    return {};
}

QString ProposalScenario::description(ScenarioId id) {
    switch (id) {
    case ScenarioId::IncorrectFinalized:
        return tr("Deliberately wrong disbursement details that are well-formed (the account check digit does not "
                  "match the bank's rule). The proposal is finalized (6) and released so that a payment is attempted; "
                  "the payment fails (11) and the details are fixed with AtualizarContaPagamento, after which it is "
                  "paid (9).");
    case ScenarioId::CorrectFinalized:
        return tr("Correct disbursement details; the proposal is included and finalized (6).");
    case ScenarioId::CorrectReleased:
        return tr("Correct disbursement details; the proposal is finalized and released to the payment queue (8), "
                  "then paid (9).");
    }
    return {};
}

int ProposalScenario::requiredStatus(ScenarioId id) {
    switch (id) {
    case ScenarioId::IncorrectFinalized:
        return ProposalStatus::PendingPayment;
    case ScenarioId::CorrectFinalized:
        return ProposalStatus::Finalized;
    case ScenarioId::CorrectReleased:
        return ProposalStatus::Released;
    }
    return ProposalStatus::None;
}

int ProposalScenario::finalStatus(ScenarioId id) {
    return id == ScenarioId::CorrectFinalized ? ProposalStatus::Finalized : ProposalStatus::Paid;
}

ProposalScenario ProposalScenario::defaults(ScenarioId id) {
    // Synthetic people: CPFs with valid check digits that belong to nobody known; account digits computed with
    // each bank's published rule (tests/data/banks/check_digits.py).
    // Contact data: example.com addresses (RFC 2606) and a documentation IP address (RFC 5737).
    const QString kSignatureIp = QStringLiteral("203.0.113.10");
    ProposalScenario s;
    s.id = id;
    Borrower& b = s.borrower;
    switch (id) {
    case ScenarioId::IncorrectFinalized:
        b = {QStringLiteral("39053344705"),
             QStringLiteral("Maria da Silva Santos"),
             QDate(1986, 4, 12),
             QStringLiteral("01310100"),
             QStringLiteral("Avenida Paulista"),
             QStringLiteral("1578"),
             QStringLiteral("Bela Vista"),
             QStringLiteral("São Paulo"),
             QStringLiteral("SP"),
             QStringLiteral("284917362"),
             QStringLiteral("maria.santos@example.com"),
             QStringLiteral("11987654321"),
             kSignatureIp};
        // Banco do Brasil 1584-9 / 210169-6 is right; 210169-5 is well-formed but fails BB's modulo 11 rule.
        s.account = makeAccount(1, "1584", "9", "210169", "5", b);
        s.fixedAccount = makeAccount(1, "1584", "9", "210169", "6", b);
        s.loan = {500000, 12, 1.99, 0};
        break;
    case ScenarioId::CorrectFinalized:
        b = {QStringLiteral("71460238001"),
             QStringLiteral("João Pedro Almeida"),
             QDate(1979, 11, 3),
             QStringLiteral("20040002"),
             QStringLiteral("Rua da Assembleia"),
             QStringLiteral("10"),
             QStringLiteral("Centro"),
             QStringLiteral("Rio de Janeiro"),
             QStringLiteral("RJ"),
             QStringLiteral("395028473"),
             QStringLiteral("joao.almeida@example.com"),
             QStringLiteral("21987654321"),
             kSignatureIp};
        s.account = makeAccount(341, "0912", "", "34817", "4", b); // Itaú: one digit over agency + account
        s.loan = {800000, 18, 2.49, 0};
        break;
    case ScenarioId::CorrectReleased:
        b = {QStringLiteral("28675515014"),
             QStringLiteral("Ana Carolina Ferreira"),
             QDate(1992, 7, 28),
             QStringLiteral("30130010"),
             QStringLiteral("Avenida Afonso Pena"),
             QStringLiteral("1212"),
             QStringLiteral("Centro"),
             QStringLiteral("Belo Horizonte"),
             QStringLiteral("MG"),
             QStringLiteral("406139584"),
             QStringLiteral("ana.ferreira@example.com"),
             QStringLiteral("31987654321"),
             kSignatureIp};
        s.account = makeAccount(237, "2374", "4", "0518203", "4", b); // Bradesco
        s.loan = {300000, 10, 1.79, 0};
        break;
    }
    if (id != ScenarioId::IncorrectFinalized)
        s.fixedAccount = s.account;
    return s;
}

ScenarioValidation ProposalScenario::validate() const {
    ScenarioValidation v;
    const Borrower& b = borrower;
    const auto document = Validators::cpfOrCnpj(b.document);
    if (!document)
        v.errors.append(
            {QStringLiteral("borrower.document"), tr("Borrower document: %1").arg(document.error().message)});
    if (b.name.simplified().isEmpty() || b.name.simplified().size() > 150)
        v.errors.append({QStringLiteral("borrower.name"), tr("Enter the borrower's name (at most 150 characters).")});
    const bool person = !document || document->size() == 11;
    if (person) {
        const QDate today = QDate::currentDate();
        if (!b.birthDate.isValid() || b.birthDate > today.addYears(-18) || b.birthDate < today.addYears(-120))
            v.errors.append({QStringLiteral("borrower.birthDate"),
                             tr("Enter the borrower's birth date: an adult, at most 120 years old.")});
    }
    if (Validators::digitsOnly(b.cep).size() != 8)
        v.errors.append({QStringLiteral("borrower.cep"), tr("The CEP has 8 digits (e.g. 01310-100).")});
    const QList<QPair<QString, QString>> required{{QStringLiteral("borrower.street"), b.street},
                                                  {QStringLiteral("borrower.number"), b.number},
                                                  {QStringLiteral("borrower.district"), b.district},
                                                  {QStringLiteral("borrower.city"), b.city}};
    for (const auto& [field, value] : required) {
        if (value.simplified().isEmpty())
            v.errors.append({field, tr("Fill in the address: street, number, district and city.")});
    }
    if (!ufs().contains(b.uf.trimmed().toUpper()))
        v.errors.append({QStringLiteral("borrower.uf"), tr("The state is a two-letter UF such as SP or RJ.")});
    if (person && b.rg.simplified().isEmpty())
        v.errors.append({QStringLiteral("borrower.rg"), tr("Enter the borrower's RG number (BMP requires it).")});
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!emailPattern.match(b.email.trimmed()).hasMatch())
        v.errors.append({QStringLiteral("borrower.email"),
                         tr("Enter the borrower's e-mail address (the signer of the CCB), e.g. name@example.com.")});
    const qsizetype mobileDigits = Validators::digitsOnly(b.mobile).size();
    if (mobileDigits != 10 && mobileDigits != 11)
        v.errors.append({QStringLiteral("borrower.mobile"),
                         tr("Enter the borrower's mobile phone with its area code, e.g. (11) 98765-4321.")});
    if (QHostAddress(b.signatureIp.trimmed()).isNull())
        v.errors.append({QStringLiteral("borrower.signatureIp"),
                         tr("Enter the IP address the borrower signed from, e.g. 203.0.113.10.")});

    LoanInput loanInput;
    loanInput.amount = loan.amount;
    loanInput.installments = loan.installments;
    loanInput.monthlyRatePercent = loan.monthlyRatePercent;
    loanInput.tac = loan.tac;
    loanInput.contractDate = QDate::currentDate();
    loanInput.personType = person ? PersonType::Individual : PersonType::Company;
    if (const Status s = LoanCalculator::validate(loanInput); !s)
        v.errors.append({QStringLiteral("loan"), s.error().message});

    BankAccountValidator validator;
    const auto check = validator.validate(accountInput(account));
    if (expectsIncorrectDetails()) {
        if (check) {
            v.notes.append({QStringLiteral("account"),
                            check->level == AccountCheckLevel::CheckDigitVerified
                                ? tr("These details pass every check, so the payment may succeed and the scenario "
                                     "would not show the failure BMP asks for. Change a check digit.")
                                : tr("Only the format of these details can be checked here; make sure they are "
                                     "wrong in a way the bank will refuse.")});
        } else if (const auto right = rightAccountDigit(account)) {
            v.notes.append({QStringLiteral("account"),
                            tr("Deliberately incorrect: the account check digit %1 does not match the bank's rule "
                               "(it should be %2). The payment will fail (status 11) and is then fixed.")
                                .arg(account.accountDigit.trimmed().toUpper(), *right)});
        } else {
            v.errors.append({QStringLiteral("account"),
                             tr("The details must be wrong but well-formed: %1").arg(check.error().message)});
        }
        checkPayee(account, b, QStringLiteral("account."), false, v);
        const auto fixed = validator.validate(accountInput(fixedAccount));
        if (!fixed)
            v.errors.append({QStringLiteral("fixedAccount"), tr("Corrected details: %1").arg(fixed.error().message)});
        checkPayee(fixedAccount, b, QStringLiteral("fixedAccount."), true, v);
    } else {
        if (!check)
            v.errors.append({QStringLiteral("account"), check.error().message});
        else if (check->level == AccountCheckLevel::FormatOnly)
            v.notes.append({QStringLiteral("account"), BankAccountValidator::levelText(check->level)});
        checkPayee(account, b, QStringLiteral("account."), true, v);
    }
    return v;
}

namespace {

QJsonObject accountJson(const Disbursement& d) {
    return QJsonObject{{QStringLiteral("bankCode"), d.bankCode},
                       {QStringLiteral("accountType"), d.accountType},
                       {QStringLiteral("agency"), d.agency},
                       {QStringLiteral("agencyDigit"), d.agencyDigit},
                       {QStringLiteral("account"), d.account},
                       {QStringLiteral("accountDigit"), d.accountDigit},
                       {QStringLiteral("payeeDocument"), d.payeeDocument},
                       {QStringLiteral("payeeName"), d.payeeName}};
}

Disbursement accountFromJson(const QJsonObject& o, Disbursement d) {
    d.bankCode = o.value(QStringLiteral("bankCode")).toInt(d.bankCode);
    d.accountType = o.value(QStringLiteral("accountType")).toInt(d.accountType);
    d.agency = o.value(QStringLiteral("agency")).toString(d.agency);
    d.agencyDigit = o.value(QStringLiteral("agencyDigit")).toString(d.agencyDigit);
    d.account = o.value(QStringLiteral("account")).toString(d.account);
    d.accountDigit = o.value(QStringLiteral("accountDigit")).toString(d.accountDigit);
    d.payeeDocument = o.value(QStringLiteral("payeeDocument")).toString(d.payeeDocument);
    d.payeeName = o.value(QStringLiteral("payeeName")).toString(d.payeeName);
    return d;
}

} // namespace

QJsonObject ProposalScenario::toJson() const {
    const Borrower& b = borrower;
    return QJsonObject{
        {QStringLiteral("scenario"), key(id)},
        {QStringLiteral("borrower"), QJsonObject{{QStringLiteral("document"), b.document},
                                                 {QStringLiteral("name"), b.name},
                                                 {QStringLiteral("birthDate"), b.birthDate.toString(Qt::ISODate)},
                                                 {QStringLiteral("cep"), b.cep},
                                                 {QStringLiteral("street"), b.street},
                                                 {QStringLiteral("number"), b.number},
                                                 {QStringLiteral("district"), b.district},
                                                 {QStringLiteral("city"), b.city},
                                                 {QStringLiteral("uf"), b.uf},
                                                 {QStringLiteral("rg"), b.rg},
                                                 {QStringLiteral("email"), b.email},
                                                 {QStringLiteral("mobile"), b.mobile},
                                                 {QStringLiteral("signatureIp"), b.signatureIp}}},
        {QStringLiteral("account"), accountJson(account)},
        {QStringLiteral("fixedAccount"), accountJson(fixedAccount)},
        {QStringLiteral("loan"), QJsonObject{{QStringLiteral("amountCents"), double(loan.amount)},
                                             {QStringLiteral("installments"), loan.installments},
                                             {QStringLiteral("monthlyRatePercent"), loan.monthlyRatePercent},
                                             {QStringLiteral("tacCents"), double(loan.tac)}}}};
}

ProposalScenario ProposalScenario::fromJson(ScenarioId id, const QJsonObject& o) {
    ProposalScenario s = defaults(id);
    const QJsonObject b = o.value(QStringLiteral("borrower")).toObject();
    Borrower& x = s.borrower;
    x.document = b.value(QStringLiteral("document")).toString(x.document);
    x.name = b.value(QStringLiteral("name")).toString(x.name);
    if (b.contains(QStringLiteral("birthDate")))
        x.birthDate = QDate::fromString(b.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
    x.cep = b.value(QStringLiteral("cep")).toString(x.cep);
    x.street = b.value(QStringLiteral("street")).toString(x.street);
    x.number = b.value(QStringLiteral("number")).toString(x.number);
    x.district = b.value(QStringLiteral("district")).toString(x.district);
    x.city = b.value(QStringLiteral("city")).toString(x.city);
    x.uf = b.value(QStringLiteral("uf")).toString(x.uf);
    x.rg = b.value(QStringLiteral("rg")).toString(x.rg);
    x.email = b.value(QStringLiteral("email")).toString(x.email);
    x.mobile = b.value(QStringLiteral("mobile")).toString(x.mobile);
    x.signatureIp = b.value(QStringLiteral("signatureIp")).toString(x.signatureIp);
    s.account = accountFromJson(o.value(QStringLiteral("account")).toObject(), s.account);
    s.fixedAccount = accountFromJson(o.value(QStringLiteral("fixedAccount")).toObject(), s.fixedAccount);
    const QJsonObject l = o.value(QStringLiteral("loan")).toObject();
    s.loan.amount = Cents(l.value(QStringLiteral("amountCents")).toDouble(double(s.loan.amount)));
    s.loan.installments = l.value(QStringLiteral("installments")).toInt(s.loan.installments);
    s.loan.monthlyRatePercent = l.value(QStringLiteral("monthlyRatePercent")).toDouble(s.loan.monthlyRatePercent);
    s.loan.tac = Cents(l.value(QStringLiteral("tacCents")).toDouble(double(s.loan.tac)));
    return s;
}

} // namespace bmp
