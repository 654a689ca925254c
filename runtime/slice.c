/* slice.c — append's growth, exactly as gc grows: double below 256 elements, then by
 * (cap + 3*256)/4 per step until large enough, then round the byte size up to the malloc
 * size class (gc_roundupsize) and give the slice every element that fits. */
#include <string.h>

#include "runtime/gc_internal.h"
#include "runtime/print_internal.h"
#include "runtime/runtime.h"

#define MAX_ALLOC ((int64_t)1 << 47)

static int64_t next_cap(int64_t newlen, int64_t oldcap) {
    int64_t newcap = oldcap;
    int64_t doublecap = newcap + newcap;
    if (newlen > doublecap) return newlen;
    const int64_t threshold = 256;
    if (oldcap < threshold) return doublecap;
    for (;;) {
        /* unsigned, as gc does, so an overflow ends the loop */
        newcap += (newcap + 3 * threshold) >> 2;
        if ((uint64_t)newcap >= (uint64_t)newlen) break;
    }
    if (newcap <= 0) return newlen;
    return newcap;
}

static _Noreturn void growslice_overflow(void) {
    static const char msg[] = "runtime error: growslice: len out of range";
    gort_panic_msg((const uint8_t *)msg, (int64_t)sizeof msg - 1);
}

void gort_growslice(GoSlice *out, void *oldptr, int64_t oldlen, int64_t oldcap,
                    int64_t newlen, int64_t elemsize, const GoType *elem) {
    if (newlen < 0) growslice_overflow();
    if (elemsize == 0) {
        out->ptr = &gc_zerobase;
        out->len = newlen;
        out->cap = newlen;
        return;
    }
    int64_t newcap = next_cap(newlen, oldcap);
    bool noscan = elem != NULL && !(elem->flags & GOTYPE_HAS_POINTERS);
    if (newcap < 0 || newcap > MAX_ALLOC / elemsize) growslice_overflow();
    int64_t capmem = gc_roundupsize(newcap * elemsize, noscan);
    newcap = capmem / elemsize;
    capmem = newcap * elemsize;
    void *p = gort_alloc(capmem, elem);
    if (oldlen > 0) memmove(p, oldptr, (size_t)(oldlen * elemsize));
    out->ptr = p;
    out->len = newlen;
    out->cap = newcap;
}

void gort_growslice_buf(GoSlice *out, void *oldptr, int64_t oldlen, int64_t oldcap, int64_t newlen,
                        int64_t elemsize, const GoType *elem, void *buf, bool *used) {
    /* gc's conditions: the slice is empty (nothing to copy) and the elements fit */
    if (!*used && oldlen == 0 && elemsize > 0 && newlen >= 0 && newlen <= GORT_STACK_BUF_BYTES / elemsize) {
        *used = true;
        memset(buf, 0, GORT_STACK_BUF_BYTES);
        out->ptr = buf;
        out->len = newlen;
        out->cap = GORT_STACK_BUF_BYTES / elemsize;
        return;
    }
    gort_growslice(out, oldptr, oldlen, oldcap, newlen, elemsize, elem);
}
