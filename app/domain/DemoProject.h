#pragma once

#include "core/Result.h"

#include <QDate>

namespace bmp {

class Project;

// Fills a project with realistic synthetic data (people, dates, statuses): used for screenshots, demos
// and tests. Nothing in it is a real person or a real secret.
Status fillDemoProject(Project& project, const QDate& today);

} // namespace bmp
