/* iface.c — `==` on interface values whose dynamic types are equal (gort_ifaceeq, see
 * runtime.h): the data words are compared as Go compares values of that type. Types that
 * contain slices, maps or funcs (other than behind a pointer) are uncomparable, and gc panics
 * naming the dynamic type: "runtime error: comparing uncomparable type main.T". */
#include <string.h>

#include "runtime/print_internal.h"
#include "runtime/runtime.h"

static bool pointer_shaped(int64_t kind) {
    return kind == GOKIND_POINTER || kind == GOKIND_UNSAFEPOINTER || kind == GOKIND_MAP ||
           kind == GOKIND_CHAN || kind == GOKIND_FUNC;
}

static bool comparable(const GoType *t) {
    switch (t->kind) {
    case GOKIND_SLICE: case GOKIND_MAP: case GOKIND_FUNC: return false;
    case GOKIND_ARRAY: return t->elem == NULL || comparable(t->elem);
    case GOKIND_STRUCT:
        for (int64_t i = 0; i < t->len; i++)
            if (!comparable(t->fields[i].type)) return false;
        return true;
    default: return true;
    }
}

static _Noreturn void uncomparable(const GoType *t) {
    static const char prefix[] = "runtime error: comparing uncomparable type ";
    char msg[512];
    size_t n = sizeof prefix - 1;
    memcpy(msg, prefix, n);
    size_t len = (size_t)t->name.len < sizeof msg - n ? (size_t)t->name.len : sizeof msg - n;
    memcpy(msg + n, t->name.ptr, len);
    gort_panic_msg((const uint8_t *)msg, (int64_t)(n + len));
}

/* An interface value stored in memory: for a non-empty interface type (one with methods) the
 * first word is an itab whose first word is the dynamic type. */
static const GoType *dynamic_type(const GoType *ifacetype, const void *word) {
    if (!word) return NULL;
    if (ifacetype->nmethods > 0) return *(const GoType *const *)word;
    return word;
}

static bool value_equal(const GoType *t, const void *x, const void *y);

static bool iface_equal(const GoType *it, const GoIface *a, const GoIface *b) {
    const GoType *ta = dynamic_type(it, a->type), *tb = dynamic_type(it, b->type);
    if (ta != tb) return false;
    if (!ta) return true;
    return gort_ifaceeq(ta, a->data, b->data);
}

/* x and y point to two values of type t. */
static bool value_equal(const GoType *t, const void *x, const void *y) {
    switch (t->kind) {
    case GOKIND_FLOAT32: return *(const float *)x == *(const float *)y;
    case GOKIND_FLOAT64: return *(const double *)x == *(const double *)y;
    case GOKIND_COMPLEX64:
        return ((const float *)x)[0] == ((const float *)y)[0] && ((const float *)x)[1] == ((const float *)y)[1];
    case GOKIND_COMPLEX128:
        return ((const double *)x)[0] == ((const double *)y)[0] && ((const double *)x)[1] == ((const double *)y)[1];
    case GOKIND_STRING: {
        const GoString *a = x, *b = y;
        return gort_streq(a->ptr, a->len, b->ptr, b->len);
    }
    case GOKIND_INTERFACE: return iface_equal(t, x, y);
    case GOKIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int64_t off = i * t->elem->size;
            if (!value_equal(t->elem, (const char *)x + off, (const char *)y + off)) return false;
        }
        return true;
    case GOKIND_STRUCT:
        for (int64_t i = 0; i < t->len; i++) {
            const GoField *f = &t->fields[i];
            if (f->name.len == 1 && f->name.ptr[0] == '_') continue;   /* blank fields are ignored */
            if (!value_equal(f->type, (const char *)x + f->offset, (const char *)y + f->offset)) return false;
        }
        return true;
    case GOKIND_SLICE: case GOKIND_MAP: case GOKIND_FUNC: uncomparable(t);
    default: return memcmp(x, y, (size_t)t->size) == 0;   /* bool, integers, pointers, chans */
    }
}

bool gort_ifaceeq(const GoType *t, void *x, void *y) {
    if (!comparable(t)) uncomparable(t);
    if (pointer_shaped(t->kind)) return x == y;
    return value_equal(t, x, y);
}
