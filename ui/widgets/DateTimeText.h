#pragma once

#include <QDateTime>
#include <QLocale>

namespace bmp::ui {

// A moment as the pages show it: the locale's short date and hours:minutes, in local time ("26/11/2026 15:49").
inline QString shortDateTime(const QDateTime& at) {
    const QLocale locale;
    return locale.toString(at.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
}

} // namespace bmp::ui
