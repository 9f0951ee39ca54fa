#include "pages/KeyRegistrationPanel.h"

#include "core/DateText.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "net/KeyUploadWorker.h"
#include "sandbox/PracticeSandbox.h"
#include "widgets/DateTimeText.h"
#include "widgets/InlineMessage.h"
#include "widgets/Prompts.h"

#include <QClipboard>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace bmp::ui {

KeyRegistrationPanel::KeyRegistrationPanel(Project& project, const Prompts* prompts, QWidget* parent)
    : QGroupBox(tr("Registration with BMP"), parent)
    , m_project(project)
    , m_prompts(prompts)
    , m_worker(new net::KeyUploadWorker(this)) {
    setObjectName(QStringLiteral("registrationGroup"));
    m_worker->setProject(&m_project);
    auto* layout = new QVBoxLayout(this);

    auto* routes = new QHBoxLayout;
    m_emailRadio = new QRadioButton(tr("By e-mai&l ticket (how BMP does it)"), this);
    m_emailRadio->setObjectName(QStringLiteral("emailRouteRadio"));
    m_httpRadio = new QRadioButton(tr("By HTTP &upload (practice sandbox or a key URL)"), this);
    m_httpRadio->setObjectName(QStringLiteral("httpRouteRadio"));
    routes->addWidget(m_emailRadio);
    routes->addWidget(m_httpRadio);
    routes->addStretch(1);
    layout->addLayout(routes);

    // The two routes are shown one at a time; a hidden one takes no room (a QStackedWidget would keep the height
    // of the tallest, leaving a gap under the short HTTP route).

    // E-mail ticket route.
    auto* email = new QWidget(this);
    email->setObjectName(QStringLiteral("emailRoute"));
    auto* emailLayout = new QVBoxLayout(email);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    auto* rule = new QLabel(tr("<b>Reply to BMP's ticket e-mail attaching ONLY public.pem, and copy nobody:</b> a "
                               "CC invalidates the submission. Never attach the private key."),
                            email);
    rule->setObjectName(QStringLiteral("emailRuleLabel"));
    rule->setWordWrap(true);
    emailLayout->addWidget(rule);
    m_replyText = new QPlainTextEdit(email);
    m_replyText->setObjectName(QStringLiteral("replyTextView"));
    m_replyText->setReadOnly(true);
    m_replyText->setFixedHeight(m_replyText->fontMetrics().lineSpacing() * 9 + 12);
    emailLayout->addWidget(m_replyText);
    auto* mailButtons = new QHBoxLayout;
    auto* exportButton = new QPushButton(tr("Export public.pem…"), email);
    exportButton->setObjectName(QStringLiteral("mailExportButton"));
    auto* copyReply = new QPushButton(tr("Copy the reply text"), email);
    copyReply->setObjectName(QStringLiteral("copyReplyButton"));
    auto* openMail = new QPushButton(tr("Open the mail client"), email);
    openMail->setObjectName(QStringLiteral("openMailButton"));
    mailButtons->addWidget(exportButton);
    mailButtons->addWidget(copyReply);
    mailButtons->addWidget(openMail);
    mailButtons->addStretch(1);
    emailLayout->addLayout(mailButtons);
    auto* sentForm = new QFormLayout;
    auto* sentRow = new QHBoxLayout;
    m_sentAtEdit = new QDateTimeEdit(QDateTime::currentDateTime(), email);
    m_sentAtEdit->setObjectName(QStringLiteral("sentAtEdit"));
    m_sentAtEdit->setCalendarPopup(true);
    m_sentAtEdit->setDisplayFormat(DateText::dateTimeFormat());
    m_ticketEdit = new QLineEdit(email);
    m_ticketEdit->setObjectName(QStringLiteral("ticketRefEdit"));
    m_ticketEdit->setPlaceholderText(tr("The ticket number in BMP's e-mail"));
    m_ticketEdit->setMaxLength(100);
    m_recordButton = new QPushButton(tr("Recor&d as sent"), email);
    m_recordButton->setObjectName(QStringLiteral("recordSentButton"));
    sentRow->addWidget(m_sentAtEdit);
    sentRow->addWidget(new QLabel(tr("Ticket:"), email));
    sentRow->addWidget(m_ticketEdit, 1);
    sentRow->addWidget(m_recordButton);
    sentForm->addRow(tr("Sent on:"), sentRow);
    emailLayout->addLayout(sentForm);
    layout->addWidget(email);
    m_routes.append(email);

    // HTTP route.
    auto* http = new QWidget(this);
    http->setObjectName(QStringLiteral("httpRoute"));
    auto* httpLayout = new QVBoxLayout(http);
    httpLayout->setContentsMargins(0, 0, 0, 0);
    m_keyUrlLabel = new QLabel(http);
    m_keyUrlLabel->setObjectName(QStringLiteral("keyUrlLabel"));
    m_keyUrlLabel->setWordWrap(true);
    m_keyUrlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    httpLayout->addWidget(m_keyUrlLabel);
    auto* httpButtons = new QHBoxLayout;
    m_registerButton = new QPushButton(tr("Send the public ke&y"), http);
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    m_busyBar = new QProgressBar(http);
    m_busyBar->setObjectName(QStringLiteral("registerBusyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->hide();
    m_progressLabel = new QLabel(http);
    m_progressLabel->setObjectName(QStringLiteral("registerProgressLabel"));
    m_cancelButton = new QPushButton(tr("Cancel"), http);
    m_cancelButton->setObjectName(QStringLiteral("registerCancelButton"));
    m_cancelButton->hide();
    httpButtons->addWidget(m_registerButton);
    httpButtons->addWidget(m_busyBar);
    httpButtons->addWidget(m_progressLabel, 1);
    httpButtons->addWidget(m_cancelButton);
    httpLayout->addLayout(httpButtons);
    layout->addWidget(http);
    m_routes.append(http);

    auto* form = new QFormLayout;
    m_clientIdEdit = new QLineEdit(this);
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientIdEdit->setPlaceholderText(QStringLiteral("bmp.digital.api.…"));
    form->addRow(tr("&client_id received:"), m_clientIdEdit);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("registrationStatusLabel"));
    m_statusLabel->setWordWrap(true);
    form->addRow(tr("Status:"), m_statusLabel);
    layout->addLayout(form);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("registrationMessage"));
    layout->addWidget(m_message);

    connect(m_emailRadio, &QRadioButton::toggled, this, [this](bool on) { showRoute(on ? 0 : 1); });
    connect(exportButton, &QPushButton::clicked, this, &KeyRegistrationPanel::exportPublicRequested);
    connect(copyReply, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(replyText());
        showMessage(false, tr("The reply text is on the clipboard."));
    });
    connect(openMail, &QPushButton::clicked, this, [this] {
        if (!m_prompts->openUrl || !m_prompts->openUrl(mailtoUrl()))
            showMessage(true, tr("No mail client could be opened. Copy the reply text instead."));
        else
            showMessage(false, tr("Your mail client has the reply text. Attach public.pem (only it) and reply to "
                                  "BMP's ticket, with nobody in copy; then record it here."));
    });
    connect(m_recordButton, &QPushButton::clicked, this, &KeyRegistrationPanel::recordEmail);
    connect(m_registerButton, &QPushButton::clicked, this, &KeyRegistrationPanel::registerOverHttp);
    connect(m_cancelButton, &QPushButton::clicked, m_worker, &net::KeyUploadWorker::cancel);
    connect(m_worker, &net::KeyUploadWorker::progress, m_progressLabel, &QLabel::setText);
    connect(m_worker, &net::KeyUploadWorker::finished, this, [this](const Result<net::KeyUploadResult>& r) {
        m_busyBar->hide();
        m_cancelButton->hide();
        m_registerButton->setEnabled(true);
        m_progressLabel->clear();
        emit busyChanged(false);
        if (!r)
            showMessage(true, r.error().detail.isEmpty() ? r.error().message
                                                         : tr("%1 (%2)").arg(r.error().message, r.error().detail));
        else
            showMessage(false, tr("Registered. The client_id is %1.").arg(r->clientId));
        refresh();
    });
    connect(m_clientIdEdit, &QLineEdit::editingFinished, this, &KeyRegistrationPanel::saveClientId);
    connect(&m_project.keys(), &KeyVault::changed, this, [this](const QString& env) {
        if (env == m_env)
            refresh();
    });
    connect(&m_project.environments(), &Environments::changed, this, [this](const QString& env) {
        if (env == m_env)
            refresh();
    });
}

void KeyRegistrationPanel::setEnvironment(const QString& name) {
    saveClientId(); // what was typed belongs to the environment shown until now
    m_env = name;
    m_message->clearMessage();
    const auto profile = m_project.environments().find(name);
    const bool http = profile && (profile->usesBuiltInSandbox() || !profile->keyUrl.isEmpty());
    (http ? m_httpRadio : m_emailRadio)->setChecked(true);
    showRoute(http ? 1 : 0);
    m_sentAtEdit->setDateTime(QDateTime::currentDateTime());
    m_ticketEdit->clear();
    refresh();
}

QString KeyRegistrationPanel::replyText() const {
    const auto key = m_project.keys().find(m_env);
    const auto profile = m_project.environments().find(m_env);
    if (!key || !profile)
        return tr("Create or import a key first.");
    return tr("Hello,\n\nAttached is the RSA public key of %1 for the %2 environment: public.pem (%3 bits, PEM "
              "SubjectPublicKeyInfo).\nSHA-256 fingerprint: %4\n\nPlease register it and send us the client_id.\n\n"
              "Kind regards,\n%1")
        .arg(m_project.partner(), profile->displayName())
        .arg(key->bits)
        .arg(key->fingerprint);
}

QUrl KeyRegistrationPanel::mailtoUrl() const {
    const auto profile = m_project.environments().find(m_env);
    QUrl url(QStringLiteral("mailto:"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("subject"),
                   tr("Public key — %1 (%2)").arg(m_project.partner(), profile ? profile->displayName() : m_env));
    q.addQueryItem(QStringLiteral("body"), replyText());
    url.setQuery(q);
    return url;
}

void KeyRegistrationPanel::refresh() {
    const auto key = m_project.keys().find(m_env);
    const auto profile = m_project.environments().find(m_env);
    setEnabled(key.has_value());
    m_replyText->setPlainText(replyText());
    if (profile && profile->usesBuiltInSandbox())
        m_keyUrlLabel->setText(tr("The practice sandbox starts inside the app and answers like BMP would, with a "
                                  "client_id."));
    else if (profile && !profile->keyUrl.isEmpty())
        m_keyUrlLabel->setText(tr("Key URL: %1").arg(profile->keyUrl));
    else
        m_keyUrlLabel->setText(tr("This environment has no key URL: BMP registers keys by e-mail ticket. (A key URL "
                                  "can be entered in step 4.)"));
    const bool canHttp = profile && (profile->usesBuiltInSandbox() || !profile->keyUrl.isEmpty());
    m_registerButton->setEnabled(canHttp && !m_worker->isRunning());
    // What the user is typing stays; anything else shows the saved value (setText clears isModified()).
    if (profile && (!m_clientIdEdit->hasFocus() || !m_clientIdEdit->isModified()))
        m_clientIdEdit->setText(profile->clientId);
    if (!key) {
        m_statusLabel->setText(tr("No key yet."));
    } else if (!key->isRegistered()) {
        m_statusLabel->setText(tr("Not registered yet."));
    } else {
        const QString when = shortDateTime(key->registeredAt);
        if (key->route == RegistrationRoute::Http)
            m_statusLabel->setText(tr("Sent over HTTP on %1.").arg(when));
        else if (key->ticketRef.isEmpty())
            m_statusLabel->setText(tr("Sent by e-mail on %1.").arg(when));
        else
            m_statusLabel->setText(tr("Sent by e-mail on %1, ticket %2.").arg(when, key->ticketRef));
    }
}

void KeyRegistrationPanel::registerOverHttp() {
    const auto key = m_project.keys().find(m_env);
    const auto stored = m_project.environments().find(m_env);
    if (!key || !stored)
        return;
    const auto profile = sandbox::PracticeSandbox::instance().resolve(*stored);
    if (!profile) {
        showMessage(true, profile.error().message);
        return;
    }
    net::KeyUploadRequest r;
    r.environment = m_env;
    r.keyUrl = QUrl(profile->keyUrl);
    r.publicKeyPem = key->publicPem;
    r.partner = m_project.partner();
    r.rateLimit = profile->rateLimit;
    r.caBundlePem = profile->caBundlePem;
    if (const Status s = m_worker->start(r); !s) {
        showMessage(true, s.error().message);
        return;
    }
    m_message->clearMessage();
    m_registerButton->setEnabled(false);
    m_busyBar->show();
    m_cancelButton->show();
    emit busyChanged(true);
}

void KeyRegistrationPanel::recordEmail() {
    const Status s = m_project.keys().recordRegistration(m_env, RegistrationRoute::Email,
                                                         m_sentAtEdit->dateTime().toUTC(), m_ticketEdit->text());
    if (!s)
        showMessage(true, s.error().message);
    else
        showMessage(false, tr("Recorded. When BMP answers, enter the client_id it sends below."));
}

void KeyRegistrationPanel::saveClientId() {
    // Only what the user typed is saved: focus moving out of a field that was refilled must not copy a
    // client_id from one environment to another.
    if (!m_clientIdEdit->isModified())
        return;
    m_clientIdEdit->setModified(false);
    auto profile = m_project.environments().find(m_env);
    if (!profile || profile->clientId == m_clientIdEdit->text().trimmed())
        return;
    profile->clientId = m_clientIdEdit->text().trimmed();
    if (const Status s = m_project.environments().save(*profile); !s)
        showMessage(true, s.error().message);
    else
        m_message->clearMessage();
}

void KeyRegistrationPanel::showRoute(int index) {
    // Only the shown route takes room: the short HTTP route does not keep the e-mail route's height.
    for (int i = 0; i < m_routes.size(); ++i)
        m_routes.at(i)->setVisible(i == index);
}

void KeyRegistrationPanel::showMessage(bool error, const QString& text) {
    m_message->showMessage(error ? InlineMessage::Kind::Error : InlineMessage::Kind::Positive, text);
}

} // namespace bmp::ui
