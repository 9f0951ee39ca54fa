#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>

namespace bmp::ui {

// Puts a secret (an access token, a signed client assertion) on the clipboard marked as one for clipboard
// managers (x-kde-passwordManagerHint: secret, which Klipper, KeePassXC and others honour by keeping it out of
// their history), and takes it off again after clearDelay() unless the user has copied something else since.
// Only a digest of the secret is kept for that comparison, never the secret itself.
class SecretClipboard : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultClearDelay{60000};

    static SecretClipboard& instance();
    static void copy(const QString& secret);

    std::chrono::milliseconds clearDelay() const { return m_delay; }
    void setClearDelay(std::chrono::milliseconds delay) { m_delay = delay; } // tests

signals:
    // The delay of one copy ran out: cleared, or left alone because the clipboard holds something else now.
    void expired(bool cleared);

private:
    SecretClipboard() = default;
    void check(const QByteArray& digest);

    std::chrono::milliseconds m_delay = kDefaultClearDelay;
};

} // namespace bmp::ui
