/* gc_roots.c — where the collector finds roots: the main thread's stack (after spilling the
 * callee-saved registers onto it), the writable segments of the executable (.data, .bss and
 * friends), any ranges registered with gort_gc_add_roots, the stacks of suspended goroutines,
 * and — in -sanitize=address programs only — the live frames of ASan's fake stacks. */
#define _GNU_SOURCE
#include <link.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gc_internal.h"

extern void *__libc_stack_end;   /* glibc: the initial stack pointer, above main's frame */
/* The scheduler (runtime/sched.c), absent from builds that do not link it. */
extern void gort_sched_each_stack(void (*fn)(uintptr_t lo, uintptr_t hi, void *asan_fake_stack))
    __attribute__((weak));
/* AddressSanitizer (compiler-rt), present only in -sanitize=address programs. */
extern void *__asan_get_current_fake_stack(void) __attribute__((weak));
extern void *__asan_addr_is_in_fake_stack(void *fake_stack, void *addr, void **beg, void **end)
    __attribute__((weak));

void gort_gc_init(void *stack_base) {
    gc_heap_init();
    uintptr_t base = (uintptr_t)(stack_base ? stack_base : __libc_stack_end);
    if (base > gc_heap.stack_base) gc_heap.stack_base = base;
}

/* ---- extra root ranges ---------------------------------------------------------------------- */

#define MAX_EXTRA_ROOTS 256
static struct { uintptr_t lo, hi; } extra_roots[MAX_EXTRA_ROOTS];
static int n_extra_roots;

void gort_gc_add_roots(const void *lo, const void *hi) {
    if (n_extra_roots == MAX_EXTRA_ROOTS) gc_fatal("runtime: too many registered GC root ranges");
    extra_roots[n_extra_roots].lo = (uintptr_t)lo;
    extra_roots[n_extra_roots].hi = (uintptr_t)hi;
    n_extra_roots++;
}

void gort_gc_remove_roots(const void *lo) {
    for (int i = 0; i < n_extra_roots; i++) {
        if (extra_roots[i].lo == (uintptr_t)lo) {
            extra_roots[i] = extra_roots[--n_extra_roots];
            return;
        }
    }
}

/* ---- the executable's writable segments ----------------------------------------------------- */

typedef void (*RootFn)(uintptr_t lo, uintptr_t hi);

static int each_writable_segment(struct dl_phdr_info *info, size_t size, void *arg) {
    RootFn fn = *(RootFn *)arg;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_W)) continue;
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
        fn(lo, lo + ph->p_memsz);
    }
    return 1;   /* the first object is the executable itself; shared libraries are not ours */
}

/* ---- the stack ------------------------------------------------------------------------------ */

/* Copies the callee-saved registers into `out` so that a pointer living only in a register of
 * some caller's frame is seen by the stack scan. setjmp alone is not enough: glibc mangles the
 * frame pointer it saves, and generated code may use that register for data. */
static void __attribute__((noinline)) spill_registers(uintptr_t *out) {
#if defined(__x86_64__)
    __asm__ volatile("movq %%rbx, 0(%0)\n\tmovq %%rbp, 8(%0)\n\tmovq %%r12, 16(%0)\n\t"
                     "movq %%r13, 24(%0)\n\tmovq %%r14, 32(%0)\n\tmovq %%r15, 40(%0)"
                     : : "r"(out) : "memory");
#elif defined(__aarch64__)
    __asm__ volatile("stp x19, x20, [%0, #0]\n\tstp x21, x22, [%0, #16]\n\t"
                     "stp x23, x24, [%0, #32]\n\tstp x25, x26, [%0, #48]\n\t"
                     "stp x27, x28, [%0, #64]\n\tstr x29, [%0, #80]"
                     : : "r"(out) : "memory");
#else
    (void)out;
#endif
}

void gort_gc_set_stack_top(const void *hi) { gc_heap.stack_top = (uintptr_t)hi; }

static void scan_stack(RootFn fn, uintptr_t lo, uintptr_t hi, void *fake);

static void __attribute__((noinline)) scan_stack_below_caller(RootFn fn) {
    volatile uintptr_t marker = 0;
    uintptr_t lo = (uintptr_t)&marker;
    uintptr_t hi = gc_heap.stack_top ? gc_heap.stack_top : gc_heap.stack_base;
    void *fake = __asan_get_current_fake_stack ? __asan_get_current_fake_stack() : NULL;
    if (hi > lo) scan_stack(fn, lo, hi, fake);
}

/* ---- ASan's fake frames ----------------------------------------------------------------------
 * With stack-use-after-return detection, an instrumented function keeps its stack slots not
 * on the machine stack but in a "fake frame" that compiler-rt hands out from the running
 * goroutine's fake stack (mmapped memory the collector would otherwise never look at), and
 * retires the frame when the function returns, so that a later access through a pointer to
 * it is reported. Heap objects referenced only from such slots must stay alive.
 * compiler-rt has no iterator over live fake frames, but it needs none here: a function keeps
 * its fake frame's base in a callee-saved register or in its machine frame until it returns
 * (its epilogue retires the frame through it), so the conservative scan of the machine stack
 * and of the spilled registers meets the base of every live fake frame of that goroutine;
 * __asan_addr_is_in_fake_stack maps such a word to the frame's bounds, and answers only for
 * frames not yet retired. The frames found are scanned in turn (a slot may hold the address of
 * another frame's slot), each once per collection. Frames skipped by a panic's longjmp stay
 * "live" until ASan reclaims them: at worst garbage lives a little longer, never the reverse. */

typedef struct FrameScan {
    RootFn fn;                  /* the collection's root function */
    uintptr_t *seen;            /* open addressing on frame starts; 0 = empty */
    size_t seen_cap, seen_len;
    uintptr_t *work;            /* (lo, hi) pairs of frames still to search for frame bases */
    size_t work_len, work_cap;
} FrameScan;

static FrameScan fscan;         /* reused across collections (malloc'd: ASan builds only) */

static bool frame_first_visit(uintptr_t beg) {
    if (2 * (fscan.seen_len + 1) > fscan.seen_cap) {
        size_t ncap = fscan.seen_cap ? fscan.seen_cap * 2 : 1024;
        uintptr_t *old = fscan.seen, *nt = calloc(ncap, sizeof *nt);
        if (!nt) gc_fatal("runtime: out of memory (fake frames)");
        for (size_t i = 0; i < fscan.seen_cap; i++) {
            if (!old[i]) continue;
            size_t j = (old[i] >> 5) & (ncap - 1);
            while (nt[j]) j = (j + 1) & (ncap - 1);
            nt[j] = old[i];
        }
        free(old);
        fscan.seen = nt;
        fscan.seen_cap = ncap;
    }
    size_t j = (beg >> 5) & (fscan.seen_cap - 1);
    for (; fscan.seen[j]; j = (j + 1) & (fscan.seen_cap - 1))
        if (fscan.seen[j] == beg) return false;
    fscan.seen[j] = beg;
    fscan.seen_len++;
    return true;
}

static void frame_work_push(uintptr_t lo, uintptr_t hi) {
    if (fscan.work_len + 2 > fscan.work_cap) {
        size_t ncap = fscan.work_cap ? fscan.work_cap * 2 : 256;
        uintptr_t *nw = realloc(fscan.work, ncap * sizeof *nw);
        if (!nw) gc_fatal("runtime: out of memory (fake frames)");
        fscan.work = nw;
        fscan.work_cap = ncap;
    }
    fscan.work[fscan.work_len++] = lo;
    fscan.work[fscan.work_len++] = hi;
}

/* Scans [lo, hi) of a machine stack, then every live fake frame reachable from it. */
static void scan_stack(RootFn fn, uintptr_t lo, uintptr_t hi, void *fake) {
    fn(lo, hi);
    if (!fake || !__asan_addr_is_in_fake_stack) return;
    frame_work_push(lo, hi);
    while (fscan.work_len) {
        uintptr_t whi = fscan.work[--fscan.work_len];
        uintptr_t wlo = fscan.work[--fscan.work_len];
        for (uintptr_t p = (wlo + 7) & ~(uintptr_t)7; p + 8 <= whi; p += 8) {
            void *beg, *end;
            void *w = *(void *const *)p;
            if (!__asan_addr_is_in_fake_stack(fake, w, &beg, &end)) continue;
            if (!frame_first_visit((uintptr_t)beg)) continue;
            fn((uintptr_t)beg, (uintptr_t)end);
            frame_work_push((uintptr_t)beg, (uintptr_t)end);
        }
    }
}

static void scan_suspended_stack(uintptr_t lo, uintptr_t hi, void *fake) {
    scan_stack(fscan.fn, lo, hi, fake);
}

void gc_for_each_root(RootFn fn) {
    if (!gc_heap.stack_base) gort_gc_init(NULL);
    if (fscan.seen_len) {
        memset(fscan.seen, 0, fscan.seen_cap * sizeof *fscan.seen);
        fscan.seen_len = 0;
    }
    fscan.fn = fn;
    /* The registers as they were on entry: the spill area and jmp_buf are locals of this
     * frame, which lies inside the scanned stack range. */
    uintptr_t regs[16];
    jmp_buf env;
    __builtin_unwind_init();
    spill_registers(regs);
    setjmp(env);
    scan_stack_below_caller(fn);
    __asm__ volatile("" : : "r"(regs), "r"(&env) : "memory");

    dl_iterate_phdr(each_writable_segment, &fn);
    for (int i = 0; i < n_extra_roots; i++) fn(extra_roots[i].lo, extra_roots[i].hi);
    if (gort_sched_each_stack) gort_sched_each_stack(scan_suspended_stack);   /* suspended goroutines */
}
