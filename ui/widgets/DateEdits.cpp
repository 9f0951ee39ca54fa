#include "widgets/DateEdits.h"

namespace bmp::ui {

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent) {
    setCalendarPopup(true);
    setMinimumDate(unsetDate());
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(tr("Not set"));
    setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                         ? QLocale().dateFormat(QLocale::ShortFormat)
                         : QStringLiteral("yyyy-MM-dd"));
    setDate(unsetDate());
}

QDate OptionalDateEdit::optionalDate() const {
    return date() == unsetDate() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& d) {
    const QSignalBlocker block(this);
    setDate(d.isValid() ? d : unsetDate());
}

} // namespace bmp::ui
