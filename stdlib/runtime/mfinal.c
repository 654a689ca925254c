/* mfinal.c — finalizers: the C side of stdlib/runtime/mfinal.go.
 *
 * Registered finalizers live in a table in malloc'd memory, which the collector does not
 * scan, with the object's address stored complemented, so the table never keeps an object
 * alive. After gc_collect has marked from the roots, gc_finalizers_mark (1) marks every
 * finalizer function (a closure may hold references, as in gc), then (2) moves each entry
 * whose object is still unmarked to the ready queue and marks the object and everything it
 * reaches: it survives this cycle, and is freed by a later one once the finalizer has run
 * and dropped it. Queued entries are marked at every cycle until they run. When the
 * collection is over, gc_finalizers_start starts one goroutine (if none is running) that
 * calls the queued finalizers in order, as gc's single finalizer goroutine does.
 *
 * A finalizer is called with golc's calling convention: code(closure, obj) for a pointer
 * parameter, code(closure, type, data) for an interface{} one. Finalizers with results or
 * with a non-empty interface parameter stop the program with a "not supported by golc"
 * error (their argument or result passing is not known to the C side). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gc_internal.h"

typedef struct Finalizer {
    uintptr_t hidden;       /* ~obj */
    void *fn;               /* the func value (closure record) */
    const GoType *otype;    /* obj's type, for an interface{} parameter */
    bool eface;             /* parameter is interface{} */
} Finalizer;

typedef struct FinTable {
    Finalizer *v;
    size_t len, cap;
} FinTable;

static FinTable registered, ready;
static bool running;

static void push(FinTable *t, Finalizer f) {
    if (t->len == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->v = realloc(t->v, t->cap * sizeof *t->v);
        if (!t->v) gc_fatal("runtime: out of memory (finalizers)");
    }
    t->v[t->len++] = f;
}

static bool name_is(const GoType *t, const char *prefix) {
    size_t n = strlen(prefix);
    return t && (size_t)t->name.len >= n && memcmp(t->name.ptr, prefix, n) == 0;
}

static _Noreturn void fin_throw(const char *what, const GoType *t, const char *tail) {
    char buf[512];
    snprintf(buf, sizeof buf, "runtime.SetFinalizer: %s%.*s%s", what, t ? (int)t->name.len : 0,
             t ? (const char *)t->name.ptr : "", tail);
    gort_throw(buf);
}

void runtime_setFinalizer(const GoType *otype, void *obj, const GoType *ftype, void *fn) {
    if (!otype) gort_throw("runtime.SetFinalizer: first argument is nil");
    if (otype->kind != GOKIND_POINTER) fin_throw("first argument is ", otype, ", not pointer");
    uintptr_t p = (uintptr_t)obj;
    for (size_t i = 0; i < registered.len; i++)
        if (registered.v[i].hidden == ~p) {
            if (ftype && fn) fin_throw("finalizer already set", NULL, "");
            registered.v[i] = registered.v[--registered.len];
            return;
        }
    if (!ftype || !fn) return;
    if (ftype->kind != GOKIND_FUNC) fin_throw("second argument is ", ftype, ", not a function");
    if (!gc_span_of(p)) return;  /* globals, zero-sized objects: never collected */
    /* gc's run-time spelling of a func type: "func(P)" or "func(P) R" */
    const char *name = (const char *)ftype->name.ptr;
    int64_t n = ftype->name.len;
    if (n < 6 || name[n - 1] != ')') fin_throw("finalizer with results (", ftype, ") is not supported by golc");
    bool eface = name_is(ftype, "func(interface {})");
    if (!eface && name_is(ftype, "func(interface {"))
        fin_throw("finalizer with an interface parameter (", ftype, ") is not supported by golc");
    push(&registered, (Finalizer){~p, fn, otype, eface});
}

void runtime_keepAlive(void *p) { __asm__ volatile("" : : "r"(p) : "memory"); }

void gc_finalizers_mark(void) {
    for (size_t i = 0; i < registered.len; i++) gc_mark_object((uintptr_t)registered.v[i].fn);
    for (size_t i = 0; i < ready.len; i++) {
        gc_mark_object((uintptr_t)ready.v[i].fn);
        gc_mark_object(~ready.v[i].hidden);
    }
    for (size_t i = 0; i < registered.len;) {
        Finalizer f = registered.v[i];
        if (gc_is_marked(~f.hidden)) { i++; continue; }
        push(&ready, f);
        registered.v[i] = registered.v[--registered.len];
    }
    /* mark after choosing: an object reachable only from another finalizable one is queued
     * too (gc would wait a cycle for it; the order of their finalizers is unspecified) */
    for (size_t i = 0; i < ready.len; i++) gc_mark_object(~ready.v[i].hidden);
}

/* The finalizer goroutine: runs the queue, then exits (a later collection starts another). */
static void run_finalizers(void *closure) {
    (void)closure;
    while (ready.len) {
        Finalizer f = ready.v[0];
        memmove(ready.v, ready.v + 1, (ready.len - 1) * sizeof *ready.v);
        ready.len--;
        void *code = *(void **)f.fn;
        void *obj = (void *)~f.hidden;
        if (f.eface) ((void (*)(void *, const GoType *, void *))code)(f.fn, f.otype, obj);
        else ((void (*)(void *, void *))code)(f.fn, obj);
        obj = NULL;
    }
    running = false;
}

static struct { void (*code)(void *); } finalizer_goroutine = { run_finalizers };

bool gc_finalizers_running(void) { return running; }

void gc_finalizers_start(void) {
    if (running || !ready.len) return;
    running = true;
    gort_go(&finalizer_goroutine);
}
