#include "pages/AreaDialog.h"

#include "core/DateText.h"
#include "widgets/InlineMessage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bmp::ui {

AreaDialog::AreaDialog(const SignoffArea& area, QWidget* parent)
    : QDialog(parent)
    , m_area(area)
    , m_nameEdit(new QLineEdit(area.displayName(), this))
    , m_approverEdit(new QLineEdit(area.approver, this))
    , m_decisionCombo(new QComboBox(this))
    , m_dateEdit(new QDateEdit(this))
    , m_commentsEdit(new QPlainTextEdit(area.comments, this))
    , m_message(new InlineMessage(this)) {
    setObjectName(QStringLiteral("areaDialog"));
    setWindowTitle(area.id ? tr("Decision of %1").arg(area.displayName()) : tr("Add BackOffice area"));
    m_nameEdit->setObjectName(QStringLiteral("areaNameEdit"));
    m_nameEdit->setMaxLength(100);
    m_nameEdit->setPlaceholderText(tr("e.g. Compliance/AML"));
    m_approverEdit->setObjectName(QStringLiteral("approverEdit"));
    m_approverEdit->setPlaceholderText(tr("Who decides for this area"));
    m_decisionCombo->setObjectName(QStringLiteral("decisionCombo"));
    for (Decision d : Decisions::all())
        m_decisionCombo->addItem(Decisions::label(d), static_cast<int>(d));
    m_decisionCombo->setCurrentIndex(m_decisionCombo->findData(static_cast<int>(area.decision)));
    m_dateEdit->setObjectName(QStringLiteral("decisionDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(DateText::dateFormat());
    m_dateEdit->setMaximumDate(QDate::currentDate());
    m_dateEdit->setDate(area.decidedOn.isValid() ? area.decidedOn : QDate::currentDate());
    m_commentsEdit->setObjectName(QStringLiteral("commentsEdit"));
    m_commentsEdit->setTabChangesFocus(true);
    m_commentsEdit->setFixedHeight(m_commentsEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_message->setObjectName(QStringLiteral("areaMessage"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Area:"), m_nameEdit);
    form->addRow(tr("A&pprover:"), m_approverEdit);
    form->addRow(tr("&Decision:"), m_decisionCombo);
    form->addRow(tr("Da&te:"), m_dateEdit);
    form->addRow(tr("&Comments:"), m_commentsEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("areaOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { emit submitted(this->area()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decisionCombo, &QComboBox::currentIndexChanged, this, &AreaDialog::updateHints);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateHints();
}

SignoffArea AreaDialog::area() const {
    SignoffArea a = m_area;
    a.name = m_nameEdit->text();
    a.approver = m_approverEdit->text();
    a.decision = static_cast<Decision>(m_decisionCombo->currentData().toInt());
    a.decidedOn = a.decision == Decision::Pending ? QDate() : m_dateEdit->date();
    a.comments = m_commentsEdit->toPlainText();
    return a;
}

void AreaDialog::showError(const QString& text) {
    m_message->showMessage(InlineMessage::Kind::Error, text);
}

void AreaDialog::updateHints() {
    const auto d = static_cast<Decision>(m_decisionCombo->currentData().toInt());
    m_dateEdit->setEnabled(d != Decision::Pending);
    m_commentsEdit->setPlaceholderText(d == Decision::Rejected ? tr("Why the area rejected: the team needs it to "
                                                                    "fix the issue (required).")
                                       : d == Decision::ApprovedWithRemarks ? tr("The remarks (required).")
                                                                            : tr("Optional."));
}

} // namespace bmp::ui
