#pragma once

#include "domain/Signoff.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace bmp::ui {

class InlineMessage;

// Adds a BackOffice area or records its decision: name, approver, decision, date and comments. The page applies
// what is submitted through the Signoff model; when the model refuses, the dialog stays open with the reason.
class AreaDialog : public QDialog {
    Q_OBJECT
public:
    explicit AreaDialog(const SignoffArea& area, QWidget* parent = nullptr);

    SignoffArea area() const; // what the user entered, with the id given (0 for a new area)
    void setAreaId(qint64 id) { m_area.id = id; }
    void showError(const QString& text);

signals:
    void submitted(const bmp::SignoffArea& area);

private:
    void updateHints();

    SignoffArea m_area;
    QLineEdit* m_nameEdit;
    QLineEdit* m_approverEdit;
    QComboBox* m_decisionCombo;
    QDateEdit* m_dateEdit;
    QPlainTextEdit* m_commentsEdit;
    InlineMessage* m_message;
};

} // namespace bmp::ui
