#include "widgets/PassphraseFields.h"

#include "crypto/PassphraseStrength.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace bmp::ui {

using crypto::PassphraseStrength;

PassphraseFields::PassphraseFields(QWidget* parent)
    : QWidget(parent)
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_meter(new QProgressBar(this))
    , m_strength(new QLabel(this))
    , m_match(new QLabel(this)) {
    for (QLineEdit* e : {m_first, m_second}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(1024);
        connect(e, &QLineEdit::textChanged, this, &PassphraseFields::refresh);
    }
    m_first->setObjectName(QStringLiteral("passphraseEdit"));
    m_second->setObjectName(QStringLiteral("passphraseConfirmEdit"));
    m_first->setPlaceholderText(tr("At least 8 characters; a few unrelated words work well"));
    m_second->setPlaceholderText(tr("The same passphrase again"));
    m_first->setAccessibleName(tr("Passphrase"));
    m_second->setAccessibleName(tr("Passphrase again"));
    m_meter->setObjectName(QStringLiteral("passphraseMeter"));
    m_meter->setRange(0, 100);
    m_meter->setTextVisible(false);
    m_meter->setFixedHeight(8);
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_strength->setObjectName(QStringLiteral("passphraseStrengthLabel"));
    m_strength->setWordWrap(true);
    m_match->setObjectName(QStringLiteral("passphraseMatchLabel"));
    m_match->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Passph&rase:"), m_first);
    form->addRow(tr("Confir&m:"), m_second);
    auto* meterBox = new QVBoxLayout;
    meterBox->setSpacing(2);
    meterBox->addWidget(m_meter);
    meterBox->addWidget(m_strength);
    meterBox->addWidget(m_match);
    form->addRow(tr("Strength:"), meterBox);
    refresh();
}

QByteArray PassphraseFields::passphrase() const {
    return m_first->text().toUtf8();
}

QString PassphraseFields::problem() const {
    const QString a = m_first->text();
    if (a.isEmpty())
        return tr("Choose a passphrase to encrypt the private key with.");
    if (const Status s = PassphraseStrength::checkMinimum(a.toUtf8()); !s)
        return s.error().message;
    if (m_second->text() != a)
        return tr("Type the same passphrase in both fields.");
    return {};
}

void PassphraseFields::clear() {
    m_first->clear();
    m_second->clear();
}

void PassphraseFields::refresh() {
    const auto e = PassphraseStrength::estimate(passphrase());
    m_meter->setValue(e.score);
    QString color = QStringLiteral("#c62828");
    if (e.level == PassphraseStrength::Level::Fair)
        color = QStringLiteral("#ef6c00");
    else if (e.level == PassphraseStrength::Level::Good)
        color = QStringLiteral("#558b2f");
    else if (e.level == PassphraseStrength::Level::Strong)
        color = QStringLiteral("#2e7d32");
    m_meter->setStyleSheet(QStringLiteral("QProgressBar::chunk{background:%1;}").arg(color));
    m_strength->setText(e.advice.isEmpty() ? e.label : tr("%1 — %2").arg(e.label, e.advice));
    if (m_second->text().isEmpty())
        m_match->clear();
    else if (m_second->text() == m_first->text())
        m_match->setText(tr("✓ Both fields match."));
    else
        m_match->setText(tr("✗ The two fields differ."));
    m_match->setVisible(!m_match->text().isEmpty());
    emit changed();
}

} // namespace bmp::ui
