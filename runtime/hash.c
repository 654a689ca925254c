/* hash.c — hashing and equality of map keys, by walking their type descriptors, and the
 * runtime's fast random numbers (hash seeds, NaN hashes, iteration start points).
 *
 * The byte hash is in the style of wyhash (multiply-fold mixing of 8-byte reads), written for
 * golc. Go's rules shape the walkers: +0 and -0 are equal so they must hash alike (zero hashes
 * as +0); NaN equals nothing, so it gets a random hash — every NaN insertion lands somewhere
 * new instead of piling up in one probe chain; blank struct fields are ignored by ==, so they
 * are skipped here too; and padding bytes are never read (only fields and elements are). */
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime/map.h"

static uint64_t read64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static uint64_t read32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

uint64_t map_memhash(const void *data, int64_t n, uint64_t seed) {
    const uint8_t *p = data;
    uint64_t a, b;
    if (n == 8) return map_hash_word(read64(p), seed);
    if (n <= 16) {
        if (n >= 4) {
            int64_t last = n - 4, mid = (n >> 3) << 2;
            a = read32(p) << 32 | read32(p + mid);
            b = read32(p + last) << 32 | read32(p + last - mid);
        } else if (n > 0) {
            a = (uint64_t)p[0] << 16 | (uint64_t)p[n >> 1] << 8 | p[n - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        int64_t i = n;
        uint64_t s1 = seed, s2 = seed;
        while (i > 32) {
            s1 = map_mix(read64(p) ^ MAP_P1, read64(p + 8) ^ s1);
            s2 = map_mix(read64(p + 16) ^ MAP_P2, read64(p + 24) ^ s2);
            p += 32;
            i -= 32;
        }
        seed = s1 ^ s2;
        if (i > 16) {
            seed = map_mix(read64(p) ^ MAP_P1, read64(p + 8) ^ seed);
            p += 16;
            i -= 16;
        }
        a = read64(p + i - 16);
        b = read64(p + i - 8);
    }
    return map_mix(MAP_P1 ^ (uint64_t)n, map_mix(a ^ MAP_P1, b ^ seed ^ MAP_P0));
}

/* ---- random numbers ---------------------------------------------------------------------- */

static uint64_t rand_state;

uint64_t map_rand(void) {
    if (rand_state == 0) {
        /* clock, address-space layout and pid: different every run, like gc's fastrand seed */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint64_t s = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30);
        s ^= (uint64_t)(uintptr_t)&ts ^ ((uint64_t)(uintptr_t)&rand_state << 17) ^ ((uint64_t)getpid() << 40);
        rand_state = s | 1;
    }
    rand_state += MAP_P0;
    return map_mix(rand_state, rand_state ^ MAP_P1);
}

/* ---- walking types ----------------------------------------------------------------------- */

static bool pointer_shaped(const GoType *t) {
    switch (t->kind) {
    case GOKIND_POINTER: case GOKIND_UNSAFEPOINTER: case GOKIND_MAP: case GOKIND_CHAN: case GOKIND_FUNC:
        return true;
    }
    return false;
}

/* == is defined on t (not looking inside interfaces, which are checked at run time) */
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

static bool is_blank(const GoField *f) { return f->name.len == 1 && f->name.ptr[0] == '_'; }

/* An interface value in memory: { type or itab, data }. A non-empty interface (one with
 * methods) holds an itab whose first word is the dynamic type. */
static const GoType *dynamic_type(const GoType *it, const void *iface) {
    const void *w = ((const GoIface *)iface)->type;
    if (w && it->nmethods > 0) return *(const GoType *const *)w;
    return w;
}

/* Address of the dynamic value: the data word itself for pointer-shaped types. */
static const void *dynamic_value(const GoType *dyn, const void *iface) {
    const GoIface *i = iface;
    return pointer_shaped(dyn) ? (const void *)&i->data : i->data;
}

static _Noreturn void unhashable(const GoType *t, bool empty_map) {
    char msg[600];
    const char *prefix = empty_map ? "hash of unhashable type: " : "runtime error: hash of unhashable type ";
    size_t n = strlen(prefix);
    memcpy(msg, prefix, n);
    size_t len = (size_t)t->name.len < sizeof msg - n ? (size_t)t->name.len : sizeof msg - n;
    memcpy(msg + n, t->name.ptr, len);
    gort_panic_msg((const uint8_t *)msg, (int64_t)(n + len));
}

static uint64_t hash_float(double f, uint64_t seed) {
    if (f == 0) return map_hash_word(0, seed);          /* +0 and -0 */
    if (f != f) return map_hash_word(map_rand(), seed);  /* NaN */
    uint64_t bits;
    memcpy(&bits, &f, 8);
    return map_hash_word(bits, seed);
}

uint64_t map_hash(const GoType *t, const void *p, uint64_t seed) {
    switch (t->kind) {
    case GOKIND_FLOAT32: return hash_float(*(const float *)p, seed);
    case GOKIND_FLOAT64: return hash_float(*(const double *)p, seed);
    case GOKIND_COMPLEX64: {
        const float *c = p;
        return hash_float(c[1], hash_float(c[0], seed));
    }
    case GOKIND_COMPLEX128: {
        const double *c = p;
        return hash_float(c[1], hash_float(c[0], seed));
    }
    case GOKIND_STRING: {
        const GoString *s = p;
        return map_memhash(s->ptr, s->len, seed);
    }
    case GOKIND_INTERFACE: {
        const GoType *dyn = dynamic_type(t, p);
        if (!dyn) return map_hash_word(0, seed);
        if (!comparable(dyn)) unhashable(dyn, false);
        return map_hash(dyn, dynamic_value(dyn, p), seed ^ (uint64_t)dyn->kind);
    }
    case GOKIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++) seed = map_hash(t->elem, (const uint8_t *)p + i * t->elem->size, seed);
        return seed;
    case GOKIND_STRUCT:
        for (int64_t i = 0; i < t->len; i++) {
            const GoField *f = &t->fields[i];
            if (!is_blank(f)) seed = map_hash(f->type, (const uint8_t *)p + f->offset, seed);
        }
        return seed;
    case GOKIND_SLICE: case GOKIND_MAP: case GOKIND_FUNC:
        unhashable(t, false);
    default: /* bool, integers, pointers, chans: their bytes */
        return map_memhash(p, t->size, seed);
    }
}

bool map_equal(const GoType *t, const void *x, const void *y) {
    switch (t->kind) {
    case GOKIND_FLOAT32: return *(const float *)x == *(const float *)y;
    case GOKIND_FLOAT64: return *(const double *)x == *(const double *)y;
    case GOKIND_COMPLEX64: {
        const float *a = x, *b = y;
        return a[0] == b[0] && a[1] == b[1];
    }
    case GOKIND_COMPLEX128: {
        const double *a = x, *b = y;
        return a[0] == b[0] && a[1] == b[1];
    }
    case GOKIND_STRING: {
        const GoString *a = x, *b = y;
        return a->len == b->len && (a->len == 0 || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0);
    }
    case GOKIND_INTERFACE: {
        const GoType *da = dynamic_type(t, x), *db = dynamic_type(t, y);
        if (da != db) return false;
        if (!da) return true;
        if (!comparable(da)) unhashable(da, false);
        return map_equal(da, dynamic_value(da, x), dynamic_value(da, y));
    }
    case GOKIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int64_t off = i * t->elem->size;
            if (!map_equal(t->elem, (const uint8_t *)x + off, (const uint8_t *)y + off)) return false;
        }
        return true;
    case GOKIND_STRUCT:
        for (int64_t i = 0; i < t->len; i++) {
            const GoField *f = &t->fields[i];
            if (!is_blank(f) && !map_equal(f->type, (const uint8_t *)x + f->offset, (const uint8_t *)y + f->offset))
                return false;
        }
        return true;
    default:
        return memcmp(x, y, (size_t)t->size) == 0;
    }
}

void map_check_hashable(const GoType *t, const void *key, bool empty) {
    switch (t->kind) {
    case GOKIND_INTERFACE: {
        const GoType *dyn = dynamic_type(t, key);
        if (!dyn) return;
        if (!comparable(dyn)) unhashable(dyn, empty);
        map_check_hashable(dyn, dynamic_value(dyn, key), empty);
        return;
    }
    case GOKIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            map_check_hashable(t->elem, (const uint8_t *)key + i * t->elem->size, empty);
        return;
    case GOKIND_STRUCT:
        for (int64_t i = 0; i < t->len; i++)
            map_check_hashable(t->fields[i].type, (const uint8_t *)key + t->fields[i].offset, empty);
        return;
    default:
        return;
    }
}

int map_key_class(const GoType *key) {
    switch (key->kind) {
    case GOKIND_BOOL: case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16: case GOKIND_INT32:
    case GOKIND_INT64: case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16: case GOKIND_UINT32:
    case GOKIND_UINT64: case GOKIND_UINTPTR: case GOKIND_POINTER: case GOKIND_UNSAFEPOINTER:
    case GOKIND_CHAN:
        return key->size == 8 ? KEY_MEM64 : key->size == 4 ? KEY_MEM32 : KEY_MEM;
    case GOKIND_STRING:
        return KEY_STRING;
    default:
        return KEY_GENERIC;
    }
}
