/* heap.c — the allocator: one reserved arena, a page heap of free runs, size-classed spans and
 * the allocation fast path. Collection (marking, sweeping, pacing) lives in gc.c.
 *
 * Single-threaded for now (goroutines are M:1 on one OS thread), so nothing here locks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runtime/gc_internal.h"

Heap gc_heap;

/* Where zero-sized allocations point, like gc's runtime.zerobase: a valid, distinct-from-nil
 * address outside the heap. */
uint64_t gc_zerobase;

const GoType gc_noscan_type = {.size = 1, .align = 1, .kind = GOKIND_UINT8};

#define COMMIT_CHUNK ((uintptr_t)4 << 20)

/* Pages per small span, chosen per class for the least tail waste (ties: the bigger span). */
static int8_t class_npages[GC_NUM_CLASSES];

__attribute__((noreturn)) void gc_fatal(const char *msg) {
    fprintf(stderr, "fatal error: %s\n", msg);
    fflush(stderr);
    _exit(2);
}

/* ---- arena ---------------------------------------------------------------------------------- */

static void arena_reserve(void) {
    /* As much address space as the system grants, from 64 GiB down: the reservation costs no
     * memory (PROT_NONE) and qemu-user or a low vm.max_map_count may refuse the larger ones. */
    for (uintptr_t size = (uintptr_t)64 << 30; size >= ((uintptr_t)256 << 20); size >>= 1) {
        uintptr_t extra = (uintptr_t)1 << 16;  /* to align the start to 64 KiB */
        void *p = mmap(NULL, size + extra, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED) continue;
        size_t npages = size >> GC_PAGE_SHIFT;
        void *tab = mmap(NULL, npages * sizeof(Span *), PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (tab == MAP_FAILED) {
            munmap(p, size + extra);
            continue;
        }
        uintptr_t start = ((uintptr_t)p + extra - 1) & ~(extra - 1);
        gc_heap.arena_start = gc_heap.arena_used = gc_heap.arena_committed = start;
        gc_heap.arena_end = start + size;
        gc_heap.spantab = tab;
        return;
    }
    gc_fatal("runtime: cannot reserve arena virtual address space");
}

/* Extends the used part of the arena by n bytes (page multiple); returns its start. The
 * memory is fresh from the OS, hence zero. */
static uintptr_t arena_grow(uintptr_t n) {
    uintptr_t start = gc_heap.arena_used;
    if (n > gc_heap.arena_end - start) gc_fatal("runtime: out of memory");
    uintptr_t need = start + n;
    if (need > gc_heap.arena_committed) {
        uintptr_t to = (need + COMMIT_CHUNK - 1) & ~(COMMIT_CHUNK - 1);
        if (to > gc_heap.arena_end) to = gc_heap.arena_end;
        if (mprotect((void *)gc_heap.arena_committed, to - gc_heap.arena_committed,
                     PROT_READ | PROT_WRITE) != 0)
            gc_fatal("runtime: out of memory");
        gc_heap.arena_committed = to;
    }
    gc_heap.arena_used = need;
    return start;
}

/* ---- span records --------------------------------------------------------------------------- */

static Span *span_record(void) {
    static char *chunk, *chunk_end;
    Span *s = gc_heap.spare;
    if (s) {
        gc_heap.spare = s->next;
    } else {
        if (chunk == NULL || chunk_end - chunk < (long)sizeof(Span)) {
            size_t len = (size_t)1 << 20;
            void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED) gc_fatal("runtime: out of memory");
            chunk = p;
            chunk_end = chunk + len;
        }
        s = (Span *)chunk;
        chunk += sizeof(Span);
    }
    memset(s, 0, offsetof(Span, allocbits));
    return s;
}

static void span_record_free(Span *s) {
    s->state = SPAN_FREE;
    s->next = gc_heap.spare;
    gc_heap.spare = s;
}

static inline uintptr_t page_index(uintptr_t p) { return (p - gc_heap.arena_start) >> GC_PAGE_SHIFT; }

static void spantab_set(Span *s) {
    uintptr_t first = page_index(s->start);
    for (int64_t i = 0; i < s->npages; i++) gc_heap.spantab[first + i] = s;
}

/* ---- free page runs ------------------------------------------------------------------------- */

static void freerun_unlink(Span *r) {
    if (r->prev) r->prev->next = r->next;
    else gc_heap.freeruns = r->next;
    if (r->next) r->next->prev = r->prev;
    r->next = r->prev = NULL;
}

static void freerun_link(Span *r) {
    r->prev = NULL;
    r->next = gc_heap.freeruns;
    if (r->next) r->next->prev = r;
    gc_heap.freeruns = r;
}

/* npages of memory as a span record in state SPAN_FREE (the caller sets it up). Best fit
 * among the free runs, else fresh arena. */
static Span *alloc_pages(int64_t npages) {
    Span *best = NULL;
    for (Span *r = gc_heap.freeruns; r; r = r->next) {
        if (r->npages >= npages && (!best || r->npages < best->npages)) {
            best = r;
            if (r->npages == npages) break;
        }
    }
    if (best && best->npages == npages) {
        freerun_unlink(best);
        return best;
    }
    Span *s = span_record();
    s->npages = npages;
    if (best) {
        /* Split: the front goes out, the rest stays a free run (its pages still point to it). */
        s->start = best->start;
        s->needzero = best->needzero;
        best->start += (uintptr_t)npages << GC_PAGE_SHIFT;
        best->npages -= npages;
    } else {
        s->start = arena_grow((uintptr_t)npages << GC_PAGE_SHIFT);
        s->needzero = 0;
    }
    spantab_set(s);
    return s;
}

void gc_free_span(Span *s) {
    s->state = SPAN_FREE;
    s->inpartial = 0;
    s->needzero = 1;   /* it held objects */
    /* Coalesce with free neighbours; the largest piece keeps its record and the pages of the
     * others are rewritten to point to it, so no table entry names a recycled record. */
    uintptr_t first = page_index(s->start), end = first + s->npages;
    Span *left = first > 0 ? gc_heap.spantab[first - 1] : NULL;
    Span *right = s->start + ((uintptr_t)s->npages << GC_PAGE_SHIFT) < gc_heap.arena_used
                      ? gc_heap.spantab[end] : NULL;
    if (left && left->state != SPAN_FREE) left = NULL;
    if (right && right->state != SPAN_FREE) right = NULL;
    Span *keep = s;
    if (left && left->npages > keep->npages) keep = left;
    if (right && right->npages > keep->npages) keep = right;
    uintptr_t start = left ? left->start : s->start;
    int64_t npages = s->npages + (left ? left->npages : 0) + (right ? right->npages : 0);
    uint8_t needzero = s->needzero | (left ? left->needzero : 0) | (right ? right->needzero : 0);
    Span *parts[3] = {left, s, right};
    for (int i = 0; i < 3; i++) {
        Span *p = parts[i];
        if (!p || p == keep) continue;
        if (p != s) freerun_unlink(p);
        uintptr_t pf = page_index(p->start);
        for (int64_t j = 0; j < p->npages; j++) gc_heap.spantab[pf + j] = keep;
        span_record_free(p);
    }
    if (keep == s) freerun_link(s);
    keep->state = SPAN_FREE;
    keep->start = start;
    keep->npages = npages;
    keep->needzero = needzero;
}

void gc_release_memory(void) {
    long sys = sysconf(_SC_PAGESIZE);
    for (Span *r = gc_heap.freeruns; r; r = r->next) {
        uintptr_t len = (uintptr_t)r->npages << GC_PAGE_SHIFT;
        if (!r->needzero || len < ((uintptr_t)1 << 20)) continue;
        if (sys > 0 && ((r->start | len) & (uintptr_t)(sys - 1))) continue;
        if (madvise((void *)r->start, len, MADV_DONTNEED) == 0) r->needzero = 0;
    }
}

/* ---- initialisation ------------------------------------------------------------------------- */

static void read_settings(void) {
    gc_heap.gogc = 100;
    const char *g = getenv("GOGC");
    if (g && *g) {
        if (strcmp(g, "off") == 0) gc_heap.gogc = -1;
        else gc_heap.gogc = strtol(g, NULL, 10);
    }
    const char *d = getenv("GODEBUG");
    for (const char *p = d; p && *p;) {
        if (strncmp(p, "gcstress=", 9) == 0) gc_heap.stress = p[9] != '0' && p[9] != ',' && p[9];
        if (strncmp(p, "gctrace=", 8) == 0) gc_heap.trace = p[8] != '0' && p[8] != ',' && p[8];
        p = strchr(p, ',');
        if (p) p++;
    }
}

void gc_heap_init(void) {
    if (gc_heap.initialised) return;
    arena_reserve();
    read_settings();
    gc_heap.start_ns = gc_now_ns();
    for (int c = 1; c < GC_NUM_CLASSES; c++) {
        int best = GC_SMALL_SPAN_PAGES;
        double best_waste = 2;
        for (int np = 1; np <= GC_SMALL_SPAN_PAGES; np++) {
            uintptr_t bytes = (uintptr_t)np << GC_PAGE_SHIFT;
            if (bytes < (uintptr_t)gc_class_size[c]) continue;
            double waste = (double)(bytes % gc_class_size[c]) / (double)bytes;
            if (waste <= best_waste) best_waste = waste, best = np;
        }
        class_npages[c] = (int8_t)best;
    }
    gc_heap.next_gc = 4u << 20;
    if (gc_heap.gogc > 0) gc_heap.next_gc = (uint64_t)(4u << 20) * (uint64_t)gc_heap.gogc / 100;
    gc_heap.initialised = true;
}

/* ---- allocation ----------------------------------------------------------------------------- */

static Span *new_small_span(int cls, bool noscan) {
    Span *s = alloc_pages(class_npages[cls]);
    s->sizeclass = (int16_t)cls;
    s->elemsize = gc_class_size[cls];
    s->divmul = (uint32_t)(0xFFFFFFFFu / (uint32_t)s->elemsize + 1);
    s->nelems = (int32_t)(((uintptr_t)s->npages << GC_PAGE_SHIFT) / (uintptr_t)s->elemsize);
    s->noscan = noscan;
    s->state = SPAN_INUSE;
    s->freeindex = 0;
    s->nalloc = 0;
    int words = (s->nelems + 63) / 64;
    memset(s->allocbits, 0, (size_t)words * 8);
    memset(s->markbits, 0, (size_t)words * 8);
    s->allnext = gc_heap.allspans;
    gc_heap.allspans = s;
    return s;
}

/* The next free slot of s at or after its freeindex, or NULL when the span is full. */
static inline void *span_take(Span *s) {
    int32_t i = s->freeindex;
    while (i < s->nelems) {
        uint64_t free = ~s->allocbits[i >> 6] & (~(uint64_t)0 << (i & 63));
        if (free) {
            int32_t idx = (i & ~63) + __builtin_ctzll(free);
            if (idx >= s->nelems) break;
            s->allocbits[idx >> 6] |= (uint64_t)1 << (idx & 63);
            s->freeindex = idx + 1;
            s->nalloc++;
            return (void *)(s->start + (uintptr_t)idx * (uintptr_t)s->elemsize);
        }
        i = (i | 63) + 1;
    }
    s->freeindex = s->nelems;
    return NULL;
}

static void *alloc_small(int64_t size, bool noscan) {
    int cls = gc_size_to_class(size);
    int sc = cls * 2 + noscan;
    Span *s = gc_heap.current[sc];
    void *p = s ? span_take(s) : NULL;
    while (!p) {
        s = gc_heap.partial[sc];
        if (s) {
            gc_heap.partial[sc] = s->next;
            if (s->next) s->next->prev = NULL;
            s->next = s->prev = NULL;
            s->inpartial = 0;
        } else {
            s = new_small_span(cls, noscan);
        }
        gc_heap.current[sc] = s;
        p = span_take(s);
    }
    if (s->needzero) memset(p, 0, (size_t)s->elemsize);
    gc_heap.heap_alloc += (uint64_t)s->elemsize;
    gc_heap.total_alloc += (uint64_t)s->elemsize;
    return p;
}

static void *alloc_large(int64_t size, bool noscan) {
    int64_t npages = (int64_t)(((uint64_t)size + GC_PAGE_SIZE - 1) >> GC_PAGE_SHIFT);
    Span *s = alloc_pages(npages);
    s->sizeclass = 0;
    s->elemsize = npages << GC_PAGE_SHIFT;
    s->nelems = 1;
    s->noscan = noscan;
    s->state = SPAN_INUSE;
    s->nalloc = 1;
    s->freeindex = 1;
    s->allocbits[0] = 1;
    s->markbits[0] = 0;
    s->allnext = gc_heap.allspans;
    gc_heap.allspans = s;
    if (s->needzero) memset((void *)s->start, 0, (size_t)s->elemsize);
    gc_heap.heap_alloc += (uint64_t)s->elemsize;
    gc_heap.total_alloc += (uint64_t)s->elemsize;
    return (void *)s->start;
}

/* Largest allocation gc accepts on 64-bit Linux (heapAddrBits = 48). */
#define GC_MAX_ALLOC ((int64_t)1 << 47)

void *gort_alloc(int64_t size, const GoType *type) {
    if (__builtin_expect(!gc_heap.initialised, 0)) gc_heap_init();
    if (size <= 0) {
        if (size < 0) gc_fatal("runtime: negative allocation size");
        return &gc_zerobase;
    }
    if (size > GC_MAX_ALLOC) gc_fatal("runtime: out of memory");
    if ((gc_heap.stress || gc_heap.heap_alloc >= gc_heap.next_gc) && !gc_heap.in_gc &&
        (gc_heap.gogc >= 0 || gc_heap.stress))
        gc_collect();
    bool noscan = type != NULL && !(type->flags & GOTYPE_HAS_POINTERS);
    gc_heap.mallocs++;
    if (size <= GC_MAX_SMALL) return alloc_small(size, noscan);
    return alloc_large(size, noscan);
}

void *gort_alloc_array(int64_t n, int64_t elemsize, const GoType *elem) {
    if (n < 0 || (elemsize > 0 && n > GC_MAX_ALLOC / elemsize)) gort_panic_makeslice_len();
    return gort_alloc(n * elemsize, elem);
}

void gort_memstats(GoMemStats *out) {
    out->mallocs = gc_heap.mallocs;
    out->frees = gc_heap.frees;
    out->total_alloc = gc_heap.total_alloc;
    out->heap_alloc = gc_heap.heap_alloc;
    out->heap_objects = gc_heap.mallocs - gc_heap.frees;
    out->num_gc = gc_heap.num_gc;
    out->pause_total_ns = gc_heap.pause_total_ns;
    out->next_gc = gc_heap.next_gc;
}
