/* sync_shim.c — C side of package sync (stdlib/sync/runtime.go): parking on an address
 * (runtime/sema.c) and fatal errors. */
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

void gort_park_on(const void *key, const char *reason);
int64_t gort_wake_on(const void *key, bool all);

static const char *const reasons[] = {
    "sync.Mutex.Lock", "sync.RWMutex.RLock", "sync.RWMutex.Lock", "sync.WaitGroup.Wait",
    "sync.Cond.Wait",
};

void sync_runtime_park(uint32_t *addr, int64_t reason) {
    int64_t n = (int64_t)(sizeof reasons / sizeof *reasons);
    gort_park_on(addr, reason >= 0 && reason < n ? reasons[reason] : "semacquire");
}

void sync_runtime_wake(uint32_t *addr, bool all) { gort_wake_on(addr, all); }

void sync_fatal(const uint8_t *p, int64_t n) {
    char *s = malloc((size_t)n + 1);
    if (!s) abort();
    memcpy(s, p, (size_t)n);
    s[n] = 0;
    gort_throw(s);
}
