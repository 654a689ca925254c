// append growth: cap() after each append must equal gc's (values printed by Go 1.26 for
// slices that escape, so the runtime's growslice is what gc used).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "shim_runtime.h"

namespace {
GoType elem_type(int64_t size, bool pointers) {
    GoType t;
    std::memset(&t, 0, sizeof t);
    t.size = size;
    t.align = 8;
    t.kind = pointers ? GOKIND_STRUCT : GOKIND_ARRAY;
    t.flags = pointers ? GOTYPE_HAS_POINTERS : 0;
    return t;
}

// Appends one element at a time n times; returns the distinct caps seen, space separated.
std::string cap_sequence(int64_t elemsize, bool pointers, int n) {
    GoType t = elem_type(elemsize, pointers);
    GoSlice s = {nullptr, 0, 0};
    std::string caps;
    int64_t prev = -1;
    for (int i = 0; i < n; i++) {
        if (s.len == s.cap) {
            GoSlice grown;
            gort_growslice(&grown, s.ptr, s.len, s.cap, s.len + 1, elemsize, &t);
            EXPECT_EQ(grown.len, s.len + 1);
            s = grown;
        } else {
            s.len++;
        }
        if (s.cap != prev) {
            caps += (caps.empty() ? "" : " ") + std::to_string(s.cap);
            prev = s.cap;
        }
    }
    return caps;
}

int64_t bulk_cap(int64_t oldcap, int64_t add, bool pointers) {
    GoType t = elem_type(8, pointers);
    void *old = gort_alloc_array(oldcap, 8, &t);
    GoSlice s;
    gort_growslice(&s, old, oldcap, oldcap, oldcap + add, 8, &t);
    return s.cap;
}
}  // namespace

TEST(RuntimeSlice, GrowthMatchesGc_u8) {
    gort_gc_init(__libc_stack_end);
    EXPECT_EQ(cap_sequence(1, false, 100000),
              "8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 6912 9472 12288 16384 21760 28672 40960 57344 73728 98304 131072");
}

TEST(RuntimeSlice, GrowthMatchesGc_int) {
    gort_gc_init(__libc_stack_end);
    EXPECT_EQ(cap_sequence(8, false, 20000),
              "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120 7168 9216 12288 16384 21504");
}

TEST(RuntimeSlice, GrowthMatchesGc_ptr) {
    gort_gc_init(__libc_stack_end);
    EXPECT_EQ(cap_sequence(8, true, 20000),
              "1 2 4 8 16 32 64 143 287 607 1023 1535 2303 3071 4095 6144 8192 11264 14336 18432 23552");
}

TEST(RuntimeSlice, GrowthMatchesGc_e12) {
    gort_gc_init(__libc_stack_end);
    EXPECT_EQ(cap_sequence(12, false, 20000),
              "1 2 4 8 16 32 64 128 256 512 853 1365 2048 3413 4778 6826 8874 11605 15018 19114 24576");
}

TEST(RuntimeSlice, GrowthMatchesGc_str) {
    gort_gc_init(__libc_stack_end);
    EXPECT_EQ(cap_sequence(16, true, 20000),
              "1 2 4 8 16 32 71 143 303 591 1023 1535 2560 3584 5120 6656 8704 11264 14336 18432 23552");
}

TEST(RuntimeSlice, GrowthMatchesGc_e24) {
    gort_gc_init(__libc_stack_end);
    EXPECT_EQ(cap_sequence(24, false, 20000),
              "1 2 4 8 16 32 64 128 256 512 853 1365 2048 3072 4096 5461 7168 9216 11946 15360 19456 24576");
}

TEST(RuntimeSlice, GrowthMatchesGc_slc) {
    gort_gc_init(__libc_stack_end);
    EXPECT_EQ(cap_sequence(24, true, 20000),
              "1 2 4 8 16 37 74 170 341 682 1135 1706 2389 3413 4778 6485 8533 10922 13994 17749 22528");
}

TEST(RuntimeSlice, GrowthMatchesGc_e40) {
    gort_gc_init(__libc_stack_end);
    EXPECT_EQ(cap_sequence(40, false, 5000),
              "1 2 4 8 16 32 67 134 272 544 1024 1638 2252 3072 4096 5324");
}

TEST(RuntimeSlice, BulkAppendMatchesGc) {
    gort_gc_init(__libc_stack_end);
    // {old len == cap, appended, cap for []int, cap for []*int}
    const int64_t cases[][4] = {
        {0, 1, 1, 1},
        {0, 7, 8, 8},
        {0, 50, 52, 52},
        {0, 600, 608, 607},
        {0, 5000, 5120, 5120},
        {3, 1, 6, 6},
        {3, 7, 10, 10},
        {3, 50, 56, 56},
        {3, 600, 608, 607},
        {3, 5000, 5120, 5120},
        {5, 1, 10, 10},
        {5, 7, 12, 12},
        {5, 50, 56, 56},
        {5, 600, 608, 607},
        {5, 5000, 5120, 5120},
        {100, 1, 224, 223},
        {100, 7, 224, 223},
        {100, 50, 224, 223},
        {100, 600, 768, 767},
        {100, 5000, 5120, 5120},
        {300, 1, 608, 607},
        {300, 7, 608, 607},
        {300, 50, 608, 607},
        {300, 600, 1024, 1023},
        {300, 5000, 6144, 6144},
        {1000, 1, 1536, 1535},
        {1000, 7, 1536, 1535},
        {1000, 50, 1536, 1535},
        {1000, 600, 2048, 2047},
        {1000, 5000, 6144, 6144}};
    for (const auto &c : cases) {
        EXPECT_EQ(bulk_cap(c[0], c[1], false), c[2]) << c[0] << "+" << c[1];
        EXPECT_EQ(bulk_cap(c[0], c[1], true), c[3]) << c[0] << "+" << c[1];
    }
}

TEST(RuntimeSlice, GrowCopiesOldElements) {
    gort_gc_init(__libc_stack_end);
    GoType t = elem_type(8, false);
    int64_t *old = static_cast<int64_t *>(gort_alloc_array(5, 8, &t));
    for (int i = 0; i < 5; i++) old[i] = i * 11;
    GoSlice s;
    gort_growslice(&s, old, 5, 5, 6, 8, &t);
    EXPECT_EQ(s.cap, 10);
    EXPECT_NE(s.ptr, old);
    for (int i = 0; i < 5; i++) EXPECT_EQ(static_cast<int64_t *>(s.ptr)[i], i * 11);
    EXPECT_EQ(static_cast<int64_t *>(s.ptr)[5], 0);
}

TEST(RuntimeSlice, ZeroSizedElements) {
    GoSlice s;
    gort_growslice(&s, nullptr, 0, 0, 1000, 0, nullptr);
    EXPECT_EQ(s.len, 1000);
    EXPECT_EQ(s.cap, 1000);
    EXPECT_NE(s.ptr, nullptr);
}

TEST(RuntimeSlice, OverflowPanics) {
    EXPECT_EXIT(
        {
            GoSlice s;
            gort_growslice(&s, nullptr, 0, 0, int64_t(1) << 62, 8, nullptr);
        },
        testing::ExitedWithCode(2), "^panic: runtime error: growslice: len out of range\n");
}
