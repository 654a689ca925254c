/* sched_shim.c — C side of stdlib/runtime/sched.go. */
#include <stdbool.h>
#include <unistd.h>

#include "runtime/runtime.h"

void runtime_Gosched(void) { gort_gosched(); }

void runtime_Goexit(void) { gort_goexit(); }

int64_t runtime_NumGoroutine(void) { return gort_numgoroutine(); }

int64_t runtime_NumCPU(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

static int64_t maxprocs;

/* gc's default is the CPU count; golc runs one thread whatever the setting */
int64_t runtime_GOMAXPROCS(int64_t n) {
    if (!maxprocs) maxprocs = runtime_NumCPU();
    int64_t old = maxprocs;
    if (n > 0) maxprocs = n;
    return old;
}

/* runtime.GC (stdlib/runtime/mem.go). If the collection queued finalizers, the caller
 * yields once so that their goroutine runs (gc's would, on another P). */
bool gc_finalizers_running(void);   /* mfinal.c */
void runtime_GC(void) {
    gort_gc();
    if (gc_finalizers_running()) gort_gosched();
}
