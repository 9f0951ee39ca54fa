#pragma once

#include <QFrame>

class QLabel;

namespace bmp::ui {

// A message strip inside a page (like KMessageWidget): errors and hints next to what they are about,
// with an icon and a text so that the meaning never depends on colour alone.
class InlineMessage : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error, Positive };
    explicit InlineMessage(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clearMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    Kind m_kind = Kind::Information;
};

} // namespace bmp::ui
