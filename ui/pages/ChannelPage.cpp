#include "pages/ChannelPage.h"

#include "domain/Project.h"
#include "domain/Validators.h"
#include "pages/ContactDialog.h"
#include "widgets/BusinessHoursLabel.h"
#include "widgets/InlineMessage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace bmp::ui {

ChannelPage::ChannelPage(Project& project, QWidget* parent)
    : StepPage(project, StepId::Channel, parent) {
    auto* hours = new BusinessHoursLabel([this] { return m_project.calendar(); }, this);
    contentLayout()->addWidget(hours);

    auto* groupBox = new QGroupBox(tr("Project group"), this);
    auto* form = new QFormLayout(groupBox);
    m_groupNameEdit = new QLineEdit(groupBox);
    m_groupNameEdit->setObjectName(QStringLiteral("groupNameEdit"));
    m_groupNameEdit->setPlaceholderText(tr("e.g. BMP x %1").arg(m_project.partner()));
    m_groupNameEdit->setMaxLength(100);
    form->addRow(tr("&Group name:"), m_groupNameEdit);
    m_inviteLinkEdit = new QLineEdit(groupBox);
    m_inviteLinkEdit->setObjectName(QStringLiteral("inviteLinkEdit"));
    m_inviteLinkEdit->setPlaceholderText(QStringLiteral("https://chat.whatsapp.com/…"));
    // Placeholders are not read by every screen reader: the expected form is in the description too.
    m_inviteLinkEdit->setAccessibleDescription(tr("The group's WhatsApp invite link, https://chat.whatsapp.com/…"));
    form->addRow(tr("&Invite link:"), m_inviteLinkEdit);
    contentLayout()->addWidget(groupBox);

    connect(m_groupNameEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_groupNameEdit->text().simplified() == m_project.channel().groupName)
            return;
        if (Status s = m_project.setGroupName(m_groupNameEdit->text()); !s)
            showError(s.error().message);
        else
            message()->clearMessage();
    });
    connect(m_inviteLinkEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_inviteLinkEdit->text().trimmed() == m_project.channel().inviteLink)
            return;
        if (Status s = m_project.setInviteLink(m_inviteLinkEdit->text()); !s) {
            // The field keeps what the user typed so it can be fixed; the project keeps the last good link.
            showError(s.error().message);
        } else {
            message()->clearMessage();
            refreshChannel();
        }
    });

    auto* peopleBox = new QGroupBox(tr("Participants"), this);
    auto* peopleLayout = new QVBoxLayout(peopleBox);
    m_contactsTable = new QTableWidget(0, 6, peopleBox);
    m_contactsTable->setObjectName(QStringLiteral("contactsTable"));
    m_contactsTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Side"), tr("E-mail"), tr("Phone"), tr("In the group")});
    m_contactsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contactsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactsTable->verticalHeader()->hide();
    m_contactsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contactsTable->horizontalHeader()->setStretchLastSection(true);
    m_contactsTable->setMinimumHeight(150);
    m_contactsTable->setAccessibleName(tr("Participants"));
    m_contactsTable->setAccessibleDescription(tr("Arrow keys select a participant; Enter edits it."));
    m_contactsTable->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    peopleLayout->addWidget(m_contactsTable);
    auto* buttons = new QHBoxLayout;
    auto* addButton = new QPushButton(tr("A&dd participant…"), peopleBox);
    addButton->setObjectName(QStringLiteral("addContactButton"));
    m_editButton = new QPushButton(tr("&Edit…"), peopleBox);
    m_editButton->setObjectName(QStringLiteral("editContactButton"));
    m_removeButton = new QPushButton(tr("&Remove"), peopleBox);
    m_removeButton->setObjectName(QStringLiteral("removeContactButton"));
    buttons->addWidget(addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    peopleLayout->addLayout(buttons);
    contentLayout()->addWidget(peopleBox);

    connect(addButton, &QPushButton::clicked, this, [this] { openContactDialog(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (qint64 id = selectedContactId())
            openContactDialog(id);
    });
    // activated: a double click, and Enter for keyboard users.
    connect(m_contactsTable, &QTableWidget::activated, this, [this] {
        if (qint64 id = selectedContactId())
            openContactDialog(id);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (qint64 id = selectedContactId()) {
            if (Status s = m_project.removeContact(id); !s)
                showError(s.error().message);
        }
    });
    connect(m_contactsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        m_editButton->setEnabled(selectedContactId() != 0);
        m_removeButton->setEnabled(selectedContactId() != 0);
    });

    connect(&m_project, &Project::channelChanged, this, &ChannelPage::refreshChannel);
    connect(&m_project, &Project::contactsChanged, this, &ChannelPage::refreshContacts);
    connect(&m_project, &Project::channelChanged, this, &WizardPage::completeChanged);
    connect(&m_project, &Project::contactsChanged, this, &WizardPage::completeChanged);
    refreshChannel();
    refreshContacts();
}

void ChannelPage::refreshChannel() {
    if (!m_groupNameEdit->hasFocus())
        m_groupNameEdit->setText(m_project.channel().groupName);
    if (!m_inviteLinkEdit->hasFocus())
        m_inviteLinkEdit->setText(m_project.channel().inviteLink);
}

void ChannelPage::refreshContacts() {
    const qint64 selected = selectedContactId();
    const QList<Contact>& contacts = m_project.contacts();
    m_contactsTable->setRowCount(static_cast<int>(contacts.size()));
    for (int row = 0; row < contacts.size(); ++row) {
        const Contact& c = contacts.at(row);
        const QStringList cells{c.name,
                                c.role,
                                c.side == Side::Bmp ? tr("BMP") : tr("Partner"),
                                c.email,
                                Validators::displayPhone(c.phone),
                                c.joined ? tr("Yes") : tr("Not yet")};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, c.id);
            m_contactsTable->setItem(row, col, item);
        }
        if (c.id == selected)
            m_contactsTable->selectRow(row);
    }
    if (contacts.isEmpty())
        m_contactsTable->clearSelection();
    m_editButton->setEnabled(selectedContactId() != 0);
    m_removeButton->setEnabled(selectedContactId() != 0);
}

qint64 ChannelPage::selectedContactId() const {
    const auto rows = m_contactsTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_contactsTable->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

ContactDialog* ChannelPage::openContactDialog(qint64 contactId) {
    Contact contact;
    for (const Contact& c : m_project.contacts()) {
        if (c.id == contactId)
            contact = c;
    }
    auto* dialog = new ContactDialog(contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactDialog::submitted, this, [this, dialog](const Contact& c) {
        const int waitingBefore = m_project.waitingEdits();
        Status s;
        if (c.id) {
            s = m_project.updateContact(c);
        } else {
            auto added = m_project.addContact(c);
            if (!added)
                s = added.error();
        }
        // A teammate's newer edit (the window asks theirs or mine, and keeps these values for "mine"), or a server
        // that does not answer (the edit waits for it): either way the values are kept, so the dialog may close.
        if (!s && !m_project.pendingConflict() && m_project.waitingEdits() == waitingBefore) {
            dialog->showError(s.error().message);
            return;
        }
        dialog->accept();
    });
    dialog->open();
    return dialog;
}

QString ChannelPage::missingForCompletion() const {
    const ChannelInfo& ch = m_project.channel();
    if (ch.groupName.isEmpty())
        return tr("Enter the group name.");
    if (ch.inviteLink.isEmpty())
        return tr("Enter the group's invite link.");
    bool partner = false;
    bool bmp = false;
    for (const Contact& c : m_project.contacts()) {
        partner |= c.side == Side::Partner;
        bmp |= c.side == Side::Bmp;
    }
    if (!partner || !bmp)
        return tr("Add at least one participant from your side and one from BMP.");
    return {};
}

} // namespace bmp::ui
