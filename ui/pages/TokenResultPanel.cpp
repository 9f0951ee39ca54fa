#include "pages/TokenResultPanel.h"

#include "crypto/Wipe.h"
#include "widgets/JwtView.h"
#include "widgets/SecretClipboard.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bmp::ui {

TokenResultPanel::TokenResultPanel(QWidget* parent)
    : QGroupBox(tr("Token received"), parent)
    , m_typeLabel(new QLabel(this))
    , m_scopeLabel(new QLabel(this))
    , m_expiryLabel(new QLabel(this))
    , m_tokenEdit(new QLineEdit(this))
    , m_showButton(new QPushButton(tr("Show"), this))
    , m_jwtView(new JwtView(this)) {
    setObjectName(QStringLiteral("tokenResultGroup"));
    m_typeLabel->setObjectName(QStringLiteral("tokenTypeLabel"));
    m_scopeLabel->setObjectName(QStringLiteral("tokenScopeLabel"));
    m_scopeLabel->setWordWrap(true);
    m_expiryLabel->setObjectName(QStringLiteral("expiryLabel"));
    m_tokenEdit->setObjectName(QStringLiteral("accessTokenEdit"));
    m_tokenEdit->setReadOnly(true);
    m_tokenEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_showButton->setObjectName(QStringLiteral("showTokenButton"));
    m_showButton->setCheckable(true);
    auto* copyButton = new QPushButton(tr("Copy"), this);
    copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_jwtView->setObjectName(QStringLiteral("tokenJwtView"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Token type:"), m_typeLabel);
    form->addRow(tr("Scope:"), m_scopeLabel);
    form->addRow(tr("Expires:"), m_expiryLabel);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_showButton);
    tokenRow->addWidget(copyButton);
    form->addRow(tr("Access token:"), tokenRow);
    form->addRow(m_jwtView);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &TokenResultPanel::updateCountdown);
    connect(m_showButton, &QPushButton::toggled, this, [this](bool show) {
        if (m_token)
            m_tokenEdit->setText(show ? QString::fromUtf8(m_token->accessToken)
                                      : QString::fromUtf8(m_token->redactedToken()));
    });
    connect(copyButton, &QPushButton::clicked, this, [this] {
        if (m_token)
            SecretClipboard::copy(QString::fromUtf8(m_token->accessToken)); // cleared after a minute
    });
    clear();
}

TokenResultPanel::~TokenResultPanel() {
    clear();
}

void TokenResultPanel::clear() {
    if (m_token)
        crypto::wipe(m_token->accessToken);
    m_token.reset();
    m_countdown.stop();
    m_tokenEdit->clear();
    m_jwtView->clear();
    hide();
}

void TokenResultPanel::setResult(const net::TokenResult& result) {
    clear();
    m_token = result;
    m_typeLabel->setText(result.tokenType.isEmpty() ? tr("(not given)") : result.tokenType);
    m_scopeLabel->setText(result.scope.isEmpty() ? tr("(not given)") : result.scope);
    {
        const QSignalBlocker block(m_showButton);
        m_showButton->setChecked(false);
    }
    m_tokenEdit->setText(QString::fromUtf8(result.redactedToken()));
    m_jwtView->setVisible(result.isJwt);
    if (result.isJwt)
        m_jwtView->setToken(result.accessToken, false); // decoded only: the token itself stays masked
    updateCountdown();
    m_countdown.start();
    show();
}

QString TokenResultPanel::expiryText() const {
    return m_expiryLabel->text();
}

void TokenResultPanel::updateCountdown() {
    if (!m_token)
        return;
    const QDateTime at = m_token->expiresAt();
    if (!at.isValid()) {
        m_expiryLabel->setText(tr("The server did not say when it expires."));
        m_countdown.stop();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(at);
    const QString when = at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    if (left <= 0) {
        m_expiryLabel->setText(tr("Expired at %1 (local time). Get a new token.").arg(when));
        m_countdown.stop();
        return;
    }
    m_expiryLabel->setText(tr("in %1:%2:%3, at %4 local time")
                               .arg(left / 3600)
                               .arg((left / 60) % 60, 2, 10, QLatin1Char('0'))
                               .arg(left % 60, 2, 10, QLatin1Char('0'))
                               .arg(when));
}

} // namespace bmp::ui
