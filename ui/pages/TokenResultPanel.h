#pragma once

#include "net/TokenWorker.h"

#include <QGroupBox>
#include <QTimer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bmp::ui {

class JwtView;

// A token just received: type, scope, a countdown to its expiry, the token itself masked (shown or copied only
// when asked) and, when it is a JWT, its decoded header and payload. Kept in memory only, wiped when replaced.
class TokenResultPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit TokenResultPanel(QWidget* parent = nullptr);
    ~TokenResultPanel() override;

    void setResult(const net::TokenResult& result);
    void clear();
    bool hasToken() const { return m_token.has_value(); }
    QString expiryText() const;

private:
    void updateCountdown();

    std::optional<net::TokenResult> m_token;
    QTimer m_countdown;
    QLabel* m_typeLabel;
    QLabel* m_scopeLabel;
    QLabel* m_expiryLabel;
    QLineEdit* m_tokenEdit;
    QPushButton* m_showButton;
    JwtView* m_jwtView;
};

} // namespace bmp::ui
