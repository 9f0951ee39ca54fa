#pragma once

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

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
