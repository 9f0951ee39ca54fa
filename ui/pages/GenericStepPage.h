#pragma once

#include "pages/StepPage.h"

namespace bmp::ui {

// A step whose page has only the shared explanation and status controls.
class GenericStepPage : public StepPage {
    Q_OBJECT
public:
    GenericStepPage(Project& project, StepId step, QWidget* parent = nullptr);
};

} // namespace bmp::ui
