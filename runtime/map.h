/* map.h — the map implementation's internal face, shared by map.c (the table), hash.c
 * (hashing and equality of keys by type descriptor) and the unit tests.
 *
 * A map value is a GoMap* (NULL = nil map). The header is GORT_MAP_WORDS words that the
 * generated code allocates itself (an ALLOC_MAKEMAP site, so escape analysis may keep it on
 * the stack); everything else — the slot table — comes from the GC heap via gort_alloc.
 *
 * The table is open addressing with triangular probing over a power-of-two number of slots.
 * Each slot has a control byte: EMPTY, DELETED (a tombstone, so probe chains stay intact), or
 * FULL | 7 bits of the hash (a cheap filter before comparing keys). A slot holds the key and
 * then the value, inline. Growing never modifies the old table: it builds a new one and
 * switches the header to it. That is what makes `range` safe while the body inserts and
 * deletes: an iterator keeps walking the table it started with and, once the map has moved
 * on, confirms each key (and fetches its current value) in the current table. */
#ifndef GOLC_RUNTIME_MAP_H
#define GOLC_RUNTIME_MAP_H

#include "runtime/runtime.h"

enum { MAP_CTRL_EMPTY = 0, MAP_CTRL_DELETED = 1, MAP_CTRL_FULL = 0x80 };

/* How keys of a map are hashed and compared; the fast classes avoid walking the type. */
enum { KEY_MEM64, KEY_MEM32, KEY_MEM, KEY_STRING, KEY_GENERIC };

typedef struct MapTable {
    int64_t cap;        /* number of slots, a power of two (>= 8) */
    int64_t used;       /* FULL + DELETED slots: what limits probing */
    /* then: cap control bytes, padded to 16; then cap slots of MapHeader.slot_size bytes */
} MapTable;

typedef struct GoMap {
    int64_t count;          /* live entries: len(m) */
    MapTable *table;        /* NULL until the first insertion */
    const GoType *type;     /* the map type (kind MAP: key, elem) */
    uint64_t seed;          /* per-map hash seed */
    int32_t slot_size, val_off, key_class, noscan;
    uint64_t clear_seq;     /* bumped by clear(m): iterators started before stop */
} GoMap;

typedef struct MapIter {
    void *key;              /* word 0: address of the current key (generated code reads it) */
    void *elem;             /* word 1: address of the current value */
    GoMap *map;
    MapTable *table;        /* the table being walked */
    int64_t start, pos;     /* random first slot; slots visited so far */
    uint64_t clear_seq;
} MapIter;

_Static_assert(sizeof(GoMap) <= GORT_MAP_WORDS * 8, "GoMap must fit the header lowering allocates");
_Static_assert(sizeof(MapIter) <= GORT_MAPITER_WORDS * 8, "MapIter must fit the iterator lowering allocates");

/* The mixing step of the hash functions: a 64×64→128-bit multiply folded to 64 bits. */
static inline uint64_t map_mix(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}
#define MAP_P0 0xa0761d6478bd642fULL
#define MAP_P1 0xe7037ed1a0b428dbULL
#define MAP_P2 0x8ebc6af09c88c6e3ULL
/* The hash of one 8-byte word (ints, pointers): the 8-byte case of map_memhash. */
static inline uint64_t map_hash_word(uint64_t v, uint64_t seed) {
    return map_mix(MAP_P1 ^ 8, map_mix(v ^ MAP_P1, v ^ seed ^ MAP_P0));
}

/* hash.c: hash and == of a value of type t at p, by walking t (floats: +0 == -0, a NaN hashes
 * randomly and equals nothing; strings by content; interfaces by dynamic type and value,
 * panicking "runtime error: hash of unhashable type T" for slices, maps and funcs). */
uint64_t map_hash(const GoType *t, const void *p, uint64_t seed);
bool map_equal(const GoType *t, const void *x, const void *y);
uint64_t map_memhash(const void *p, int64_t n, uint64_t seed);
uint64_t map_rand(void);                       /* fast, seeded at first use from clock and ASLR */
/* Panics as gc does for a key (or a part of one) whose dynamic type is not comparable.
 * gc's message differs for an empty map ("hash of unhashable type: T") and a non-empty one
 * ("runtime error: hash of unhashable type T"); `empty` picks. */
void map_check_hashable(const GoType *t, const void *key, bool empty);
int map_key_class(const GoType *key);

#endif
