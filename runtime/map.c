/* map.c — Go maps: the hash table behind make, m[k], m[k] = v, delete, len, clear and range
 * (layout and invariants in map.h; hashing in hash.c).
 *
 * Load is kept below 3/4 of the slots counting tombstones, so a probe always meets an EMPTY
 * slot. When an insertion would cross that line the table is rebuilt: at twice the size, or at
 * the same size when most used slots are only tombstones. Deleting zeroes the slot, so the
 * collector does not keep a deleted key's or value's referents alive.
 *
 * Iteration order is randomised as gc does it: every range loop starts at a random slot, so a
 * program that depends on the order sees it change from run to run. */
#include <string.h>

#include "runtime/map.h"

enum { MIN_CAP = 8 };

/* Tables of maps whose keys and values hold no pointers are allocated noscan. */
static const GoType noscan_type = { .size = 1, .align = 1, .kind = GOKIND_UINT8 };

static int64_t ctrl_bytes(int64_t cap) { return (cap + 15) & ~(int64_t)15; }
static uint8_t *ctrl_of(MapTable *t) { return (uint8_t *)(t + 1); }
static uint8_t *slot_at(const GoMap *h, MapTable *t, int64_t i) {
    return ctrl_of(t) + ctrl_bytes(t->cap) + i * h->slot_size;
}
static uint8_t tag_of(uint64_t hash) { return (uint8_t)(MAP_CTRL_FULL | (hash >> 57)); }

static MapTable *table_new(const GoMap *h, int64_t cap) {
    int64_t size = (int64_t)sizeof(MapTable) + ctrl_bytes(cap) + cap * h->slot_size;
    MapTable *t = gort_alloc(size, h->noscan ? &noscan_type : NULL);
    t->cap = cap;
    return t;
}

static uint64_t key_hash(const GoMap *h, const void *key) {
    switch (h->key_class) {
    case KEY_MEM64: { uint64_t v; memcpy(&v, key, 8); return map_hash_word(v, h->seed); }
    case KEY_MEM32: { uint32_t v; memcpy(&v, key, 4); return map_hash_word(v, h->seed); }
    case KEY_MEM: return map_memhash(key, h->type->key->size, h->seed);
    case KEY_STRING: { const GoString *s = key; return map_memhash(s->ptr, s->len, h->seed); }
    default: return map_hash(h->type->key, key, h->seed);
    }
}

static bool key_equal(const GoMap *h, const void *x, const void *y) {
    switch (h->key_class) {
    case KEY_MEM64: return memcmp(x, y, 8) == 0;
    case KEY_MEM32: return memcmp(x, y, 4) == 0;
    case KEY_MEM: return memcmp(x, y, (size_t)h->type->key->size) == 0;
    case KEY_STRING: {
        const GoString *a = x, *b = y;
        return a->len == b->len && (a->ptr == b->ptr || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0);
    }
    default: return map_equal(h->type->key, x, y);
    }
}

/* Copies of keys and values: the common sizes as fixed-size moves (no call to memcpy). */
static inline void copy_bytes(void *dst, const void *src, size_t n) {
    switch (n) {
    case 8: memcpy(dst, src, 8); return;
    case 16: memcpy(dst, src, 16); return;
    case 4: memcpy(dst, src, 4); return;
    case 1: memcpy(dst, src, 1); return;
    case 24: memcpy(dst, src, 24); return;
    default: memcpy(dst, src, n); return;
    }
}

/* Slot index of key in t, or -1. Triangular probing (i, i+1, i+3, i+6, ...) visits every
 * slot of a power-of-two table. 8-byte keys (ints, pointers) compare as words. */
static int64_t find_hashed(const GoMap *h, MapTable *t, const void *key, uint64_t hash) {
    uint8_t *ctrl = ctrl_of(t), tag = tag_of(hash);
    int64_t mask = t->cap - 1, i = (int64_t)hash & mask;
    if (h->key_class == KEY_MEM64) {
        uint64_t k;
        memcpy(&k, key, 8);
        uint8_t *slots = ctrl + ctrl_bytes(t->cap);
        for (int64_t step = 1; step <= t->cap; step++) {
            uint8_t c = ctrl[i];
            if (c == MAP_CTRL_EMPTY) return -1;
            uint64_t s;
            memcpy(&s, slots + i * h->slot_size, 8);
            if (c == tag && s == k) return i;
            i = (i + step) & mask;
        }
        return -1;
    }
    for (int64_t step = 1; step <= t->cap; step++) {
        uint8_t c = ctrl[i];
        if (c == MAP_CTRL_EMPTY) return -1;
        if (c == tag && key_equal(h, slot_at(h, t, i), key)) return i;
        i = (i + step) & mask;
    }
    return -1;
}

/* A smallest table of 8-byte keys is searched without hashing: all 8 slots are compared, as
 * gc's small maps do. Where an entry sits in it does not matter, so insertions take the first
 * free slot and hash nothing either; growing rehashes every key. */
static bool small64(const GoMap *h, const MapTable *t) {
    return h->key_class == KEY_MEM64 && t->cap == MIN_CAP;
}

static int64_t find_small64(const GoMap *h, MapTable *t, const void *key) {
    uint64_t k;
    memcpy(&k, key, 8);
    uint8_t *ctrl = ctrl_of(t), *slots = ctrl + ctrl_bytes(MIN_CAP);
    for (int64_t i = 0; i < MIN_CAP; i++) {
        uint64_t s;
        memcpy(&s, slots + i * h->slot_size, 8);
        if ((ctrl[i] & MAP_CTRL_FULL) && s == k) return i;
    }
    return -1;
}

static int64_t find(const GoMap *h, MapTable *t, const void *key) {
    return small64(h, t) ? find_small64(h, t, key) : find_hashed(h, t, key, key_hash(h, key));
}

/* The slot where a key not in t goes: the first EMPTY or DELETED one on its probe path. */
static int64_t free_slot(MapTable *t, uint64_t hash) {
    uint8_t *ctrl = ctrl_of(t);
    int64_t mask = t->cap - 1, i = (int64_t)hash & mask;
    for (int64_t step = 1; !(ctrl[i] == MAP_CTRL_EMPTY || ctrl[i] == MAP_CTRL_DELETED); step++)
        i = (i + step) & mask;
    return i;
}

/* Moves every entry into a new table of `cap` slots; the old table is left untouched for the
 * iterators still walking it. */
static void rebuild(GoMap *h, int64_t cap) {
    MapTable *old = h->table, *t = table_new(h, cap);
    if (old) {
        uint8_t *octrl = ctrl_of(old);
        for (int64_t i = 0; i < old->cap; i++) {
            if (!(octrl[i] & MAP_CTRL_FULL)) continue;
            uint8_t *src = slot_at(h, old, i);
            uint64_t hash = key_hash(h, src);
            int64_t j = free_slot(t, hash);
            ctrl_of(t)[j] = tag_of(hash);
            copy_bytes(slot_at(h, t, j), src, (size_t)h->slot_size);
            t->used++;
        }
    }
    h->table = t;
}

/* Past 3/4 full a table grows; the smallest may fill up (a lookup then reads at most its
 * 8 slots), so a map of up to 8 entries is one allocation, as gc's small maps are. */
static bool over_load(int64_t used, int64_t cap) {
    return cap == MIN_CAP ? used > cap : used * 4 > cap * 3;
}

static int64_t cap_for(int64_t n) {
    int64_t cap = MIN_CAP;
    while (over_load(n, cap)) cap *= 2;
    return cap;
}

static int64_t round_up(int64_t n, int64_t a) { return a > 1 ? (n + a - 1) / a * a : n; }

void gort_makemap(void *hp, const GoType *maptype, int64_t hint) {
    GoMap *h = hp;
    memset(h, 0, sizeof *h);
    const GoType *k = maptype->key, *v = maptype->elem;
    int64_t align = k->align > v->align ? k->align : v->align;
    h->type = maptype;
    h->seed = map_rand();
    h->val_off = (int32_t)round_up(k->size, v->align);
    h->slot_size = (int32_t)round_up(h->val_off + v->size, align);
    h->key_class = map_key_class(k);
    h->noscan = !(k->flags & GOTYPE_HAS_POINTERS) && !(v->flags & GOTYPE_HAS_POINTERS);
    /* a hint too large to honour is ignored, as gc does; the table then grows as needed */
    if (hint > MIN_CAP * 3 / 4 && hint <= ((int64_t)1 << 40) / (h->slot_size + 1)) rebuild(h, cap_for(hint));
}

int64_t gort_maplen(const void *hp) { return hp ? ((const GoMap *)hp)->count : 0; }

bool gort_mapaccess(const GoType *maptype, void *hp, const void *key, void *val) {
    GoMap *h = hp;
    const GoType *vt = maptype->elem;
    if (h && h->count > 0) {
        int64_t i = find(h, h->table, key);
        if (i >= 0) {
            copy_bytes(val, slot_at(h, h->table, i) + h->val_off, (size_t)vt->size);
            return true;
        }
    } else {
        map_check_hashable(maptype->key, key, true);
    }
    memset(val, 0, (size_t)vt->size);
    return false;
}

void *gort_mapassign(const GoType *maptype, void *hp, const void *key) {
    static const char nil_msg[] = "assignment to entry in nil map";
    GoMap *h = hp;
    (void)maptype;
    if (!h) gort_panic_msg((const uint8_t *)nil_msg, sizeof nil_msg - 1);
    /* hashed once, and not at all while the table is a smallest one of 8-byte keys */
    bool hashless = h->key_class == KEY_MEM64 && (!h->table || h->table->cap == MIN_CAP);
    uint64_t hash = hashless ? 0 : key_hash(h, key);
    if (h->table) {
        int64_t i = hashless ? find_small64(h, h->table, key) : find_hashed(h, h->table, key, hash);
        if (i >= 0) {
            uint8_t *slot = slot_at(h, h->table, i);
            /* gc stores the new key over an equal old one where that is visible: -0 over +0,
             * another string's bytes, an interface's dynamic value */
            if (h->key_class >= KEY_STRING) memcpy(slot, key, (size_t)maptype->key->size);
            return slot + h->val_off;
        }
    }
    if (!h->table) rebuild(h, MIN_CAP);
    else if (over_load(h->table->used + 1, h->table->cap))
        rebuild(h, over_load(h->count + 1, h->table->cap / 2) ? h->table->cap * 2 : h->table->cap);
    MapTable *t = h->table;
    int64_t i;
    uint8_t tag = MAP_CTRL_FULL;
    if (small64(h, t)) {
        for (i = 0; ctrl_of(t)[i] & MAP_CTRL_FULL; i++) {}  /* not full: it was just grown */
    } else {
        if (hashless) hash = key_hash(h, key);
        i = free_slot(t, hash);
        tag = tag_of(hash);
    }
    if (ctrl_of(t)[i] == MAP_CTRL_EMPTY) t->used++;
    ctrl_of(t)[i] = tag;
    h->count++;
    uint8_t *slot = slot_at(h, t, i);
    copy_bytes(slot, key, (size_t)maptype->key->size);
    return slot + h->val_off;   /* zero: fresh memory, or zeroed when its entry was deleted */
}

void gort_mapdelete(const GoType *maptype, void *hp, const void *key) {
    GoMap *h = hp;
    if (!h || h->count == 0) {
        map_check_hashable(maptype->key, key, true);
        return;
    }
    MapTable *t = h->table;
    int64_t i = find(h, t, key);
    if (i < 0) return;
    ctrl_of(t)[i] = MAP_CTRL_DELETED;
    memset(slot_at(h, t, i), 0, (size_t)h->slot_size);
    h->count--;
}

void gort_mapclear(const GoType *maptype, void *hp) {
    GoMap *h = hp;
    (void)maptype;
    if (!h) return;
    h->clear_seq++;
    h->count = 0;
    MapTable *t = h->table;
    if (!t || t->used == 0) return;
    /* in place (the map keeps its size, as in gc); iterators of this table stop (clear_seq) */
    memset(ctrl_of(t), 0, (size_t)t->cap);
    memset(slot_at(h, t, 0), 0, (size_t)(t->cap * h->slot_size));
    t->used = 0;
}

/* ---- iteration --------------------------------------------------------------------------- */

void gort_mapiterinit(const GoType *maptype, void *hp, void *itp) {
    MapIter *it = itp;
    GoMap *h = hp;
    (void)maptype;
    memset(it, 0, sizeof *it);
    if (!h || h->count == 0 || !h->table) return;
    it->map = h;
    it->table = h->table;
    it->start = (int64_t)(map_rand() & (uint64_t)(h->table->cap - 1));
    it->clear_seq = h->clear_seq;
}

bool gort_mapiternext(void *itp) {
    MapIter *it = itp;
    MapTable *t = it->table;
    GoMap *h = it->map;
    if (t && h->clear_seq == it->clear_seq) {
        uint8_t *ctrl = ctrl_of(t);
        int64_t mask = t->cap - 1;
        while (it->pos < t->cap) {
            int64_t i = (it->start + it->pos++) & mask;
            if (!(ctrl[i] & MAP_CTRL_FULL)) continue;
            uint8_t *key = slot_at(h, t, i), *elem = key + h->val_off;
            if (t != h->table && key_equal(h, key, key)) {
                /* the map has been rebuilt since: the entry counts only if it is still there,
                 * and its value is the current one. (A key != itself — NaN — cannot be looked
                 * up, nor deleted except by clear, which ends the loop: its old value holds.) */
                int64_t j = find(h, h->table, key);
                if (j < 0) continue;
                elem = slot_at(h, h->table, j) + h->val_off;
            }
            it->key = key;
            it->elem = elem;
            return true;
        }
    }
    it->table = NULL;
    it->key = it->elem = NULL;
    return false;
}
