/* panic.c — fatal panics printed the way gc prints them, then exit status 2.
 *
 *   panic: runtime error: index out of range [5] with length 3
 *   <blank line>
 *   goroutine 1 [running]:
 *   main.main()
 *
 * golc cannot reproduce gc's stack trace, so after "goroutine 1 [running]:" it prints a
 * placeholder frame; tools compare up to that line. Panic values are printed like gc's
 * printpanicval: error values by Error(), Stringers by String(), basic kinds by value (named
 * ones as main.T(42)), anything else as "(T) 0xADDR".
 *
 * Run-time errors are recoverable panics like gc's: each entry point below hands its message
 * to a Go function of package runtime (stdlib/runtime/error.go, called by link name) that
 * panics with a value of gc's type (runtime.boundsError, runtime.errorString,
 * runtime.plainError, *runtime.TypeAssertionError), so recover() returns it and %T and
 * Error() match gc. The declarations are weak: a program linked without package runtime
 * (unit tests of the C runtime) falls back to printing the message and exiting here. The
 * panic machinery itself (gort_gopanic, defer, recover) is in defer.c. */
#include <string.h>
#include <unistd.h>

#include "runtime/print_internal.h"
#include "runtime/runtime.h"

_Noreturn void rt_panic_exit(void) {
    rt_puts("\ngoroutine ");
    rt_putint(gort_goid());
    rt_puts(" [running]:\nmain.main()\n\t(stack trace not available in golc)\n");
    _exit(2);
}

static _Noreturn void die(void) { rt_panic_exit(); }

/* stdlib/runtime/error.go; `code` is the `which` of gort_panic_slice, or 8 for an index */
extern void go_runtime_panicBounds(void *env, int64_t code, int64_t x, int64_t xsigned, int64_t y)
    __asm__("runtime.panicBounds") __attribute__((weak));
/* kind: 0 errorString (msg without "runtime error: "), 1 plainError, 2 *TypeAssertionError */
extern void go_runtime_panicString(void *env, int64_t kind, const uint8_t *p, int64_t len)
    __asm__("runtime.panicString") __attribute__((weak));
enum { BOUNDS_INDEX = 8 };

bool rt_go_errors_linked(void) { return go_runtime_panicString && go_runtime_panicBounds; }

static void go_bounds(int64_t code, int64_t x, bool xsigned, int64_t y) {
    if (go_runtime_panicBounds) go_runtime_panicBounds(NULL, code, x, xsigned, y);
}

/* The message may live in the caller's stack buffer: the error value keeps a heap copy. */
static void go_string_error(int64_t kind, const uint8_t *p, int64_t len) {
    if (!go_runtime_panicString) return;
    uint8_t *copy = gort_alloc(len, NULL);
    memcpy(copy, p, (size_t)len);
    go_runtime_panicString(NULL, kind, copy, len);
}

/* gc indents continuation lines of a panic message with a tab. */
static void put_indented(const uint8_t *p, int64_t n) {
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        if (p[i] == '\n') {
            rt_putn((const char *)p + start, i + 1 - start);
            rt_putn("\t", 1);
            start = i + 1;
        }
    }
    rt_putn((const char *)p + start, n - start);
}

static _Noreturn void runtime_error(const char *msg) {
    go_string_error(0, (const uint8_t *)msg, (int64_t)strlen(msg));
    rt_puts("panic: runtime error: ");
    rt_puts(msg);
    rt_puts("\n");
    die();
}

static bool has_prefix(const uint8_t *p, int64_t len, const char *prefix) {
    size_t n = strlen(prefix);
    return (size_t)len >= n && memcmp(p, prefix, n) == 0;
}

void gort_panic_msg(const uint8_t *p, int64_t len) {
    static const char rt[] = "runtime error: ";
    if (has_prefix(p, len, rt))
        go_string_error(0, p + sizeof rt - 1, len - (int64_t)(sizeof rt - 1));
    else if (has_prefix(p, len, "interface conversion: "))
        go_string_error(2, p, len);
    else
        go_string_error(1, p, len);
    rt_puts("panic: ");
    put_indented(p, len);
    rt_puts("\n");
    die();
}

void gort_throw(const char *msg) {
    rt_puts("fatal error: ");
    rt_puts(msg);
    rt_puts("\n");
    die();
}

void gort_panic_index(int64_t i, int64_t len) {
    go_bounds(BOUNDS_INDEX, i, true, len);
    rt_puts("panic: runtime error: index out of range [");
    rt_putint(i);
    if (i >= 0) {
        rt_puts("] with length ");
        rt_putint(len);
    } else {
        rt_puts("]");
    }
    rt_puts("\n");
    die();
}

void gort_panic_index_u(uint64_t i, int64_t len) {
    go_bounds(BOUNDS_INDEX, (int64_t)i, false, len);
    rt_puts("panic: runtime error: index out of range [");
    rt_putuint(i);
    rt_puts("] with length ");
    rt_putint(len);
    rt_puts("\n");
    die();
}

/* The bounds-error forms, indexed by `which` (see runtime.h). Each has the text before x,
 * between x and y, and after y; a negative x uses the short form that omits y. */
static const struct {
    const char *before, *mid, *after, *neg_after;
} slice_forms[] = {
    {"[:", "] with capacity ", "", "]"},
    {"[:", "] with length ", "", "]"},
    {"[", ":", "]", ":]"},
    {"[::", "] with capacity ", "", "]"},
    {"[:", ":", "]", ":]"},
    {"[", ":", ":]", "::]"},
    {"[::", "] with length ", "", "]"},
};

static _Noreturn void panic_slice(int64_t which, uint64_t x, bool xsigned, int64_t y) {
    go_bounds(which, (int64_t)x, xsigned, y);
    if (which == 7) {
        rt_puts("panic: runtime error: cannot convert slice with length ");
        rt_putint((int64_t)x);
        rt_puts(" to array or pointer to array with length ");
        rt_putint(y);
        rt_puts("\n");
        die();
    }
    if (which < 0 || which >= (int64_t)(sizeof slice_forms / sizeof slice_forms[0])) which = 2;
    bool neg = xsigned && (int64_t)x < 0;
    rt_puts("panic: runtime error: slice bounds out of range ");
    rt_puts(slice_forms[which].before);
    if (xsigned) rt_putint((int64_t)x);
    else rt_putuint(x);
    if (neg) {
        rt_puts(slice_forms[which].neg_after);
    } else {
        rt_puts(slice_forms[which].mid);
        rt_putint(y);
        rt_puts(slice_forms[which].after);
    }
    rt_puts("\n");
    die();
}

void gort_panic_slice(int64_t which, int64_t x, int64_t y) { panic_slice(which, (uint64_t)x, true, y); }
void gort_panic_slice_u(int64_t which, uint64_t x, int64_t y) { panic_slice(which, x, false, y); }

void gort_panic_divide(void) { runtime_error("integer divide by zero"); }
void gort_panic_shift(void) { runtime_error("negative shift amount"); }
void gort_panic_makeslice_len(void) { runtime_error("makeslice: len out of range"); }
void gort_panic_makeslice_cap(void) { runtime_error("makeslice: cap out of range"); }
void gort_panic_unsafe_slice_len(void) { runtime_error("unsafe.Slice: len out of range"); }
void gort_panic_unsafe_slice_nil(void) { runtime_error("unsafe.Slice: ptr is nil and len is not zero"); }
void gort_panic_unsafe_string_len(void) { runtime_error("unsafe.String: len out of range"); }
void gort_panic_unsafe_string_nil(void) { runtime_error("unsafe.String: ptr is nil and len is not zero"); }

void gort_panic_nil(void) {
    static const char msg[] = "invalid memory address or nil pointer dereference";
    go_string_error(0, (const uint8_t *)msg, (int64_t)sizeof msg - 1);
    rt_puts("panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=");
    rt_puthex((uint64_t)(uintptr_t)__builtin_return_address(0));
    rt_puts("]\n");
    die();
}

/* ---- panic(v) ---------------------------------------------------------------------------- */

static const void *find_method(const GoType *t, const char *name) {
    size_t n = strlen(name);
    for (int64_t i = 0; i < t->nmethods; i++) {
        const GoMethod *m = &t->methods[i];
        if (m->name.len == (int64_t)n && memcmp(m->name.ptr, name, n) == 0) return m->fn;
    }
    return NULL;
}

static bool is_pointer_shaped(int64_t kind) {
    return kind == GOKIND_POINTER || kind == GOKIND_UNSAFEPOINTER || kind == GOKIND_MAP ||
           kind == GOKIND_CHAN || kind == GOKIND_FUNC;
}

/* Prints a value of basic kind; false if the kind is not one printpanicval shows by value. */
static bool put_basic(const GoType *t, const void *data) {
    switch (t->kind) {
    case GOKIND_BOOL: rt_puts(*(const uint8_t *)data ? "true" : "false"); return true;
    case GOKIND_INT: case GOKIND_INT64: rt_putint(*(const int64_t *)data); return true;
    case GOKIND_INT8: rt_putint(*(const int8_t *)data); return true;
    case GOKIND_INT16: rt_putint(*(const int16_t *)data); return true;
    case GOKIND_INT32: rt_putint(*(const int32_t *)data); return true;
    case GOKIND_UINT: case GOKIND_UINT64: case GOKIND_UINTPTR:
        rt_putuint(*(const uint64_t *)data); return true;
    case GOKIND_UINT8: rt_putuint(*(const uint8_t *)data); return true;
    case GOKIND_UINT16: rt_putuint(*(const uint16_t *)data); return true;
    case GOKIND_UINT32: rt_putuint(*(const uint32_t *)data); return true;
    case GOKIND_FLOAT32: rt_putfloat(*(const float *)data, 32); return true;
    case GOKIND_FLOAT64: rt_putfloat(*(const double *)data, 64); return true;
    case GOKIND_COMPLEX64: {
        const float *c = data;
        rt_putcomplex(c[0], c[1], 32);
        return true;
    }
    case GOKIND_COMPLEX128: {
        const double *c = data;
        rt_putcomplex(c[0], c[1], 64);
        return true;
    }
    case GOKIND_STRING: {
        const GoString *s = data;
        put_indented(s->ptr, s->len);
        return true;
    }
    default: return false;
    }
}

void rt_print_panic_value(const GoType *type, void *data) {
    if (!type) {
        rt_puts("panic called with nil argument");
        return;
    }
    typedef GoString (*StringMethod)(void *env, void *recv);
    const void *fn = find_method(type, "Error");
    if (!fn) fn = find_method(type, "String");
    if (fn) {
        GoString s = ((StringMethod)fn)(NULL, data);
        put_indented(s.ptr, s.len);
    } else if (!is_pointer_shaped(type->kind) && (type->flags & GOTYPE_NAMED) &&
               type->kind != GOKIND_STRUCT && type->kind != GOKIND_ARRAY &&
               type->kind != GOKIND_SLICE && type->kind != GOKIND_INTERFACE) {
        rt_putn((const char *)type->name.ptr, type->name.len);
        /* main.S("hi"), main.T(42); complex values bring their own parentheses */
        bool str = type->kind == GOKIND_STRING;
        bool cplx = type->kind == GOKIND_COMPLEX64 || type->kind == GOKIND_COMPLEX128;
        rt_puts(str ? "(\"" : cplx ? "" : "(");
        put_basic(type, data);
        rt_puts(str ? "\")" : cplx ? "" : ")");
    } else if (is_pointer_shaped(type->kind) || !put_basic(type, data)) {
        rt_puts("(");
        rt_putn((const char *)type->name.ptr, type->name.len);
        rt_puts(") ");
        rt_puthex((uint64_t)(uintptr_t)data);
    }
}
