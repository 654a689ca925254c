/* gc_internal.h — the heap's internal face, shared by the allocator (heap.c), the size-class
 * table (sizeclass.c), the collector (gc.c, gc_roots.c) and growslice (slice.c).
 *
 * Memory layout. One contiguous arena, reserved (PROT_NONE) upward from a fixed address in
 * steps and committed in chunks as it grows (heap.c says why not all at once), so "is this
 * word a heap pointer?" is a range check plus one table lookup: spantab[(p - arena_start) >>
 * PAGE_SHIFT] names the span owning the page. A span is a run of pages holding either objects
 * of one size class (small, <= 32 KiB) or one large object. Spans of a size class are further
 * split by "noscan" (the objects hold no pointers) so the collector can skip a whole span's
 * contents without per-object type information. */
#ifndef GOLC_RUNTIME_GC_INTERNAL_H
#define GOLC_RUNTIME_GC_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/runtime.h"

#define GC_PAGE_SHIFT 13
#define GC_PAGE_SIZE ((uintptr_t)1 << GC_PAGE_SHIFT)     /* 8 KiB, like gc */
#define GC_MAX_SMALL 32768                                /* largest size-classed object */
#define GC_SMALL_SPAN_PAGES 8                             /* 64 KiB per small span */
#define GC_MAX_SPAN_OBJECTS (GC_SMALL_SPAN_PAGES * GC_PAGE_SIZE / 8)
#define GC_BITMAP_WORDS (GC_MAX_SPAN_OBJECTS / 64)
#define GC_NUM_CLASSES 68                                 /* class 0 = "large" */

/* ---- size classes (sizeclass.c) ---- */
extern const int32_t gc_class_size[GC_NUM_CLASSES];
int gc_size_to_class(int64_t size);               /* 1 <= size <= GC_MAX_SMALL */
/* gc's roundupsize: the usable size malloc gives for a request of `size` bytes, including the
 * 8-byte malloc header gc puts in front of pointerful objects larger than 512 bytes (that is
 * why cap() after append differs between []*T and []uintptr of equal size). */
int64_t gc_roundupsize(int64_t size, bool noscan);

/* ---- spans and the arena (heap.c) ---- */
enum { SPAN_FREE = 0, SPAN_INUSE = 1 };

typedef struct Span {
    uintptr_t start;            /* first byte, page aligned */
    int64_t npages;
    int64_t elemsize;           /* object size (large: npages * page size) */
    uint32_t divmul;            /* offset / elemsize == (offset * divmul) >> 32 within a small span */
    int32_t nelems;
    int32_t nalloc;             /* allocated objects (after the last sweep + since) */
    int32_t freeindex;          /* allocation searches allocbits from here */
    int16_t sizeclass;          /* 0 = one large object */
    uint8_t noscan;
    uint8_t state;              /* SPAN_* */
    uint8_t needzero;           /* memory may hold old data: clear objects on allocation */
    uint8_t inpartial;          /* linked on its class's partial list */
    struct Span *next, *prev;   /* free-run list, or the class's partial list */
    struct Span *allnext;       /* every in-use span, for the sweeper */
    uint64_t allocbits[GC_BITMAP_WORDS];
    uint64_t markbits[GC_BITMAP_WORDS];
} Span;

typedef struct Heap {
    bool initialised;
    uintptr_t arena_start, arena_used, arena_committed, arena_end;   /* end: reserved so far */
    Span **spantab;             /* one entry per arena page */
    Span *current[GC_NUM_CLASSES * 2];   /* span being allocated from, per span class */
    Span *partial[GC_NUM_CLASSES * 2];   /* spans with free slots */
    Span *freeruns;             /* free page runs (state SPAN_FREE), address order not kept */
    Span *allspans;             /* in-use spans */
    Span *spare;                /* recycled Span records */
    /* statistics (GoMemStats) */
    uint64_t mallocs, frees, total_alloc, heap_alloc, num_gc;
    uint64_t pause_total_ns;    /* wall time spent in gc_collect (the world is stopped) */
    /* pacing */
    uint64_t next_gc;           /* collect when heap_alloc reaches this */
    int64_t gogc;               /* percent; < 0 = off */
    bool stress;                /* GODEBUG=gcstress=1: collect at every allocation */
    bool trace;                 /* GODEBUG=gctrace=1: one line per collection on stderr */
    int64_t start_ns;           /* monotonic time at heap initialisation, for gctrace's @T */
    bool in_gc;
    uintptr_t stack_base;       /* highest address of the main stack to scan */
    uintptr_t stack_top;        /* top of the running stack if not the main one (scheduler) */
    uintptr_t arena_limit;      /* the most the arena may grow to (spantab's reach) */
} Heap;

extern Heap gc_heap;

/* A descriptor for runtime-made byte buffers (strings, rune slices): no pointers, so the
 * collector does not scan them. */
extern const GoType gc_noscan_type;
extern uint64_t gc_zerobase;   /* what zero-sized allocations point to */

void gc_heap_init(void);
/* Monotonic clock in nanoseconds (gc.c), for pause accounting and gctrace. */
int64_t gc_now_ns(void);
/* The span holding address p if p points into an allocated object's span, else NULL. */
static inline Span *gc_span_of(uintptr_t p) {
    if (p < gc_heap.arena_start || p >= gc_heap.arena_used) return 0;
    Span *s = gc_heap.spantab[(p - gc_heap.arena_start) >> GC_PAGE_SHIFT];
    return s && s->state == SPAN_INUSE ? s : 0;
}
/* The index of the object containing byte `off` of span s, without a division: the mark
 * phase does this for every candidate pointer (exactness is checked by a unit test). */
static inline uintptr_t gc_object_index(const Span *s, uintptr_t off) {
    return s->sizeclass ? (uintptr_t)(((uint64_t)off * s->divmul) >> 32) : 0;
}
void gc_free_span(Span *s);              /* give a span's pages back to the page heap */
void gc_release_memory(void);           /* return big free runs' memory to the OS */

/* Gives the objects parked on the allocation fast path's free lists back to their spans
 * (heap.c); the collector calls it before marking. */
void gc_flush_freelists(void);

/* ---- the collector (gc.c, gc_roots.c) ---- */
void gc_collect(void);
/* Calls fn(lo, hi) for each root range: the main stack (with registers spilled onto it) and
 * the program's writable data segments. */
void gc_for_each_root(void (*fn)(uintptr_t lo, uintptr_t hi));

__attribute__((noreturn)) void gc_fatal(const char *msg);   /* "fatal error: <msg>", exit 2 */

/* Finalizers (stdlib/runtime/mfinal.c). gc_collect calls gc_finalizers_mark after marking
 * the roots (it queues the finalizable objects nothing reached and marks them, through
 * gc_mark_object) and gc_finalizers_start when the collection is over (it starts the
 * goroutine that runs the queue). */
bool gc_is_marked(uintptr_t p);      /* p points into a marked heap object */
void gc_mark_object(uintptr_t p);    /* marks the object p points into and all it reaches */
void gc_finalizers_mark(void);
void gc_finalizers_start(void);

#endif
