#pragma once

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Qt SQL and the translators need an application object; fuzz targets make one once.
// Under libFuzzer the process ends through exit(): the application object is deliberately never destroyed,
// as destroying it after Qt's own globals crashes.
inline void ensureCoreApplication(int* argc, char*** argv) {
    if (!QCoreApplication::instance())
        (void)new QCoreApplication(*argc, *argv);
}

#define BMP_FUZZ_INIT                                                                                                  \
    extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {                                                     \
        ensureCoreApplication(argc, argv);                                                                             \
        return 0;                                                                                                      \
    }

// A property every input must keep, beyond "no crash": a violation is a finding like a crash.
inline void fuzzCheck(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz property violated: %s\n", what);
        std::abort();
    }
}
