/* sched.c — goroutines on one OS thread: creation (`go`), the FIFO run queue, switching,
 * exit, deadlock detection and the timer heap that time.Sleep and time's timers use.
 * The model and the data structures are described in sched.h.
 *
 * schedule() is the only place that picks the next goroutine. It runs on the stack of the
 * goroutine that is giving up the thread (there is no separate scheduler stack): it fires
 * due timers, pops the run queue, and when the queue is empty sleeps until the earliest
 * timer — or, with no timer pending either, every goroutine is blocked forever and the
 * program dies the way gc's does ("all goroutines are asleep - deadlock!"). */
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "runtime/print_internal.h"
#include "runtime/sched.h"

/* 1 MiB reserved per goroutine (committed by the OS page by page as it is touched), the
 * lowest page a guard: running off the end faults instead of corrupting a neighbour. */
#define STACK_SIZE ((size_t)1 << 20)
#define GUARD_SIZE ((size_t)4096 * 16)   /* 64 KiB: arm64 kernels may use 64 KiB pages */
#define MAX_CACHED_STACKS 64

extern void *__libc_stack_end;

/* AddressSanitizer (compiler-rt), linked only into -sanitize=address programs: weak, so in
 * every other program these are NULL and the scheduler does exactly what it did without them.
 * ASan must be told about each stack switch (its idea of the current stack bounds drives
 * __asan_handle_no_return and its reports), and each goroutine needs a fake stack of its own
 * for stack-use-after-return detection: start_switch_fiber saves the running goroutine's
 * fake stack into the slot given (or destroys it when the slot is NULL: the goroutine is
 * dead), finish_switch_fiber reinstates the resumed goroutine's. */
extern void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size)
    __attribute__((weak));
extern void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old,
                                            size_t *size_old) __attribute__((weak));
extern void __asan_unpoison_memory_region(void const volatile *addr, size_t size) __attribute__((weak));

static G g_main = { .id = 1, .status = G_RUNNING };
static G *cur;                    /* the running goroutine (NULL until first use: main) */
static G *runq_head, *runq_tail;
static G *all_gs;                 /* every live goroutine but main (GC roots: .bss) */
static int64_t live_count = 1;    /* runtime.NumGoroutine */
static int64_t next_id = 2;
static G *dead_pending;           /* exited goroutine whose stack is released by the next one */
static uint8_t *stack_cache[MAX_CACHED_STACKS];
static int n_cached_stacks;

G *sched_current(void) {
    if (!cur) cur = &g_main;
    return cur;
}

int64_t gort_goid(void) { return sched_current()->id; }

bool gort_stack_guard_hit(uintptr_t addr) {
    G *g = sched_current();
    if (!g->stack_lo) return false;
    uintptr_t lo = (uintptr_t)g->stack_lo;
    return addr < lo + GUARD_SIZE && addr + STACK_SIZE >= lo;
}

void **gort_panic_slot(void) {
    G *g = sched_current();
    if (g == &g_main) return NULL;
    if (!g->panic_state) g->panic_state = g->panic_storage;    /* zeroed with the record */
    return &g->panic_state;
}

int64_t gort_numgoroutine(void) { return live_count; }

int64_t sched_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- stacks ------------------------------------------------------------------------------- */

static uint8_t *stack_get(void) {
    if (n_cached_stacks) {
        uint8_t *lo = stack_cache[--n_cached_stacks];
        /* ASan: a goroutine that ended in runtime.Goexit left its frames' redzones poisoned
         * (a fresh mmap is clean: ASan's mmap interceptor clears the shadow). */
        if (__asan_unpoison_memory_region)
            __asan_unpoison_memory_region(lo + GUARD_SIZE, STACK_SIZE - GUARD_SIZE);
        return lo;
    }
    void *p = mmap(NULL, STACK_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (p == MAP_FAILED) gort_throw("runtime: cannot allocate goroutine stack");
    mprotect(p, GUARD_SIZE, PROT_NONE);
    return p;
}

static void stack_put(uint8_t *lo) {
    if (n_cached_stacks < MAX_CACHED_STACKS) {
        stack_cache[n_cached_stacks++] = lo;
        return;
    }
    munmap(lo, STACK_SIZE);
}

/* Dead goroutines' G records, reused by the next `go` statements as gc reuses its dead g's
 * (so a program that starts goroutines in a loop does not allocate a record per goroutine).
 * The list lives in .bss, so the collector keeps the records. */
#define MAX_FREE_GS 256
static G *free_gs;
static int n_free_gs;

static void release_dead(void) {
    if (!dead_pending) return;
    G *g = dead_pending;
    stack_put(g->stack_lo);
    g->stack_lo = g->stack_hi = NULL;
    dead_pending = NULL;
    if (n_free_gs < MAX_FREE_GS) {
        g->all_next = free_gs;
        free_gs = g;
        n_free_gs++;
    }
}

static G *g_alloc(void) {
    G *g = free_gs;
    if (!g) return gort_alloc(sizeof(G), NULL);
    free_gs = g->all_next;
    n_free_gs--;
    memset(g, 0, sizeof *g);
    return g;
}

/* The frame gort_ctx_switch pops (see runtime/<arch>/ctx.S), with `entry` as the address it
 * returns to. */
void *gort_ctx_init(uint8_t *stack_hi, void (*entry)(void)) {
    uintptr_t top = (uintptr_t)stack_hi & ~(uintptr_t)15;
#if defined(__x86_64__)
    uintptr_t *sp = (uintptr_t *)top;
    *--sp = 0;                    /* entry's own "return address": it never returns */
    *--sp = (uintptr_t)entry;     /* popped by ret; entry then sees rsp ≡ 8 (mod 16) */
    for (int i = 0; i < 6; i++) *--sp = 0;   /* rbp rbx r12 r13 r14 r15 */
    return sp;
#elif defined(__aarch64__)
    uintptr_t *sp = (uintptr_t *)(top - 176);
    memset(sp, 0, 176);
    sp[11] = (uintptr_t)entry;    /* x30 at offset 88 */
    return sp;
#else
#error "unsupported architecture"
#endif
}

/* ---- run queue and switching -------------------------------------------------------------- */

void sched_ready(G *g) {
    g->status = G_RUNNABLE;
    g->runq_next = NULL;
    if (runq_tail) runq_tail->runq_next = g;
    else runq_head = g;
    runq_tail = g;
}

static G *runq_pop(void) {
    G *g = runq_head;
    if (!g) return NULL;
    runq_head = g->runq_next;
    if (!runq_head) runq_tail = NULL;
    g->runq_next = NULL;
    return g;
}

/* ---- ASan's view of the switches (no-ops unless -sanitize=address) ---- */

static const void *asan_main_bottom;   /* the main thread's stack, as ASan reported it */
static size_t asan_main_size;

static void asan_start_switch(G *prev, G *next) {
    if (!__sanitizer_start_switch_fiber) return;
    const void *bottom = next == &g_main ? asan_main_bottom : next->stack_lo + GUARD_SIZE;
    size_t size = next == &g_main ? asan_main_size : STACK_SIZE - GUARD_SIZE;
    __sanitizer_start_switch_fiber(prev->status == G_DEAD ? NULL : &prev->asan_fake_stack, bottom, size);
}

/* On the resumed goroutine `g`, right after the switch. The first switch ever leaves main,
 * so that is when ASan tells us the main stack's bounds, needed to switch back to it. */
static void asan_finish_switch(G *g) {
    if (!__sanitizer_finish_switch_fiber) return;
    const void *bottom_old;
    size_t size_old;
    __sanitizer_finish_switch_fiber(g->asan_fake_stack, &bottom_old, &size_old);
    g->asan_fake_stack = NULL;
    if (!asan_main_size) {
        asan_main_bottom = bottom_old;
        asan_main_size = size_old;
    }
}

static void switch_to(G *next) {
    G *prev = sched_current();
    cur = next;
    next->status = G_RUNNING;
    if (next == prev) return;
    gort_gc_set_stack_top(next->stack_hi);   /* NULL (main): the thread's stack base */
    asan_start_switch(prev, next);
    gort_ctx_switch(&prev->sp, next->sp);
    asan_finish_switch(prev);
    release_dead();
}

static bool main_goexited;         /* main called runtime.Goexit */

static _Noreturn void deadlock(void) {
    if (main_goexited) {
        rt_puts("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        _exit(2);
    }
    rt_puts("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [");
    rt_puts(g_main.wait_reason ? g_main.wait_reason : "running");
    rt_puts("]:\nmain.main()\n\t(stack trace not available in golc)\n");
    _exit(2);
}

static bool run_timers(int64_t now);
static int64_t next_timer_when(void);

static void schedule(void) {
    for (;;) {
        if (next_timer_when() >= 0) run_timers(sched_nanotime());
        G *next = runq_pop();
        if (next) {
            switch_to(next);
            return;
        }
        int64_t when = next_timer_when();
        if (when < 0) deadlock();
        int64_t wait = when - sched_nanotime();
        if (wait > 0) {
            struct timespec ts = { wait / 1000000000, wait % 1000000000 };
            nanosleep(&ts, NULL);
        }
    }
}

void sched_park(const char *reason) {
    G *g = sched_current();
    g->status = G_WAITING;
    g->wait_reason = reason;
    schedule();
    g->wait_reason = NULL;
}

/* runtime.Gosched */
void gort_gosched(void) {
    sched_ready(sched_current());
    schedule();
}

/* ---- goroutine life ----------------------------------------------------------------------- */

static _Noreturn void goexit(void) {
    G *g = sched_current();
    g->status = G_DEAD;
    if (g->all_prev) g->all_prev->all_next = g->all_next;
    else all_gs = g->all_next;
    if (g->all_next) g->all_next->all_prev = g->all_prev;
    live_count--;
    dead_pending = g;
    schedule();
    gort_throw("runtime: a dead goroutine was resumed");
}

/* The end of runtime.Goexit (runtime/defer.c ran the deferred calls): other goroutines
 * exit; main waits for ever, so the program ends when nothing else can run — with gc's
 * fatal error, as main never returned. */
_Noreturn void sched_goexit_current(void) {
    if (sched_current() != &g_main) goexit();
    main_goexited = true;
    for (;;) sched_park("Goexit");
}

/* First code of every new goroutine, reached through gort_ctx_switch's return. */
static void goroutine_entry(void) {
    G *g = sched_current();
    asan_finish_switch(g);
    release_dead();
    void *closure = g->closure;
    void (*code)(void *) = *(void (**)(void *))closure;
    code(closure);
    goexit();
}

void gort_go(void *closure) {
    if (!closure) gort_throw("go of nil func value");
    sched_current();
    G *g = g_alloc();
    g->id = next_id++;
    g->closure = closure;
    g->stack_lo = stack_get();
    g->stack_hi = g->stack_lo + STACK_SIZE;
    g->sp = gort_ctx_init(g->stack_hi, goroutine_entry);
    g->all_next = all_gs;
    if (all_gs) all_gs->all_prev = g;
    all_gs = g;
    live_count++;
    sched_ready(g);
}

/* ---- GC: the stacks of goroutines that are not running ------------------------------------ */

/* Called by the collector (runtime/gc_roots.c); the running stack it scans itself. A
 * suspended goroutine's registers were pushed below its saved sp, so [sp, top) covers them.
 * Under -sanitize=address each comes with its saved ASan fake stack (NULL otherwise). */
void gort_sched_each_stack(void (*fn)(uintptr_t lo, uintptr_t hi, void *asan_fake_stack)) {
    G *running = sched_current();
    if (running != &g_main && g_main.sp) {
        uintptr_t base = (uintptr_t)__libc_stack_end;
        if (base > (uintptr_t)g_main.sp) fn((uintptr_t)g_main.sp, base, g_main.asan_fake_stack);
    }
    for (G *g = all_gs; g; g = g->all_next)
        if (g != running && g->sp) fn((uintptr_t)g->sp, (uintptr_t)g->stack_hi, g->asan_fake_stack);
}

/* ---- timers: a binary min-heap on `when` ---------------------------------------------------- */

typedef struct Timer { int64_t when, id; G *g; void *closure; } Timer;

static Timer *timers;             /* GC heap (scanned), reachable from here */
static int64_t n_timers, cap_timers, next_timer_id = 1;

static void timer_swap(int64_t i, int64_t j) {
    Timer t = timers[i];
    timers[i] = timers[j];
    timers[j] = t;
}

static void timer_up(int64_t i) {
    while (i > 0) {
        int64_t p = (i - 1) / 2;
        if (timers[p].when < timers[i].when ||
            (timers[p].when == timers[i].when && timers[p].id < timers[i].id)) break;
        timer_swap(i, p);
        i = p;
    }
}

static void timer_down(int64_t i) {
    for (;;) {
        int64_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < n_timers && (timers[l].when < timers[m].when ||
                             (timers[l].when == timers[m].when && timers[l].id < timers[m].id))) m = l;
        if (r < n_timers && (timers[r].when < timers[m].when ||
                             (timers[r].when == timers[m].when && timers[r].id < timers[m].id))) m = r;
        if (m == i) return;
        timer_swap(i, m);
        i = m;
    }
}

static void timer_remove_at(int64_t i) {
    timers[i] = timers[--n_timers];
    memset(&timers[n_timers], 0, sizeof(Timer));
    if (i < n_timers) {
        timer_down(i);
        timer_up(i);
    }
}

int64_t sched_timer_add(int64_t when, G *g, void *closure) {
    if (n_timers == cap_timers) {
        int64_t nc = cap_timers ? cap_timers * 2 : 16;
        Timer *nt = gort_alloc(nc * (int64_t)sizeof(Timer), NULL);
        if (n_timers) memcpy(nt, timers, n_timers * sizeof(Timer));
        timers = nt;
        cap_timers = nc;
    }
    Timer *t = &timers[n_timers];
    t->when = when;
    t->id = next_timer_id++;
    t->g = g;
    t->closure = closure;
    timer_up(n_timers++);
    return t->id;
}

bool sched_timer_stop(int64_t id) {
    for (int64_t i = 0; i < n_timers; i++) {
        if (timers[i].id == id) {
            timer_remove_at(i);
            return true;
        }
    }
    return false;
}

static int64_t next_timer_when(void) { return n_timers ? timers[0].when : -1; }

/* Fires every timer due at `now`: sleepers become runnable, closures start as goroutines. */
static bool run_timers(int64_t now) {
    bool fired = false;
    while (n_timers && timers[0].when <= now) {
        Timer t = timers[0];
        timer_remove_at(0);
        if (t.g) sched_ready(t.g);
        else gort_go(t.closure);
        fired = true;
    }
    return fired;
}

/* time.Sleep */
void gort_sleep(int64_t ns) {
    if (ns <= 0) {
        gort_gosched();
        return;
    }
    G *g = sched_current();
    sched_timer_add(sched_nanotime() + ns, g, NULL);
    sched_park("sleep");
}
