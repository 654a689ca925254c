/* sema.c — parking goroutines on an address, for package sync (stdlib/sync).
 *
 * sync's types keep their state in ordinary Go fields and, because the scheduler is not
 * preemptive (sched.h), check-then-park is atomic: a goroutine that finds a Mutex locked
 * parks on the Mutex's address and is woken by Unlock. Waiters form one FIFO list keyed by
 * address; the lists are short (only blocked goroutines), so a linear search is fine. */
#include "runtime/sched.h"

static G *wait_head, *wait_tail;

void gort_park_on(const void *key, const char *reason) {
    G *g = sched_current();
    g->park_key = key;
    g->park_next = NULL;
    if (wait_tail) wait_tail->park_next = g;
    else wait_head = g;
    wait_tail = g;
    sched_park(reason);
}

/* Wakes the longest-waiting goroutine parked on key (all of them if `all`); returns how
 * many were woken. */
int64_t gort_wake_on(const void *key, bool all) {
    int64_t n = 0;
    G *prev = NULL;
    for (G *g = wait_head; g;) {
        G *next = g->park_next;
        if (g->park_key == key) {
            if (prev) prev->park_next = next;
            else wait_head = next;
            if (wait_tail == g) wait_tail = prev;
            g->park_next = NULL;
            g->park_key = NULL;
            sched_ready(g);
            n++;
            if (!all) return n;
        } else {
            prev = g;
        }
        g = next;
    }
    return n;
}
