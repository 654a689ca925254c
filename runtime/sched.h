/* sched.h — the scheduler's internal face, shared by sched.c (goroutines, run queue, timers),
 * chan.c (channels), select.c and sema.c (parking for package sync).
 *
 * Model: M:1. Every goroutine runs on the one OS thread; a goroutine runs until it blocks,
 * yields (runtime.Gosched) or exits — there is no preemption, so runtime code between two
 * scheduling points is atomic with respect to other goroutines and needs no locks.
 * The main goroutine runs on the OS thread's stack; every other goroutine has a fixed-size
 * mmap'd stack with a guard page. Switching saves the callee-saved registers on the stack
 * being left and its stack pointer in the G (runtime/<arch>/ctx.S).
 *
 * G structs live on the GC heap, all linked from a global list, so anything a G refers to
 * (its closure record, timers' closures) stays alive; waiting records (Sudog) live on the
 * blocked goroutine's own stack, which the collector scans. */
#ifndef GOLC_RUNTIME_SCHED_H
#define GOLC_RUNTIME_SCHED_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/runtime.h"

typedef enum GStatus { G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD } GStatus;

typedef struct Sudog Sudog;

typedef struct G {
    int64_t id;
    GStatus status;
    const char *wait_reason;    /* as gc's traceback prints it: "chan receive", "select", ... */
    void *sp;                   /* saved stack pointer while not running */
    uint8_t *stack_lo;          /* the mapping (guard page first); NULL for the main goroutine */
    uint8_t *stack_hi;
    void *closure;              /* func() value to run (the go statement's record) */
    struct G *runq_next;
    struct G *all_next, *all_prev;
    Sudog *woken_by;            /* select: the case that completed the wait */
    const void *park_key;       /* sema.c: address the goroutine waits on */
    struct G *park_next;
    void *panic_state;          /* per-goroutine panic/defer state (runtime/defer.c) ... */
    void *panic_storage[4];     /* ... kept here, so a goroutine that defers allocates nothing */
    void *asan_fake_stack;      /* -sanitize=address: its fake stack while suspended (sched.c) */
} G;

/* A goroutine waiting on a channel: linked into the channel's send or receive queue. */
struct Sudog {
    G *g;
    void *elem;                 /* value to send / where to receive; may be NULL */
    struct Sudog *next, *prev;
    void *chan;
    bool success;               /* woken by a completed communication (not by close) */
    bool is_select;
    bool queued;                /* linked into a channel's queue right now */
    int64_t case_index;
};

G *sched_current(void);
/* Blocks the current goroutine until sched_ready(it); `reason` is what a deadlock report
 * prints for it. */
void sched_park(const char *reason);
_Noreturn void sched_goexit_current(void); /* after runtime.Goexit's deferred calls */
void sched_ready(G *g);
int64_t sched_nanotime(void);
/* Timers: at `when` (sched_nanotime clock), either ready `g` (sleep) or start a goroutine
 * running `closure` (time package's timers). Returns an id for sched_timer_stop. */
int64_t sched_timer_add(int64_t when, G *g, void *closure);
bool sched_timer_stop(int64_t id);

/* Context switch (runtime/<arch>/ctx.S): pushes the callee-saved registers, stores the stack
 * pointer to *save_sp, loads new_sp, pops the registers saved there and returns to the
 * address found there. */
void gort_ctx_switch(void **save_sp, void *new_sp);
/* The initial stack pointer of a new goroutine whose first "return" enters `entry` with a
 * 16-byte aligned stack as if called (entry must never return). */
void *gort_ctx_init(uint8_t *stack_hi, void (*entry)(void));

/* Channels and select share the wait queues (chan.c). The try functions complete the
 * operation and return true when it need not block (a send on a closed channel panics);
 * enqueue links a sudog for a blocking wait; remove unlinks it if still queued. */
bool chan_trysend(void *c, const void *elem);
bool chan_tryrecv(void *c, void *elem, bool *ok);
void chan_enqueue(void *c, Sudog *sg, bool send);
void chan_remove(void *c, Sudog *sg, bool send);
void chan_panic_send_closed(void) __attribute__((noreturn));

/* sema.c: park the current goroutine on an address until gort_wake_on(key) */
void gort_park_on(const void *key, const char *reason);
int64_t gort_wake_on(const void *key, bool all);

#endif
