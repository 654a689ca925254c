// Collector tests: garbage is really freed (heap and RSS stay bounded), reachable data
// survives many collections intact, interior pointers keep objects alive, noscan objects are
// not scanned, gcstress collects at every allocation.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "shim_runtime.h"

namespace {

struct Node {
    Node *next;
    int64_t value;
    int64_t pad[6];
};

GoType make_type(int64_t size, bool pointers) {
    GoType t;
    std::memset(&t, 0, sizeof t);
    t.size = size;
    t.align = 8;
    t.kind = pointers ? GOKIND_STRUCT : GOKIND_ARRAY;
    t.flags = pointers ? GOTYPE_HAS_POINTERS : 0;
    return t;
}

const GoType node_type = make_type(sizeof(Node), true);
const GoType bytes_type = make_type(1, false);

// A list reachable only from this global (in .bss of the test binary, a root).
Node *g_list;

void init_gc() { gort_gc_init(__libc_stack_end); }

GoMemStats stats() {
    GoMemStats m;
    gort_memstats(&m);
    return m;
}

long rss_bytes() {
    long pages = 0, resident = 0;
    FILE *f = std::fopen("/proc/self/statm", "r");
    if (!f) return 0;
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
    return resident * sysconf(_SC_PAGESIZE);
}

Node *build_list(int n) {
    Node *head = nullptr;
    for (int i = 0; i < n; i++) {
        Node *x = static_cast<Node *>(gort_alloc(sizeof(Node), &node_type));
        x->value = i;
        x->next = head;
        head = x;
    }
    return head;
}

bool list_intact(const Node *head, int n) {
    for (int i = n - 1; i >= 0; i--, head = head->next)
        if (!head || head->value != i) return false;
    return head == nullptr;
}

// Allocates `bytes` of short-lived garbage in objects of `size` bytes.
void churn(int64_t bytes, int64_t size, const GoType *t) {
    for (int64_t done = 0; done < bytes; done += size) {
        void *volatile p = gort_alloc(size, t);
        static_cast<char *>(p)[0] = 1;
    }
}

// Overwrites the dead part of the stack below the caller so that stale copies of pointers
// left by earlier calls cannot keep objects alive in tests that expect them to be freed.
__attribute__((noinline)) void clear_stack_below() {
    volatile char junk[64 * 1024];
    std::memset(const_cast<char *>(junk), 0, sizeof junk);
}

bool is_allocated(uintptr_t p) {
    Span *s = gc_span_of(p);
    if (!s) return false;
    uintptr_t idx = s->sizeclass ? (p - s->start) / s->elemsize : 0;
    return (s->allocbits[idx / 64] >> (idx % 64)) & 1;
}

const uintptr_t kHide = 0x5a5a5a5a5a5a5a5aULL;  // pointers hidden from the conservative scan

// Un-hides inside a call, so the caller never holds the real pointer in a register that a
// later collection would (rightly, conservatively) treat as a root.
__attribute__((noinline)) bool is_allocated_hidden(uintptr_t hidden) { return is_allocated(hidden ^ kHide); }

}  // namespace

TEST(RuntimeGC, GarbageIsFreedAndHeapStaysBounded) {
    init_gc();
    GoMemStats before = stats();
    long rss0 = rss_bytes();
    churn(int64_t(256) << 20, 64, &node_type);
    GoMemStats after = stats();
    EXPECT_GT(after.num_gc, before.num_gc + 10);
    EXPECT_GT(after.frees, before.frees + 1000000);
    EXPECT_LT(after.heap_alloc, uint64_t(16) << 20);
    EXPECT_LT(rss_bytes() - rss0, long(64) << 20);
    EXPECT_EQ(after.heap_objects, after.mallocs - after.frees);
    EXPECT_GE(after.total_alloc - before.total_alloc, uint64_t(256) << 20);
}

TEST(RuntimeGC, LargeGarbageIsReturned) {
    init_gc();
    long rss0 = rss_bytes();
    churn(int64_t(1) << 30, 1 << 20, &bytes_type);   // 1 GiB in 1 MiB objects
    EXPECT_LT(stats().heap_alloc, uint64_t(32) << 20);
    EXPECT_LT(rss_bytes() - rss0, long(96) << 20);
}

TEST(RuntimeGC, ListReachableFromGlobalSurvives) {
    init_gc();
    g_list = build_list(20000);
    uint64_t gcs = stats().num_gc;
    churn(int64_t(64) << 20, 48, &node_type);
    gort_gc();
    EXPECT_GT(stats().num_gc, gcs + 5);
    EXPECT_TRUE(list_intact(g_list, 20000));
    g_list = nullptr;
}

TEST(RuntimeGC, ListReachableFromStackSurvives) {
    init_gc();
    Node *volatile head = build_list(5000);
    for (int i = 0; i < 10; i++) {
        churn(int64_t(8) << 20, 32, &bytes_type);
        gort_gc();
    }
    EXPECT_TRUE(list_intact(head, 5000));
}

TEST(RuntimeGC, InteriorPointerKeepsObjectAlive) {
    init_gc();
    Node *n = static_cast<Node *>(gort_alloc(sizeof(Node), &node_type));
    n->value = 77;
    char *volatile interior = reinterpret_cast<char *>(n) + 40;
    uintptr_t hidden = reinterpret_cast<uintptr_t>(n) ^ kHide;
    n = nullptr;
    for (int i = 0; i < 5; i++) {
        churn(int64_t(4) << 20, 64, &node_type);
        gort_gc();
    }
    Node *back = reinterpret_cast<Node *>(hidden ^ kHide);
    EXPECT_TRUE(is_allocated(hidden ^ kHide));
    EXPECT_EQ(back->value, 77);
    EXPECT_EQ(reinterpret_cast<char *>(back) + 40, interior);
}

namespace {
__attribute__((noinline)) uintptr_t make_unreachable_pair(uintptr_t *target) {
    // holder is noscan: the pointer stored in it must not keep target alive
    void **holder = static_cast<void **>(gort_alloc(64, &bytes_type));
    void *t = gort_alloc(4096, &node_type);
    holder[0] = t;
    *target = reinterpret_cast<uintptr_t>(t) ^ kHide;
    return reinterpret_cast<uintptr_t>(holder);
}
__attribute__((noinline)) uintptr_t make_big_garbage() {
    char *p = static_cast<char *>(gort_alloc(int64_t(3) << 20, &bytes_type));
    p[100] = 1;
    return reinterpret_cast<uintptr_t>(p) ^ kHide;
}
}  // namespace

TEST(RuntimeGC, NoscanObjectsAreNotScanned) {
    init_gc();
    uintptr_t hidden_target;
    void *volatile holder = reinterpret_cast<void *>(make_unreachable_pair(&hidden_target));
    clear_stack_below();
    gort_gc();
    EXPECT_TRUE(is_allocated(reinterpret_cast<uintptr_t>(holder)));
    EXPECT_FALSE(is_allocated_hidden(hidden_target));
}

TEST(RuntimeGC, UnreachableLargeObjectIsFreed) {
    init_gc();
    uintptr_t hidden = make_big_garbage();
    EXPECT_TRUE(is_allocated_hidden(hidden));
    clear_stack_below();
    gort_gc();
    EXPECT_FALSE(is_allocated_hidden(hidden));
}

TEST(RuntimeGC, ReusedMemoryIsZeroed) {
    init_gc();
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 20000; i++) {
            char *volatile p = static_cast<char *>(gort_alloc(96, &node_type));
            std::memset(p, 0xAB, 96);
        }
        clear_stack_below();
        gort_gc();
        for (int i = 0; i < 20000; i++) {
            const char *p = static_cast<const char *>(gort_alloc(96, &node_type));
            for (int k = 0; k < 96; k++) ASSERT_EQ(p[k], 0) << "round " << round << " object " << i;
        }
    }
    for (int i = 0; i < 8; i++) {
        char *volatile p = static_cast<char *>(gort_alloc(200000, &bytes_type));
        std::memset(p, 0xCD, 200000);
    }
    clear_stack_below();
    gort_gc();
    const char *big = static_cast<const char *>(gort_alloc(200000, &bytes_type));
    for (int k = 0; k < 200000; k++) ASSERT_EQ(big[k], 0);
}

TEST(RuntimeGC, StressModeCollectsAtEveryAllocation) {
    init_gc();
    bool saved = gc_heap.stress;
    gc_heap.stress = true;
    uint64_t gcs = stats().num_gc;
    Node *volatile head = build_list(300);
    gc_heap.stress = saved;
    EXPECT_GE(stats().num_gc, gcs + 300);
    EXPECT_TRUE(list_intact(head, 300));
}

TEST(RuntimeGC, PacingFollowsGogc) {
    init_gc();
    gort_gc();
    uint64_t live = gc_heap.heap_alloc;
    uint64_t goal = live + live / 100 * 100;
    EXPECT_EQ(gc_heap.next_gc, goal > (uint64_t(4) << 20) ? goal : uint64_t(4) << 20);
}

TEST(RuntimeGC, ManySizesSurvive) {
    init_gc();
    const int n = 400;
    static char *objs[n];   // a root in .bss
    for (int i = 0; i < n; i++) {
        int64_t size = 1 + (int64_t(i) * 997) % 70000;
        objs[i] = static_cast<char *>(gort_alloc(size, &bytes_type));
        std::memset(objs[i], i & 0xff, size);
    }
    churn(int64_t(32) << 20, 512, &bytes_type);
    gort_gc();
    for (int i = 0; i < n; i++) {
        int64_t size = 1 + (int64_t(i) * 997) % 70000;
        ASSERT_EQ(objs[i][0], char(i & 0xff));
        ASSERT_EQ(objs[i][size - 1], char(i & 0xff));
    }
    for (int i = 0; i < n; i++) objs[i] = nullptr;
}

TEST(RuntimeGC, ExtraRootRangesAreScanned) {
    init_gc();
    // malloc'ed memory is not a root unless registered
    uintptr_t *table = static_cast<uintptr_t *>(std::calloc(4, sizeof(uintptr_t)));
    gort_gc_add_roots(table, table + 4);
    Node *n = static_cast<Node *>(gort_alloc(sizeof(Node), &node_type));
    n->value = 5;
    table[2] = reinterpret_cast<uintptr_t>(n);
    n = nullptr;
    clear_stack_below();
    gort_gc();
    EXPECT_TRUE(is_allocated(table[2]));
    gort_gc_remove_roots(table);
    std::free(table);
}
