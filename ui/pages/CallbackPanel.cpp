#include "pages/CallbackPanel.h"

#include "core/DateText.h"
#include "crypto/SecretBox.h"
#include "crypto/Wipe.h"
#include "domain/Environments.h"
#include "domain/Project.h"
#include "net/CallbackTester.h"
#include "net/EvidenceLog.h"
#include "storage/ProjectStore.h"
#include "widgets/Background.h"
#include "widgets/InlineMessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace bmp::ui {

CallbackPanel::CallbackPanel(Project& project, QWidget* parent)
    : QGroupBox(tr("Status callbacks"), parent)
    , m_project(project)
    , m_endpoints(project.store(), project.conflictSink())
    , m_evidence(std::make_unique<net::EvidenceLog>(project.store()))
    , m_tester(new net::CallbackTester(this))
    , m_envCombo(new QComboBox(this))
    , m_urlEdit(new QLineEdit(this))
    , m_methodCombo(new QComboBox(this))
    , m_authCombo(new QComboBox(this))
    , m_authHint(new QLabel(this))
    , m_headerLabel(new QLabel(tr("Hea&der name:"), this))
    , m_headerEdit(new QLineEdit(this))
    , m_secretEdit(new QLineEdit(this))
    , m_storedLabel(new QLabel(this))
    , m_passphraseEdit(new QLineEdit(this))
    , m_saveButton(new QPushButton(tr("Save ca&llback"), this))
    , m_testButton(new QPushButton(tr("Send test callbac&k"), this))
    , m_message(new InlineMessage(this))
    , m_resultView(new QPlainTextEdit(this))
    , m_iterations(crypto::SecretBox::kIterations) {
    setObjectName(QStringLiteral("callbackGroup"));
    m_envCombo->setObjectName(QStringLiteral("callbackEnvCombo"));
    m_urlEdit->setObjectName(QStringLiteral("callbackUrlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://api.partner.example/bmp/status"));
    m_methodCombo->setObjectName(QStringLiteral("callbackMethodCombo"));
    m_methodCombo->addItems({QStringLiteral("POST"), QStringLiteral("GET"), QStringLiteral("PUT")});
    m_authCombo->setObjectName(QStringLiteral("callbackAuthCombo"));
    for (CallbackAuth a : CallbackEndpoint::allAuths())
        m_authCombo->addItem(CallbackEndpoint::authLabel(a), CallbackEndpoint::authKey(a));
    m_authHint->setObjectName(QStringLiteral("callbackAuthHint"));
    m_authHint->setWordWrap(true);
    m_authHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_headerEdit->setObjectName(QStringLiteral("callbackHeaderEdit"));
    m_headerEdit->setPlaceholderText(QStringLiteral("X-Partner-Key"));
    m_headerLabel->setBuddy(m_headerEdit);
    m_secretEdit->setObjectName(QStringLiteral("callbackSecretEdit"));
    // An error about the secret or its passphrase goes once the user types a new one.
    for (QLineEdit* e : {m_secretEdit, m_passphraseEdit}) {
        connect(e, &QLineEdit::textEdited, this, [this] {
            if (m_message->kind() == InlineMessage::Kind::Error)
                m_message->clearMessage();
        });
    }
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setMaxLength(CallbackEndpoint::kMaxSecretLength);
    m_storedLabel->setObjectName(QStringLiteral("callbackStoredLabel"));
    m_storedLabel->setWordWrap(true);
    m_passphraseEdit->setObjectName(QStringLiteral("callbackPassphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setPlaceholderText(tr("protects the secret in the project file; never stored"));
    m_saveButton->setObjectName(QStringLiteral("saveCallbackButton"));
    m_testButton->setObjectName(QStringLiteral("testCallbackButton"));
    m_message->setObjectName(QStringLiteral("callbackMessage"));
    m_resultView->setObjectName(QStringLiteral("callbackResultView"));
    m_resultView->setReadOnly(true);
    m_resultView->setFixedHeight(m_resultView->fontMetrics().lineSpacing() * 6 + 12);
    m_resultView->setPlaceholderText(tr("The partner endpoint's answer to the test callback appears here."));
    m_resultView->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Environment:"), m_envCombo);
    form->addRow(tr("Callback &URL:"), m_urlEdit);
    form->addRow(tr("&Method:"), m_methodCombo);
    form->addRow(tr("Authent&ication:"), m_authCombo);
    form->addRow(QString(), m_authHint);
    form->addRow(m_headerLabel, m_headerEdit);
    auto* secretRow = new QVBoxLayout;
    secretRow->addWidget(m_secretEdit);
    secretRow->addWidget(m_storedLabel);
    auto* secretLabel = new QLabel(tr("Se&cret:"), this);
    secretLabel->setBuddy(m_secretEdit);
    form->addRow(secretLabel, secretRow);
    form->addRow(tr("Passph&rase:"), m_passphraseEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("BMP calls this URL whenever a proposal changes status, adding "
                                "?proposal=<codigoProposta>&status=<id>&identifier=<codigoOperacao>. One URL per "
                                "environment."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_resultView);

    for (const EnvironmentProfile& p : m_project.environments().list())
        m_envCombo->addItem(p.displayName(), p.name);
    m_envCombo->setCurrentIndex(qMax(0, m_envCombo->findData(QStringLiteral("homologation"))));

    m_tester->setEvidenceLog(m_evidence.get());
    connect(m_envCombo, &QComboBox::currentIndexChanged, this, &CallbackPanel::loadEnvironment);
    // Theirs or mine decided: the form shows what is saved now.
    connect(&m_project, &Project::conflictSettled, this, &CallbackPanel::loadEnvironment);
    connect(m_authCombo, &QComboBox::currentIndexChanged, this, &CallbackPanel::refreshAuthFields);
    connect(m_saveButton, &QPushButton::clicked, this, &CallbackPanel::save);
    connect(m_testButton, &QPushButton::clicked, this, &CallbackPanel::sendTest);
    connect(m_tester, &net::CallbackTester::finished, this, &CallbackPanel::showResult);
    loadEnvironment();
}

CallbackPanel::~CallbackPanel() = default;

CallbackEndpoint CallbackPanel::fromFields() const {
    CallbackEndpoint e;
    e.environment = m_envCombo->currentData().toString();
    e.url = m_urlEdit->text().trimmed();
    e.method = m_methodCombo->currentText();
    e.auth = CallbackEndpoint::authFromKey(m_authCombo->currentData().toString()).value_or(CallbackAuth::None);
    e.authHeader = m_headerEdit->text().trimmed();
    return e;
}

void CallbackPanel::loadEnvironment() {
    const auto saved = m_endpoints.find(m_envCombo->currentData().toString());
    const CallbackEndpoint e = saved.value_or(CallbackEndpoint{});
    m_shownVersion = e.rowVersion;
    m_urlEdit->setText(e.url);
    m_methodCombo->setCurrentText(e.method);
    m_authCombo->setCurrentIndex(qMax(0, m_authCombo->findData(CallbackEndpoint::authKey(e.auth))));
    m_headerEdit->setText(e.authHeader);
    m_secretEdit->clear();
    if (saved && !e.sealedSecret.isEmpty()) {
        m_storedLabel->setText(
            tr("A secret is stored, encrypted (saved %1). Leave the field empty to keep it; the passphrase opens it.")
                .arg(DateText::dateTime(e.updatedAt)));
    } else {
        m_storedLabel->setText(tr("No secret stored."));
    }
    m_message->clearMessage();
    m_resultView->hide();
    refreshAuthFields();
}

void CallbackPanel::refreshAuthFields() {
    const auto auth = CallbackEndpoint::authFromKey(m_authCombo->currentData().toString()).value_or(CallbackAuth::None);
    m_authHint->setText(CallbackEndpoint::authHint(auth));
    const bool header = CallbackEndpoint::authUsesHeaderName(auth);
    m_headerLabel->setVisible(header);
    m_headerEdit->setVisible(header);
    m_headerEdit->setPlaceholderText(auth == CallbackAuth::Hmac ? QStringLiteral("Authorization")
                                                                : QStringLiteral("X-Partner-Key"));
    const bool secret = CallbackEndpoint::authNeedsSecret(auth);
    m_testButton->setEnabled(!m_busy && CallbackEndpoint::testerCanSend(auth));
    m_secretEdit->setEnabled(secret);
    m_passphraseEdit->setEnabled(secret);
    m_secretEdit->setPlaceholderText(
        auth == CallbackAuth::Basic || auth == CallbackAuth::Digest ? tr("user:password") : tr("up to 255 characters"));
}

void CallbackPanel::setBusy(bool busy) {
    m_busy = busy;
    m_saveButton->setEnabled(!busy);
    const auto auth = CallbackEndpoint::authFromKey(m_authCombo->currentData().toString()).value_or(CallbackAuth::None);
    m_testButton->setEnabled(!busy && CallbackEndpoint::testerCanSend(auth));
    m_envCombo->setEnabled(!busy);
}

void CallbackPanel::save() {
    CallbackEndpoint e = fromFields();
    e.rowVersion = m_shownVersion; // over what the form showed: a teammate's newer save is a conflict
    const auto stored = m_endpoints.find(e.environment);
    QByteArray secret = m_secretEdit->text().toUtf8();
    QByteArray passphrase = m_passphraseEdit->text().toUtf8();
    if (e.needsSecret() && secret.isEmpty()) {
        if (stored && stored->auth != CallbackAuth::None && !stored->sealedSecret.isEmpty()) {
            e.sealedSecret = stored->sealedSecret; // keep the stored one
        } else {
            m_message->showMessage(InlineMessage::Kind::Error,
                                   tr("Enter the secret for %1.").arg(CallbackEndpoint::authLabel(e.auth)));
            return;
        }
    }
    if (!e.needsSecret() || !e.sealedSecret.isEmpty()) {
        if (Status s = m_endpoints.save(e); !s) {
            m_message->showMessage(InlineMessage::Kind::Error, s.error().message);
            return;
        }
        emit saved(e.environment);
        loadEnvironment();
        m_message->showMessage(InlineMessage::Kind::Positive,
                               tr("Callback saved for %1.").arg(m_envCombo->currentText()));
        return;
    }
    if (Status s = CallbackEndpoint::validateSecret(e.auth, secret); !s) {
        m_message->showMessage(InlineMessage::Kind::Error, s.error().message);
        return;
    }
    e.sealedSecret = "pending"; // only to check the rest before the slow sealing
    if (Status s = e.validate(); !s) {
        m_message->showMessage(InlineMessage::Kind::Error, s.error().message);
        return;
    }
    if (passphrase.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("Enter a passphrase: the secret is stored encrypted with it."));
        return;
    }
    setBusy(true);
    m_message->showMessage(InlineMessage::Kind::Information, tr("Encrypting the secret…"));
    const int iterations = m_iterations;
    runInBackground(
        this,
        [secret, passphrase, iterations]() mutable {
            auto sealed = crypto::SecretBox::seal(secret, passphrase, iterations);
            crypto::wipe(secret);
            crypto::wipe(passphrase);
            return sealed;
        },
        [this, e](Result<QByteArray> sealed) mutable {
            setBusy(false);
            if (!sealed) {
                m_message->showMessage(InlineMessage::Kind::Error, sealed.error().message);
                return;
            }
            e.sealedSecret = *sealed;
            if (Status s = m_endpoints.save(e); !s) {
                m_message->showMessage(InlineMessage::Kind::Error, s.error().message);
                return;
            }
            emit saved(e.environment);
            loadEnvironment();
            m_message->showMessage(
                InlineMessage::Kind::Positive,
                tr("Callback saved for %1; the secret is stored encrypted.").arg(m_envCombo->currentText()));
        });
    crypto::wipe(secret);
    crypto::wipe(passphrase);
}

void CallbackPanel::sendTest() {
    const CallbackEndpoint e = fromFields();
    const QByteArray typed = m_secretEdit->text().toUtf8();
    const auto stored = m_endpoints.find(e.environment);
    auto go = [this, e](const QByteArray& secret) {
        m_resultView->hide();
        if (Status s = m_tester->send(e, secret); !s) {
            setBusy(false);
            m_message->showMessage(InlineMessage::Kind::Error, s.error().message);
            return;
        }
        setBusy(true);
        m_message->showMessage(InlineMessage::Kind::Information,
                               tr("Sending a sample status callback to %1…").arg(e.url));
    };
    if (!e.needsSecret() || !typed.isEmpty()) {
        go(typed);
        return;
    }
    if (!stored || stored->sealedSecret.isEmpty() || stored->auth == CallbackAuth::None) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("Enter the secret for %1.").arg(CallbackEndpoint::authLabel(e.auth)));
        return;
    }
    QByteArray passphrase = m_passphraseEdit->text().toUtf8();
    if (passphrase.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("Enter the passphrase that opens the stored secret."));
        return;
    }
    setBusy(true);
    m_message->showMessage(InlineMessage::Kind::Information, tr("Opening the stored secret…"));
    const QByteArray sealed = stored->sealedSecret;
    runInBackground(
        this,
        [sealed, passphrase]() mutable {
            auto opened = crypto::SecretBox::open(sealed, passphrase);
            crypto::wipe(passphrase);
            return opened;
        },
        [this, go](Result<QByteArray> secret) mutable {
            if (!secret) {
                setBusy(false);
                m_message->showMessage(InlineMessage::Kind::Error, secret.error().message);
                return;
            }
            QByteArray plain = std::move(secret).value();
            go(plain);
            crypto::wipe(plain);
        });
    crypto::wipe(passphrase);
}

void CallbackPanel::showResult(const net::CallbackTestResult& r) {
    setBusy(false);
    QString text = QStringLiteral("%1 %2\n%3").arg(r.method, r.url, r.sentHeaders);
    if (r.httpStatus > 0)
        text += tr("→ HTTP %1 in %2 ms\n%3").arg(r.httpStatus).arg(r.durationMs).arg(r.responseBody);
    else
        text += tr("→ no answer: %1").arg(r.error);
    m_resultView->setPlainText(text);
    m_resultView->show();
    if (r.delivered)
        m_message->showMessage(InlineMessage::Kind::Positive,
                               tr("The endpoint accepted the test callback (HTTP %1).").arg(r.httpStatus));
    else
        m_message->showMessage(InlineMessage::Kind::Error, r.error);
    emit testFinished(r.delivered);
}

} // namespace bmp::ui
