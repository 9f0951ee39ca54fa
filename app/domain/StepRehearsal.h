#pragma once

#include "domain/Checklist.h"

#include <QCoreApplication>
#include <QString>

namespace bmp {

class Project;

// What the Practice environment showed for a step: steps 3, 4, 5 and 7 can be rehearsed against the practice
// sandbox, which proves the partner's side works but is not BMP's homologation. A rehearsal is shown on the step
// ("rehearsed in Practice ✔") and on the overview; it never closes the step.
class StepRehearsal {
    Q_DECLARE_TR_FUNCTIONS(StepRehearsal)
public:
    // Empty when the step has no rehearsal (or cannot have one).
    static QString of(Project& project, StepId step);
};

} // namespace bmp
