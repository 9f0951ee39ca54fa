#pragma once

#include "crypto/KeyPair.h"
#include "domain/KeyVault.h"
#include "pages/StepPage.h"
#include "widgets/Prompts.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace bmp::crypto {
class KeyGenJob;
}

namespace bmp::ui {

class InlineMessage;
class KeyRegistrationPanel;
class PassphraseFields;

// Step 3: an RSA key per environment — generated in the background (2048 by default, 3072, 4096; Cancel works,
// the window never freezes) or imported from PEM — stored only encrypted with a passphrase typed twice; its
// public key as PEM, JWK, SHA-256 fingerprint and JWK thumbprint to copy or export; the private key exported
// only on explicit request (encrypted, 0600); and its registration with BMP.
class KeysPage : public StepPage {
    Q_OBJECT
public:
    explicit KeysPage(Project& project, QWidget* parent = nullptr);
    ~KeysPage() override;

    Prompts& prompts() { return m_prompts; }
    QString currentEnvironment() const;
    bool isBusy() const { return m_busy; }

protected:
    QString missingForCompletion() const override;

private:
    void refreshEnvironments();
    void refreshKey();
    void generate();
    void import();
    void onGenerated(const Result<crypto::KeyPair>& result);
    // Runs makeKey (decrypting an imported PEM) and the sealing on a worker thread, then stores.
    void storeInBackground(std::function<Result<crypto::KeyPair>()> makeKey, KeySource source);
    void finishStore(const Result<crypto::KeyPair>& key, const Result<SealedKey>& sealed, KeySource source);
    bool confirmReplace();
    void setBusy(bool busy, const QString& text = {}, bool cancellable = false);
    void exportPublic();
    void exportJwk();
    void exportPrivate();
    void copy(const QString& text, const QString& done); // done: the sentence that confirms it

    Prompts m_prompts;
    crypto::KeyGenJob* m_job;
    bool m_busy = false;
    QString m_passphraseProblem; // the passphrase problem the page message shows, if any
    bool m_replacing = false;    // the user asked to replace the environment's key
    QString m_pendingEnv;        // the environment a running generation/import is for
    QComboBox* m_envCombo;
    QLabel* m_keyStatusLabel;
    InlineMessage* m_reuseMessage;
    QPushButton* m_replaceButton;
    QWidget* m_createArea;
    PassphraseFields* m_passphrase;
    QComboBox* m_bitsCombo;
    QPushButton* m_generateButton;
    QPushButton* m_importButton;
    QProgressBar* m_busyBar;
    QLabel* m_busyLabel;
    QPushButton* m_cancelButton;
    QGroupBox* m_publicGroup;
    QLineEdit* m_fingerprintEdit;
    QLineEdit* m_thumbprintEdit;
    QPlainTextEdit* m_pemView;
    QPlainTextEdit* m_jwkView;
    KeyRegistrationPanel* m_registration;
};

} // namespace bmp::ui
