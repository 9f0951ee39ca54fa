#include "pages/WizardPage.h"

namespace bmp::ui {

WizardPage::WizardPage(Project& project, QWidget* parent)
    : QWidget(parent)
    , m_project(project) {}

} // namespace bmp::ui
