#pragma once

#include "domain/ProposalScenario.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bmp::ui {

// The disbursement account fields (propostaContaPagamentoDTO). `prefix` keeps object names unique when a form
// has two of them (scenario A's wrong details and their correction).
class AccountFields : public QWidget {
    Q_OBJECT
public:
    AccountFields(const QString& prefix, QWidget* parent = nullptr);
    void setAccount(const Disbursement& account);
    Disbursement account() const;
    QWidget* fieldWidget(const QString& key) const; // "bank", "agency", "accountDigit", "payeeDocument", …

signals:
    void edited();

private:
    QLineEdit* line(const QString& name, const QString& placeholder, int maxLength);
    QComboBox* m_bank;
    QComboBox* m_type;
    QLineEdit* m_agency;
    QLineEdit* m_agencyDigit;
    QLineEdit* m_account;
    QLineEdit* m_accountDigit;
    QLineEdit* m_payeeDocument;
    QLineEdit* m_payeeName;
    QLabel* m_bankRule;
};

// A scenario's borrower, disbursement (and for A the correction) and loan, edited in place. scenario() reads the
// fields back; what cannot even be parsed (an amount that is not a number) is reported by parseErrors().
class ScenarioForm : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioForm(ScenarioId id, QWidget* parent = nullptr);
    void setScenario(const ProposalScenario& scenario);
    ProposalScenario scenario() const;
    QList<FieldIssue> parseErrors() const;
    // Marks the fields named in the issues (validation field keys) and clears the others.
    void markInvalid(const QList<FieldIssue>& errors);
    void setReadOnly(bool readOnly);

signals:
    void edited();

private:
    QLineEdit* line(const QString& name, const QString& placeholder, int maxLength);
    QWidget* widgetFor(const QString& key) const;

    ScenarioId m_id;
    ProposalScenario m_base;
    QLineEdit* m_document;
    QLineEdit* m_name;
    QDateEdit* m_birthDate;
    QLineEdit* m_rg;
    QLineEdit* m_email;
    QLineEdit* m_mobile;
    QLineEdit* m_signatureIp;
    QLineEdit* m_cep;
    QLineEdit* m_street;
    QLineEdit* m_number;
    QLineEdit* m_district;
    QLineEdit* m_city;
    QComboBox* m_uf;
    AccountFields* m_account;
    AccountFields* m_fixed = nullptr;
    QLineEdit* m_amount;
    QSpinBox* m_installments;
    QLineEdit* m_rate;
    QList<QWidget*> m_marked;
};

} // namespace bmp::ui
