#pragma once

#include "domain/Environment.h"
#include "pages/StepPage.h"
#include "widgets/Prompts.h"

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace bmp::net {
class TokenWorker;
}

namespace bmp::ui {

class InlineMessage;
class KeyUnlocker;

// Step 4: the environment profiles — practice (the built-in sandbox), homologation and production prefilled
// with BMP's URLs, and custom ones: client_id, scope, token/API/key URLs, rate limit, extra CA bundle. Every
// field is saved when it is left, if the whole profile is valid; otherwise the message says what to fix and
// the project keeps the last good profile. Profiles import/export as JSON; "Test connection" asks for a token.
class CredentialsPage : public StepPage {
    Q_OBJECT
public:
    explicit CredentialsPage(Project& project, QWidget* parent = nullptr);

    Prompts& prompts() { return m_prompts; }
    QString selectedEnvironment() const;
    void selectEnvironment(const QString& name);

protected:
    QString missingForCompletion() const override;

private:
    void refreshTable();
    void refreshEditor(bool force = false); // force: also the field being edited (another profile shown)
    void saveEditor();
    void addEnvironment();
    void removeEnvironment();
    void importProfiles();
    void exportProfiles();
    void chooseCaBundle();
    void testConnection();
    void setTesting(bool testing);

    Prompts m_prompts;
    QString m_selected;
    QByteArray m_caBundle;      // the editor's CA bundle (saved with the rest of the profile)
    qint64 m_editorVersion = 0; // the profile's version the editor shows: a save goes over that one only
    QTableWidget* m_table;
    QPushButton* m_removeButton;
    QGroupBox* m_editor;
    QCheckBox* m_builtInCheck;
    QCheckBox* m_signatureWaivedCheck = nullptr;
    QLineEdit* m_clientIdEdit;
    QLineEdit* m_scopeEdit;
    QLineEdit* m_tokenUrlEdit;
    QLineEdit* m_apiUrlEdit;
    QLineEdit* m_keyUrlEdit;
    QDoubleSpinBox* m_rateSpin;
    QLabel* m_caLabel;
    QPushButton* m_caChooseButton;
    QPushButton* m_caClearButton;
    InlineMessage* m_editorMessage;
    QPushButton* m_testButton;
    QPushButton* m_testCancelButton;
    QProgressBar* m_testBusy;
    QLabel* m_testResult;
    KeyUnlocker* m_unlocker;
    net::TokenWorker* m_worker;
};

} // namespace bmp::ui
