#pragma once

#include "net/TokenWorker.h"
#include "pages/StepPage.h"
#include "widgets/Prompts.h"

#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace bmp::ui {

class InlineMessage;
class JwtView;
class KeyUnlocker;
class TokenResultPanel;

// Step 5: the client assertion and the token. A claims editor prefilled from the environment (jti, iss = sub =
// client_id, aud = token URL, iat = nbf = now, exp = now + lifetime), warnings for what BMP would refuse,
// RS256 signing with a decoded, colour-coded view and local verification; then "Get token" through the
// TokenWorker with progress and Cancel, and its result: type, scope, expiry countdown, the token decoded when it
// is a JWT, or the refusal in plain words. Assertions and tokens stay in memory only.
class TokenPage : public StepPage {
    Q_OBJECT
public:
    explicit TokenPage(Project& project, QWidget* parent = nullptr);
    ~TokenPage() override;

    Prompts& prompts() { return m_prompts; }
    QString currentEnvironment() const;
    QJsonObject claims() const;        // as edited
    QStringList claimWarnings() const; // what BMP would refuse, in plain words
    void setClock(std::function<qint64()> nowSeconds) { m_now = std::move(nowSeconds); }

protected:
    QString missingForCompletion() const override;

private:
    void refreshEnvironments();
    void prefill();
    void refreshWarnings();
    void sign();
    void getToken();
    void showAssertion(const QByteArray& token);
    void showResult(const Result<net::TokenResult>& result);
    void setFetching(bool fetching);
    QString tokenUrlFor(bool startSandbox, QString* error = nullptr) const;

    Prompts m_prompts;
    std::function<qint64()> m_now;
    KeyUnlocker* m_unlocker;
    net::TokenWorker* m_worker;
    QByteArray m_assertion; // the last signed assertion (memory only)

    QComboBox* m_envCombo;
    QLineEdit* m_jtiEdit;
    QLineEdit* m_issEdit;
    QLineEdit* m_subEdit;
    QLineEdit* m_audEdit;
    QLineEdit* m_iatEdit;
    QLineEdit* m_nbfEdit;
    QLineEdit* m_expEdit;
    QSpinBox* m_lifetimeSpin;
    QLabel* m_timesLabel;
    InlineMessage* m_warnings;
    QPushButton* m_signButton;
    QPushButton* m_copyJwtButton;
    QLabel* m_verifyLabel;
    JwtView* m_assertionView;
    QCheckBox* m_freshTimesCheck;
    QPushButton* m_getTokenButton;
    QProgressBar* m_tokenBusy;
    QPushButton* m_cancelTokenButton;
    QLabel* m_tokenProgress;
    InlineMessage* m_tokenMessage;
    TokenResultPanel* m_resultPanel;
};

} // namespace bmp::ui
