#include "pages/ScenarioForm.h"

#include "core/DateText.h"
#include "domain/AccountTypes.h"
#include "domain/BankAccountValidator.h"
#include "domain/BankList.h"
#include "domain/Money.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStyle>

namespace bmp::ui {

namespace {

const char* kInvalidStyle = "border: 2px solid #d04444;";

QStringList ufList() {
    return {QStringLiteral("AC"), QStringLiteral("AL"), QStringLiteral("AP"), QStringLiteral("AM"),
            QStringLiteral("BA"), QStringLiteral("CE"), QStringLiteral("DF"), QStringLiteral("ES"),
            QStringLiteral("GO"), QStringLiteral("MA"), QStringLiteral("MT"), QStringLiteral("MS"),
            QStringLiteral("MG"), QStringLiteral("PA"), QStringLiteral("PB"), QStringLiteral("PR"),
            QStringLiteral("PE"), QStringLiteral("PI"), QStringLiteral("RJ"), QStringLiteral("RN"),
            QStringLiteral("RS"), QStringLiteral("RO"), QStringLiteral("RR"), QStringLiteral("SC"),
            QStringLiteral("SP"), QStringLiteral("SE"), QStringLiteral("TO")};
}

} // namespace

AccountFields::AccountFields(const QString& prefix, QWidget* parent)
    : QWidget(parent) {
    setObjectName(prefix + QStringLiteral("AccountFields"));
    auto name = [&](const char* base) {
        QString n = QString::fromLatin1(base);
        if (!prefix.isEmpty())
            n = prefix + n.left(1).toUpper() + n.mid(1);
        return n;
    };
    m_bank = new QComboBox(this);
    m_bank->setObjectName(name("bankCombo"));
    m_bank->setEditable(true);
    m_bank->setInsertPolicy(QComboBox::NoInsert);
    for (const Bank& b : BankList::shipped().banks())
        m_bank->addItem(QStringLiteral("%1 — %2").arg(b.compeText(), b.displayName()), b.compe);
    m_bank->completer()->setFilterMode(Qt::MatchContains);
    m_bank->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_bank->setToolTip(BankList::sourceText());
    // Some registry names are very long: the combo must not widen the card beyond the page.
    m_bank->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bank->setMinimumContentsLength(24);
    m_type = new QComboBox(this);
    m_type->setObjectName(name("accountTypeCombo"));
    for (const AccountType& t : AccountTypes::defaults())
        m_type->addItem(QStringLiteral("%1 — %2").arg(t.code).arg(t.label), t.code);
    m_type->setToolTip(AccountTypes::notice());
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);
    m_agency = line(name("agencyEdit"), tr("agency"), 5);
    m_agencyDigit = line(name("agencyDigitEdit"), tr("digit"), 1);
    m_account = line(name("accountEdit"), tr("account"), 20);
    m_accountDigit = line(name("accountDigitEdit"), tr("digit"), 1);
    m_payeeDocument = line(name("payeeDocumentEdit"), tr("payee CPF/CNPJ"), 18);
    m_payeeName = line(name("payeeNameEdit"), tr("payee name"), 150);
    m_agencyDigit->setMaximumWidth(40);
    m_accountDigit->setMaximumWidth(40);
    m_bankRule = new QLabel(this);
    m_bankRule->setObjectName(name("bankRuleLabel"));
    m_bankRule->setWordWrap(true);
    m_bankRule->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Bank:"), m_bank);
    form->addRow(QString(), m_bankRule);
    form->addRow(tr("Account type:"), m_type);
    auto* numbers = new QHBoxLayout;
    numbers->addWidget(m_agency, 2);
    numbers->addWidget(new QLabel(QStringLiteral("-"), this));
    numbers->addWidget(m_agencyDigit);
    numbers->addSpacing(12);
    numbers->addWidget(m_account, 3);
    numbers->addWidget(new QLabel(QStringLiteral("-"), this));
    numbers->addWidget(m_accountDigit);
    form->addRow(tr("Agency / account:"), numbers);
    form->addRow(tr("Payee document:"), m_payeeDocument);
    form->addRow(tr("Payee name:"), m_payeeName);

    auto refreshRule = [this] {
        const int code = m_bank->currentData().toInt();
        m_bankRule->setText(BankAccountValidator::hasCheckDigitRule(code)
                                ? tr("Check digits verified with this bank's published rule.")
                                : tr("This bank publishes no check-digit rule we implement: format only."));
    };
    connect(m_bank, &QComboBox::currentIndexChanged, this, [this, refreshRule] {
        refreshRule();
        emit edited();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &AccountFields::edited);
    refreshRule();
}

QLineEdit* AccountFields::line(const QString& name, const QString& placeholder, int maxLength) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(maxLength);
    connect(edit, &QLineEdit::editingFinished, this, &AccountFields::edited);
    return edit;
}

void AccountFields::setAccount(const Disbursement& a) {
    const QSignalBlocker b1(m_bank);
    const QSignalBlocker b2(m_type);
    m_bank->setCurrentIndex(m_bank->findData(a.bankCode));
    m_type->setCurrentIndex(qMax(0, m_type->findData(a.accountType)));
    m_agency->setText(a.agency);
    m_agencyDigit->setText(a.agencyDigit);
    m_account->setText(a.account);
    m_accountDigit->setText(a.accountDigit);
    m_payeeDocument->setText(a.payeeDocument);
    m_payeeName->setText(a.payeeName);
    const int code = a.bankCode;
    m_bankRule->setText(BankAccountValidator::hasCheckDigitRule(code)
                            ? tr("Check digits verified with this bank's published rule.")
                            : tr("This bank publishes no check-digit rule we implement: format only."));
}

Disbursement AccountFields::account() const {
    Disbursement a;
    // An edited text that matches no bank gives -1: the validator says the code is not in the list.
    const int index = m_bank->findText(m_bank->currentText());
    a.bankCode = index >= 0 ? m_bank->itemData(index).toInt() : m_bank->currentText().left(3).toInt();
    if (index < 0 && a.bankCode == 0)
        a.bankCode = -1;
    a.accountType = m_type->currentData().toInt();
    a.agency = m_agency->text().trimmed();
    a.agencyDigit = m_agencyDigit->text().trimmed();
    a.account = m_account->text().trimmed();
    a.accountDigit = m_accountDigit->text().trimmed();
    a.payeeDocument = m_payeeDocument->text().trimmed();
    a.payeeName = m_payeeName->text().simplified();
    return a;
}

QWidget* AccountFields::fieldWidget(const QString& key) const {
    if (key == u"payeeDocument")
        return m_payeeDocument;
    if (key == u"payeeName")
        return m_payeeName;
    if (key == u"accountType")
        return m_type;
    return m_accountDigit; // the account as a whole: its digit is where a wrong account shows
}

ScenarioForm::ScenarioForm(ScenarioId id, QWidget* parent)
    : QWidget(parent)
    , m_id(id) {
    setObjectName(QStringLiteral("scenarioForm"));
    m_document = line(QStringLiteral("documentEdit"), tr("CPF"), 18);
    m_name = line(QStringLiteral("nameEdit"), tr("full name"), 150);
    m_birthDate = new QDateEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setDisplayFormat(DateText::dateFormat());
    m_birthDate->setCalendarPopup(true);
    connect(m_birthDate, &QDateEdit::editingFinished, this, &ScenarioForm::edited);
    m_rg = line(QStringLiteral("rgEdit"), tr("RG number"), 20);
    m_email = line(QStringLiteral("emailEdit"), tr("name@example.com"), 150);
    m_mobile = line(QStringLiteral("mobileEdit"), tr("(11) 98765-4321"), 20);
    m_signatureIp = line(QStringLiteral("signatureIpEdit"), tr("e.g. 203.0.113.10"), 45);
    m_cep = line(QStringLiteral("cepEdit"), tr("CEP"), 9);
    m_street = line(QStringLiteral("streetEdit"), tr("street (logradouro)"), 150);
    m_number = line(QStringLiteral("numberEdit"), tr("number"), 20);
    m_district = line(QStringLiteral("districtEdit"), tr("district (bairro)"), 100);
    m_city = line(QStringLiteral("cityEdit"), tr("city"), 100);
    m_uf = new QComboBox(this);
    m_uf->setObjectName(QStringLiteral("ufCombo"));
    m_uf->addItems(ufList());
    connect(m_uf, &QComboBox::currentIndexChanged, this, &ScenarioForm::edited);
    m_amount = line(QStringLiteral("amountEdit"), tr("e.g. 5000.00"), 16);
    m_installments = new QSpinBox(this);
    m_installments->setObjectName(QStringLiteral("installmentsSpin"));
    m_installments->setRange(1, 420);
    connect(m_installments, &QSpinBox::editingFinished, this, &ScenarioForm::edited);
    m_rate = line(QStringLiteral("rateEdit"), tr("% a month"), 10);

    auto* borrowerBox = new QGroupBox(tr("Borrower"), this);
    auto* bf = new QFormLayout(borrowerBox);
    bf->addRow(tr("CPF:"), m_document);
    bf->addRow(tr("Name:"), m_name);
    bf->addRow(tr("Birth date:"), m_birthDate);
    bf->addRow(tr("RG:"), m_rg);
    bf->addRow(tr("E-mail:"), m_email);
    bf->addRow(tr("Mobile phone:"), m_mobile);
    bf->addRow(tr("Street:"), m_street);
    bf->addRow(tr("Number:"), m_number);
    bf->addRow(tr("District:"), m_district);
    auto* city = new QHBoxLayout;
    city->addWidget(m_city, 1);
    city->addWidget(m_uf);
    bf->addRow(tr("City, UF:"), city);
    bf->addRow(tr("CEP:"), m_cep);

    auto* signatureBox = new QGroupBox(tr("Signature"), this);
    signatureBox->setObjectName(QStringLiteral("signatureBox"));
    auto* sf = new QFormLayout(signatureBox);
    auto* signatureNote = new QLabel(tr("The borrower signs the CCB in your own system; BMP records who signed, when "
                                        "and from which IP address (IncluirAssinaturaCCBFinalizada) before the "
                                        "proposal can be finalized."),
                                     signatureBox);
    signatureNote->setWordWrap(true);
    sf->addRow(signatureNote);
    sf->addRow(tr("Signed from IP:"), m_signatureIp);

    auto* loanBox = new QGroupBox(tr("Loan"), this);
    auto* lf = new QFormLayout(loanBox);
    lf->addRow(tr("Amount (R$):"), m_amount);
    lf->addRow(tr("Installments:"), m_installments);
    lf->addRow(tr("Monthly rate (%):"), m_rate);

    auto* accountBox = new QGroupBox(tr("Disbursement account"), this);
    auto* al = new QVBoxLayout(accountBox);
    m_account = new AccountFields(QString(), accountBox);
    al->addWidget(m_account);
    connect(m_account, &AccountFields::edited, this, &ScenarioForm::edited);

    auto* grid = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(borrowerBox);
    left->addWidget(signatureBox);
    left->addWidget(loanBox);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(accountBox);
    if (id == ScenarioId::IncorrectFinalized) {
        accountBox->setTitle(tr("Disbursement account — deliberately WRONG"));
        auto* fixBox = new QGroupBox(tr("Corrected account (sent with AtualizarContaPagamento)"), this);
        auto* fl = new QVBoxLayout(fixBox);
        m_fixed = new AccountFields(QStringLiteral("fix"), fixBox);
        fl->addWidget(m_fixed);
        right->addWidget(fixBox);
        connect(m_fixed, &AccountFields::edited, this, &ScenarioForm::edited);
    }
    right->addStretch(1);
    grid->addLayout(left, 1);
    grid->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
}

QLineEdit* ScenarioForm::line(const QString& name, const QString& placeholder, int maxLength) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(maxLength);
    connect(edit, &QLineEdit::editingFinished, this, &ScenarioForm::edited);
    return edit;
}

void ScenarioForm::setScenario(const ProposalScenario& s) {
    m_base = s;
    const QSignalBlocker b1(m_uf);
    const Borrower& b = s.borrower;
    m_document->setText(b.document);
    m_name->setText(b.name);
    m_birthDate->setDate(b.birthDate.isValid() ? b.birthDate : QDate(1990, 1, 1));
    m_rg->setText(b.rg);
    m_email->setText(b.email);
    m_mobile->setText(b.mobile);
    m_signatureIp->setText(b.signatureIp);
    m_cep->setText(b.cep);
    m_street->setText(b.street);
    m_number->setText(b.number);
    m_district->setText(b.district);
    m_city->setText(b.city);
    m_uf->setCurrentText(b.uf);
    m_account->setAccount(s.account);
    if (m_fixed)
        m_fixed->setAccount(s.fixedAccount);
    m_amount->setText(Money::toPlainString(s.loan.amount));
    m_installments->setValue(s.loan.installments);
    m_rate->setText(QString::number(s.loan.monthlyRatePercent, 'f', 2));
}

ProposalScenario ScenarioForm::scenario() const {
    ProposalScenario s = m_base;
    s.id = m_id;
    Borrower& b = s.borrower;
    b.document = m_document->text().trimmed();
    b.name = m_name->text().simplified();
    b.birthDate = m_birthDate->date();
    b.rg = m_rg->text().simplified();
    b.email = m_email->text().trimmed();
    b.mobile = m_mobile->text().trimmed();
    b.signatureIp = m_signatureIp->text().trimmed();
    b.cep = m_cep->text().trimmed();
    b.street = m_street->text().simplified();
    b.number = m_number->text().simplified();
    b.district = m_district->text().simplified();
    b.city = m_city->text().simplified();
    b.uf = m_uf->currentText();
    s.account = m_account->account();
    s.fixedAccount = m_fixed ? m_fixed->account() : s.account;
    if (auto amount = Money::parse(m_amount->text(), tr("The amount")))
        s.loan.amount = *amount;
    s.loan.installments = m_installments->value();
    if (auto rate = Money::parsePercent(m_rate->text(), tr("The monthly rate"), 4))
        s.loan.monthlyRatePercent = *rate;
    return s;
}

QList<FieldIssue> ScenarioForm::parseErrors() const {
    QList<FieldIssue> out;
    if (auto amount = Money::parse(m_amount->text(), tr("The amount")); !amount)
        out.append({QStringLiteral("loan.amount"), amount.error().message});
    if (auto rate = Money::parsePercent(m_rate->text(), tr("The monthly rate"), 4); !rate)
        out.append({QStringLiteral("loan.rate"), rate.error().message});
    return out;
}

QWidget* ScenarioForm::widgetFor(const QString& key) const {
    static const QHash<QString, int> borrower{
        {QStringLiteral("borrower.document"), 0},    {QStringLiteral("borrower.name"), 1},
        {QStringLiteral("borrower.birthDate"), 2},   {QStringLiteral("borrower.cep"), 3},
        {QStringLiteral("borrower.street"), 4},      {QStringLiteral("borrower.number"), 5},
        {QStringLiteral("borrower.district"), 6},    {QStringLiteral("borrower.city"), 7},
        {QStringLiteral("borrower.uf"), 8},          {QStringLiteral("borrower.rg"), 9},
        {QStringLiteral("borrower.email"), 10},      {QStringLiteral("borrower.mobile"), 11},
        {QStringLiteral("borrower.signatureIp"), 12}};
    const QList<QWidget*> widgets{m_document, m_name, m_birthDate, m_cep,   m_street, m_number,     m_district,
                                  m_city,     m_uf,   m_rg,        m_email, m_mobile, m_signatureIp};
    if (borrower.contains(key))
        return widgets.at(borrower.value(key));
    if (key.startsWith(u"fixedAccount") && m_fixed)
        return m_fixed->fieldWidget(key.section(u'.', 1));
    if (key.startsWith(u"account"))
        return m_account->fieldWidget(key.section(u'.', 1));
    if (key == u"loan.rate")
        return m_rate;
    if (key.startsWith(u"loan"))
        return m_amount;
    return nullptr;
}

void ScenarioForm::markInvalid(const QList<FieldIssue>& errors) {
    for (QWidget* w : std::as_const(m_marked))
        w->setStyleSheet(QString());
    m_marked.clear();
    for (const FieldIssue& issue : errors) {
        QWidget* w = widgetFor(issue.field);
        if (!w || m_marked.contains(w))
            continue;
        w->setStyleSheet(QString::fromLatin1(kInvalidStyle));
        w->setToolTip(issue.message);
        m_marked.append(w);
    }
}

void ScenarioForm::setReadOnly(bool readOnly) {
    setEnabled(!readOnly);
}

} // namespace bmp::ui
