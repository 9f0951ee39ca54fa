#include "pages/KeysPage.h"

#include "core/BackgroundTask.h"
#include "crypto/KeyFiles.h"
#include "crypto/KeyGenJob.h"
#include "crypto/Wipe.h"
#include "domain/Environments.h"
#include "domain/Project.h"
#include "pages/KeyRegistrationPanel.h"
#include "widgets/DateTimeText.h"
#include "widgets/InlineMessage.h"
#include "widgets/PassphraseFields.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bmp::ui {

using crypto::KeyPair;

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

QLineEdit* readOnlyLine(const char* name, QWidget* parent) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setReadOnly(true); // the proportional font fits a whole SHA-256 fingerprint in the line
    return e;
}

} // namespace

KeysPage::KeysPage(Project& project, QWidget* parent)
    : StepPage(project, StepId::KeyRegistration, parent)
    , m_prompts(Prompts::dialogs(this, [this] { return m_project.localFolder(); }))
    , m_job(new crypto::KeyGenJob(this)) {
    auto* envRow = new QHBoxLayout;
    m_envCombo = new QComboBox(this);
    m_envCombo->setObjectName(QStringLiteral("keysEnvCombo"));
    m_envCombo->setMinimumWidth(260);
    auto* envLabel = new QLabel(tr("&Environment:"), this);
    envLabel->setBuddy(m_envCombo);
    envRow->addWidget(envLabel);
    envRow->addWidget(m_envCombo);
    envRow->addStretch(1);
    contentLayout()->addLayout(envRow);

    // The key: status, and how to make or import one.
    auto* keyBox = new QGroupBox(tr("Key pair"), this);
    keyBox->setObjectName(QStringLiteral("keyGroup"));
    auto* keyLayout = new QVBoxLayout(keyBox);
    m_keyStatusLabel = new QLabel(keyBox);
    m_keyStatusLabel->setObjectName(QStringLiteral("keyStatusLabel"));
    m_keyStatusLabel->setWordWrap(true);
    keyLayout->addWidget(m_keyStatusLabel);
    m_reuseMessage = new InlineMessage(keyBox);
    m_reuseMessage->setObjectName(QStringLiteral("keyReuseMessage"));
    keyLayout->addWidget(m_reuseMessage);
    m_replaceButton = button(tr("Replace this &key…"), "replaceKeyButton", keyBox);
    auto* replaceRow = new QHBoxLayout;
    replaceRow->addWidget(m_replaceButton);
    replaceRow->addStretch(1);
    keyLayout->addLayout(replaceRow);
    // Making or importing a key; folded away once the environment has one, until "Replace" is asked for.
    m_createArea = new QWidget(keyBox);
    m_createArea->setObjectName(QStringLiteral("createKeyArea"));
    auto* createLayout = new QVBoxLayout(m_createArea);
    createLayout->setContentsMargins(0, 0, 0, 0);
    auto* explain = new QLabel(tr("The private key is kept in the project only encrypted (AES-256, PBKDF2 with "
                                  "600 000 iterations) with the passphrase below. The passphrase is never saved: "
                                  "without it the key cannot be used, so keep it in your password manager."),
                               m_createArea);
    explain->setWordWrap(true);
    createLayout->addWidget(explain);
    m_passphrase = new PassphraseFields(m_createArea);
    createLayout->addWidget(m_passphrase);
    auto* actions = new QHBoxLayout;
    m_bitsCombo = new QComboBox(m_createArea);
    m_bitsCombo->setObjectName(QStringLiteral("bitsCombo"));
    m_bitsCombo->addItem(tr("RSA 2048 bits (what BMP asks for)"), 2048);
    m_bitsCombo->addItem(tr("RSA 3072 bits"), 3072);
    m_bitsCombo->addItem(tr("RSA 4096 bits"), 4096);
    m_generateButton = button(tr("&Generate key"), "generateButton", m_createArea);
    m_importButton = button(tr("&Import PEM…"), "importButton", m_createArea);
    actions->addWidget(m_bitsCombo);
    actions->addWidget(m_generateButton);
    actions->addWidget(m_importButton);
    actions->addStretch(1);
    createLayout->addLayout(actions);
    keyLayout->addWidget(m_createArea);
    auto* busyRow = new QHBoxLayout;
    m_busyBar = new QProgressBar(keyBox);
    m_busyBar->setObjectName(QStringLiteral("keyBusyBar"));
    m_busyBar->setRange(0, 0); // RSA generation has no known length: a busy indicator, not a percentage
    m_busyBar->setMaximumWidth(200);
    m_busyLabel = new QLabel(keyBox);
    m_busyLabel->setObjectName(QStringLiteral("keyBusyLabel"));
    m_cancelButton = button(tr("Cancel"), "cancelKeyButton", keyBox);
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_busyLabel, 1);
    busyRow->addWidget(m_cancelButton);
    keyLayout->addLayout(busyRow);
    contentLayout()->addWidget(keyBox);

    // The public half, to copy and export.
    m_publicGroup = new QGroupBox(tr("Public key"), this);
    m_publicGroup->setObjectName(QStringLiteral("publicKeyGroup"));
    auto* publicLayout = new QVBoxLayout(m_publicGroup);
    auto* grid = new QGridLayout;
    m_fingerprintEdit = readOnlyLine("fingerprintEdit", m_publicGroup);
    m_thumbprintEdit = readOnlyLine("thumbprintEdit", m_publicGroup);
    auto* copyFingerprint = button(tr("Copy"), "copyFingerprintButton", m_publicGroup);
    auto* copyThumbprint = button(tr("Copy"), "copyThumbprintButton", m_publicGroup);
    grid->addWidget(new QLabel(tr("SHA-256 fingerprint:"), m_publicGroup), 0, 0);
    grid->addWidget(m_fingerprintEdit, 0, 1);
    grid->addWidget(copyFingerprint, 0, 2);
    grid->addWidget(new QLabel(tr("JWK thumbprint (RFC 7638):"), m_publicGroup), 1, 0);
    grid->addWidget(m_thumbprintEdit, 1, 1);
    grid->addWidget(copyThumbprint, 1, 2);
    grid->setColumnStretch(1, 1);
    publicLayout->addLayout(grid);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto* tabs = new QTabWidget(m_publicGroup);
    tabs->setObjectName(QStringLiteral("publicKeyTabs"));
    auto* pemTab = new QWidget(tabs);
    auto* jwkTab = new QWidget(tabs);
    m_pemView = new QPlainTextEdit(pemTab);
    m_pemView->setObjectName(QStringLiteral("publicPemView"));
    m_jwkView = new QPlainTextEdit(jwkTab);
    m_jwkView->setObjectName(QStringLiteral("jwkView"));
    for (QPlainTextEdit* v : {m_pemView, m_jwkView}) {
        v->setReadOnly(true);
        v->setFont(mono);
        v->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        v->setWordWrapMode(QTextOption::WrapAnywhere);
        v->setFixedHeight(v->fontMetrics().lineSpacing() * 10 + 14);
    }
    auto* copyPem = button(tr("Copy PEM"), "copyPemButton", pemTab);
    auto* exportPem = button(tr("Export public.pem…"), "exportPublicButton", pemTab);
    auto* copyJwk = button(tr("Copy JWK"), "copyJwkButton", jwkTab);
    auto* exportJwk = button(tr("Export JWK…"), "exportJwkButton", jwkTab);
    for (auto [tab, view, copyButton, exportButton] :
         {std::tuple{pemTab, m_pemView, copyPem, exportPem}, std::tuple{jwkTab, m_jwkView, copyJwk, exportJwk}}) {
        auto* row = new QHBoxLayout(tab);
        row->addWidget(view, 1);
        auto* column = new QVBoxLayout;
        column->addWidget(copyButton);
        column->addWidget(exportButton);
        column->addStretch(1);
        row->addLayout(column);
    }
    tabs->addTab(pemTab, tr("PEM (SubjectPublicKeyInfo)"));
    tabs->addTab(jwkTab, tr("JWK (RFC 7517)"));
    publicLayout->addWidget(tabs);
    auto* privateRow = new QHBoxLayout;
    auto* exportPrivate = button(tr("Export the private key (encrypted)…"), "exportPrivateButton", m_publicGroup);
    auto* privateHint = new QLabel(tr("Only for your own backup or server: BMP never needs it."), m_publicGroup);
    privateHint->setWordWrap(true);
    privateRow->addWidget(exportPrivate);
    privateRow->addWidget(privateHint, 1);
    publicLayout->addLayout(privateRow);
    contentLayout()->addWidget(m_publicGroup);

    m_registration = new KeyRegistrationPanel(m_project, &m_prompts, this);
    contentLayout()->addWidget(m_registration);

    connect(m_replaceButton, &QPushButton::clicked, this, [this] {
        m_replacing = true;
        refreshKey();
        m_passphrase->setFocus();
    });
    connect(m_envCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_replacing = false;
        m_registration->setEnvironment(currentEnvironment());
        message()->clearMessage();
        refreshKey();
    });
    connect(m_generateButton, &QPushButton::clicked, this, &KeysPage::generate);
    connect(m_importButton, &QPushButton::clicked, this, &KeysPage::import);
    connect(m_cancelButton, &QPushButton::clicked, m_job, &crypto::KeyGenJob::cancel);
    connect(m_job, &crypto::KeyGenJob::finished, this, &KeysPage::onGenerated);
    connect(copyFingerprint, &QPushButton::clicked, this,
            [this] { copy(m_fingerprintEdit->text(), tr("The fingerprint is on the clipboard.")); });
    connect(copyThumbprint, &QPushButton::clicked, this,
            [this] { copy(m_thumbprintEdit->text(), tr("The thumbprint is on the clipboard.")); });
    connect(copyPem, &QPushButton::clicked, this,
            [this] { copy(m_pemView->toPlainText(), tr("The public key is on the clipboard.")); });
    connect(copyJwk, &QPushButton::clicked, this,
            [this] { copy(m_jwkView->toPlainText(), tr("The JWK is on the clipboard.")); });
    connect(exportPem, &QPushButton::clicked, this, &KeysPage::exportPublic);
    connect(m_registration, &KeyRegistrationPanel::exportPublicRequested, this, &KeysPage::exportPublic);
    connect(exportJwk, &QPushButton::clicked, this, &KeysPage::exportJwk);
    connect(exportPrivate, &QPushButton::clicked, this, &KeysPage::exportPrivate);
    connect(m_passphrase, &PassphraseFields::changed, this, [this] {
        m_generateButton->setEnabled(!m_busy);
        m_importButton->setEnabled(!m_busy);
        // A message about the passphrase goes as soon as the passphrase is fixed: it never outlives the problem.
        if (!m_passphraseProblem.isEmpty() && message()->text().contains(m_passphraseProblem) &&
            m_passphrase->problem() != m_passphraseProblem) {
            m_passphraseProblem.clear();
            message()->clearMessage();
        }
    });
    connect(m_registration, &KeyRegistrationPanel::busyChanged, m_envCombo, &QWidget::setDisabled);
    connect(&m_project.keys(), &KeyVault::changed, this, [this] {
        refreshKey();
        emit completeChanged();
    });
    connect(&m_project.environments(), &Environments::changed, this, &KeysPage::refreshEnvironments);

    setBusy(false);
    refreshEnvironments();
}

KeysPage::~KeysPage() = default;

QString KeysPage::currentEnvironment() const {
    return m_envCombo->currentData().toString();
}

void KeysPage::refreshEnvironments() {
    const QString current = currentEnvironment();
    const QSignalBlocker block(m_envCombo);
    m_envCombo->clear();
    for (const EnvironmentProfile& p : m_project.environments().list())
        m_envCombo->addItem(p.displayName(), p.name);
    int index = m_envCombo->findData(current.isEmpty() ? QStringLiteral("practice") : current);
    m_envCombo->setCurrentIndex(qMax(0, index));
    m_registration->setEnvironment(currentEnvironment());
    refreshKey();
}

void KeysPage::refreshKey() {
    const QString env = currentEnvironment();
    const auto key = m_project.keys().find(env);
    const QString envName = m_envCombo->currentText();
    if (!key) {
        m_keyStatusLabel->setText(tr("<b>%1 has no key yet.</b> Choose a passphrase, then generate a key or import "
                                     "one you already have (PEM, PKCS#1 or PKCS#8).")
                                      .arg(envName.toHtmlEscaped()));
        m_generateButton->setText(tr("&Generate key"));
    } else {
        const QString when = shortDateTime(key->createdAt);
        m_keyStatusLabel->setText(
            (key->source == KeySource::Generated
                 ? tr("<b>RSA %1-bit key</b>, generated on %2, stored encrypted with your passphrase.")
                 : tr("<b>RSA %1-bit key</b>, imported on %2, stored encrypted with your passphrase."))
                .arg(key->bits)
                .arg(when));
        m_generateButton->setText(tr("&Generate a new key"));
    }
    m_createArea->setVisible(!key || m_replacing || m_busy);
    m_replaceButton->setVisible(key && !m_replacing && !m_busy);
    const QString warning = m_project.keys().reuseWarning(env);
    if (warning.isEmpty())
        m_reuseMessage->clearMessage();
    else
        m_reuseMessage->showMessage(InlineMessage::Kind::Warning, warning);

    // Without a key there is nothing to show or send: the page is about making one.
    m_publicGroup->setVisible(key.has_value());
    m_registration->setVisible(key.has_value());
    const auto pub = key ? key->publicKey() : Result<KeyPair>(makeError({}));
    m_fingerprintEdit->setText(key ? key->fingerprint : QString());
    m_thumbprintEdit->setText(key ? key->thumbprint : QString());
    m_fingerprintEdit->setCursorPosition(0);
    m_thumbprintEdit->setCursorPosition(0);
    m_pemView->setPlainText(key ? QString::fromLatin1(key->publicPem) : QString());
    m_jwkView->setPlainText(pub ? QString::fromUtf8(QJsonDocument(pub->jwk()).toJson(QJsonDocument::Indented))
                                : QString());
}

QString KeysPage::missingForCompletion() const {
    const auto key = m_project.keys().find(QStringLiteral("homologation"));
    if (!key)
        return tr("Create or import the homologation key (Practice is for rehearsing).");
    if (!key->isRegistered())
        return tr("Send the homologation public key to BMP and record it.");
    return {};
}

void KeysPage::setBusy(bool busy, const QString& text, bool cancellable) {
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(text);
    m_cancelButton->setVisible(busy && cancellable);
    m_cancelButton->setEnabled(cancellable);
    m_generateButton->setEnabled(!busy);
    m_importButton->setEnabled(!busy);
    m_bitsCombo->setEnabled(!busy);
    m_envCombo->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
}

bool KeysPage::confirmReplace() {
    const auto key = m_project.keys().find(currentEnvironment());
    if (!key)
        return true;
    const QString text = key->isRegistered()
                             ? tr("%1 already has a key that was registered with BMP. A new key must be registered "
                                  "again and gets a new client_id; until then the old client_id stops working for "
                                  "this project. Replace it?")
                                   .arg(m_envCombo->currentText())
                             : tr("%1 already has a key. Replace it?").arg(m_envCombo->currentText());
    return m_prompts.confirm && m_prompts.confirm(tr("Replace the key"), text);
}

void KeysPage::generate() {
    if (const QString problem = m_passphrase->problem(); !problem.isEmpty()) {
        m_passphraseProblem = problem;
        showError(problem);
        return;
    }
    if (!confirmReplace())
        return;
    const int bits = m_bitsCombo->currentData().toInt();
    if (!m_job->start(bits))
        return;
    m_pendingEnv = currentEnvironment();
    message()->clearMessage();
    setBusy(true, tr("Generating an RSA %1-bit key… (this can take a few seconds; you can keep working)").arg(bits),
            true);
}

void KeysPage::onGenerated(const Result<KeyPair>& result) {
    if (!result) {
        setBusy(false);
        m_pendingEnv.clear();
        message()->showMessage(InlineMessage::Kind::Information, result.error().message);
        return;
    }
    const KeyPair key = *result;
    storeInBackground([key] { return Result<KeyPair>(key); }, KeySource::Generated);
}

void KeysPage::import() {
    if (const QString problem = m_passphrase->problem(); !problem.isEmpty()) {
        m_passphraseProblem = problem;
        showError(tr("%1 The imported key is stored encrypted with it.").arg(problem));
        return;
    }
    if (!m_prompts.file)
        return;
    const QString path =
        m_prompts.file(tr("Import a private key"), QString(), false, tr("PEM keys (*.pem *.key);;All files (*)"));
    if (path.isEmpty())
        return;
    auto pem = crypto::KeyFiles::read(path);
    if (!pem) {
        showError(pem.error().message);
        return;
    }
    QByteArray filePassphrase;
    const KeyPair::PemKind kind = KeyPair::classifyPem(*pem);
    if (kind == KeyPair::PemKind::EncryptedPrivateKey) {
        const auto asked =
            m_prompts.passphrase
                ? m_prompts.passphrase(tr("%1 is encrypted. Its passphrase:").arg(QFileInfo(path).fileName()))
                : std::nullopt;
        if (!asked) {
            crypto::wipe(pem.value());
            return;
        }
        filePassphrase = *asked;
    }
    if (!confirmReplace()) {
        crypto::wipe(pem.value());
        crypto::wipe(filePassphrase);
        return;
    }
    m_pendingEnv = currentEnvironment();
    message()->clearMessage();
    auto data = std::make_shared<QByteArray>(std::move(pem.value()));
    auto secret = std::make_shared<QByteArray>(std::move(filePassphrase));
    storeInBackground(
        [data, secret] {
            auto key = KeyPair::fromPrivatePem(*data, *secret);
            crypto::wipe(*data);
            crypto::wipe(*secret);
            return key;
        },
        KeySource::Imported);
}

void KeysPage::storeInBackground(std::function<Result<KeyPair>()> makeKey, KeySource source) {
    if (m_pendingEnv.isEmpty())
        m_pendingEnv = currentEnvironment();
    setBusy(true, tr("Encrypting the private key with your passphrase…"), false);
    auto key = std::make_shared<Result<KeyPair>>(makeError(QString()));
    auto sealed = std::make_shared<Result<SealedKey>>(makeError(QString()));
    auto passphrase = std::make_shared<QByteArray>(m_passphrase->passphrase());
    auto* task = BackgroundTask::run(this, [key, sealed, passphrase, makeKey] {
        *key = makeKey();
        if (key->ok())
            *sealed = KeyVault::seal(key->value(), *passphrase);
        crypto::wipe(*passphrase);
    });
    connect(task, &BackgroundTask::done, this, [this, key, sealed, source] { finishStore(*key, *sealed, source); });
}

void KeysPage::finishStore(const Result<KeyPair>& key, const Result<SealedKey>& sealed, KeySource source) {
    const QString env = m_pendingEnv;
    m_pendingEnv.clear();
    setBusy(false);
    if (!key) {
        showError(key.error().message);
        return;
    }
    if (!sealed) {
        showError(sealed.error().message);
        return;
    }
    if (const Status s = m_project.keys().storeSealed(env, *sealed, source); !s) {
        showError(s.error().message);
        return;
    }
    m_project.keys().keepUnlocked(env, *key);
    m_passphrase->clear();
    m_replacing = false;
    refreshKey();
    showStatus(source == KeySource::Generated
                   ? tr("Key generated and stored encrypted. Next: send the public key to BMP (below).")
                   : tr("Key imported and stored encrypted. Next: send the public key to BMP (below)."));
}

} // namespace bmp::ui
