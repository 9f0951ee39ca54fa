#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace bmp::ui {

// A new passphrase, typed twice, with a strength meter and a plain statement of what is missing. The text
// stays in the two fields only until clear() (called once the key is encrypted); it is never saved.
class PassphraseFields : public QWidget {
    Q_OBJECT
public:
    explicit PassphraseFields(QWidget* parent = nullptr);

    QByteArray passphrase() const;
    QString problem() const; // empty when acceptable (long enough and both fields equal)
    bool isAcceptable() const { return problem().isEmpty(); }
    void clear();

signals:
    void changed();

private:
    void refresh();

    QLineEdit* m_first;
    QLineEdit* m_second;
    QProgressBar* m_meter;
    QLabel* m_strength;
    QLabel* m_match;
};

} // namespace bmp::ui
