#pragma once

namespace bmp {

// Called first thing in main() of both programs. While a private key is unlocked (or a passphrase typed, a token
// held) its bytes are in this process's memory; a crash must not write them to a core file, and other processes of
// the same user must not read them through ptrace or /proc/PID/mem. So: RLIMIT_CORE 0 (no core file) and
// PR_SET_DUMPABLE 0 (not dumpable, not attachable). Not undone later.
//
// BMP_ALLOW_CORE_DUMPS=1 in the environment skips both, for a developer who needs a core file or a debugger.
// Sanitizer builds keep the process dumpable: LeakSanitizer attaches to the process's own threads with ptrace.
struct ProcessHardening {
    bool coreLimitZero = false;
    bool notDumpable = false;

    static ProcessHardening apply();
};

} // namespace bmp
