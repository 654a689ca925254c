/* timer.c — C side of stdlib/time/sleep.go: timers on the scheduler's timer heap. */
#include "runtime/sched.h"

int64_t time_startTimer(int64_t ns, void *f) {
    if (ns < 0) ns = 0;
    return sched_timer_add(sched_nanotime() + ns, NULL, f);
}

bool time_stopTimer(int64_t id) { return sched_timer_stop(id); }
