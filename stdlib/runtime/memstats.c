/* memstats.c — C side of stdlib/runtime/memstats.go: the collector's counters. */
#include <string.h>

#include "runtime/runtime.h"

/* out: [8]uint64 in GoMemStats field order (the Go side indexes it by position). */
void runtime_readMemStats(uint64_t *out) {
    GoMemStats s;
    gort_memstats(&s);
    _Static_assert(sizeof s == 8 * sizeof(uint64_t), "memstats.go reads 8 counters");
    memcpy(out, &s, sizeof s);
}
