/* as.c — C side of package errors: the reflection errors.Is and errors.As need, read from
 * the runtime's type descriptors (runtime.h, GoType).
 *
 * Assignability (errors.As): to an interface type when the dynamic type's method set has
 * every method name of the interface (names only: the type checker already ensured the
 * program is well typed, and method names are unique per type); to a concrete type when the
 * dynamic type is that type (descriptor identity). Assigning to a non-empty interface builds
 * an itab at run time ({type, code pointers in the interface's sorted method order}, ir.h),
 * on the GC heap so that interface values holding it keep it alive. */
#include <string.h>

#include "runtime/runtime.h"

static bool pointer_shaped(int64_t kind) {
    return kind == GOKIND_POINTER || kind == GOKIND_UNSAFEPOINTER || kind == GOKIND_MAP ||
           kind == GOKIND_CHAN || kind == GOKIND_FUNC;
}

static bool type_comparable(const GoType *t) {
    switch (t->kind) {
    case GOKIND_SLICE: case GOKIND_MAP: case GOKIND_FUNC: return false;
    case GOKIND_ARRAY: return t->elem == NULL || type_comparable(t->elem);
    case GOKIND_STRUCT:
        for (int64_t i = 0; i < t->len; i++)
            if (!type_comparable(t->fields[i].type)) return false;
        return true;
    default: return true;
    }
}

/* func comparable(v any) bool */
bool errors_comparable(const GoType *t, void *data) {
    (void)data;
    return t == NULL || type_comparable(t);
}

static const GoMethod *find_method(const GoType *t, GoString name) {
    for (int64_t i = 0; i < t->nmethods; i++) {
        const GoMethod *m = &t->methods[i];
        if (m->name.len == name.len && memcmp(m->name.ptr, name.ptr, (size_t)name.len) == 0) return m;
    }
    return NULL;
}

static bool implements(const GoType *t, const GoType *iface) {
    for (int64_t i = 0; i < iface->nmethods; i++)
        if (!find_method(t, iface->methods[i].name)) return false;
    return true;
}

static bool has_error_method(const GoType *t) {
    static const GoString error_name = { (const uint8_t *)"Error", 5 };
    return find_method(t, error_name) != NULL;
}

/* func checkTarget(target any) int */
int64_t errors_checkTarget(const GoType *t, void *data) {
    if (t == NULL || t->kind != GOKIND_POINTER || data == NULL || t->elem == NULL) return 1;
    if (t->elem->kind != GOKIND_INTERFACE && !has_error_method(t->elem)) return 2;
    return 0;
}

/* func assignTo(err any, target any) bool */
bool errors_assignTo(const GoType *et, void *edata, const GoType *tt, void *tdata) {
    const GoType *want = tt->elem;
    if (et == NULL) return false;
    if (want->kind == GOKIND_INTERFACE) {
        if (!implements(et, want)) return false;
        GoIface *dst = tdata;
        if (want->nmethods == 0) {
            dst->type = et;
        } else {
            const void **itab = gort_alloc((1 + want->nmethods) * (int64_t)sizeof(void *), NULL);
            itab[0] = et;
            for (int64_t i = 0; i < want->nmethods; i++) itab[1 + i] = find_method(et, want->methods[i].name)->fn;
            dst->type = (const GoType *)itab;
        }
        dst->data = edata;
        return true;
    }
    if (et != want) return false;
    if (pointer_shaped(want->kind)) *(void **)tdata = edata;
    else memcpy(tdata, edata, (size_t)want->size);
    return true;
}
