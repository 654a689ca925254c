/* gc_roots.c — where the collector finds roots: the main thread's stack (after spilling the
 * callee-saved registers onto it), the writable segments of the executable (.data, .bss and
 * friends), and any ranges registered with gort_gc_add_roots (e.g. goroutine stacks). */
#define _GNU_SOURCE
#include <link.h>
#include <setjmp.h>
#include <string.h>

#include "runtime/gc_internal.h"

extern void *__libc_stack_end;   /* glibc: the initial stack pointer, above main's frame */
/* The scheduler (runtime/sched.c), absent from builds that do not link it. */
extern void gort_sched_each_stack(void (*fn)(uintptr_t lo, uintptr_t hi)) __attribute__((weak));

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

static void __attribute__((noinline)) scan_stack_below_caller(RootFn fn) {
    volatile uintptr_t marker = 0;
    uintptr_t lo = (uintptr_t)&marker;
    uintptr_t hi = gc_heap.stack_top ? gc_heap.stack_top : gc_heap.stack_base;
    if (hi > lo) fn(lo, hi);
}

void gc_for_each_root(RootFn fn) {
    if (!gc_heap.stack_base) gort_gc_init(NULL);
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
    if (gort_sched_each_stack) gort_sched_each_stack(fn);   /* suspended goroutines */
}
