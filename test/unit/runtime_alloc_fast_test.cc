// Allocation fast path tests (runtime/heap.c gort_freelist, inlined by codegen/alloc.c): the
// lists hold zeroed objects that the heap counts as allocated, the statistics exclude them,
// a collection gives them back (so they neither survive as garbage nor leak), refills over
// spans with holes hand out only free slots, and stress mode keeps the lists empty.
#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <vector>

#include "shim_runtime.h"

namespace {
GoType make_type(int64_t size, bool pointers) {
    GoType t;
    std::memset(&t, 0, sizeof t);
    t.size = size;
    t.align = 8;
    t.kind = pointers ? GOKIND_STRUCT : GOKIND_ARRAY;
    t.flags = pointers ? GOTYPE_HAS_POINTERS : 0;
    return t;
}
const GoType ptr48 = make_type(48, true);
const GoType bytes40 = make_type(40, false);

void *&list_head(int64_t size, bool noscan) { return gort_freelist[noscan ? 1 : 0][(size + 7) >> 3]; }

int list_length(int64_t size, bool noscan) {
    int n = 0;
    for (void *q = list_head(size, noscan); q; q = *static_cast<void **>(q)) n++;
    return n;
}

bool allocated(const void *p) {
    Span *s = gc_span_of(reinterpret_cast<uintptr_t>(p));
    if (!s) return false;
    uintptr_t idx = gc_object_index(s, reinterpret_cast<uintptr_t>(p) - s->start);
    return (s->allocbits[idx / 64] >> (idx % 64)) & 1;
}

bool all_zero(const void *p, size_t n) {
    const unsigned char *c = static_cast<const unsigned char *>(p);
    for (size_t i = 0; i < n; i++)
        if (c[i]) return false;
    return true;
}
}  // namespace

TEST(RuntimeAllocFast, RefillParksZeroedAllocatedObjects) {
    gort_gc_init(__libc_stack_end);
    gort_gc();                       // empty lists, fresh accounting
    ASSERT_EQ(list_head(48, false), nullptr);
    void *p = gort_alloc(48, &ptr48);
    ASSERT_NE(p, nullptr);
    int parked = list_length(48, false);
    EXPECT_GT(parked, 8);            // one refill serves many allocations
    for (void *q = list_head(48, false); q; q = *static_cast<void **>(q)) {
        EXPECT_TRUE(allocated(q));
        EXPECT_TRUE(all_zero(static_cast<char *>(q) + 8, 40));   // all but the link word
        EXPECT_NE(q, p);
    }
    // The next allocation is the list's head, handed out with its link word cleared.
    void *head = list_head(48, false);
    void *q = gort_alloc(48, &ptr48);
    EXPECT_EQ(q, head);
    EXPECT_TRUE(all_zero(q, 48));
    EXPECT_EQ(list_length(48, false), parked - 1);
}

TEST(RuntimeAllocFast, StatisticsCountOnlyHandedOutObjects) {
    gort_gc_init(__libc_stack_end);
    gort_gc();
    GoMemStats a, b;
    gort_memstats(&a);
    for (int i = 0; i < 5; i++) gort_alloc(40, &bytes40);
    gort_memstats(&b);
    EXPECT_GT(list_length(40, true), 0);
    EXPECT_EQ(b.mallocs - a.mallocs, 5u);
    EXPECT_EQ(b.total_alloc - a.total_alloc, 5u * 48);   // class size of 40 bytes
    EXPECT_EQ(b.heap_alloc - a.heap_alloc, 5u * 48);
    EXPECT_EQ(b.heap_objects, b.mallocs - b.frees);
}

TEST(RuntimeAllocFast, CollectionGivesParkedObjectsBack) {
    gort_gc_init(__libc_stack_end);
    gort_alloc(48, &ptr48);
    std::vector<uintptr_t> parked;
    for (void *q = list_head(48, false); q; q = *static_cast<void **>(q)) parked.push_back(reinterpret_cast<uintptr_t>(q));
    ASSERT_FALSE(parked.empty());
    gort_gc();
    for (int ns = 0; ns < 2; ns++)
        for (int b = 0; b < GORT_FAST_BUCKETS; b++) EXPECT_EQ(gort_freelist[ns][b], nullptr);
    // The lists were roots (a global) but must not have kept their objects: all free again,
    // and zero (their link words were cleared: a fresh span is not zeroed on reuse).
    for (uintptr_t q : parked) {
        EXPECT_FALSE(allocated(reinterpret_cast<void *>(q)));
        EXPECT_TRUE(all_zero(reinterpret_cast<void *>(q), 8));
    }
}

TEST(RuntimeAllocFast, RefillOverSpansWithHolesTakesOnlyFreeSlots) {
    gort_gc_init(__libc_stack_end);
    gort_gc();
    // Fill spans of the class, keep every third object (reachable from this static array, a
    // root), collect: the survivors leave holes the refills must skip.
    static void *keep[3000];
    for (int i = 0; i < 9000; i++) {
        void *p = gort_alloc(48, &ptr48);
        std::memset(p, 0xab, 48);
        if (i % 3 == 0) keep[i / 3] = p;
    }
    gort_gc();
    std::set<uintptr_t> kept;
    for (void *p : keep) kept.insert(reinterpret_cast<uintptr_t>(p));
    std::set<uintptr_t> seen;
    for (int i = 0; i < 6000; i++) {
        void *p = gort_alloc(48, &ptr48);
        uintptr_t u = reinterpret_cast<uintptr_t>(p);
        EXPECT_EQ(kept.count(u), 0u) << "handed out a live object";
        EXPECT_TRUE(seen.insert(u).second) << "handed out twice";
        EXPECT_TRUE(all_zero(p, 48)) << "not zeroed";
        std::memset(p, 0xcd, 48);
    }
    for (void *p : keep) {
        EXPECT_TRUE(allocated(p));
        EXPECT_EQ(static_cast<unsigned char *>(p)[47], 0xab);
    }
    std::memset(keep, 0, sizeof keep);
}

TEST(RuntimeAllocFast, StressModeLeavesListsEmpty) {
    gort_gc_init(__libc_stack_end);
    gort_gc();
    bool saved = gc_heap.stress;
    gc_heap.stress = true;
    uint64_t gcs = gc_heap.num_gc;
    for (int i = 0; i < 10; i++) gort_alloc(48, &ptr48);
    gc_heap.stress = saved;
    EXPECT_EQ(list_head(48, false), nullptr);
    EXPECT_EQ(gc_heap.num_gc, gcs + 10);   // every allocation reached the collector
}
