#include "pages/CredentialsPage.h"

#include "core/OutputFile.h"
#include "crypto/KeyFiles.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "net/TokenWorker.h"
#include "sandbox/PracticeSandbox.h"
#include "widgets/DateTimeText.h"
#include "widgets/InlineMessage.h"
#include "widgets/KeyUnlocker.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSslCertificate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bmp::ui {

namespace {

QLineEdit* field(const char* name, const QString& placeholder, QWidget* parent) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    return e;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

CredentialsPage::CredentialsPage(Project& project, QWidget* parent)
    : StepPage(project, StepId::Credentials, parent)
    , m_prompts(Prompts::dialogs(this, [this] { return m_project.localFolder(); }))
    , m_unlocker(new KeyUnlocker(project, &m_prompts, this))
    , m_worker(new net::TokenWorker(this)) {
    m_worker->setProject(&m_project);

    auto* tableBox = new QGroupBox(tr("Environments"), this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    m_table = new QTableWidget(0, 5, tableBox);
    m_table->setObjectName(QStringLiteral("credentialsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Environment"), tr("client_id"), tr("Token URL"), tr("Key"), tr("Last test")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    tableLayout->addWidget(m_table);
    auto* tableButtons = new QHBoxLayout;
    auto* addButton = button(tr("A&dd environment…"), "addEnvButton", tableBox);
    m_removeButton = button(tr("&Remove"), "removeEnvButton", tableBox);
    auto* importButton = button(tr("I&mport profiles…"), "importEnvButton", tableBox);
    auto* exportButton = button(tr("E&xport profiles…"), "exportEnvButton", tableBox);
    tableButtons->addWidget(addButton);
    tableButtons->addWidget(m_removeButton);
    tableButtons->addStretch(1);
    tableButtons->addWidget(importButton);
    tableButtons->addWidget(exportButton);
    tableLayout->addLayout(tableButtons);
    contentLayout()->addWidget(tableBox);

    m_editor = new QGroupBox(this);
    m_editor->setObjectName(QStringLiteral("envEditorGroup"));
    auto* editorLayout = new QVBoxLayout(m_editor);
    auto* form = new QFormLayout;
    editorLayout->addLayout(form);
    m_builtInCheck = new QCheckBox(tr("Use the built-in sandbox (the app starts it when needed)"), m_editor);
    m_builtInCheck->setObjectName(QStringLiteral("builtInSandboxCheck"));
    form->addRow(QString(), m_builtInCheck);
    m_clientIdEdit = field("clientIdField", tr("sent by BMP, e.g. bmp.digital.api.your_company"), m_editor);
    form->addRow(tr("&client_id:"), m_clientIdEdit);
    m_scopeEdit = field("scopeField", QStringLiteral("bmp.digital.api.full.access"), m_editor);
    m_scopeEdit->setMaxLength(EnvironmentProfile::kMaxScopeLength + 20);
    form->addRow(tr("Scop&e:"), m_scopeEdit);
    m_tokenUrlEdit = field("tokenUrlField", QStringLiteral("https://…/connect/token"), m_editor);
    form->addRow(tr("To&ken URL:"), m_tokenUrlEdit);
    m_apiUrlEdit = field("apiUrlField", QStringLiteral("https://…"), m_editor);
    form->addRow(tr("API base &URL:"), m_apiUrlEdit);
    m_keyUrlEdit = field("keyUrlField", tr("only where keys are registered over HTTP"), m_editor);
    form->addRow(tr("Key re&gistration URL:"), m_keyUrlEdit);
    m_rateSpin = new QDoubleSpinBox(m_editor);
    m_rateSpin->setObjectName(QStringLiteral("rateLimitSpin"));
    m_rateSpin->setRange(0, 1000);
    m_rateSpin->setDecimals(2);
    m_rateSpin->setSingleStep(0.5);
    m_rateSpin->setSuffix(tr(" requests/s"));
    m_rateSpin->setSpecialValueText(tr("unlimited"));
    m_rateSpin->setMaximumWidth(180);
    form->addRow(tr("Rate &limit:"), m_rateSpin);
    auto* caRow = new QHBoxLayout;
    m_caLabel = new QLabel(m_editor);
    m_caLabel->setObjectName(QStringLiteral("caBundleLabel"));
    m_caChooseButton = button(tr("Choose…"), "caBundleButton", m_editor);
    auto* caButton = m_caChooseButton;
    m_caClearButton = button(tr("Remove"), "caClearButton", m_editor);
    caRow->addWidget(m_caLabel, 1);
    caRow->addWidget(caButton);
    caRow->addWidget(m_caClearButton);
    form->addRow(tr("Extra CA bundle:"), caRow);
    m_signatureWaivedCheck =
        new QCheckBox(tr("BMP set this environment up to finalize proposals without the signature call"), m_editor);
    m_signatureWaivedCheck->setObjectName(QStringLiteral("signatureWaivedCheck"));
    m_signatureWaivedCheck->setToolTip(
        tr("BMP's Finalizar needs the signature first (IncluirAssinaturaCCBFinalizada, or the certified CCB) unless "
           "BMP's team parameterized your partner otherwise. Tick this only when BMP told you so: the test proposals "
           "then skip that call."));
    form->addRow(tr("Signature:"), m_signatureWaivedCheck);
    m_editorMessage = new InlineMessage(m_editor);
    m_editorMessage->setObjectName(QStringLiteral("envMessage"));
    editorLayout->addWidget(m_editorMessage); // outside the form: wrapped text in a form row squashes its rows
    auto* testRow = new QHBoxLayout;
    m_testButton = button(tr("Test connect&ion"), "testConnectionButton", m_editor);
    m_testBusy = new QProgressBar(m_editor);
    m_testBusy->setObjectName(QStringLiteral("testBusyBar"));
    m_testBusy->setRange(0, 0);
    m_testBusy->setMaximumWidth(140);
    m_testCancelButton = button(tr("Cancel"), "testCancelButton", m_editor);
    m_testResult = new QLabel(m_editor);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testBusy);
    testRow->addWidget(m_testCancelButton);
    testRow->addWidget(m_testResult, 1);
    editorLayout->addLayout(testRow);
    contentLayout()->addWidget(m_editor);

    for (QLineEdit* e : {m_clientIdEdit, m_scopeEdit, m_tokenUrlEdit, m_apiUrlEdit, m_keyUrlEdit})
        connect(e, &QLineEdit::editingFinished, this, &CredentialsPage::saveEditor);
    connect(m_rateSpin, &QDoubleSpinBox::editingFinished, this, &CredentialsPage::saveEditor);
    connect(m_signatureWaivedCheck, &QCheckBox::toggled, this, &CredentialsPage::saveEditor);
    connect(m_builtInCheck, &QCheckBox::toggled, this, [this](bool builtIn) {
        for (QLineEdit* e : {m_tokenUrlEdit, m_apiUrlEdit, m_keyUrlEdit}) {
            e->setEnabled(!builtIn);
            if (builtIn)
                e->clear();
        }
        if (builtIn)
            saveEditor();
        else
            m_tokenUrlEdit->setFocus();
    });
    connect(caButton, &QPushButton::clicked, this, &CredentialsPage::chooseCaBundle);
    connect(m_caClearButton, &QPushButton::clicked, this, [this] {
        m_caBundle.clear();
        saveEditor();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const QString name = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
        if (name != m_selected) {
            m_selected = name;
            m_editorMessage->clearMessage();
            m_testResult->clear();
            refreshEditor(true);
        }
    });
    connect(addButton, &QPushButton::clicked, this, &CredentialsPage::addEnvironment);
    connect(m_removeButton, &QPushButton::clicked, this, &CredentialsPage::removeEnvironment);
    connect(importButton, &QPushButton::clicked, this, &CredentialsPage::importProfiles);
    connect(exportButton, &QPushButton::clicked, this, &CredentialsPage::exportProfiles);
    connect(m_testButton, &QPushButton::clicked, this, &CredentialsPage::testConnection);
    connect(m_testCancelButton, &QPushButton::clicked, m_worker, &net::TokenWorker::cancel);
    connect(m_worker, &net::TokenWorker::progress, m_testResult, &QLabel::setText);
    connect(m_worker, &net::TokenWorker::finished, this, [this](const Result<net::TokenResult>& r) {
        setTesting(false);
        if (r)
            m_testResult->setText(tr("✓ Token received (%1, expires in %2 s). The credentials work.")
                                      .arg(r->tokenType)
                                      .arg(r->expiresIn));
        else
            m_testResult->setText(tr("✗ %1").arg(r.error().message));
        refreshTable();
    });
    connect(&m_project.environments(), &Environments::changed, this, [this] {
        refreshTable();
        refreshEditor();
        emit completeChanged();
    });
    connect(&m_project.keys(), &KeyVault::changed, this, &CredentialsPage::refreshTable);

    setTesting(false);
    m_selected = QStringLiteral("homologation");
    refreshTable();
    refreshEditor(true);
}

QString CredentialsPage::selectedEnvironment() const {
    return m_selected;
}

void CredentialsPage::selectEnvironment(const QString& name) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == name)
            m_table->selectRow(row);
    }
}

QString CredentialsPage::missingForCompletion() const {
    const auto homologation = m_project.environments().find(QStringLiteral("homologation"));
    if (!homologation || homologation->clientId.isEmpty())
        return tr("Enter the homologation client_id BMP sent.");
    return {};
}

void CredentialsPage::refreshTable() {
    const QList<EnvironmentProfile> profiles = m_project.environments().list();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(profiles.size()));
    for (int row = 0; row < profiles.size(); ++row) {
        const EnvironmentProfile& p = profiles.at(row);
        const auto key = m_project.keys().find(p.name);
        const auto tests = m_project.environments().tokenTests(p.name);
        QString lastTest = tr("never");
        if (!tests.isEmpty())
            lastTest = tests.last().ok ? tr("✓ %1").arg(shortDateTime(tests.last().at))
                                       : tr("✗ HTTP %1").arg(tests.last().httpStatus);
        const QStringList cells{p.displayName(), p.clientId.isEmpty() ? tr("(not yet)") : p.clientId,
                                p.usesBuiltInSandbox() ? tr("built-in sandbox") : p.tokenUrl,
                                key ? (key->isRegistered() ? tr("registered") : tr("not registered")) : tr("none"),
                                lastTest};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, p.name);
            item->setToolTip(cells.at(col));
            m_table->setItem(row, col, item);
        }
        if (p.name == m_selected)
            m_table->selectRow(row);
    }
    // As tall as its rows: no empty band, no scrolling for the usual handful of environments.
    const int rows = qBound(3, int(profiles.size()), 8);
    const int rowHeight =
        m_table->rowCount() > 0 ? m_table->rowHeight(0) : m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                            2 * m_table->frameWidth() + 4);
}

void CredentialsPage::refreshEditor(bool force) {
    const auto profile = m_project.environments().find(m_selected);
    m_editor->setEnabled(profile.has_value());
    if (!profile)
        return;
    m_editor->setTitle(tr("Profile: %1").arg(profile->displayName()));
    m_removeButton->setEnabled(profile->kind == EnvironmentKind::Custom);
    const QSignalBlocker b(m_builtInCheck);
    m_builtInCheck->setVisible(profile->kind == EnvironmentKind::Practice);
    m_builtInCheck->setChecked(profile->usesBuiltInSandbox());
    const QList<QPair<QLineEdit*, QString>> values{{m_clientIdEdit, profile->clientId},
                                                   {m_scopeEdit, profile->scope},
                                                   {m_tokenUrlEdit, profile->tokenUrl},
                                                   {m_apiUrlEdit, profile->apiUrl},
                                                   {m_keyUrlEdit, profile->keyUrl}};
    for (const auto& [edit, value] : values) {
        if (force || !edit->hasFocus() || !edit->isModified())
            edit->setText(value); // also clears isModified()
    }
    for (QLineEdit* e : {m_tokenUrlEdit, m_apiUrlEdit, m_keyUrlEdit})
        e->setEnabled(!profile->usesBuiltInSandbox());
    if (force || !m_rateSpin->hasFocus())
        m_rateSpin->setValue(profile->rateLimit);
    {
        const QSignalBlocker blockSignature(m_signatureWaivedCheck);
        m_signatureWaivedCheck->setChecked(profile->signatureWaived);
    }
    m_caBundle = profile->caBundlePem;
    m_editorVersion = profile->rowVersion;
    const auto certs = QSslCertificate::fromData(m_caBundle, QSsl::Pem);
    if (profile->usesBuiltInSandbox())
        m_caLabel->setText(tr("The built-in sandbox's own CA is trusted automatically."));
    else if (certs.isEmpty())
        m_caLabel->setText(tr("None (the system's certificate authorities only)."));
    else
        m_caLabel->setText(tr("%n certificate(s): %1", nullptr, int(certs.size()))
                               .arg(certs.first().subjectDisplayName().toHtmlEscaped()));
    m_caClearButton->setEnabled(!certs.isEmpty());
    m_caChooseButton->setEnabled(!profile->usesBuiltInSandbox());
}

void CredentialsPage::saveEditor() {
    auto profile = m_project.environments().find(m_selected);
    if (!profile)
        return;
    EnvironmentProfile edited = *profile;
    edited.clientId = m_clientIdEdit->text().trimmed();
    edited.scope = m_scopeEdit->text().trimmed();
    edited.tokenUrl = m_tokenUrlEdit->text().trimmed();
    edited.apiUrl = m_apiUrlEdit->text().trimmed();
    edited.keyUrl = m_keyUrlEdit->text().trimmed();
    edited.rateLimit = m_rateSpin->value();
    edited.caBundlePem = m_caBundle;
    edited.signatureWaived = m_signatureWaivedCheck->isChecked();
    // What the editor showed, not what the store holds now: a teammate's save since then is a conflict, not lost.
    edited.rowVersion = m_editorVersion;
    const auto settled = [this] {
        m_editorMessage->clearMessage();
        for (QLineEdit* e : {m_clientIdEdit, m_scopeEdit, m_tokenUrlEdit, m_apiUrlEdit, m_keyUrlEdit})
            e->setModified(false);
    };
    if (edited.toJson() == profile->toJson()) {
        settled();
        return;
    }
    if (const Status s = m_project.environments().save(edited); !s) {
        // The fields keep what was typed so it can be fixed; the project keeps the last good profile.
        m_editorMessage->showMessage(InlineMessage::Kind::Error, s.error().message);
        return;
    }
    settled();
}

void CredentialsPage::chooseCaBundle() {
    if (!m_prompts.file)
        return;
    const QString path =
        m_prompts.file(tr("Choose a CA bundle"), QString(), false, tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto pem = crypto::KeyFiles::read(path);
    if (!pem) {
        m_editorMessage->showMessage(InlineMessage::Kind::Error, pem.error().message);
        return;
    }
    if (QSslCertificate::fromData(*pem, QSsl::Pem).isEmpty()) {
        m_editorMessage->showMessage(InlineMessage::Kind::Error,
                                     tr("%1 holds no PEM certificate.").arg(QFileInfo(path).fileName()));
        return;
    }
    m_caBundle = *pem;
    saveEditor();
}

void CredentialsPage::addEnvironment() {
    if (!m_prompts.text)
        return;
    const auto name =
        m_prompts.text(tr("Add an environment"), tr("Name (lowercase letters, digits, '-' or '_'), e.g. staging:"));
    if (!name || name->trimmed().isEmpty())
        return;
    if (m_project.environments().find(name->trimmed())) {
        showError(tr("There is already an environment named %1.").arg(name->trimmed()));
        return;
    }
    const auto url = m_prompts.text(tr("Add an environment"), tr("Its token URL:"));
    if (!url)
        return;
    EnvironmentProfile p = EnvironmentProfile::defaults(EnvironmentKind::Custom);
    p.name = name->trimmed();
    p.tokenUrl = url->trimmed();
    if (const Status s = m_project.environments().save(p); !s) {
        showError(s.error().message);
        return;
    }
    message()->clearMessage();
    m_selected = p.name;
    refreshTable();
    refreshEditor(true);
}

void CredentialsPage::removeEnvironment() {
    const auto profile = m_project.environments().find(m_selected);
    if (!profile || !m_prompts.confirm)
        return;
    const bool hasKey = m_project.keys().find(m_selected).has_value();
    if (!m_prompts.confirm(tr("Remove the environment"),
                           hasKey ? tr("Remove %1 and its key from this project?").arg(profile->displayName())
                                  : tr("Remove %1 from this project?").arg(profile->displayName())))
        return;
    if (const Status s = m_project.environments().remove(m_selected); !s) {
        showError(s.error().message);
        return;
    }
    m_project.keys().forgetUnlocked(m_selected);
    m_selected = QStringLiteral("homologation");
    refreshTable();
    refreshEditor(true);
}

void CredentialsPage::importProfiles() {
    if (!m_prompts.file)
        return;
    const QString path =
        m_prompts.file(tr("Import environment profiles"), QString(), false, tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto data = crypto::KeyFiles::read(path);
    if (!data) {
        showError(data.error().message);
        return;
    }
    const auto count = m_project.environments().importJson(*data);
    if (!count)
        showError(tr("Nothing was imported: %1").arg(count.error().message));
    else
        showStatus(tr("Imported %n profile(s).", nullptr, *count));
}

void CredentialsPage::exportProfiles() {
    if (!m_prompts.file)
        return;
    const QString path = m_prompts.file(tr("Export environment profiles"), QStringLiteral("bmp-environments.json"),
                                        true, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    // Confirmed by the save dialog; owner-only like every export (OutputFile never replaces a project).
    const Status s = OutputFile::write(path, m_project.environments().exportJson(), OutputFile::Overwrite::Allow);
    if (!s)
        showError(s.error().message);
    else
        showStatus(tr("Saved %1 (URLs, client_ids and CA certificates; no keys, no secrets).")
                       .arg(QFileInfo(path).fileName()));
}

void CredentialsPage::setTesting(bool testing) {
    m_testButton->setEnabled(!testing);
    m_testBusy->setVisible(testing);
    m_testCancelButton->setVisible(testing);
    m_table->setEnabled(!testing);
}

void CredentialsPage::testConnection() {
    const auto stored = m_project.environments().find(m_selected);
    if (!stored)
        return;
    if (stored->clientId.isEmpty()) {
        m_testResult->setText(tr("✗ Enter the client_id first."));
        return;
    }
    const QString env = m_selected;
    setTesting(true);
    m_testResult->setText(tr("Unlocking the key…"));
    m_unlocker->unlock(env, stored->displayName(), [this, env](const Result<crypto::KeyPair>& key) {
        if (!key) {
            setTesting(false);
            m_testResult->setText(tr("✗ %1").arg(key.error().message));
            return;
        }
        const auto stored = m_project.environments().find(env);
        const auto profile = stored ? sandbox::PracticeSandbox::instance().resolve(*stored)
                                    : Result<EnvironmentProfile>(makeError(tr("The environment is gone.")));
        if (!profile) {
            setTesting(false);
            m_testResult->setText(tr("✗ %1").arg(profile.error().message));
            return;
        }
        if (const Status s = m_worker->start(net::TokenWorker::requestFor(*profile, *key)); !s) {
            setTesting(false);
            m_testResult->setText(tr("✗ %1").arg(s.error().message));
        }
    });
}

} // namespace bmp::ui
