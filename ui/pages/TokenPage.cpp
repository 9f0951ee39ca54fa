#include "pages/TokenPage.h"

#include "crypto/AssertionCheck.h"
#include "crypto/Jwt.h"
#include "crypto/Wipe.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "pages/TokenResultPanel.h"
#include "sandbox/PracticeSandbox.h"
#include "sandbox/SandboxServer.h"
#include "widgets/InlineMessage.h"
#include "widgets/JwtView.h"
#include "widgets/KeyUnlocker.h"
#include "widgets/SecretClipboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace bmp::ui {

namespace {

QLineEdit* claimEdit(const char* name, QWidget* parent, bool number = false) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    if (number) {
        e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), e));
        e->setMaximumWidth(160);
    }
    return e;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

TokenPage::TokenPage(Project& project, QWidget* parent)
    : StepPage(project, StepId::JwtToken, parent)
    , m_prompts(Prompts::dialogs(this, [this] { return m_project.localFolder(); }))
    , m_now([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_unlocker(new KeyUnlocker(project, &m_prompts, this))
    , m_worker(new net::TokenWorker(this)) {
    m_worker->setProject(&m_project);
    auto* envRow = new QHBoxLayout;
    m_envCombo = new QComboBox(this);
    m_envCombo->setObjectName(QStringLiteral("tokenEnvCombo"));
    m_envCombo->setMinimumWidth(260);
    auto* envLabel = new QLabel(tr("&Environment:"), this);
    envLabel->setBuddy(m_envCombo);
    envRow->addWidget(envLabel);
    envRow->addWidget(m_envCombo);
    envRow->addStretch(1);
    contentLayout()->addLayout(envRow);

    auto* claimsBox = new QGroupBox(tr("Client assertion (RFC 7523 JWT, signed RS256)"), this);
    claimsBox->setObjectName(QStringLiteral("claimsGroup"));
    auto* claimsLayout = new QVBoxLayout(claimsBox);
    auto* form = new QFormLayout;
    claimsLayout->addLayout(form);
    m_jtiEdit = claimEdit("jtiEdit", claimsBox);
    auto* newJti = button(tr("New"), "newJtiButton", claimsBox);
    auto* jtiRow = new QHBoxLayout;
    jtiRow->addWidget(m_jtiEdit, 1);
    jtiRow->addWidget(newJti);
    form->addRow(tr("jti (unique id):"), jtiRow);
    m_issEdit = claimEdit("issEdit", claimsBox);
    m_subEdit = claimEdit("subEdit", claimsBox);
    m_audEdit = claimEdit("audEdit", claimsBox);
    form->addRow(tr("iss (client_id):"), m_issEdit);
    form->addRow(tr("sub (client_id):"), m_subEdit);
    form->addRow(tr("aud (token URL):"), m_audEdit);
    auto* times = new QHBoxLayout;
    m_iatEdit = claimEdit("iatEdit", claimsBox, true);
    m_nbfEdit = claimEdit("nbfEdit", claimsBox, true);
    m_expEdit = claimEdit("expEdit", claimsBox, true);
    times->addWidget(new QLabel(QStringLiteral("iat"), claimsBox));
    times->addWidget(m_iatEdit);
    times->addWidget(new QLabel(QStringLiteral("nbf"), claimsBox));
    times->addWidget(m_nbfEdit);
    times->addWidget(new QLabel(QStringLiteral("exp"), claimsBox));
    times->addWidget(m_expEdit);
    times->addStretch(1);
    form->addRow(tr("Times (seconds since 1970):"), times);
    auto* lifetimeRow = new QHBoxLayout;
    m_lifetimeSpin = new QSpinBox(claimsBox);
    m_lifetimeSpin->setObjectName(QStringLiteral("lifetimeSpin"));
    m_lifetimeSpin->setRange(1, 86400);
    m_lifetimeSpin->setValue(crypto::ClientAssertion::kDefaultLifetime);
    m_lifetimeSpin->setSuffix(tr(" s"));
    auto* reset = button(tr("Prefill again (now)"), "resetClaimsButton", claimsBox);
    lifetimeRow->addWidget(m_lifetimeSpin);
    lifetimeRow->addWidget(reset);
    lifetimeRow->addStretch(1);
    form->addRow(tr("Lifetime:"), lifetimeRow);
    m_timesLabel = new QLabel(claimsBox);
    m_timesLabel->setObjectName(QStringLiteral("claimTimesLabel"));
    m_timesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_timesLabel);
    m_warnings = new InlineMessage(claimsBox);
    m_warnings->setObjectName(QStringLiteral("claimsWarningMessage"));
    claimsLayout->addWidget(m_warnings);
    auto* signRow = new QHBoxLayout;
    m_signButton = button(tr("S&ign"), "signButton", claimsBox);
    m_copyJwtButton = button(tr("Copy the JWT"), "copyJwtButton", claimsBox);
    m_verifyLabel = new QLabel(claimsBox);
    m_verifyLabel->setObjectName(QStringLiteral("verifyLabel"));
    m_verifyLabel->setWordWrap(true);
    signRow->addWidget(m_signButton);
    signRow->addWidget(m_copyJwtButton);
    signRow->addWidget(m_verifyLabel, 1);
    claimsLayout->addLayout(signRow);
    m_assertionView = new JwtView(claimsBox);
    m_assertionView->setObjectName(QStringLiteral("assertionView"));
    claimsLayout->addWidget(m_assertionView);
    contentLayout()->addWidget(claimsBox);

    auto* tokenBox = new QGroupBox(tr("Access token"), this);
    tokenBox->setObjectName(QStringLiteral("tokenGroup"));
    auto* tokenLayout = new QVBoxLayout(tokenBox);
    m_freshTimesCheck = new QCheckBox(tr("Send with a new jti and fresh times (iat = nbf = now), keeping the "
                                         "lifetime"),
                                      tokenBox);
    m_freshTimesCheck->setObjectName(QStringLiteral("freshTimesCheck"));
    m_freshTimesCheck->setChecked(true);
    tokenLayout->addWidget(m_freshTimesCheck);
    auto* getRow = new QHBoxLayout;
    m_getTokenButton = button(tr("&Get token"), "getTokenButton", tokenBox);
    m_tokenBusy = new QProgressBar(tokenBox);
    m_tokenBusy->setObjectName(QStringLiteral("tokenBusyBar"));
    m_tokenBusy->setRange(0, 0);
    m_tokenBusy->setMaximumWidth(160);
    m_cancelTokenButton = button(tr("Cancel"), "cancelTokenButton", tokenBox);
    m_tokenProgress = new QLabel(tokenBox);
    m_tokenProgress->setObjectName(QStringLiteral("tokenProgressLabel"));
    getRow->addWidget(m_getTokenButton);
    getRow->addWidget(m_tokenBusy);
    getRow->addWidget(m_cancelTokenButton);
    getRow->addWidget(m_tokenProgress, 1);
    tokenLayout->addLayout(getRow);
    m_tokenMessage = new InlineMessage(tokenBox);
    m_tokenMessage->setObjectName(QStringLiteral("tokenMessage"));
    tokenLayout->addWidget(m_tokenMessage);
    m_resultPanel = new TokenResultPanel(tokenBox);
    tokenLayout->addWidget(m_resultPanel);
    contentLayout()->addWidget(tokenBox);

    connect(m_envCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_resultPanel->clear();
        m_tokenMessage->clearMessage();
        prefill();
    });
    for (QLineEdit* e : {m_jtiEdit, m_issEdit, m_subEdit, m_audEdit, m_iatEdit, m_nbfEdit, m_expEdit})
        connect(e, &QLineEdit::textEdited, this, &TokenPage::refreshWarnings);
    connect(m_lifetimeSpin, &QSpinBox::valueChanged, this, [this](int lifetime) {
        m_expEdit->setText(QString::number(m_iatEdit->text().toLongLong() + lifetime));
        refreshWarnings();
    });
    connect(newJti, &QPushButton::clicked, this, [this] {
        m_jtiEdit->setText(QUuid::createUuid().toString(QUuid::WithoutBraces));
        refreshWarnings();
    });
    connect(reset, &QPushButton::clicked, this, &TokenPage::prefill);
    connect(m_signButton, &QPushButton::clicked, this, &TokenPage::sign);
    connect(m_copyJwtButton, &QPushButton::clicked, this, [this] {
        SecretClipboard::copy(QString::fromLatin1(m_assertion));
        m_verifyLabel->setText(tr("The JWT is on the clipboard for a minute, marked as a secret for clipboard "
                                  "managers; it is a credential until it expires."));
    });
    connect(m_getTokenButton, &QPushButton::clicked, this, &TokenPage::getToken);
    connect(m_cancelTokenButton, &QPushButton::clicked, m_worker, &net::TokenWorker::cancel);
    connect(m_worker, &net::TokenWorker::progress, m_tokenProgress, &QLabel::setText);
    connect(m_worker, &net::TokenWorker::finished, this, [this](const Result<net::TokenResult>& r) {
        setFetching(false);
        showResult(r);
        emit completeChanged();
    });
    connect(&m_project.environments(), &Environments::changed, this, &TokenPage::refreshEnvironments);
    connect(&m_project.keys(), &KeyVault::changed, this, [this] { refreshWarnings(); });

    setFetching(false);
    refreshEnvironments();
}

TokenPage::~TokenPage() {
    crypto::wipe(m_assertion);
}

QString TokenPage::currentEnvironment() const {
    return m_envCombo->currentData().toString();
}

QString TokenPage::missingForCompletion() const {
    for (const TokenTest& t : m_project.environments().tokenTests(QStringLiteral("homologation"))) {
        if (t.ok)
            return {};
    }
    return tr("Get a token from homologation once.");
}

void TokenPage::refreshEnvironments() {
    const QString current = currentEnvironment();
    {
        const QSignalBlocker block(m_envCombo);
        m_envCombo->clear();
        for (const EnvironmentProfile& p : m_project.environments().list())
            m_envCombo->addItem(p.displayName(), p.name);
        m_envCombo->setCurrentIndex(
            qMax(0, m_envCombo->findData(current.isEmpty() ? QStringLiteral("practice") : current)));
    }
    if (current != currentEnvironment() || m_issEdit->text().isEmpty())
        prefill();
    else
        refreshWarnings();
}

QString TokenPage::tokenUrlFor(bool startSandbox, QString* error) const {
    const auto stored = m_project.environments().find(currentEnvironment());
    if (!stored)
        return {};
    if (!stored->usesBuiltInSandbox())
        return stored->tokenUrl;
    auto& practice = sandbox::PracticeSandbox::instance();
    if (!practice.isRunning() && !startSandbox)
        return {};
    const auto resolved = practice.resolve(*stored);
    if (!resolved) {
        if (error)
            *error = resolved.error().message;
        return {};
    }
    return resolved->tokenUrl;
}

void TokenPage::prefill() {
    const auto profile = m_project.environments().find(currentEnvironment());
    const qint64 now = m_now();
    m_jtiEdit->setText(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_issEdit->setText(profile ? profile->clientId : QString());
    m_subEdit->setText(profile ? profile->clientId : QString());
    m_audEdit->setText(tokenUrlFor(false));
    m_audEdit->setPlaceholderText(profile && profile->usesBuiltInSandbox()
                                      ? tr("the practice sandbox's token URL, filled in when it starts")
                                      : QString());
    m_iatEdit->setText(QString::number(now));
    m_nbfEdit->setText(QString::number(now));
    m_expEdit->setText(QString::number(now + m_lifetimeSpin->value()));
    crypto::wipe(m_assertion);
    m_assertionView->clear();
    m_assertionView->hide();
    m_verifyLabel->clear();
    m_copyJwtButton->setEnabled(false);
    refreshWarnings();
}

QJsonObject TokenPage::claims() const {
    QJsonObject c;
    const QList<QPair<QString, QLineEdit*>> strings{{QStringLiteral("jti"), m_jtiEdit},
                                                    {QStringLiteral("iss"), m_issEdit},
                                                    {QStringLiteral("sub"), m_subEdit},
                                                    {QStringLiteral("aud"), m_audEdit}};
    for (const auto& [name, edit] : strings) {
        if (!edit->text().trimmed().isEmpty())
            c.insert(name, edit->text().trimmed());
    }
    const QList<QPair<QString, QLineEdit*>> numbers{
        {QStringLiteral("iat"), m_iatEdit}, {QStringLiteral("nbf"), m_nbfEdit}, {QStringLiteral("exp"), m_expEdit}};
    for (const auto& [name, edit] : numbers) {
        if (!edit->text().isEmpty())
            c.insert(name, edit->text().toLongLong());
    }
    return c;
}

QStringList TokenPage::claimWarnings() const {
    const auto profile = m_project.environments().find(currentEnvironment());
    return crypto::AssertionCheck::warnings(claims(), profile ? profile->clientId : QString(), tokenUrlFor(false),
                                            m_now());
}

void TokenPage::refreshWarnings() {
    const QStringList w = claimWarnings();
    if (w.isEmpty())
        m_warnings->clearMessage();
    else
        m_warnings->showMessage(InlineMessage::Kind::Warning, w.join(u'\n'));
    QStringList times;
    for (const auto& [name, edit] :
         {qMakePair(QStringLiteral("iat"), m_iatEdit), qMakePair(QStringLiteral("exp"), m_expEdit)}) {
        if (!edit->text().isEmpty())
            times << QStringLiteral("%1: %2").arg(name, JwtView::describeTime(edit->text().toLongLong()));
    }
    m_timesLabel->setText(times.join(u'\n'));
}

void TokenPage::sign() {
    const QString env = currentEnvironment();
    QString error;
    if (m_audEdit->text().isEmpty())
        m_audEdit->setText(tokenUrlFor(true, &error));
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    refreshWarnings();
    m_signButton->setEnabled(false);
    m_unlocker->unlock(env, m_envCombo->currentText(), [this, env](const Result<crypto::KeyPair>& key) {
        m_signButton->setEnabled(true);
        if (!key) {
            m_verifyLabel->setText(tr("✗ %1").arg(key.error().message));
            return;
        }
        const auto jwt = crypto::Jwt::signRs256(claims(), *key);
        if (!jwt) {
            m_verifyLabel->setText(tr("✗ %1").arg(jwt.error().message));
            return;
        }
        showAssertion(*jwt);
    });
}

void TokenPage::showAssertion(const QByteArray& token) {
    crypto::wipe(m_assertion);
    m_assertion = token;
    m_assertionView->setToken(token, true);
    m_assertionView->show();
    m_copyJwtButton->setEnabled(true);
    const auto stored = m_project.keys().find(currentEnvironment());
    const auto pub = stored ? stored->publicKey() : Result<crypto::KeyPair>(makeError(QString()));
    const Status verified = pub ? crypto::Jwt::verifyRs256(token, *pub) : Status(pub.error());
    if (verified)
        m_verifyLabel->setText(tr("✓ Verified locally with the environment's public key."));
    else
        m_verifyLabel->setText(tr("✗ Local verification failed: %1").arg(verified.error().message));
}

void TokenPage::getToken() {
    const QString env = currentEnvironment();
    const auto stored = m_project.environments().find(env);
    if (!stored)
        return;
    if (stored->clientId.isEmpty()) {
        m_tokenMessage->showMessage(InlineMessage::Kind::Error,
                                    tr("This environment has no client_id yet: register the key in step 3 or "
                                       "enter it in step 4."));
        return;
    }
    const auto profile = sandbox::PracticeSandbox::instance().resolve(*stored);
    if (!profile) {
        m_tokenMessage->showMessage(InlineMessage::Kind::Error, profile.error().message);
        return;
    }
    if (m_audEdit->text().isEmpty())
        m_audEdit->setText(profile->tokenUrl);
    refreshWarnings();
    setFetching(true);
    m_tokenMessage->clearMessage();
    m_tokenProgress->setText(tr("Unlocking the key…"));
    const EnvironmentProfile usable = *profile;
    m_unlocker->unlock(env, m_envCombo->currentText(), [this, usable](const Result<crypto::KeyPair>& key) {
        if (!key) {
            setFetching(false);
            m_tokenMessage->showMessage(InlineMessage::Kind::Error, key.error().message);
            return;
        }
        net::TokenRequest request = net::TokenWorker::requestFor(usable, *key);
        request.claimsTemplate = claims();
        request.refreshTimes = m_freshTimesCheck->isChecked();
        request.clock = m_now;
        if (const Status s = m_worker->start(request); !s) {
            setFetching(false);
            m_tokenMessage->showMessage(InlineMessage::Kind::Error, s.error().message);
        }
    });
}

void TokenPage::setFetching(bool fetching) {
    m_getTokenButton->setEnabled(!fetching);
    m_tokenBusy->setVisible(fetching);
    m_cancelTokenButton->setVisible(fetching);
    m_envCombo->setEnabled(!fetching);
    if (!fetching)
        m_tokenProgress->clear();
}

void TokenPage::showResult(const Result<net::TokenResult>& result) {
    if (!result) {
        m_resultPanel->clear();
        const Error& e = result.error();
        m_tokenMessage->showMessage(InlineMessage::Kind::Error,
                                    e.detail.isEmpty() ? e.message
                                                       : tr("%1\n\nThe server said: %2").arg(e.message, e.detail));
        return;
    }
    m_tokenMessage->showMessage(
        InlineMessage::Kind::Positive,
        tr("Token received after %n attempt(s). The credentials work.", nullptr, result->attempts));
    m_resultPanel->setResult(*result);
}

} // namespace bmp::ui
