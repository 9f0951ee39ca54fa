#pragma once

#include <QGroupBox>
#include <QList>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace bmp {
class Project;
namespace net {
class KeyUploadWorker;
}
} // namespace bmp

namespace bmp::ui {

class InlineMessage;
struct Prompts;

// Step 3's registration: the e-mail ticket route (BMP's way: public.pem attached to a reply, nobody in copy,
// then the date and ticket reference recorded) or the HTTP route (KeyUploadWorker to the environment's key
// URL, the practice sandbox's for rehearsals); and the client_id BMP sends back, whichever the route.
class KeyRegistrationPanel : public QGroupBox {
    Q_OBJECT
public:
    KeyRegistrationPanel(Project& project, const Prompts* prompts, QWidget* parent = nullptr);

    void setEnvironment(const QString& name);
    QString replyText() const;
    QUrl mailtoUrl() const;

signals:
    void exportPublicRequested();
    void busyChanged(bool busy);

private:
    void refresh();
    void registerOverHttp();
    void recordEmail();
    void saveClientId();
    void showMessage(bool error, const QString& text);
    void showRoute(int index);

    Project& m_project;
    const Prompts* m_prompts;
    QString m_env;
    QRadioButton* m_emailRadio;
    QRadioButton* m_httpRadio;
    QList<QWidget*> m_routes; // e-mail, HTTP
    QPlainTextEdit* m_replyText;
    QDateTimeEdit* m_sentAtEdit;
    QLineEdit* m_ticketEdit;
    QPushButton* m_recordButton;
    QLabel* m_keyUrlLabel;
    QPushButton* m_registerButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_busyBar;
    QLabel* m_progressLabel;
    QLineEdit* m_clientIdEdit;
    QLabel* m_statusLabel;
    InlineMessage* m_message;
    net::KeyUploadWorker* m_worker;
};

} // namespace bmp::ui
