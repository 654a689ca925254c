// Panics and runtime errors: the first lines must be byte-identical to gc's (checked against
// `go run` output of the equivalent programs), followed by "goroutine 1 [running]:", exit 2.
#include <gtest/gtest.h>

#include <csignal>
#include <cstring>
#include <string>

#include "shim_runtime.h"

namespace {
const char kTrailer[] = "\n\ngoroutine 1 \\[running\\]:\n";

std::string panic_re(const std::string &first_lines) {
    std::string re = "^";
    for (char c : first_lines) {   // escape regex metacharacters
        if (std::strchr("[]().*+?^$|\\{}", c)) re += '\\';
        re += c;
    }
    return re + kTrailer;
}

GoString gs(const char *s) { return GoString{reinterpret_cast<const uint8_t *>(s), int64_t(std::strlen(s))}; }

GoType basic(int64_t kind, const char *name, bool named) {
    GoType t;
    std::memset(&t, 0, sizeof t);
    t.kind = kind;
    t.name = gs(name);
    t.flags = named ? GOTYPE_NAMED : 0;
    return t;
}

extern "C" GoString error_method(void *, void *recv) { return gs(static_cast<const char *>(recv)); }
extern "C" GoString string_method(void *, void *) { return gs("str"); }

#define EXPECT_PANICS(stmt, text) EXPECT_EXIT(stmt, testing::ExitedWithCode(2), panic_re(text))
}  // namespace

TEST(RuntimePanic, IndexOutOfRange) {
    EXPECT_PANICS(gort_panic_index(5, 3), "panic: runtime error: index out of range [5] with length 3");
    EXPECT_PANICS(gort_panic_index(-1, 3), "panic: runtime error: index out of range [-1]");
    EXPECT_PANICS(gort_panic_index_u(~0ull, 3),
                  "panic: runtime error: index out of range [18446744073709551615] with length 3");
}

TEST(RuntimePanic, SliceBounds) {
    const char *p = "panic: runtime error: slice bounds out of range ";
    EXPECT_PANICS(gort_panic_slice(0, 5, 3), std::string(p) + "[:5] with capacity 3");
    EXPECT_PANICS(gort_panic_slice(1, 5, 3), std::string(p) + "[:5] with length 3");
    EXPECT_PANICS(gort_panic_slice(2, 2, 1), std::string(p) + "[2:1]");
    EXPECT_PANICS(gort_panic_slice(3, 5, 3), std::string(p) + "[::5] with capacity 3");
    EXPECT_PANICS(gort_panic_slice(4, 3, 2), std::string(p) + "[:3:2]");
    EXPECT_PANICS(gort_panic_slice(5, 2, 1), std::string(p) + "[2:1:]");
    EXPECT_PANICS(gort_panic_slice(6, 5, 3), std::string(p) + "[::5] with length 3");
    EXPECT_PANICS(gort_panic_slice(1, -1, 3), std::string(p) + "[:-1]");
    EXPECT_PANICS(gort_panic_slice(2, -1, 3), std::string(p) + "[-1:]");
    EXPECT_PANICS(gort_panic_slice(4, -1, 3), std::string(p) + "[:-1:]");
    EXPECT_PANICS(gort_panic_slice(5, -1, 2), std::string(p) + "[-1::]");
    EXPECT_PANICS(gort_panic_slice(7, 1, 3),
                  "panic: runtime error: cannot convert slice with length 1 to array or pointer to array with length 3");
}

TEST(RuntimePanic, ArithmeticAndMake) {
    EXPECT_PANICS(gort_panic_divide(), "panic: runtime error: integer divide by zero");
    EXPECT_PANICS(gort_panic_shift(), "panic: runtime error: negative shift amount");
    EXPECT_PANICS(gort_panic_makeslice_len(), "panic: runtime error: makeslice: len out of range");
    EXPECT_PANICS(gort_panic_makeslice_cap(), "panic: runtime error: makeslice: cap out of range");
}

TEST(RuntimePanic, NilDereference) {
    EXPECT_EXIT(gort_panic_nil(), testing::ExitedWithCode(2),
                "^panic: runtime error: invalid memory address or nil pointer dereference\n"
                "\\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]+\\]\n"
                "\ngoroutine 1 \\[running\\]:\n");
}

TEST(RuntimePanic, UncheckedNilDereferenceViaSignal) {
    EXPECT_EXIT(
        {
            gort_signals_init();
            volatile int64_t *p = nullptr;
            (void)p[10];
        },
        testing::ExitedWithCode(2),
        "^panic: runtime error: invalid memory address or nil pointer dereference\n"
        "\\[signal SIGSEGV: segmentation violation code=0x1 addr=0x50 pc=0x[0-9a-f]+\\]\n"
        "\ngoroutine 1 \\[running\\]:\n");
}

TEST(RuntimePanic, UserValues) {
    GoType str_t = basic(GOKIND_STRING, "string", false);
    GoString boom = gs("boom"), multi = gs("a\nb"), hi = gs("hi");
    EXPECT_PANICS(gort_gopanic(&str_t, &boom), "panic: boom");
    EXPECT_PANICS(gort_gopanic(&str_t, &multi), "panic: a\n\tb");
    GoType int_t = basic(GOKIND_INT, "int", false);
    int64_t i42 = 42;
    EXPECT_PANICS(gort_gopanic(&int_t, &i42), "panic: 42");
    GoType named_int = basic(GOKIND_INT, "main.T", true);
    EXPECT_PANICS(gort_gopanic(&named_int, &i42), "panic: main.T(42)");
    GoType named_str = basic(GOKIND_STRING, "main.S", true);
    EXPECT_PANICS(gort_gopanic(&named_str, &hi), "panic: main.S(\"hi\")");
    GoType f64 = basic(GOKIND_FLOAT64, "float64", false);
    double d = 1.5, big = 1e300, nz = -0.0;
    EXPECT_PANICS(gort_gopanic(&f64, &d), "panic: 1.5");
    EXPECT_PANICS(gort_gopanic(&f64, &big), "panic: 1e+300");
    EXPECT_PANICS(gort_gopanic(&f64, &nz), "panic: -0");
    GoType named_f = basic(GOKIND_FLOAT64, "main.F", true);
    EXPECT_PANICS(gort_gopanic(&named_f, &d), "panic: main.F(1.5)");
    GoType f32 = basic(GOKIND_FLOAT32, "float32", false);
    float f = 0.1f;
    EXPECT_PANICS(gort_gopanic(&f32, &f), "panic: 0.1");
    GoType c128 = basic(GOKIND_COMPLEX128, "complex128", false);
    GoType named_c = basic(GOKIND_COMPLEX128, "main.C", true);
    double c[2] = {1, 2};
    EXPECT_PANICS(gort_gopanic(&c128, c), "panic: (1+2i)");
    EXPECT_PANICS(gort_gopanic(&named_c, c), "panic: main.C(1+2i)");
    GoType b = basic(GOKIND_BOOL, "main.B", true);
    uint8_t t = 1;
    EXPECT_PANICS(gort_gopanic(&b, &t), "panic: main.B(true)");
    GoType u8 = basic(GOKIND_UINT8, "uint8", false);
    uint8_t seven = 7;
    EXPECT_PANICS(gort_gopanic(&u8, &seven), "panic: 7");
    GoType u64 = basic(GOKIND_UINT64, "uint64", false);
    uint64_t max = ~0ull;
    EXPECT_PANICS(gort_gopanic(&u64, &max), "panic: 18446744073709551615");
}

TEST(RuntimePanic, OtherKindsPrintTypeAndAddress) {
    GoType st = basic(GOKIND_STRUCT, "main.T", true);
    int64_t box = 1;
    EXPECT_EXIT(gort_gopanic(&st, &box), testing::ExitedWithCode(2),
                "^panic: \\(main\\.T\\) 0x[0-9a-f]+\n\ngoroutine 1 \\[running\\]:\n");
    GoType pt = basic(GOKIND_POINTER, "*main.T", false);
    EXPECT_EXIT(gort_gopanic(&pt, reinterpret_cast<void *>(0x1d13806c4098)), testing::ExitedWithCode(2),
                "^panic: \\(\\*main\\.T\\) 0x1d13806c4098\n\ngoroutine 1 \\[running\\]:\n");
    GoType sl = basic(GOKIND_SLICE, "[]int", false);
    EXPECT_EXIT(gort_gopanic(&sl, &box), testing::ExitedWithCode(2), "^panic: \\(\\[\\]int\\) 0x");
}

TEST(RuntimePanic, ErrorAndStringerMethods) {
    GoMethod err_methods[] = {{gs("Error"), reinterpret_cast<const void *>(&error_method)}};
    GoType err_t = basic(GOKIND_POINTER, "*main.E", false);
    err_t.methods = err_methods;
    err_t.nmethods = 1;
    static char msg[] = "bad thing\nsecond line";
    EXPECT_PANICS(gort_gopanic(&err_t, msg), "panic: bad thing\n\tsecond line");
    GoMethod str_methods[] = {{gs("String"), reinterpret_cast<const void *>(&string_method)}};
    GoType str_t = basic(GOKIND_INT, "main.T", true);
    str_t.methods = str_methods;
    str_t.nmethods = 1;
    int64_t one = 1;
    EXPECT_PANICS(gort_gopanic(&str_t, &one), "panic: str");
}

TEST(RuntimePanic, NilValueAndMessages) {
    EXPECT_PANICS(gort_gopanic(nullptr, nullptr), "panic: panic called with nil argument");
    EXPECT_PANICS(gort_panic_msg(reinterpret_cast<const uint8_t *>("assignment to entry in nil map"), 30),
                  "panic: assignment to entry in nil map");
    EXPECT_EXIT(gort_throw("all goroutines are asleep - deadlock!"), testing::ExitedWithCode(2),
                "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 ");
}
