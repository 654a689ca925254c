// print/println builtins: the text gc (Go 1.26) writes to stderr for each kind of value.
#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <string>
#include <unistd.h>

#include "shim_runtime.h"

namespace {
// Runs fn with fd 2 redirected to a temporary file and returns what it wrote.
std::string capture_stderr(const std::function<void()> &fn) {
    std::fflush(stderr);
    FILE *tmp = std::tmpfile();
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    fn();
    dup2(saved, 2);
    close(saved);
    std::string out;
    std::rewind(tmp);
    char buf[512];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, tmp)) > 0) out.append(buf, n);
    std::fclose(tmp);
    return out;
}
}  // namespace

TEST(RuntimePrint, FloatsLikeGo126) {
    // println(1.5, float32(0.1), 0.1, 1e300, 1e-7, NaN, +Inf, -Inf, -0, 0, 123456789.0, 5e-324)
    std::string got = capture_stderr([] {
        const double vs[] = {1.5, 0.1, 1e300, 1e-7, __builtin_nan(""), __builtin_inf(),
                             -__builtin_inf(), -0.0, 0.0, 123456789.0, 5e-324};
        gort_printfloat(1.5);
        gort_printsp();
        gort_printfloat32(0.1f);
        for (size_t i = 1; i < sizeof vs / sizeof vs[0]; i++) {
            gort_printsp();
            gort_printfloat(vs[i]);
        }
        gort_printnl();
    });
    EXPECT_EQ(got, "1.5 0.1 0.1 1e+300 1e-07 NaN +Inf -Inf -0 0 1.23456789e+08 5e-324\n");
}

TEST(RuntimePrint, Complex) {
    std::string got = capture_stderr([] {
        gort_printcomplex(1, 2);
        gort_printsp();
        gort_printcomplex64(0.1f, -3);
        gort_printsp();
        gort_printcomplex(1, __builtin_nan(""));
        gort_printsp();
        gort_printcomplex(1, -__builtin_inf());
        gort_printsp();
        gort_printcomplex(1, __builtin_inf());
        gort_printsp();
        gort_printcomplex(0, -0.0);
    });
    EXPECT_EQ(got, "(1+2i) (0.1-3i) (1+NaNi) (1-Infi) (1+Infi) (0-0i)");
}

TEST(RuntimePrint, IntsBoolsStrings) {
    std::string got = capture_stderr([] {
        gort_printbool(true);
        gort_printsp();
        gort_printbool(false);
        gort_printsp();
        gort_printint(-5);
        gort_printsp();
        gort_printuint(18446744073709551615ull);
        gort_printsp();
        gort_printstring(reinterpret_cast<const uint8_t *>("str"), 3);
        gort_printsp();
        gort_printint(INT64_MIN);
        gort_printnl();
    });
    EXPECT_EQ(got, "true false -5 18446744073709551615 str -9223372036854775808\n");
}

TEST(RuntimePrint, PointersSlicesInterfaces) {
    std::string got = capture_stderr([] {
        gort_printpointer(nullptr);
        gort_printsp();
        gort_printpointer(reinterpret_cast<void *>(0xc000012345));
        gort_printsp();
        gort_printslice(nullptr, 0, 0);
        gort_printsp();
        gort_printslice(reinterpret_cast<void *>(0xc0000a0000), 3, 4);
        gort_printsp();
        gort_printiface(nullptr, nullptr);
        gort_printsp();
        gort_printiface(reinterpret_cast<const GoType *>(0x4a0b20), reinterpret_cast<void *>(0xc00001c030));
    });
    EXPECT_EQ(got, "0x0 0xc000012345 [0/0]0x0 [3/4]0xc0000a0000 (0x0,0x0) (0x4a0b20,0xc00001c030)");
}

TEST(RuntimePrint, WriteLoopsAndReportsErrors) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    EXPECT_EQ(gort_write(fds[1], reinterpret_cast<const uint8_t *>("hello"), 5), 5);
    char buf[8] = {0};
    EXPECT_EQ(read(fds[0], buf, sizeof buf), 5);
    EXPECT_STREQ(buf, "hello");
    close(fds[0]);
    close(fds[1]);
    EXPECT_LT(gort_write(-1, reinterpret_cast<const uint8_t *>("x"), 1), 0);
}

TEST(RuntimeOs, ArgsBecomeStringSlice) {
    gort_gc_init(__libc_stack_end);
    char a0[] = "prog", a1[] = "hello world", a2[] = "";
    char *argv[] = {a0, a1, a2, nullptr};
    gort_args_init(3, argv);
    GoSlice s;
    os_runtime_args(&s);
    ASSERT_EQ(s.len, 3);
    EXPECT_EQ(s.cap, 3);
    const GoString *args = static_cast<const GoString *>(s.ptr);
    EXPECT_EQ(std::string(reinterpret_cast<const char *>(args[1].ptr), args[1].len), "hello world");
    EXPECT_EQ(args[2].len, 0);
    EXPECT_EQ(args[0].len, 4);
}

TEST(RuntimeOs, ExitUsesTheCode) {
    EXPECT_EXIT(os_Exit(3), testing::ExitedWithCode(3), "");
}
