// gort_ifaceeq: == on interface values of the same dynamic type.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "shim_runtime.h"

namespace {
GoString gs(const char *s) { return GoString{reinterpret_cast<const uint8_t *>(s), int64_t(std::strlen(s))}; }

GoType make(int64_t kind, int64_t size, const char *name) {
    GoType t;
    std::memset(&t, 0, sizeof t);
    t.kind = kind;
    t.size = size;
    t.align = 8;
    t.name = gs(name);
    return t;
}
}  // namespace

TEST(RuntimeIface, BasicKinds) {
    GoType i64 = make(GOKIND_INT, 8, "int");
    int64_t a = 5, b = 5, c = 6;
    EXPECT_TRUE(gort_ifaceeq(&i64, &a, &b));
    EXPECT_FALSE(gort_ifaceeq(&i64, &a, &c));
    GoType f64 = make(GOKIND_FLOAT64, 8, "float64");
    double nan = std::nan(""), pz = 0.0, nz = -0.0;
    EXPECT_FALSE(gort_ifaceeq(&f64, &nan, &nan));
    EXPECT_TRUE(gort_ifaceeq(&f64, &pz, &nz));
    GoType str = make(GOKIND_STRING, 16, "string");
    GoString s1 = gs("hello"), s2 = gs("hello"), s3 = gs("help!");
    EXPECT_TRUE(gort_ifaceeq(&str, &s1, &s2));
    EXPECT_FALSE(gort_ifaceeq(&str, &s1, &s3));
    GoType ptr = make(GOKIND_POINTER, 8, "*int");
    EXPECT_TRUE(gort_ifaceeq(&ptr, &a, &a));
    EXPECT_FALSE(gort_ifaceeq(&ptr, &a, &b));
}

TEST(RuntimeIface, StructsArraysAndNestedInterfaces) {
    GoType i64 = make(GOKIND_INT, 8, "int");
    GoType str = make(GOKIND_STRING, 16, "string");
    GoType eface = make(GOKIND_INTERFACE, 16, "interface {}");
    GoField fields[3] = {{gs("a"), &i64, 0, 0, 0}, {gs("_"), &i64, 8, 0, 0}, {gs("s"), &str, 16, 0, 0}};
    GoType st = make(GOKIND_STRUCT, 32, "main.T");
    st.fields = fields;
    st.len = 3;
    struct T { int64_t a, blank; GoString s; };
    T x = {1, 100, gs("x")}, y = {1, 200, gs("x")}, z = {1, 100, gs("y")};
    EXPECT_TRUE(gort_ifaceeq(&st, &x, &y));    // blank fields do not count
    EXPECT_FALSE(gort_ifaceeq(&st, &x, &z));
    GoType arr = make(GOKIND_ARRAY, 32, "[2]interface {}");
    arr.elem = &eface;
    arr.len = 2;
    int64_t one = 1, one2 = 1;
    GoString hs = gs("h");
    GoIface a1[2] = {{&i64, &one}, {&str, &hs}}, a2[2] = {{&i64, &one2}, {&str, &hs}};
    GoIface a3[2] = {{&i64, &one}, {nullptr, nullptr}};
    EXPECT_TRUE(gort_ifaceeq(&arr, a1, a2));
    EXPECT_FALSE(gort_ifaceeq(&arr, a1, a3));
}

TEST(RuntimeIface, UncomparablePanics) {
    GoType sl = make(GOKIND_SLICE, 24, "[]int");
    GoField f[1] = {{gs("a"), &sl, 0, 0, 0}};
    GoType st = make(GOKIND_STRUCT, 24, "main.T");
    st.fields = f;
    st.len = 1;
    int64_t box[3] = {0, 0, 0};
    EXPECT_EXIT(gort_ifaceeq(&st, box, box), testing::ExitedWithCode(2),
                "^panic: runtime error: comparing uncomparable type main\\.T\n\ngoroutine 1 ");
    GoType mp = make(GOKIND_MAP, 8, "map[int]int");
    EXPECT_EXIT(gort_ifaceeq(&mp, box, box), testing::ExitedWithCode(2),
                "^panic: runtime error: comparing uncomparable type map\\[int\\]int\n");
}
