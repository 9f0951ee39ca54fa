#include "core/ProcessHardening.h"

#include <QtGlobal>

#include <sys/prctl.h>
#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define BMP_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define BMP_UNDER_SANITIZER 1
#endif
#endif

namespace bmp {

ProcessHardening ProcessHardening::apply() {
    ProcessHardening done;
    if (qEnvironmentVariableIntValue("BMP_ALLOW_CORE_DUMPS") == 1)
        return done;
    const rlimit none{0, 0};
    done.coreLimitZero = ::setrlimit(RLIMIT_CORE, &none) == 0;
#ifndef BMP_UNDER_SANITIZER
    done.notDumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return done;
}

} // namespace bmp
