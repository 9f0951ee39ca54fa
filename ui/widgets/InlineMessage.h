#pragma once

#include <QFrame>

class QLabel;

namespace bmp::ui {

// A message strip inside a page (like KMessageWidget): errors and hints next to what they are about,
// with an icon and a text so that the meaning never depends on colour alone.
// Its place is kept while no message shows (one line's height): a message appearing never pushes down the
// controls below it while the user aims at them (a message of several lines still grows the strip).
// setReservesSpace(false) gives the space back, for a strip placed where nothing follows it.
class InlineMessage : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error, Positive };
    explicit InlineMessage(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clearMessage();
    QString text() const;
    Kind kind() const { return m_kind; }
    void setReservesSpace(bool reserve);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

private:
    int reservedHeight() const;

    QLabel* m_icon;
    QLabel* m_text;
    Kind m_kind = Kind::Information;
    bool m_reserve = true;
};

} // namespace bmp::ui
