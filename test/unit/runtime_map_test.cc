// The map runtime (runtime/map.c, runtime/hash.c) driven directly through its ABI, with
// hand-built type descriptors: lookups, growth, deletion, Go's float and interface key rules,
// and the guarantees of iteration while the map changes.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "shim_runtime.h"

namespace {
GoString gs(const char *s) { return GoString{reinterpret_cast<const uint8_t *>(s), int64_t(std::strlen(s))}; }

GoType basic(int64_t kind, int64_t size, const char *name, bool pointers = false) {
    GoType t;
    std::memset(&t, 0, sizeof t);
    t.kind = kind;
    t.size = size;
    t.align = size < 8 ? (size ? size : 1) : 8;
    t.name = gs(name);
    t.flags = pointers ? GOTYPE_HAS_POINTERS : 0;
    return t;
}

GoType map_of(const GoType *k, const GoType *v) {
    GoType t = basic(GOKIND_MAP, 8, "map", true);
    t.key = k;
    t.elem = v;
    return t;
}

struct Map {
    void *words[GORT_MAP_WORDS];
    const GoType *type;
    explicit Map(const GoType *t, int64_t hint = 0) : type(t) { gort_makemap(words, t, hint); }
    void *h() { return words; }
};

GoType k_int = basic(GOKIND_INT, 8, "int");
GoType k_int64 = basic(GOKIND_INT64, 8, "int64");
GoType k_f64 = basic(GOKIND_FLOAT64, 8, "float64");
GoType k_str = basic(GOKIND_STRING, 16, "string", true);
GoType k_any = basic(GOKIND_INTERFACE, 16, "interface {}", true);
GoType k_slice = basic(GOKIND_SLICE, 24, "[]int", true);

void put(Map &m, const void *k, int64_t v) { *static_cast<int64_t *>(gort_mapassign(m.type, m.h(), k)) = v; }
int64_t get(Map &m, const void *k, bool *ok = nullptr) {
    int64_t v = -1;
    bool found = gort_mapaccess(m.type, m.h(), k, &v);
    if (ok) *ok = found;
    return v;
}
}  // namespace

TEST(RuntimeMap, IntKeysGrowAndDelete) {
    GoType mt = map_of(&k_int, &k_int);
    Map m(&mt);
    for (int64_t i = 0; i < 10000; i++) put(m, &i, i * 3);
    EXPECT_EQ(gort_maplen(m.h()), 10000);
    for (int64_t i = 0; i < 10000; i++) ASSERT_EQ(get(m, &i), i * 3);
    bool ok = true;
    int64_t missing = 10000;
    EXPECT_EQ(get(m, &missing, &ok), 0);   // the zero value when absent
    EXPECT_FALSE(ok);
    for (int64_t i = 0; i < 10000; i += 2) gort_mapdelete(m.type, m.h(), &i);
    EXPECT_EQ(gort_maplen(m.h()), 5000);
    for (int64_t i = 0; i < 10000; i++) {
        ASSERT_EQ(get(m, &i, &ok), i % 2 ? i * 3 : 0);
        ASSERT_EQ(ok, i % 2 == 1);
    }
    // churn through tombstones: the table must stay usable and not fill up
    for (int64_t r = 0; r < 50000; r++) {
        int64_t k = 1000000 + r;
        put(m, &k, r);
        gort_mapdelete(m.type, m.h(), &k);
    }
    EXPECT_EQ(gort_maplen(m.h()), 5000);
}

// The smallest table fills up to all 8 slots (one allocation for maps of up to 8 entries);
// 8-byte keys are then found by comparing every slot, without hashing.
TEST(RuntimeMap, SmallTableFillsUpAndStaysConsistent) {
    for (const GoType *kt : {&k_int, &k_str}) {
        GoType mt = map_of(kt, &k_int);
        Map m(&mt);
        std::vector<std::string> names;
        for (int i = 0; i < 64; i++) names.push_back("k" + std::to_string(i));
        auto key = [&](int64_t &i, GoString &s) -> const void * {
            s = gs(names[i].c_str());
            return kt == &k_int ? static_cast<const void *>(&i) : &s;
        };
        GoString s;
        for (int64_t i = 0; i < 8; i++) put(m, key(i, s), i + 100);
        bool ok = true;
        for (int64_t i = 0; i < 16; i++) {
            ASSERT_EQ(get(m, key(i, s), &ok), i < 8 ? i + 100 : 0);
            ASSERT_EQ(ok, i < 8);   // a missing key in a full table: every slot compared, none matches
        }
        // delete and reinsert while full: tombstones, then growth past 8
        for (int64_t r = 0; r < 100; r++) {
            int64_t d = r % 8;
            gort_mapdelete(m.type, m.h(), key(d, s));
            ASSERT_FALSE((get(m, key(d, s), &ok), ok));
            put(m, key(d, s), d + 100);
        }
        for (int64_t i = 8; i < 40; i++) put(m, key(i, s), i + 100);
        EXPECT_EQ(gort_maplen(m.h()), 40);
        for (int64_t i = 0; i < 48; i++) {
            ASSERT_EQ(get(m, key(i, s), &ok), i < 40 ? i + 100 : 0);
            ASSERT_EQ(ok, i < 40);
        }
    }
}

TEST(RuntimeMap, StringKeysCompareByContent) {
    GoType mt = map_of(&k_str, &k_int);
    Map m(&mt, 100);
    std::vector<std::string> keys;
    for (int i = 0; i < 300; i++) keys.push_back("key number " + std::to_string(i) + std::string(i % 40, 'x'));
    for (size_t i = 0; i < keys.size(); i++) {
        GoString k{reinterpret_cast<const uint8_t *>(keys[i].data()), int64_t(keys[i].size())};
        put(m, &k, int64_t(i));
    }
    for (size_t i = 0; i < keys.size(); i++) {
        std::string copy = keys[i];   // different bytes, same content
        GoString k{reinterpret_cast<const uint8_t *>(copy.data()), int64_t(copy.size())};
        ASSERT_EQ(get(m, &k), int64_t(i));
    }
    GoString empty{nullptr, 0};
    bool ok = true;
    get(m, &empty, &ok);
    EXPECT_FALSE(ok);
    put(m, &empty, 42);
    EXPECT_EQ(get(m, &empty), 42);
}

TEST(RuntimeMap, FloatKeysFollowGoEquality) {
    GoType mt = map_of(&k_f64, &k_int);
    Map m(&mt);
    double nan = std::nan(""), pz = 0.0, nz = -0.0;
    for (int i = 0; i < 100; i++) put(m, &nan, i);   // NaN != NaN: a new entry every time
    EXPECT_EQ(gort_maplen(m.h()), 100);
    bool ok = true;
    get(m, &nan, &ok);
    EXPECT_FALSE(ok);
    gort_mapdelete(m.type, m.h(), &nan);
    EXPECT_EQ(gort_maplen(m.h()), 100);
    put(m, &pz, 1);
    put(m, &nz, 2);   // +0 == -0: the same entry
    EXPECT_EQ(gort_maplen(m.h()), 101);
    EXPECT_EQ(get(m, &pz), 2);
    gort_mapclear(m.type, m.h());
    EXPECT_EQ(gort_maplen(m.h()), 0);
}

TEST(RuntimeMap, InterfaceKeysUseDynamicTypeAndValue) {
    GoType mt = map_of(&k_any, &k_int);
    Map m(&mt);
    int64_t one = 1, one_again = 1;
    GoIface a{&k_int, &one}, b{&k_int64, &one}, c{&k_int, &one_again}, nil_iface{nullptr, nullptr};
    put(m, &a, 10);
    put(m, &b, 20);
    put(m, &nil_iface, 30);
    EXPECT_EQ(gort_maplen(m.h()), 3);
    EXPECT_EQ(get(m, &c), 10);
    EXPECT_EQ(get(m, &b), 20);
    EXPECT_EQ(get(m, &nil_iface), 30);
}

TEST(RuntimeMap, NilMap) {
    GoType mt = map_of(&k_int, &k_int);
    int64_t k = 5;
    int64_t v = 77;
    EXPECT_FALSE(gort_mapaccess(&mt, nullptr, &k, &v));
    EXPECT_EQ(v, 0);
    EXPECT_EQ(gort_maplen(nullptr), 0);
    gort_mapdelete(&mt, nullptr, &k);
    gort_mapclear(&mt, nullptr);
    void *it[GORT_MAPITER_WORDS];
    gort_mapiterinit(&mt, nullptr, it);
    EXPECT_FALSE(gort_mapiternext(it));
}

TEST(RuntimeMapDeathTest, GcPanics) {
    GoType mt = map_of(&k_int, &k_int);
    int64_t k = 1;
    EXPECT_EXIT(gort_mapassign(&mt, nullptr, &k), testing::ExitedWithCode(2),
                "^panic: assignment to entry in nil map\n\ngoroutine 1 \\[running\\]:\n");
    GoType at = map_of(&k_any, &k_int);
    GoSlice s{nullptr, 0, 0};
    GoIface key{&k_slice, &s};
    EXPECT_EXIT([&] { Map m(&at); gort_mapassign(&at, m.h(), &key); }(), testing::ExitedWithCode(2),
                "^panic: runtime error: hash of unhashable type \\[\\]int\n\ngoroutine 1");
    int64_t v;
    EXPECT_EXIT(gort_mapaccess(&at, nullptr, &key, &v), testing::ExitedWithCode(2),
                "^panic: hash of unhashable type: \\[\\]int\n\ngoroutine 1");
}

TEST(RuntimeMap, IterationVisitsEveryEntryOnce) {
    GoType mt = map_of(&k_int, &k_int);
    Map m(&mt);
    for (int64_t i = 0; i < 1000; i++) put(m, &i, i + 1);
    void *it[GORT_MAPITER_WORDS];
    std::set<int64_t> seen;
    gort_mapiterinit(&mt, m.h(), it);
    while (gort_mapiternext(it)) {
        int64_t k = *static_cast<int64_t *>(it[0]);
        EXPECT_EQ(*static_cast<int64_t *>(it[1]), k + 1);
        EXPECT_TRUE(seen.insert(k).second);
    }
    EXPECT_EQ(seen.size(), 1000u);
}

TEST(RuntimeMap, IterationWhileTheMapChanges) {
    GoType mt = map_of(&k_int, &k_int);
    Map m(&mt);
    for (int64_t i = 0; i < 100; i++) put(m, &i, i);
    void *it[GORT_MAPITER_WORDS];
    std::set<int64_t> seen;
    bool first = true;
    gort_mapiterinit(&mt, m.h(), it);
    while (gort_mapiternext(it)) {
        int64_t k = *static_cast<int64_t *>(it[0]);
        EXPECT_TRUE(seen.insert(k).second) << "key produced twice: " << k;
        if (first) {
            first = false;
            // delete every odd key not yet produced, and force the table to be rebuilt
            for (int64_t j = 1; j < 100; j += 2)
                if (j != k) gort_mapdelete(&mt, m.h(), &j);
            for (int64_t j = 1000; j < 5000; j++) put(m, &j, j);
            int64_t k0 = 0;
            put(m, &k0, 12345);   // a value changed after the rebuild
        } else {
            EXPECT_TRUE(k % 2 == 0 || k >= 1000) << "deleted key produced: " << k;
            if (k == 0) EXPECT_EQ(*static_cast<int64_t *>(it[1]), 12345);
        }
    }
    for (int64_t j = 0; j < 100; j += 2) EXPECT_TRUE(seen.count(j)) << "key missed: " << j;
}

TEST(RuntimeMap, ClearEndsIterationAndOrderIsRandom) {
    GoType mt = map_of(&k_int, &k_int);
    Map m(&mt);
    for (int64_t i = 0; i < 16; i++) put(m, &i, i);
    void *it[GORT_MAPITER_WORDS];
    std::set<int64_t> firsts;
    for (int r = 0; r < 200; r++) {
        gort_mapiterinit(&mt, m.h(), it);
        ASSERT_TRUE(gort_mapiternext(it));
        firsts.insert(*static_cast<int64_t *>(it[0]));
    }
    EXPECT_GT(firsts.size(), 1u);
    gort_mapiterinit(&mt, m.h(), it);
    ASSERT_TRUE(gort_mapiternext(it));
    gort_mapclear(&mt, m.h());
    int64_t k = 99;
    put(m, &k, 1);
    int n = 0;
    while (gort_mapiternext(it)) n++;
    EXPECT_EQ(n, 0);
    EXPECT_EQ(gort_maplen(m.h()), 1);
}
