#pragma once

#include "core/Result.h"

#include <QString>

namespace bmp::report {

// The report's fonts (DejaVu Sans regular and bold) come from the resources, not from the system, so every
// machine produces the same PDF. Registers them once per process (thread-safe; needs a QGuiApplication) and
// returns the family name.
Result<QString> reportFontFamily();

} // namespace bmp::report
