#pragma once

#include "core/DateText.h"

#include <QDateTime>
#include <QLocale>

namespace bmp::ui {

// A moment as the pages show it: the locale's short date and hours:minutes, in local time ("26/11/2026 15:49").
inline QString shortDateTime(const QDateTime& at) {
    return DateText::dateTime(at);
}

} // namespace bmp::ui
