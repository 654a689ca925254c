/* select.c — the select statement.
 *
 * Lowering passes an array of cases (GoSelectCase: channel, element address, direction)
 * without the default clause, and whether to block. Like gc: the cases are polled in a
 * random order, so among several ready cases each is chosen with equal probability; if none
 * is ready and there is no default, the goroutine waits on every channel at once (one Sudog
 * per case, on this stack) and the first communication to complete wins (chan.c skips the
 * other sudogs of a select that has already been woken). Nil channels are never ready. */
#include <stdlib.h>
#include <string.h>

#include "runtime/sched.h"

enum { SEL_SEND = 1, SEL_RECV = 2 };

static uint64_t rand_state;

static uint64_t fastrand(void) {
    if (!rand_state) rand_state = (uint64_t)sched_nanotime() * 0x9E3779B97F4A7C15ull | 1;
    rand_state ^= rand_state << 13;
    rand_state ^= rand_state >> 7;
    rand_state ^= rand_state << 17;
    return rand_state;
}

int64_t gort_select(GoSelectCase *cases, int64_t n, bool block, bool *recv_ok) {
    bool ok = false;
    if (recv_ok) *recv_ok = false;
    if (n == 1 && block) {
        /* gc compiles a one-case select to the plain operation: same blocking, same wait
         * reason in a deadlock report ("chan receive", not "select") */
        if (cases[0].dir == SEL_SEND) gort_chansend(cases[0].c, cases[0].elem);
        else ok = gort_chanrecv(cases[0].c, cases[0].elem);
        if (recv_ok) *recv_ok = ok;
        return 0;
    }
    int64_t small[16];
    int64_t *order = n <= 16 ? small : malloc((size_t)n * sizeof(int64_t));
    /* a uniformly random permutation (Fisher-Yates) */
    for (int64_t i = 0; i < n; i++) {
        int64_t j = (int64_t)(fastrand() % (uint64_t)(i + 1));
        order[i] = order[j];
        order[j] = i;
    }
    int64_t chosen = -1;
    for (int64_t k = 0; k < n && chosen < 0; k++) {
        GoSelectCase *sc = &cases[order[k]];
        if (!sc->c) continue;
        bool done = sc->dir == SEL_SEND ? chan_trysend(sc->c, sc->elem) : chan_tryrecv(sc->c, sc->elem, &ok);
        if (done) chosen = order[k];
    }
    if (chosen >= 0 || !block) {
        if (order != small) free(order);
        if (recv_ok && chosen >= 0) *recv_ok = ok;
        return chosen;
    }
    bool any = false;
    for (int64_t i = 0; i < n; i++) any |= cases[i].c != NULL;
    if (!any) {
        if (order != small) free(order);
        sched_park(n == 0 ? "select (no cases)" : "select");
        gort_throw("unreachable");
    }

    /* block on every case */
    G *g = sched_current();
    Sudog smallsg[16];
    Sudog *sgs = n <= 16 ? smallsg : malloc((size_t)n * sizeof(Sudog));
    memset(sgs, 0, (size_t)n * sizeof(Sudog));
    g->woken_by = NULL;
    for (int64_t k = 0; k < n; k++) {
        int64_t i = order[k];
        if (!cases[i].c) continue;
        sgs[i] = (Sudog){ .g = g, .elem = cases[i].elem, .chan = cases[i].c, .is_select = true,
                          .case_index = i };
        chan_enqueue(cases[i].c, &sgs[i], cases[i].dir == SEL_SEND);
    }
    sched_park("select");
    Sudog *won = g->woken_by;
    g->woken_by = NULL;
    for (int64_t i = 0; i < n; i++)
        if (cases[i].c) chan_remove(cases[i].c, &sgs[i], cases[i].dir == SEL_SEND);
    chosen = won->case_index;
    bool success = won->success;
    if (sgs != smallsg) free(sgs);
    if (order != small) free(order);
    if (cases[chosen].dir == SEL_SEND && !success) chan_panic_send_closed();
    if (recv_ok) *recv_ok = success;
    return chosen;
}
