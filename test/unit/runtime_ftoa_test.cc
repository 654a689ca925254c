// strconv.FormatFloat: every case's expected text was printed by Go 1.26's strconv.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "shim_runtime.h"

namespace {
struct FtoaCase {
    uint64_t bits;
    char fmt;
    int prec;
    int bitsize;
    const char *want;
};

const FtoaCase ftoa_cases[] = {
#include "runtime_ftoa_cases.inc"
};

std::string format(double v, char fmt, int prec, int bitsize) {
    char buf[1024];
    int64_t n = gort_formatfloat(buf, sizeof buf, v, fmt, prec, bitsize);
    return std::string(buf, n);
}

double from_bits(uint64_t b) {
    double v;
    std::memcpy(&v, &b, 8);
    return v;
}
}  // namespace

TEST(RuntimeFtoa, MatchesGoStrconv) {
    int bad = 0;
    for (const auto &c : ftoa_cases) {
        std::string got = format(from_bits(c.bits), c.fmt, c.prec, c.bitsize);
        if (got != c.want && bad++ < 20)
            ADD_FAILURE() << std::hex << c.bits << " '" << c.fmt << "' " << std::dec << c.prec
                          << " " << c.bitsize << ": got " << got << " want " << c.want;
    }
    EXPECT_EQ(bad, 0);
}

TEST(RuntimeFtoa, ShortestLikeFmtPrintln) {
    // fmt.Println(x) == FormatFloat(x, 'g', -1, 64)
    EXPECT_EQ(format(0.1, 'g', -1, 64), "0.1");
    EXPECT_EQ(format(1e21, 'g', -1, 64), "1e+21");
    EXPECT_EQ(format(1e20, 'g', -1, 64), "1e+20");
    EXPECT_EQ(format(123456789.0, 'g', -1, 64), "1.23456789e+08");
    EXPECT_EQ(format(1e-7, 'g', -1, 64), "1e-07");
    EXPECT_EQ(format(5e-324, 'g', -1, 64), "5e-324");
    EXPECT_EQ(format(1.7976931348623157e308, 'g', -1, 64), "1.7976931348623157e+308");
    EXPECT_EQ(format(0.1f, 'g', -1, 32), "0.1");
    EXPECT_EQ(format(0.1f, 'g', -1, 64), "0.10000000149011612");
    EXPECT_EQ(format(-0.0, 'g', -1, 64), "-0");
    EXPECT_EQ(format(100, 'g', -1, 64), "100");
    EXPECT_EQ(format(1e6, 'g', -1, 64), "1e+06");
}

TEST(RuntimeFtoa, SpecialValues) {
    EXPECT_EQ(format(__builtin_nan(""), 'g', -1, 64), "NaN");
    EXPECT_EQ(format(__builtin_inf(), 'f', 3, 64), "+Inf");
    EXPECT_EQ(format(-__builtin_inf(), 'e', -1, 32), "-Inf");
}

TEST(RuntimeFtoa, ShortBufferReportsFullLength) {
    char buf[4];
    int64_t n = gort_formatfloat(buf, sizeof buf, 1e300, 'f', -1, 64);
    EXPECT_EQ(n, 301);
    EXPECT_EQ(std::string(buf, 4), "1000");
}
