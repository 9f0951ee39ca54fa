#pragma once

#include "core/Result.h"

#include <QFont>
#include <QString>

namespace bmp::report {

// The report's fonts (DejaVu Sans regular and bold) come from the resources, not from the system, so every
// machine produces the same PDF. Registers them once per process (thread-safe; needs a QGuiApplication) and
// returns the family name.
Result<QString> reportFontFamily();

// The report's font at a size, drawn without ligatures: DejaVu's "ff"/"fi" ligatures come out of pdftotext (and a
// PDF viewer's search and copy) as U+FB00-U+FB06, so "signoff" would not be found. Qt 6.4 has no way to switch one
// OpenType feature off (QFont::setFeature came in 6.7); PreferNoShaping skips shaping for scripts that need none
// (Latin), which draws each letter as itself, kerning kept.
QFont reportFont(const QString& family, qreal pointSize);

} // namespace bmp::report
