#pragma once

#include "core/Result.h"

#include <QDate>

namespace bmp {

class Project;

// Step 6–8 demo data: API progress, a homologation callback, the three practice scenarios in three different
// states (A waiting for its fix after the payment failed, B done, C interrupted) with statuses and evidence, and
// BMP's tests. Synthetic; used by fillDemoProject for screenshots.
Status fillDemoProposals(Project& project, const QDate& today);

} // namespace bmp
