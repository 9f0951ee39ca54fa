# A bounded libFuzzer run for the test suite. libFuzzer writes every new input into the FIRST corpus
# directory it is given, so a scratch directory in the build tree goes first and the seed corpus in the
# source tree is only read.
# Usage: cmake -DFUZZER=<binary> -DSCRATCH=<dir> -DSECONDS=<n> -DCORPORA=<dir|dir…> -P RunShort.cmake
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}")
set(ENV{QT_QPA_PLATFORM} offscreen)
string(REPLACE "|" ";" corpora "${CORPORA}")
# A fixed seed: the same build explores the same inputs in every run, so a red suite is always a change's doing
# and reproducible; exploring at random is for the long runs (docs/FUZZING.md).
execute_process(COMMAND "${FUZZER}" -seed=1 -max_total_time=${SECONDS} -rss_limit_mb=4096 -print_final_stats=1
                        "-artifact_prefix=${SCRATCH}/" "${SCRATCH}" ${corpora}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} found a failure (exit ${result}); the reproducer is in ${SCRATCH}/. "
                        "Copy it into the target's corpus folder under a descriptive name, then fix the bug.")
endif()
