/* slice.c — C side of package sort: sort.Slice's view of an arbitrary slice (golc has no
 * reflect): its length, element size and base address from the interface's descriptor, and
 * an element swap of that size. */
#include <string.h>

#include "runtime/runtime.h"

/* func sliceInfo(x any) (n int, elemSize int, data uintptr) */
void sort_sliceInfo(const GoType *t, void *data, int64_t *n, int64_t *size, uintptr_t *base) {
    if (t == NULL || t->kind != GOKIND_SLICE) {
        /* Go's reflectlite.Swapper panics with a *reflect.ValueError; its text: */
        static const char msg[] = "reflect: call of Swapper on non-slice value";
        gort_panic_msg((const uint8_t *)msg, (int64_t)sizeof msg - 1);
    }
    const GoSlice *s = data; /* slices are boxed: data points to the slice header */
    *n = s->len;
    *size = t->elem ? t->elem->size : 0;
    *base = (uintptr_t)s->ptr;
}

/* func swapElems(data uintptr, size int, i, j int) */
void sort_swapElems(uintptr_t base, int64_t size, int64_t i, int64_t j) {
    unsigned char *a = (unsigned char *)base + i * size, *b = (unsigned char *)base + j * size;
    unsigned char tmp[256];
    while (size > 0) {
        size_t chunk = size > (int64_t)sizeof tmp ? sizeof tmp : (size_t)size;
        memcpy(tmp, a, chunk);
        memcpy(a, b, chunk);
        memcpy(b, tmp, chunk);
        a += chunk;
        b += chunk;
        size -= (int64_t)chunk;
    }
}
