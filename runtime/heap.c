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

/* The arena's address space is reserved in steps as the heap grows, upward from a fixed
 * hint address (as gc does), because a reservation is not free everywhere: qemu-user keeps
 * per-page bookkeeping for every reserved guest page, so reserving 64 GiB at once costs
 * 1.4 s and 400 MiB of RSS at start-up of every arm64 program run under qemu. The page table
 * (spantab) covers ARENA_MAX from the start; it is NORESERVE and only touched where used. */
#define ARENA_MAX ((uintptr_t)64 << 30)
#define ARENA_STEP ((uintptr_t)256 << 20)

static void *reserve_at(uintptr_t addr, uintptr_t size) {
    void *p = mmap((void *)addr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return NULL;
    if (addr && (uintptr_t)p != addr) {   /* the hint was taken: not ours to extend */
        munmap(p, size);
        return NULL;
    }
    return p;
}

static void arena_reserve(void) {
    uintptr_t max = ARENA_MAX;
    void *tab = MAP_FAILED;
    for (; max >= ((uintptr_t)256 << 20); max >>= 1) {
        tab = mmap(NULL, (max >> GC_PAGE_SHIFT) * sizeof(Span *), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (tab != MAP_FAILED) break;
    }
    if (tab == MAP_FAILED) gc_fatal("runtime: cannot reserve arena virtual address space");
    gc_heap.spantab = tab;
    /* Hints with room above them on 47/48-bit address spaces (not taken by ASan's shadow,
     * which owns 0x00008fff7000..0x10007fff8000 and makes both fail, hence the fallback). */
    static const uintptr_t hints[] = {(uintptr_t)0xc0 << 32, (uintptr_t)0x1c0 << 32, (uintptr_t)0x2c0 << 32};
    uintptr_t start = 0, size = 0;
    for (unsigned i = 0; i < sizeof hints / sizeof hints[0] && !start; i++)
        if (reserve_at(hints[i], ARENA_STEP)) start = hints[i], size = ARENA_STEP;
    /* Fallback: anywhere, as much as the system grants up to the table's reach (it cannot
     * be extended in place, having no reserved room above it). */
    for (uintptr_t sz = max; !start && sz >= ARENA_STEP; sz >>= 1) {
        uintptr_t extra = (uintptr_t)1 << 16;  /* to align the start to 64 KiB */
        void *p = reserve_at(0, sz + extra);
        if (!p) continue;
        start = ((uintptr_t)p + extra - 1) & ~(extra - 1);
        size = sz;
        max = sz;
    }
    if (!start) gc_fatal("runtime: cannot reserve arena virtual address space");
    gc_heap.arena_start = gc_heap.arena_used = gc_heap.arena_committed = start;
    gc_heap.arena_end = start + size;
    gc_heap.arena_limit = start + max;
}

/* Makes room for arena_used + n: extends the reservation in place by whole steps. */
static bool arena_extend(uintptr_t n) {
    uintptr_t need = gc_heap.arena_used + n;
    if (n > gc_heap.arena_limit - gc_heap.arena_used) return false;
    uintptr_t to = gc_heap.arena_start + ((need - gc_heap.arena_start + ARENA_STEP - 1) & ~(ARENA_STEP - 1));
    if (to > gc_heap.arena_limit) to = gc_heap.arena_limit;
    if (!reserve_at(gc_heap.arena_end, to - gc_heap.arena_end)) return false;
    gc_heap.arena_end = to;
    return true;
}

/* Extends the used part of the arena by n bytes (page multiple); returns its start. The
 * memory is fresh from the OS, hence zero. */
static uintptr_t arena_grow(uintptr_t n) {
    uintptr_t start = gc_heap.arena_used;
    if (n > gc_heap.arena_end - start && !arena_extend(n)) gc_fatal("runtime: out of memory");
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

/* Returns free pages to the OS, but only beyond what the heap will use again before the next
 * collection (next_gc - heap_alloc, read after pacing): releasing those would just fault them
 * back in (binary-trees spent a tenth of its time in the kernel doing that). */
void gc_release_memory(void) {
    long sys = sysconf(_SC_PAGESIZE);
    uint64_t keep = gc_heap.next_gc > gc_heap.heap_alloc ? gc_heap.next_gc - gc_heap.heap_alloc : 0;
    uint64_t dirty = 0;
    for (Span *r = gc_heap.freeruns; r; r = r->next)
        if (r->needzero) dirty += (uint64_t)r->npages << GC_PAGE_SHIFT;
    for (Span *r = gc_heap.freeruns; r && dirty > keep; r = r->next) {
        uintptr_t len = (uintptr_t)r->npages << GC_PAGE_SHIFT;
        if (!r->needzero || len < ((uintptr_t)256 << 10)) continue;
        if (sys > 0 && ((r->start | len) & (uintptr_t)(sys - 1))) continue;
        if (madvise((void *)r->start, len, MADV_DONTNEED) == 0) {
            r->needzero = 0;
            dirty -= len;
        }
    }
}

/* ---- initialisation ------------------------------------------------------------------------- */

/* GODEBUG=alloctrace=1: every allocation takes gort_alloc's slow path (the fast path's lists
 * stay empty, as under gcstress) and prints "alloc SIZE PC1 PC2 PC3" on stderr: the return
 * addresses of the three innermost frames (frame pointers are kept everywhere). A diagnostic
 * for finding which code allocates (symbolise with addr2line -f -e EXE). */
static bool alloc_trace;

__attribute__((noinline)) static void trace_alloc(int64_t size) {
    char line[128];
    int n = snprintf(line, sizeof line, "alloc %lld", (long long)size);
    void **fp = __builtin_frame_address(0);
    fp = fp[0];   /* gort_alloc's frame: start at its caller */
    for (int i = 0; i < 3 && fp && n < (int)sizeof line - 24; i++) {
        n += snprintf(line + n, sizeof line - (size_t)n, " %p", fp[1]);
        void **up = fp[0];
        if (up <= fp) break;   /* the outermost frame, or not a frame-pointer chain */
        fp = up;
    }
    line[n++] = '\n';
    (void)!write(2, line, (size_t)n);
}

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
        if (strncmp(p, "alloctrace=", 11) == 0) alloc_trace = p[11] != '0' && p[11] != ',' && p[11];
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

/* ---- the fast path's free lists --------------------------------------------------------------
 * An allocation of at most GORT_FAST_MAX bytes pops the head of gort_freelist[noscan][bucket]
 * (inline in generated code, or in gort_alloc). The objects on a list are already allocated
 * as far as the heap knows (allocbits set, counted in mallocs/heap_alloc/nalloc) and zeroed
 * but for the link word; a refill moves a batch of free slots of the class's current span
 * there. Before a collection marks, gc_flush_freelists gives every listed object back to its
 * span, so the lists (which live in .bss, a root) never keep anything alive and the counts
 * are exact for the collector. No locking: goroutines run M:1 and never switch in between. */

void *gort_freelist[2][GORT_FAST_BUCKETS];

/* Bytes of objects per refill: enough to amortise the slow path, small enough that objects
 * parked on lists of rarely used sizes do not matter. */
#define REFILL_BYTES 8192
#define REFILL_MAX 64

/* Takes up to max free slots of s, a bitmap word at a time, zeroes them if needed and links
 * them after *tail; returns how many. */
static int64_t span_take_batch(Span *s, int64_t max, void ***tail) {
    int64_t n = 0;
    uintptr_t size = (uintptr_t)s->elemsize;
    int32_t i = s->freeindex;
    while (n < max && i < s->nelems) {
        int w = i >> 6;
        uint64_t free = ~s->allocbits[w] & (~(uint64_t)0 << (i & 63));
        int32_t left = s->nelems - (w << 6);   /* slots of this word inside the span */
        if (left < 64) free &= ((uint64_t)1 << left) - 1;
        i = (w + 1) << 6;
        if (!free) continue;
        int k = __builtin_popcountll(free);
        for (; k > max - n; k--) free &= ~((uint64_t)1 << (63 - __builtin_clzll(free)));
        s->allocbits[w] |= free;
        s->nalloc += k;
        n += k;
        int first = __builtin_ctzll(free), last = 63 - __builtin_clzll(free);
        uintptr_t base = s->start + ((uintptr_t)w << 6) * size;
        if (s->needzero) {
            /* one memset when the slots are consecutive (the usual case after a sweep) */
            if (last - first + 1 == k) memset((void *)(base + (uintptr_t)first * size), 0, (size_t)k * size);
            else
                for (uint64_t f = free; f; f &= f - 1)
                    memset((void *)(base + (uintptr_t)__builtin_ctzll(f) * size), 0, size);
        }
        for (uint64_t f = free; f; f &= f - 1) {
            void *q = (void *)(base + (uintptr_t)__builtin_ctzll(f) * size);
            **tail = q;
            *tail = (void **)q;
        }
        if (last < 63) i = (w << 6) + last + 1;
    }
    s->freeindex = i < s->nelems ? i : s->nelems;
    return n;
}

static void *refill(int64_t size, bool noscan, void **head) {
    void *p = alloc_small(size, noscan);
    if (gc_heap.stress || alloc_trace) return p;   /* every allocation must reach gort_alloc */
    Span *s = gc_heap.current[gc_size_to_class(size) * 2 + noscan];
    int64_t max = REFILL_BYTES / s->elemsize;
    if (max > REFILL_MAX) max = REFILL_MAX;
    void **tail = head;
    int64_t n = span_take_batch(s, max, &tail);
    *tail = NULL;
    gc_heap.mallocs += (uint64_t)n;
    gc_heap.heap_alloc += (uint64_t)n * (uint64_t)s->elemsize;
    gc_heap.total_alloc += (uint64_t)n * (uint64_t)s->elemsize;
    return p;
}

/* Calls fn on every object parked on a free list (with its span). */
static inline void each_listed(void (*fn)(void *obj, Span *s)) {
    for (int ns = 0; ns < 2; ns++)
        for (int b = 1; b < GORT_FAST_BUCKETS; b++) {
            void *next;
            for (void *q = gort_freelist[ns][b]; q; q = next) {
                next = *(void **)q;
                fn(q, gc_span_of((uintptr_t)q));
            }
        }
}

static void unlist(void *obj, Span *s) {
    *(void **)obj = NULL;   /* the slot may be reused without zeroing (span->needzero == 0) */
    uintptr_t idx = gc_object_index(s, (uintptr_t)obj - s->start);
    s->allocbits[idx >> 6] &= ~((uint64_t)1 << (idx & 63));
    s->nalloc--;
    if ((int32_t)idx < s->freeindex) s->freeindex = (int32_t)idx;
    gc_heap.mallocs--;
    gc_heap.heap_alloc -= (uint64_t)s->elemsize;
    gc_heap.total_alloc -= (uint64_t)s->elemsize;
}

void gc_flush_freelists(void) {
    each_listed(unlist);
    memset(gort_freelist, 0, sizeof gort_freelist);
}

static uint64_t listed_objects, listed_bytes;
static void count_listed(void *obj, Span *s) {
    listed_objects++;
    listed_bytes += (uint64_t)s->elemsize;
}

/* Largest allocation gc accepts on 64-bit Linux (heapAddrBits = 48). */
#define GC_MAX_ALLOC ((int64_t)1 << 47)

/* Everything but a pop from a non-empty list; gort_alloc tail-calls it so that the fast path
 * saves no registers and the frame above this one is still gort_alloc's caller. */
__attribute__((noinline)) static void *alloc_slow(int64_t size, const GoType *type) {
    bool noscan = type != NULL && !(type->flags & GOTYPE_HAS_POINTERS);
    if (__builtin_expect(!gc_heap.initialised, 0)) gc_heap_init();
    if (size <= 0) {
        if (size < 0) gc_fatal("runtime: negative allocation size");
        return &gc_zerobase;
    }
    if (size > GC_MAX_ALLOC) gc_fatal("runtime: out of memory");
    if ((gc_heap.stress || gc_heap.heap_alloc >= gc_heap.next_gc) && !gc_heap.in_gc &&
        (gc_heap.gogc >= 0 || gc_heap.stress))
        gc_collect();
    gc_heap.mallocs++;
    if (__builtin_expect(alloc_trace, 0)) trace_alloc(size);
    if (size <= GORT_FAST_MAX) return refill(size, noscan, &gort_freelist[noscan][(size + 7) >> 3]);
    if (size <= GC_MAX_SMALL) return alloc_small(size, noscan);
    return alloc_large(size, noscan);
}

void *gort_alloc(int64_t size, const GoType *type) {
    if (size > 0 && size <= GORT_FAST_MAX) {
        bool noscan = type != NULL && !(type->flags & GOTYPE_HAS_POINTERS);
        void **head = &gort_freelist[noscan][(size + 7) >> 3];
        void *p = *head;
        if (__builtin_expect(p != NULL, 1)) {
            *head = *(void **)p;
            *(void **)p = NULL;
            return p;
        }
    }
#if defined(__clang__)
    __attribute__((musttail))   /* the runtime proper is built by clang; the host tests by gcc */
#endif
    return alloc_slow(size, type);
}

void *gort_alloc_array(int64_t n, int64_t elemsize, const GoType *elem) {
    if (n < 0 || (elemsize > 0 && n > GC_MAX_ALLOC / elemsize)) gort_panic_makeslice_len();
    return gort_alloc(n * elemsize, elem);
}

/* An allocation whose element count is known only at run time but whose object does not
 * escape (escape/decide.c): codegen gives each such site a GORT_STACK_BUF_BYTES buffer in its
 * frame, used, zeroed, when the object fits; a larger one comes from the heap. The buffer is
 * the site's, like a constant-size stack object, so the analysis's loop-depth rule applies:
 * an object of one iteration is never reachable from a later one. (gc does the same for
 * make([]T, n), string conversions and concatenations, with a 32-byte buffer.) */
void *gort_alloc_array_buf(int64_t n, int64_t elemsize, const GoType *elem, void *buf) {
    if (n >= 0 && elemsize > 0 && n <= GORT_STACK_BUF_BYTES / elemsize) {
        memset(buf, 0, (size_t)(n * elemsize));
        return n > 0 ? buf : &gc_zerobase;
    }
    return gort_alloc_array(n, elemsize, elem);
}

/* Integer boxes (escape/decide.c, decide_small_boxes): as gc does with its staticuint64s, an
 * integer below 256 converted to an interface points into a static table instead of a new
 * heap word. v is the value widened to 64 bits (sign-extended for signed types), masked here
 * to the type's width; on both targets (little-endian) the first bytes of a table word are
 * the narrower value. The table is writable: the caller's generated code stores the value
 * into the box afterwards, rewriting the bytes it already holds. */
static uint64_t small_words[256];

static void *box_small(uint64_t v, int64_t size) {
    if (v < 256) {
        small_words[v] = v;
        return &small_words[v];
    }
    void *p = gort_alloc(size, &gc_noscan_type);
    memcpy(p, &v, (size_t)size);
    return p;
}

void *gort_box_small8(uint64_t v) { return box_small(v & 0xff, 1); }
void *gort_box_small16(uint64_t v) { return box_small(v & 0xffff, 2); }
void *gort_box_small32(uint64_t v) { return box_small(v & 0xffffffffu, 4); }
void *gort_box_small64(uint64_t v) { return box_small(v, 8); }

void gort_memstats(GoMemStats *out) {
    /* Objects parked on the fast path's lists are not allocated yet from the program's view. */
    listed_objects = listed_bytes = 0;
    each_listed(count_listed);
    out->mallocs = gc_heap.mallocs - listed_objects;
    out->frees = gc_heap.frees;
    out->total_alloc = gc_heap.total_alloc - listed_bytes;
    out->heap_alloc = gc_heap.heap_alloc - listed_bytes;
    out->heap_objects = out->mallocs - gc_heap.frees;
    out->num_gc = gc_heap.num_gc;
    out->pause_total_ns = gc_heap.pause_total_ns;
    out->next_gc = gc_heap.next_gc;
}
