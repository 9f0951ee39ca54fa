#pragma once

#include "domain/ProjectData.h"

#include <QDialog>

class QLineEdit;
class QComboBox;
class QCheckBox;
class QDialogButtonBox;

namespace bmp::ui {

class InlineMessage;

// Adds or edits one participant of the project group. The caller validates through the Project on accept;
// the dialog stays open with the message when the Project refuses.
class ContactDialog : public QDialog {
    Q_OBJECT
public:
    explicit ContactDialog(const Contact& contact, QWidget* parent = nullptr);
    Contact contact() const;
    void showError(const QString& text);

signals:
    void submitted(const bmp::Contact& contact);

private:
    Contact m_contact;
    QLineEdit* m_nameEdit;
    QLineEdit* m_roleEdit;
    QComboBox* m_sideCombo;
    QLineEdit* m_emailEdit;
    QLineEdit* m_phoneEdit;
    QCheckBox* m_joinedCheck;
    InlineMessage* m_message;
};

} // namespace bmp::ui
