/* format_map.c — printing maps as Go's fmt does: map[k1:v1 k2:v2] (%#v: map[K]V{k1:v1, ...},
 * a nil map map[K]V(nil)), with the entries sorted by key the way Go's internal/fmtsort
 * orders them, so the output does not depend on the map's random iteration order:
 * numbers ascending (NaN first, -0 == +0), strings bytewise, false before true, pointers and
 * channels by address (nil first), structs and arrays member by member, interfaces nil
 * first, then by dynamic type, then by value. The sort is stable, as fmtsort's is: entries
 * whose keys compare equal (NaNs) keep the iteration order, like in gc. */
#include <string.h>

#include "stdlib/fmt/format_internal.h"

typedef struct Entry { const void *key, *val; } Entry;

static int cmp_int(int64_t a, int64_t b) { return a < b ? -1 : a > b ? 1 : 0; }
static int cmp_uint(uint64_t a, uint64_t b) { return a < b ? -1 : a > b ? 1 : 0; }

/* cmp.Compare for floats: NaN sorts before every number and equals NaN. */
static int cmp_float(double a, double b) {
    bool an = a != a, bn = b != b;
    if (an || bn) return an && bn ? 0 : an ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

static int64_t load_signed(const GoType *t, const void *p) {
    switch (t->kind) {
    case GOKIND_INT8: return *(const int8_t *)p;
    case GOKIND_INT16: return *(const int16_t *)p;
    case GOKIND_INT32: return *(const int32_t *)p;
    default: return *(const int64_t *)p;
    }
}

static uint64_t load_unsigned(const GoType *t, const void *p) {
    switch (t->kind) {
    case GOKIND_UINT8: return *(const uint8_t *)p;
    case GOKIND_UINT16: return *(const uint16_t *)p;
    case GOKIND_UINT32: return *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}

/* The dynamic type held by an interface stored at p (a non-empty interface holds an itab
 * whose first word is the type). */
static const GoType *dyn_type(const GoType *it, const void *p) {
    const void *w = ((const GoIface *)p)->type;
    if (w && it->nmethods > 0) return *(const GoType *const *)w;
    return w;
}

static int compare(const GoType *t, const void *a, const void *b) {
    switch (t->kind) {
    case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16: case GOKIND_INT32: case GOKIND_INT64:
        return cmp_int(load_signed(t, a), load_signed(t, b));
    case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16: case GOKIND_UINT32: case GOKIND_UINT64:
    case GOKIND_UINTPTR:
        return cmp_uint(load_unsigned(t, a), load_unsigned(t, b));
    case GOKIND_STRING: {
        const GoString *x = a, *y = b;
        int64_t n = x->len < y->len ? x->len : y->len;
        int c = n ? memcmp(x->ptr, y->ptr, (size_t)n) : 0;
        return c < 0 ? -1 : c > 0 ? 1 : cmp_int(x->len, y->len);
    }
    case GOKIND_FLOAT32: return cmp_float(*(const float *)a, *(const float *)b);
    case GOKIND_FLOAT64: return cmp_float(*(const double *)a, *(const double *)b);
    case GOKIND_COMPLEX64: {
        const float *x = a, *y = b;
        int c = cmp_float(x[0], y[0]);
        return c ? c : cmp_float(x[1], y[1]);
    }
    case GOKIND_COMPLEX128: {
        const double *x = a, *y = b;
        int c = cmp_float(x[0], y[0]);
        return c ? c : cmp_float(x[1], y[1]);
    }
    case GOKIND_BOOL: return cmp_int(*(const uint8_t *)a != 0, *(const uint8_t *)b != 0);
    case GOKIND_POINTER: case GOKIND_UNSAFEPOINTER: case GOKIND_CHAN:
        return cmp_uint((uintptr_t)*(void *const *)a, (uintptr_t)*(void *const *)b);
    case GOKIND_STRUCT:
        for (int64_t i = 0; i < t->len; i++) {
            const GoField *f = &t->fields[i];
            int c = compare(f->type, (const uint8_t *)a + f->offset, (const uint8_t *)b + f->offset);
            if (c) return c;
        }
        return 0;
    case GOKIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int64_t off = i * t->elem->size;
            int c = compare(t->elem, (const uint8_t *)a + off, (const uint8_t *)b + off);
            if (c) return c;
        }
        return 0;
    case GOKIND_INTERFACE: {
        const GoType *ta = dyn_type(t, a), *tb = dyn_type(t, b);
        if (!ta || !tb) return ta ? 1 : tb ? -1 : 0;
        if (ta != tb) return cmp_uint((uintptr_t)ta, (uintptr_t)tb);
        FmtValue x = fmt_iface_value(ta, &((void *const *)a)[1]);
        FmtValue y = fmt_iface_value(tb, &((void *const *)b)[1]);
        return compare(ta, x.addr, y.addr);
    }
    default:
        return 0;   /* maps, funcs and slices cannot be keys */
    }
}

/* Stable merge sort of n entries by key (tmp holds n entries). */
static void sort_entries(const GoType *kt, Entry *e, Entry *tmp, int64_t n) {
    if (n < 2) return;
    int64_t h = n / 2;
    sort_entries(kt, e, tmp, h);
    sort_entries(kt, e + h, tmp, n - h);
    int64_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = compare(kt, e[j].key, e[i].key) < 0 ? e[j++] : e[i++];
    while (i < h) tmp[k++] = e[i++];
    while (j < n) tmp[k++] = e[j++];
    memcpy(e, tmp, (size_t)n * sizeof *e);
}

void fmt_print_map(Printer *p, FmtValue v, int32_t verb, int depth) {
    const GoType *t = v.type;
    void *m = *(void *const *)v.addr;
    if (p->f.sharpV) {
        fmt_type_string(p->buf, t);
        if (!m) {
            fb_str(p->buf, "(nil)");
            return;
        }
        fb_byte(p->buf, '{');
    } else {
        fb_str(p->buf, "map[");
    }
    int64_t n = gort_maplen(m);
    if (n > 0) {
        /* On the GC heap: the entries point into the map's tables, which must stay alive
         * even if a String method called while printing changes the map. */
        Entry *e = gort_alloc(2 * n * (int64_t)sizeof(Entry), NULL), *tmp = e + n;
        void *it[GORT_MAPITER_WORDS];
        int64_t count = 0;
        gort_mapiterinit(t, m, it);
        while (count < n && gort_mapiternext(it)) e[count++] = (Entry){ it[0], it[1] };
        sort_entries(t->key, e, tmp, count);
        for (int64_t i = 0; i < count; i++) {
            if (i > 0) fb_str(p->buf, p->f.sharpV ? ", " : " ");
            FmtValue kv = { .type = t->key, .addr = e[i].key, .can_iface = v.can_iface };
            FmtValue vv = { .type = t->elem, .addr = e[i].val, .can_iface = v.can_iface };
            fmt_print_value(p, kv, verb, depth + 1);
            fb_byte(p->buf, ':');
            fmt_print_value(p, vv, verb, depth + 1);
        }
    }
    fb_byte(p->buf, p->f.sharpV ? '}' : ']');
}
