#pragma once

#include "domain/CallbackEndpoints.h"

#include <QGroupBox>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bmp {
class Project;
}
namespace bmp::net {
class CallbackTester;
class EvidenceLog;
struct CallbackTestResult;
} // namespace bmp::net

namespace bmp::ui {

class InlineMessage;

// Step 6's callback configuration per environment (URL, method, authentication and its secret, sealed with a
// passphrase that is never stored) and the tester that sends BMP's sample status callback to that URL.
class CallbackPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit CallbackPanel(Project& project, QWidget* parent = nullptr);
    ~CallbackPanel() override;
    bool isBusy() const { return m_busy; }
    // Test seam: strength of the key derivation (the default is deliberately slow).
    void setKdfIterations(int iterations) { m_iterations = iterations; }

signals:
    void saved(const QString& environment);
    void testFinished(bool delivered);

private:
    void loadEnvironment();
    void refreshAuthFields();
    void save();
    void sendTest();
    void showResult(const net::CallbackTestResult& result);
    CallbackEndpoint fromFields() const;
    void setBusy(bool busy);

    Project& m_project;
    CallbackEndpoints m_endpoints;
    qint64 m_shownVersion = 0; // the saved callback's version the form shows
    std::unique_ptr<net::EvidenceLog> m_evidence;
    net::CallbackTester* m_tester;
    QComboBox* m_envCombo;
    QLineEdit* m_urlEdit;
    QComboBox* m_methodCombo;
    QComboBox* m_authCombo;
    QLabel* m_authHint;
    QLabel* m_headerLabel;
    QLineEdit* m_headerEdit;
    QLineEdit* m_secretEdit;
    QLabel* m_storedLabel;
    QLineEdit* m_passphraseEdit;
    QPushButton* m_saveButton;
    QPushButton* m_testButton;
    InlineMessage* m_message;
    QPlainTextEdit* m_resultView;
    int m_iterations;
    bool m_busy = false;
};

} // namespace bmp::ui
