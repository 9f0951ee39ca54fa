#include "pages/GenericStepPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bmp::ui {

GenericStepPage::GenericStepPage(Project& project, StepId step, QWidget* parent)
    : StepPage(project, step, parent) {
    auto* hint = new QLabel(tr("Track this step with its status, owner, dates and notes below."), this);
    hint->setWordWrap(true);
    contentLayout()->addWidget(hint);
}

} // namespace bmp::ui
