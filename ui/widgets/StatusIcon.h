#pragma once

#include "domain/Checklist.h"

#include <QIcon>

namespace bmp::ui {

// Step status icons drawn in code: each status has its own shape (empty ring, half disc, cross, check),
// so the status reads without relying on colour.
QIcon statusIcon(StepStatus status, int size = 18);

} // namespace bmp::ui
