// Allocator tests: gc's size classes and roundupsize, zeroed memory, interior pointers map to
// their object, zero-sized allocations, statistics.
#include <gtest/gtest.h>

#include <cstring>

#include "shim_runtime.h"

namespace {
GoType plain_type(bool pointers) {
    GoType t;
    std::memset(&t, 0, sizeof t);
    t.size = 8;
    t.align = 8;
    t.kind = pointers ? GOKIND_POINTER : GOKIND_INT;
    t.flags = pointers ? GOTYPE_HAS_POINTERS : 0;
    return t;
}
const GoType scan_type = plain_type(true);
const GoType noscan_type = plain_type(false);
}  // namespace

// cap() of append([]byte(nil), make([]byte, n)...) for growing n, printed by gc (Go 1.26):
// every distinct value is a size class, then page multiples.
TEST(RuntimeHeap, SizeClassesMatchGc) {
    const int64_t want[] = {8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
        240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
        1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784,
        6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480,
        21760, 24576, 27264, 28672, 32768, 40960};
    std::vector<int64_t> got;
    for (int64_t n = 1; n <= 40000; n++) {
        int64_t c = gc_roundupsize(n, true);
        if (got.empty() || got.back() != c) got.push_back(c);
    }
    ASSERT_EQ(got.size(), sizeof want / sizeof want[0]);
    for (size_t i = 0; i < got.size(); i++) EXPECT_EQ(got[i], want[i]) << i;
}

// The same for []*int: gc adds an 8-byte malloc header to pointerful objects over 512 bytes.
TEST(RuntimeHeap, RoundupsizeWithMallocHeaderMatchesGc) {
    const int64_t want[] = {1, 2, 3, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 36,
        40, 44, 48, 52, 56, 60, 64, 71, 79, 87, 95, 111, 127, 143, 159, 175, 191, 223, 255, 287,
        335, 383, 399, 431, 511, 607, 671, 767, 815, 847, 863, 1023, 1183, 1215, 1279, 1359, 1535,
        1695, 1791, 2047, 2303, 2383, 2559, 2719, 3071, 3407, 3583, 4095, 4096, 5120};
    std::vector<int64_t> got;
    for (int64_t n = 1; n <= 5000; n++) {
        int64_t c = gc_roundupsize(n * 8, false) / 8;
        if (got.empty() || got.back() != c) got.push_back(c);
    }
    ASSERT_EQ(got.size(), sizeof want / sizeof want[0]);
    for (size_t i = 0; i < got.size(); i++) EXPECT_EQ(got[i], want[i]) << i;
}

TEST(RuntimeHeap, SizeToClassIsSmallestFit) {
    for (int64_t n = 1; n <= GC_MAX_SMALL; n++) {
        int c = gc_size_to_class(n);
        ASSERT_GE(gc_class_size[c], n);
        ASSERT_LT(gc_class_size[c - 1], n);
    }
}

TEST(RuntimeHeap, AllocationsAreZeroedAndDistinct) {
    gort_gc_init(__libc_stack_end);
    char *a = static_cast<char *>(gort_alloc(100, &scan_type));
    char *b = static_cast<char *>(gort_alloc(100, &scan_type));
    ASSERT_NE(a, b);
    for (int i = 0; i < 100; i++) EXPECT_EQ(a[i], 0);
    EXPECT_GE(b - a >= 0 ? b - a : a - b, 112);
    char *big = static_cast<char *>(gort_alloc(100000, &noscan_type));
    for (int i = 0; i < 100000; i += 999) EXPECT_EQ(big[i], 0);
}

TEST(RuntimeHeap, InteriorPointersMapToTheirObject) {
    gort_gc_init(__libc_stack_end);
    char *a = static_cast<char *>(gort_alloc(48, &scan_type));
    Span *s = gc_span_of(reinterpret_cast<uintptr_t>(a + 47));
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->elemsize, 48);
    EXPECT_EQ((reinterpret_cast<uintptr_t>(a) - s->start) % 48, 0u);
    EXPECT_FALSE(s->noscan);
    char *big = static_cast<char *>(gort_alloc(70000, &noscan_type));
    Span *bs = gc_span_of(reinterpret_cast<uintptr_t>(big + 69999));
    ASSERT_NE(bs, nullptr);
    EXPECT_EQ(bs->start, reinterpret_cast<uintptr_t>(big));
    EXPECT_TRUE(bs->noscan);
    int local;
    EXPECT_EQ(gc_span_of(reinterpret_cast<uintptr_t>(&local)), nullptr);
}

TEST(RuntimeHeap, ZeroSizedAllocationsShareOneAddress) {
    void *a = gort_alloc(0, nullptr);
    void *b = gort_alloc(0, &scan_type);
    EXPECT_NE(a, nullptr);
    EXPECT_EQ(a, b);
    EXPECT_EQ(gort_alloc_array(0, 8, &scan_type), a);
}

TEST(RuntimeHeap, MemstatsCountAllocations) {
    gort_gc_init(__libc_stack_end);
    GoMemStats a, b;
    gort_memstats(&a);
    for (int i = 0; i < 100; i++) gort_alloc(24, &scan_type);
    gort_memstats(&b);
    EXPECT_EQ(b.mallocs - a.mallocs, 100u);
    EXPECT_GE(b.total_alloc - a.total_alloc, 2400u);
    EXPECT_EQ(b.heap_objects, b.mallocs - b.frees);
}

TEST(RuntimeHeap, MakesliceLenOutOfRangePanics) {
    EXPECT_EXIT(gort_alloc_array(-1, 8, &scan_type), testing::ExitedWithCode(2),
                "^panic: runtime error: makeslice: len out of range\n\ngoroutine 1 \\[running\\]:\n");
    EXPECT_EXIT(gort_alloc_array(int64_t(1) << 61, 8, &scan_type), testing::ExitedWithCode(2),
                "makeslice: len out of range");
}

// The mark phase maps an interior offset to its object with a multiply instead of a divide;
// check it against division for every offset of every size class's span.
TEST(RuntimeHeap, DivisionFreeObjectIndexIsExact) {
    gort_gc_init(__libc_stack_end);
    for (int c = 1; c < GC_NUM_CLASSES; c++) {
        void *p = gort_alloc(gc_class_size[c], &noscan_type);
        Span *s = gc_span_of(reinterpret_cast<uintptr_t>(p));
        ASSERT_NE(s, nullptr);
        ASSERT_EQ(s->elemsize, gc_class_size[c]);
        uintptr_t bytes = uintptr_t(s->npages) << GC_PAGE_SHIFT;
        for (uintptr_t off = 0; off < bytes; off++)
            ASSERT_EQ(gc_object_index(s, off), off / uintptr_t(s->elemsize)) << "class " << c << " off " << off;
    }
}
