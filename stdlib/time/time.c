/* time.c — C side of package time: the clocks and sleep. Sleep parks only the goroutine
 * (the scheduler's timer heap, runtime/sched.c). */
#include <errno.h>
#include <time.h>

#include "runtime/runtime.h"

static int64_t clock_nanos(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t time_wallNanos(void) { return clock_nanos(CLOCK_REALTIME); }

/* +1 so that a reading is never 0, which Time uses for "no monotonic reading" */
int64_t time_monoNanos(void) { return clock_nanos(CLOCK_MONOTONIC) + 1; }

/* parks only the calling goroutine (runtime/sched.c's timer heap) */
void time_sleepNanos(int64_t ns) { gort_sleep(ns); }
