#pragma once

#include "pages/StepPage.h"

class QLineEdit;
class QTableWidget;
class QPushButton;

namespace bmp::ui {

class ContactDialog;

// Step 1: the project's WhatsApp group, its invite link and the participants of both sides.
class ChannelPage : public StepPage {
    Q_OBJECT
public:
    explicit ChannelPage(Project& project, QWidget* parent = nullptr);

    ContactDialog* openContactDialog(qint64 contactId = 0); // returns the (already shown) dialog

protected:
    QString missingForCompletion() const override;

private:
    void refreshChannel();
    void refreshContacts();
    qint64 selectedContactId() const;

    QLineEdit* m_groupNameEdit;
    QLineEdit* m_inviteLinkEdit;
    QTableWidget* m_contactsTable;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
};

} // namespace bmp::ui
