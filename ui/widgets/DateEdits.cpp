#include "widgets/DateEdits.h"

#include "core/DateText.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace bmp::ui {

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent) {
    setCalendarPopup(true);
    setMinimumDate(unsetDate());
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(tr("Not set"));
    setDisplayFormat(DateText::dateFormat());
    setDate(unsetDate());
    setAccessibleDescription(tr("Not set until a date is chosen. Up sets today's date; Delete empties the field."));
}

void OptionalDateEdit::stepBy(int steps) {
    // From "Not set", stepping would crawl from the year 2000: start from today instead.
    if (date() == unsetDate() && steps != 0) {
        setDate(QDate::currentDate());
        return;
    }
    QDateEdit::stepBy(steps);
}

QAbstractSpinBox::StepEnabled OptionalDateEdit::stepEnabled() const {
    if (date() == unsetDate())
        return StepUpEnabled | StepDownEnabled;
    return QDateEdit::stepEnabled();
}

bool OptionalDateEdit::focusNextPrevChild(bool next) {
    // Tab leaves the field like any other form field (QDateTimeEdit would walk its day, month and year, and
    // keeps the focus while "Not set" is shown). The arrow keys still move between the sections.
    return QWidget::focusNextPrevChild(next);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        focusNextPrevChild(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
        event->accept();
        return;
    }
    // Delete with the whole date selected (as after Tab) empties the field, the keyboard's way to "Not set".
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier &&
        lineEdit()->selectedText() == lineEdit()->text() && date() != unsetDate()) {
        setDate(unsetDate());
        selectAll();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

QDate OptionalDateEdit::optionalDate() const {
    return date() == unsetDate() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& d) {
    const QSignalBlocker block(this);
    setDate(d.isValid() ? d : unsetDate());
}

} // namespace bmp::ui
