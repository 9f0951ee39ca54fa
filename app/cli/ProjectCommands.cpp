#include "cli/Cli.h"

namespace bmp::cli {

int runProject(Cli& cli, const QStringList&) {
    return cli.usage(QStringLiteral("project: not available yet"));
}

} // namespace bmp::cli
