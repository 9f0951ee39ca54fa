// KeysPage: copying and exporting the public key, the JWK and (explicitly, encrypted) the private key.
#include "pages/KeysPage.h"

#include "core/OutputFile.h"
#include "crypto/KeyFiles.h"
#include "domain/Project.h"
#include "widgets/InlineMessage.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>

namespace bmp::ui {

using crypto::KeyPair;

void KeysPage::copy(const QString& text, const QString& done) {
    QGuiApplication::clipboard()->setText(text);
    message()->showMessage(InlineMessage::Kind::Information, done);
}

void KeysPage::exportPublic() {
    const auto key = m_project.keys().find(currentEnvironment());
    if (!key || !m_prompts.file)
        return;
    const QString path =
        m_prompts.file(tr("Export the public key"), QStringLiteral("public.pem"), true, tr("PEM files (*.pem)"));
    if (path.isEmpty())
        return;
    // Confirmed by the save dialog. Owner-only like every export: the user decides whom to give it to.
    if (const Status s = OutputFile::write(path, key->publicPem, OutputFile::Overwrite::Allow); !s)
        showError(s.error().message);
    else
        showStatus(tr("Saved %1. This file, and only it, goes to BMP.").arg(QFileInfo(path).fileName()));
}

void KeysPage::exportJwk() {
    const auto key = m_project.keys().find(currentEnvironment());
    const auto pub = key ? key->publicKey() : Result<KeyPair>(makeError({}));
    if (!pub || !m_prompts.file)
        return;
    const QString path =
        m_prompts.file(tr("Export the public JWK"), QStringLiteral("public.jwk.json"), true, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray json = QJsonDocument(pub->jwk()).toJson(QJsonDocument::Indented);
    if (const Status s = OutputFile::write(path, json, OutputFile::Overwrite::Allow); !s)
        showError(s.error().message);
    else
        showStatus(tr("Saved %1.").arg(QFileInfo(path).fileName()));
}

void KeysPage::exportPrivate() {
    const auto pem = m_project.keys().encryptedPem(currentEnvironment());
    if (!pem || !m_prompts.file || !m_prompts.confirm)
        return;
    if (!m_prompts.confirm(tr("Export the private key"),
                           tr("The file will hold your PRIVATE key, encrypted with your passphrase. Keep it only "
                              "where your own systems need it, readable by you alone. Never send it to anyone: BMP "
                              "needs only the public key. Export it?")))
        return;
    const QString path = m_prompts.file(tr("Export the private key (encrypted)"), QStringLiteral("private.pem"), true,
                                        tr("PEM files (*.pem)"));
    if (path.isEmpty())
        return;
    if (const Status s = crypto::KeyFiles::writePrivate(path, *pem, crypto::KeyFiles::Overwrite::Allow); !s)
        showError(s.error().message);
    else
        showStatus(tr("Saved %1 (encrypted PKCS#8, readable by you only).").arg(QFileInfo(path).fileName()));
}

} // namespace bmp::ui
