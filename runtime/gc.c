/* gc.c — the mark-sweep collector and its pacing.
 *
 * Marking is conservative: every aligned word of a root range or of a scanned object that
 * points into an allocated object (interior pointers included) keeps that object alive. Objects
 * in noscan spans (their type has no pointers) are marked but not scanned. Sweeping is eager:
 * right after marking, every span's allocation bits become its mark bits, emptied spans go back
 * to the page heap, and the next trigger is set from the surviving size:
 *   next_gc = max(live * (1 + GOGC/100), 4 MiB * GOGC/100)            (gc's heap goal) */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "runtime/gc_internal.h"

/* ---- mark stack: (lo, hi) ranges still to scan --------------------------------------------- */

static uintptr_t *mark_stack;
static size_t mark_len, mark_cap;

static void mark_stack_grow(void) {
    size_t cap = mark_cap ? mark_cap * 2 : ((size_t)1 << 16);
    void *p = mmap(NULL, cap * sizeof(uintptr_t), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) gc_fatal("runtime: out of memory (mark stack)");
    if (mark_stack) {
        memcpy(p, mark_stack, mark_len * sizeof(uintptr_t));
        munmap(mark_stack, mark_cap * sizeof(uintptr_t));
    }
    mark_stack = p;
    mark_cap = cap;
}

static inline void mark_push(uintptr_t lo, uintptr_t hi) {
    if (mark_len + 2 > mark_cap) mark_stack_grow();
    mark_stack[mark_len++] = lo;
    mark_stack[mark_len++] = hi;
}

/* ---- marking -------------------------------------------------------------------------------- */

static inline void mark_word(uintptr_t w) {
    Span *s = gc_span_of(w);
    if (!s) return;
    uintptr_t idx = gc_object_index(s, w - s->start);
    if (idx >= (uintptr_t)s->nelems) return;            /* the span's unused tail */
    uint64_t bit = (uint64_t)1 << (idx & 63);
    if (!(s->allocbits[idx >> 6] & bit)) return;         /* a free slot: stale pointer */
    if (s->markbits[idx >> 6] & bit) return;
    s->markbits[idx >> 6] |= bit;
    if (!s->noscan) {
        uintptr_t base = s->start + idx * (uintptr_t)s->elemsize;
        mark_push(base, base + (uintptr_t)s->elemsize);
    }
}

static void scan_range(uintptr_t lo, uintptr_t hi) {
    lo = (lo + 7) & ~(uintptr_t)7;
    for (uintptr_t p = lo; p + 8 <= hi; p += 8) mark_word(*(const uintptr_t *)p);
}

/* Scanning an object is dominated by the cache miss on its first load (tree and list
 * marking chase pointers), so popped ranges wait in a small FIFO after a prefetch of their
 * first line and are scanned PREFETCH_DEPTH pops later, when the line has arrived. */
#define PREFETCH_DEPTH 8

static void mark_drain(void) {
    uintptr_t q_lo[PREFETCH_DEPTH], q_hi[PREFETCH_DEPTH];
    unsigned head = 0, n = 0;
    for (;;) {
        if (mark_len && n < PREFETCH_DEPTH) {
            uintptr_t hi = mark_stack[--mark_len];
            uintptr_t lo = mark_stack[--mark_len];
            __builtin_prefetch((const void *)lo);
            q_lo[(head + n) % PREFETCH_DEPTH] = lo;
            q_hi[(head + n) % PREFETCH_DEPTH] = hi;
            n++;
            continue;
        }
        if (!n) break;
        uintptr_t lo = q_lo[head], hi = q_hi[head];
        head = (head + 1) % PREFETCH_DEPTH;
        n--;
        scan_range(lo, hi);
    }
}

static void mark_root(uintptr_t lo, uintptr_t hi) {
    scan_range(lo, hi);
    mark_drain();
}

/* For finalizers (stdlib/runtime/mfinal.c), between marking the roots and sweeping. */
bool gc_is_marked(uintptr_t p) {
    Span *s = gc_span_of(p);
    if (!s) return false;
    uintptr_t idx = gc_object_index(s, p - s->start);
    return idx < (uintptr_t)s->nelems && (s->markbits[idx >> 6] >> (idx & 63) & 1);
}

void gc_mark_object(uintptr_t p) {
    mark_word(p);
    mark_drain();
}

/* ---- sweeping ------------------------------------------------------------------------------- */

static void partial_push(int sc, Span *s) {
    s->prev = NULL;
    s->next = gc_heap.partial[sc];
    if (s->next) s->next->prev = s;
    gc_heap.partial[sc] = s;
    s->inpartial = 1;
}

static void sweep(void) {
    memset(gc_heap.current, 0, sizeof gc_heap.current);
    memset(gc_heap.partial, 0, sizeof gc_heap.partial);
    Span **link = &gc_heap.allspans;
    Span *next;
    for (Span *s = gc_heap.allspans; s; s = next) {
        next = s->allnext;
        uint64_t nfreed = 0;
        int words = (s->nelems + 63) / 64;
        for (int i = 0; i < words; i++) {
            uint64_t freed = s->allocbits[i] & ~s->markbits[i];
            nfreed += (uint64_t)__builtin_popcountll(freed);
            s->allocbits[i] = s->markbits[i];
            s->markbits[i] = 0;
        }
        s->nalloc -= (int32_t)nfreed;
        gc_heap.frees += nfreed;
        gc_heap.heap_alloc -= nfreed * (uint64_t)s->elemsize;
        if (s->nalloc == 0) {
            *link = next;
            gc_free_span(s);
            continue;
        }
        link = &s->allnext;
        if (nfreed) s->needzero = 1;
        s->freeindex = 0;
        s->next = s->prev = NULL;
        s->inpartial = 0;
        if (s->sizeclass && s->nalloc < s->nelems) partial_push(s->sizeclass * 2 + s->noscan, s);
    }
}

/* ---- a collection --------------------------------------------------------------------------- */

int64_t gc_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* gc's fmtNSAsMS: whole milliseconds from 10ms up, else two significant digits with at most
 * three decimals (0.057, 0.17, 1.8). */
static void fmt_ns_as_ms(char *buf, size_t len, uint64_t ns) {
    if (ns >= 10000000) {
        snprintf(buf, len, "%llu", (unsigned long long)(ns / 1000000));
        return;
    }
    uint64_t x = ns / 1000, pow = 1000;
    int dec = 3;
    while (x >= 100) x /= 10, dec--, pow /= 10;
    if (dec == 0) snprintf(buf, len, "%llu", (unsigned long long)x);
    else snprintf(buf, len, "%llu.%0*llu", (unsigned long long)(x / pow), dec, (unsigned long long)(x % pow));
}

/* GODEBUG=gctrace=1: gc's line shape, golc's numbers. golc stops the world for the whole
 * cycle, so the mark phase carries all the time and the two STW phases print 0; heap sizes are
 * heap_alloc before the cycle -> before the sweep (no allocation happens meanwhile) -> live
 * after it; one P, no separate stack or globals accounting. @T and the percentage (time in
 * collections / time since) count from the heap's initialisation, not from exec. */
static void trace_cycle(int64_t start, int64_t end, uint64_t before) {
    double since = (double)(start - gc_heap.start_ns) / 1e9;
    char ms[32];
    fmt_ns_as_ms(ms, sizeof ms, (uint64_t)(end - start));
    int64_t run = end - gc_heap.start_ns;
    int pct = run > 0 ? (int)(gc_heap.pause_total_ns * 100 / (uint64_t)run) : 0;
    char line[256];
    int n = snprintf(line, sizeof line,
                     "gc %llu @%.3fs %d%%: 0+%s+0 ms clock, 0+0/%s/0+0 ms cpu, "
                     "%llu->%llu->%llu MB, %llu MB goal, 0 MB stacks, 0 MB globals, 1 P\n",
                     (unsigned long long)gc_heap.num_gc, since, pct, ms, ms,
                     (unsigned long long)(before >> 20), (unsigned long long)(before >> 20),
                     (unsigned long long)(gc_heap.heap_alloc >> 20),
                     (unsigned long long)(gc_heap.next_gc >> 20));
    if (n > 0) {
        ssize_t w = write(2, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
        (void)w;
    }
}

void gc_collect(void) {
    if (!gc_heap.initialised) gc_heap_init();
    if (gc_heap.in_gc) return;
    gc_heap.in_gc = true;
    int64_t start = gc_now_ns();
    gc_flush_freelists();
    uint64_t before = gc_heap.heap_alloc;
    gc_for_each_root(mark_root);
    gc_finalizers_mark();
    sweep();
    gc_heap.num_gc++;
    uint64_t gogc = gc_heap.gogc >= 0 ? (uint64_t)gc_heap.gogc : 100;
    uint64_t goal = gc_heap.heap_alloc + gc_heap.heap_alloc / 100 * gogc;
    uint64_t floor = ((uint64_t)4 << 20) * gogc / 100;
    gc_heap.next_gc = goal > floor ? goal : floor;
    gc_release_memory();   /* after pacing: it keeps what the heap will use up to next_gc */
    int64_t end = gc_now_ns();
    gc_heap.pause_total_ns += (uint64_t)(end - start);
    if (gc_heap.trace) trace_cycle(start, end, before);
    gc_heap.in_gc = false;
    gc_finalizers_start();
}

void gort_gc(void) { gc_collect(); }
