/* defer.c — defer, panic and recover.
 *
 * Frames. A Go function that contains `defer` owns a DeferFrame on its own stack (lowering
 * allocates GORT_DEFER_FRAME_BYTES; its jmp_buf comes first because the generated code calls
 * _setjmp on the frame's address itself: setjmp must run in the frame it returns to). The
 * frames form a chain per goroutine, newest first; functions without defer are not on it and
 * pay nothing. Each frame holds its pending deferred calls, newest first: closure records
 * { code, link, captured values... } allocated on the GC heap by the generated code, so the
 * collector sees everything they hold (frame → record through the scanned stack).
 *
 * Panics. gort_gopanic pushes a GoPanic (on the C stack of gort_gopanic) and runs deferred
 * calls from the newest frame down, popping each record before calling it (a deferred call
 * that panics is not run again), and unlinking frames it has exhausted. When a deferred call
 * recovered the panic, the panic is removed, with every older panic it aborted (those that
 * were running deferred calls of this frame or of newer ones: their deferred call never
 * returned), and the runtime longjmps to the frame, whose generated code then runs its
 * remaining defers (gort_defer_return) and returns its result slots. If no frame recovers,
 * the chain of panics is printed like gc's printpanics and the program exits 2.
 *
 * Recover. Only a function called directly by the deferred call is allowed to recover:
 * lowering wraps every deferred call in a thunk (code of the record) that calls the deferred
 * function, so the recovering function's frame is exactly two frames above call_deferred,
 * and with frame pointers on everywhere (codegen: "frame-pointer"="all"; the runtime is built
 * with -fno-omit-frame-pointer) that is: fp → thunk's fp → call_deferred's fp. Codegen keeps
 * the thunk's call from being a tail call and functions calling recover from being inlined. */
#include <setjmp.h>
#include <string.h>
#include <unistd.h>

#include "runtime/panic_internal.h"
#include "runtime/print_internal.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"

typedef struct DeferRecord {
    void (*code)(struct DeferRecord *env);  /* the thunk: calls the deferred function */
    struct DeferRecord *link;               /* next older pending call of the same frame */
    /* captured function value, receiver and arguments follow (lowering's layout) */
} DeferRecord;

typedef struct DeferFrame {
    jmp_buf jb;                 /* first: the generated prologue calls _setjmp(frame) */
    struct DeferFrame *prev;    /* next older frame on the chain */
    DeferRecord *defers;        /* pending deferred calls, newest first */
} DeferFrame;

_Static_assert(sizeof(DeferFrame) <= GORT_DEFER_FRAME_BYTES, "GORT_DEFER_FRAME_BYTES too small");
_Static_assert(offsetof(DeferFrame, jb) == 0, "jmp_buf must come first");

typedef struct GoPanic {
    const GoType *type;         /* the value passed to panic */
    void *data;
    struct GoPanic *link;       /* next older panic */
    DeferFrame *frame;          /* frame whose deferred calls it is running */
    void *defer_fp;             /* call_deferred's frame address while a deferred call runs */
    bool recovered;
    bool goexit;                /* runtime.Goexit running the deferred calls: not recoverable */
} GoPanic;

struct GoPanicState {
    DeferFrame *frames;         /* newest first */
    GoPanic *panics;            /* newest first */
    void *returning_fp;         /* while gort_defer_return runs a deferred call: the frame
                                   address of the function returning (for `defer recover()`) */
};

const int64_t gort_panic_state_size = sizeof(GoPanicState);
_Static_assert(sizeof(GoPanicState) <= sizeof(((G *)0)->panic_storage),
               "a goroutine's panic state lives in its G record (sched.h)");

static GoPanicState main_state;

/* The running goroutine's state: main's is static, the others' live in their G records
 * (runtime/sched.c). */
GoPanicState *gort_panic_state(void) {
    void **slot = gort_panic_slot();    /* points into the G record (sched.c) */
    return slot ? *slot : &main_state;
}

/* ---- frames and normal returns ---------------------------------------------------------- */

void gort_defer_enter(void *frame) {
    GoPanicState *st = gort_panic_state();
    DeferFrame *f = frame;
    f->defers = NULL;
    f->prev = st->frames;
    st->frames = f;
}

void gort_defer_push(void *frame, void *record) {
    DeferFrame *f = frame;
    DeferRecord *d = record;
    d->link = f->defers;
    f->defers = d;
}

/* Not inlined, and with work after the call: the deferred thunk's caller frame must be a
 * real frame of its own (see recover). */
__attribute__((noinline)) static void call_deferred(GoPanic *p, DeferRecord *d) {
    gort_panic_state()->returning_fp = NULL;
    p->defer_fp = __builtin_frame_address(0);
    d->code(d);
    __asm__ volatile("" ::: "memory");
    p->defer_fp = NULL;
}

__attribute__((noinline)) static void call_deferred_normally(DeferRecord *d, void *returning_fp) {
    GoPanicState *st = gort_panic_state();
    st->returning_fp = returning_fp;
    d->code(d);
    __asm__ volatile("" ::: "memory");
    st->returning_fp = NULL;
}

void gort_defer_return(void *frame) {
    GoPanicState *st = gort_panic_state();
    DeferFrame *f = frame;
    void *caller_fp = *(void **)__builtin_frame_address(0);  /* the Go function returning */
    while (f->defers) {
        DeferRecord *d = f->defers;
        f->defers = d->link;
        call_deferred_normally(d, caller_fp);
    }
    /* every newer frame has returned (or was unwound) by now */
    st->frames = f->prev;
}

/* ---- recover ---------------------------------------------------------------------------- */

GoIface gort_recover(void *fp) {
    GoPanicState *st = gort_panic_state();
    GoPanic *p = st->panics;
    GoIface none = {NULL, NULL};
    if (!p || p->goexit || p->recovered || !p->defer_fp || !fp) return none;
    void *thunk_fp = *(void **)fp;
    if (!thunk_fp || *(void **)thunk_fp != p->defer_fp) return none;
    p->recovered = true;
    return (GoIface){p->type, p->data};
}

/* `defer recover()`: gc treats the call as made by the function that deferred it, when that
 * function returns normally; run by a panic, it recovers nothing. */
GoIface gort_recover_deferred(void) {
    GoPanicState *st = gort_panic_state();
    void *fp = st->returning_fp;
    st->returning_fp = NULL;
    if (!fp) return (GoIface){NULL, NULL};
    return gort_recover(fp);
}

/* ---- panic ------------------------------------------------------------------------------ */

static bool same_value(const GoPanic *a, const GoPanic *b) {
    if (a->type != b->type) return false;
    if (a->data == b->data) return true;
    if (!a->type) return true;
    switch (a->type->kind) {
    case GOKIND_BOOL: case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16: case GOKIND_INT32:
    case GOKIND_INT64: case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16: case GOKIND_UINT32:
    case GOKIND_UINT64: case GOKIND_UINTPTR: case GOKIND_FLOAT32: case GOKIND_FLOAT64:
    case GOKIND_COMPLEX64: case GOKIND_COMPLEX128: case GOKIND_STRING:
        return gort_ifaceeq(a->type, a->data, b->data);
    default:
        return false;
    }
}

/* gc's printpanics: oldest first, each newer one on a tab-indented line; a recovered panic
 * is marked "[recovered]", and one that was recovered and then panicked again with the same
 * value is printed once as "[recovered, repanicked]". */
static void print_panics(GoPanic *p) {
    if (!p) return;
    bool repanicked = p->link && p->link->recovered && same_value(p, p->link);
    if (repanicked) {
        GoPanic *older = p->link->link;
        print_panics(older);
        if (older) rt_puts("\t");
        rt_puts("panic: ");
        rt_print_panic_value(p->type, p->data);
        rt_puts(" [recovered, repanicked]");
    } else {
        print_panics(p->link);
        if (p->link) rt_puts("\t");
        rt_puts("panic: ");
        rt_print_panic_value(p->type, p->data);
        if (p->recovered) rt_puts(" [recovered]");
    }
    rt_puts("\n");
}

/* panic(nil) panics with a *runtime.PanicNilError (stdlib/runtime/error.go) when linked */
extern void go_runtime_panicNil(void *env) __asm__("runtime.panicNil") __attribute__((weak));

void gort_gopanic(const GoType *type, void *data) {
    if (!type && go_runtime_panicNil) go_runtime_panicNil(NULL);
    GoPanicState *st = gort_panic_state();
    GoPanic p;
    memset(&p, 0, sizeof p);
    p.type = type;
    p.data = data;
    p.link = st->panics;
    st->panics = &p;
    for (DeferFrame *f; (f = st->frames) != NULL;) {
        p.frame = f;
        DeferRecord *d = f->defers;
        if (!d) {
            st->frames = f->prev;
            continue;
        }
        f->defers = d->link;
        call_deferred(&p, d);
        if (p.recovered) {
            /* drop this panic and the older ones it aborted (they were running deferred
             * calls of f or of frames newer than f: higher on the stack, lower addresses) */
            GoPanic *q = p.link;
            while (q && (uintptr_t)q->frame <= (uintptr_t)f) q = q->link;
            st->panics = q;
            longjmp(f->jb, 1);
        }
    }
    print_panics(st->panics);
    rt_panic_exit();
}

/* ---- runtime.Goexit ----------------------------------------------------------------------- */

/* Runs every deferred call of the goroutine, newest first, as a panic would (a deferred call
 * may panic; recover returns nil for Goexit itself), then ends the goroutine. */
void gort_goexit(void) {
    GoPanicState *st = gort_panic_state();
    GoPanic p;
    memset(&p, 0, sizeof p);
    p.goexit = true;
    p.link = st->panics;
    st->panics = &p;
    for (DeferFrame *f; (f = st->frames) != NULL;) {
        p.frame = f;
        DeferRecord *d = f->defers;
        if (!d) {
            st->frames = f->prev;
            continue;
        }
        f->defers = d->link;
        call_deferred(&p, d);
    }
    st->panics = p.link;
    sched_goexit_current();
}
