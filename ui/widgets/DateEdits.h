#pragma once

#include <QDate>
#include <QLineEdit>
#include <QPointer>

class QCalendarWidget;
class QFrame;

namespace bmp::ui {

// A date field that can be empty ("Not set"): type the date in the locale's format (or ISO), pick it from the
// calendar button (Alt+Down or F4), step it with Up and Down (an empty field starts at today), empty it with Delete.
// A typed date is checked when editing finishes: a date that cannot be read keeps its text, turns red and says why,
// and optionalDate() keeps the last good date, so nothing is saved or lost behind the user's back.
class OptionalDateEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    QDate optionalDate() const { return m_date; }
    // Shows the date (invalid: empty) without telling anyone: what the program loaded, not what the user did.
    void setOptionalDate(const QDate& date);
    void setDate(const QDate& date) { setOptionalDate(date); }
    // Where the calendar opens while the field is empty (default: today), e.g. the step's planned date.
    void setReferenceDate(const QDate& date) { m_reference = date; }
    bool hasValidInput() const { return m_inputValid; }
    QString displayFormat() const { return m_format; }

    // The date typed, in the display format, ISO or the locale's other formats; invalid when it cannot be read.
    static QDate parse(const QString& text, const QLocale& locale);

    void openCalendar();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commitTyped();
    void step(int days);
    void display(const QDate& date);
    void markInvalid(bool invalid);

    QDate m_date;
    QDate m_reference;
    QString m_format;
    bool m_inputValid = true;
    QPointer<QFrame> m_popup;
    QCalendarWidget* m_calendar = nullptr;
};

} // namespace bmp::ui
