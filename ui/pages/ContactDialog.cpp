#include "pages/ContactDialog.h"

#include "domain/Validators.h"

#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bmp::ui {

ContactDialog::ContactDialog(const Contact& contact, QWidget* parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_nameEdit(new QLineEdit(contact.name, this))
    , m_roleEdit(new QLineEdit(contact.role, this))
    , m_sideCombo(new QComboBox(this))
    , m_emailEdit(new QLineEdit(contact.email, this))
    , m_phoneEdit(new QLineEdit(Validators::displayPhone(contact.phone), this))
    , m_joinedCheck(new QCheckBox(tr("Has &joined the group"), this))
    , m_message(new InlineMessage(this)) {
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.id ? tr("Edit participant") : tr("Add participant"));
    m_nameEdit->setObjectName(QStringLiteral("contactNameEdit"));
    m_roleEdit->setObjectName(QStringLiteral("contactRoleEdit"));
    m_roleEdit->setPlaceholderText(tr("e.g. Project manager, Developer, BMP implementation"));
    m_sideCombo->setObjectName(QStringLiteral("contactSideCombo"));
    m_sideCombo->addItem(tr("Partner"), static_cast<int>(Side::Partner));
    m_sideCombo->addItem(tr("BMP"), static_cast<int>(Side::Bmp));
    m_sideCombo->setCurrentIndex(contact.side == Side::Bmp ? 1 : 0);
    m_emailEdit->setObjectName(QStringLiteral("contactEmailEdit"));
    m_emailEdit->setPlaceholderText(tr("name@company.com.br"));
    m_emailEdit->setAccessibleDescription(tr("e.g. name@company.com.br"));
    m_phoneEdit->setObjectName(QStringLiteral("contactPhoneEdit"));
    m_phoneEdit->setPlaceholderText(tr("+55 (11) 98765-4321"));
    m_phoneEdit->setAccessibleDescription(tr("International form with the country code, e.g. +55 (11) 98765-4321"));
    m_joinedCheck->setObjectName(QStringLiteral("contactJoinedCheck"));
    m_joinedCheck->setChecked(contact.joined);
    m_message->setObjectName(QStringLiteral("contactMessage"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Role:"), m_roleEdit);
    form->addRow(tr("&Side:"), m_sideCombo);
    form->addRow(tr("&E-mail:"), m_emailEdit);
    form->addRow(tr("&Phone (international):"), m_phoneEdit);
    form->addRow(QString(), m_joinedCheck);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("contactOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { emit submitted(this->contact()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

Contact ContactDialog::contact() const {
    Contact c = m_contact;
    c.name = m_nameEdit->text();
    c.role = m_roleEdit->text();
    c.side = static_cast<Side>(m_sideCombo->currentData().toInt());
    c.email = m_emailEdit->text();
    c.phone = m_phoneEdit->text();
    c.joined = m_joinedCheck->isChecked();
    return c;
}

void ContactDialog::showError(const QString& text) {
    m_message->showMessage(InlineMessage::Kind::Error, text);
}

} // namespace bmp::ui
