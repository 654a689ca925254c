// bigint_test.cc — arbitrary-precision integers, exact rationals and their correctly
// rounded conversion to float64/float32 (frontend/bigint.c), and constant values
// (frontend/constant.c): literals, arithmetic, representability, printing.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>

#include "shim_checker.h"

namespace {

std::string Str(BigInt *b) { return bi_to_string(b); }
BigInt *P(const char *s) { return bi_parse(s); }

TEST(BigInt, ParseAndPrint) {
    EXPECT_EQ(Str(P("0")), "0");
    EXPECT_EQ(Str(P("12345678901234567890123456789")), "12345678901234567890123456789");
    EXPECT_EQ(Str(P("0x_FF")), "255");
    EXPECT_EQ(Str(P("0b1010")), "10");
    EXPECT_EQ(Str(P("0o17")), "15");
    EXPECT_EQ(Str(P("017")), "15");
    EXPECT_EQ(Str(P("1_000_000")), "1000000");
    EXPECT_EQ(P("0x"), nullptr);
    EXPECT_EQ(P("09"), nullptr);
    EXPECT_EQ(Str(bi_from_int64(INT64_MIN)), "-9223372036854775808");
    EXPECT_EQ(Str(bi_from_uint64(UINT64_MAX)), "18446744073709551615");
}

TEST(BigInt, Arithmetic) {
    BigInt *a = P("340282366920938463463374607431768211456"); // 2^128
    BigInt *one = bi_from_int64(1);
    EXPECT_EQ(Str(bi_sub(a, one)), "340282366920938463463374607431768211455");
    EXPECT_EQ(Str(bi_mul(a, a)), "115792089237316195423570985008687907853269984665640564039457584007913129639936");
    EXPECT_EQ(Str(bi_quo(a, P("3"))), "113427455640312821154458202477256070485");
    EXPECT_EQ(Str(bi_rem(a, P("3"))), "1");
    EXPECT_EQ(Str(bi_quo(bi_from_int64(-7), bi_from_int64(2))), "-3");
    EXPECT_EQ(Str(bi_rem(bi_from_int64(-7), bi_from_int64(2))), "-1");
    EXPECT_EQ(Str(bi_add(bi_from_int64(-5), bi_from_int64(3))), "-2");
    EXPECT_EQ(Str(bi_sub(bi_from_int64(3), bi_from_int64(3))), "0");
    EXPECT_EQ(bi_cmp(bi_from_int64(-3), bi_from_int64(2)), -1);
    EXPECT_EQ(Str(bi_gcd(P("48"), bi_from_int64(-18))), "6");
}

TEST(BigInt, ShiftsAndBits) {
    EXPECT_EQ(Str(bi_shl(bi_from_int64(1), 70)), "1180591620717411303424");
    EXPECT_EQ(Str(bi_shr(P("1180591620717411303424"), 69)), "2");
    EXPECT_EQ(Str(bi_shr(bi_from_int64(-5), 1)), "-3"); // floor, like Go's >> on signed
    EXPECT_EQ(Str(bi_and(bi_from_int64(-1), bi_from_int64(0xF0))), "240");
    EXPECT_EQ(Str(bi_or(bi_from_int64(-16), bi_from_int64(3))), "-13");
    EXPECT_EQ(Str(bi_xor(bi_from_int64(-1), bi_from_int64(5))), "-6");
    EXPECT_EQ(Str(bi_andnot(bi_from_int64(15), bi_from_int64(-4))), "3");
    EXPECT_EQ(Str(bi_not(bi_from_int64(0))), "-1");
    EXPECT_EQ(bi_bitlen(bi_from_int64(255)), 8);
    EXPECT_TRUE(bi_fits_int64(bi_from_int64(INT64_MIN)));
    EXPECT_FALSE(bi_fits_int64(bi_from_uint64(1ull << 63)));
    EXPECT_TRUE(bi_fits_uint64(bi_from_uint64(UINT64_MAX)));
    EXPECT_FALSE(bi_fits_uint64(bi_from_int64(-1)));
}

double D(const char *lit) { return br_to_double(br_parse(lit), nullptr); }

TEST(BigRat, ParseAndRoundToDouble) {
    EXPECT_EQ(D("0.1"), 0.1);
    EXPECT_EQ(D("1e23"), 1e23);
    EXPECT_EQ(D("8.98846567431158e307"), 8.98846567431158e307);
    EXPECT_EQ(D("2.2250738585072011e-308"), 2.2250738585072011e-308);
    EXPECT_EQ(D("4.9406564584124654e-324"), 4.9406564584124654e-324); // smallest subnormal
    EXPECT_EQ(D("2.4703282292062328e-324"), 4.9406564584124654e-324); // just above half: rounds up
    EXPECT_EQ(D("2.4703282292062327e-324"), 0.0);                     // just below half: rounds down
    EXPECT_EQ(D("0x1p-2"), 0.25);
    EXPECT_EQ(D("0x1.8p1"), 3.0);
    EXPECT_EQ(D("1_000.5"), 1000.5);
    EXPECT_EQ(D("9007199254740993"), 9007199254740992.0); // tie → even
    EXPECT_EQ(D("9007199254740995"), 9007199254740996.0); // tie → even (up)
    bool ovf = false;
    br_to_double(br_parse("1e309"), &ovf);
    EXPECT_TRUE(ovf);
    EXPECT_EQ(br_parse("1e"), nullptr);
    EXPECT_EQ(br_parse("0x1.8"), nullptr);
}

TEST(BigRat, RoundToFloat32) {
    bool ovf = false;
    EXPECT_EQ(br_to_float(br_parse("16777217"), &ovf), 16777216.0f);
    EXPECT_FALSE(ovf);
    EXPECT_EQ(br_to_float(br_parse("0.1"), nullptr), 0.1f);
    EXPECT_EQ(br_to_float(br_parse("1e-46"), nullptr), 0.0f);
    EXPECT_EQ(br_to_float(br_parse("1.5e-45"), nullptr), 1.4e-45f);
    br_to_float(br_parse("1e40"), &ovf);
    EXPECT_TRUE(ovf);
    br_to_float(br_parse("3.4028234663852886e38"), &ovf);
    EXPECT_FALSE(ovf);
}

TEST(BigRat, ArithmeticAndPrinting) {
    BigRat *third = br_make(bi_from_int64(1), bi_from_int64(3));
    BigRat *sum = br_add(br_add(third, third), third);
    EXPECT_TRUE(br_is_int(sum));
    EXPECT_EQ(br_cmp(sum, br_from_int(bi_from_int64(1))), 0);
    EXPECT_EQ(std::string(br_to_string(br_parse("1.5"))), "1.5");
    EXPECT_EQ(std::string(br_to_string(br_parse("1e100"))), "1e+100");
    EXPECT_EQ(std::string(br_to_string(br_parse("0.1"))), "0.1");
    EXPECT_EQ(std::string(br_to_string(br_parse("3"))), "3");
    EXPECT_EQ(std::string(br_to_string(br_parse("1e400"))), "1e+400");
    EXPECT_EQ(Str(br_trunc(br_neg(br_parse("2.75")))), "-2");
}

TEST(Constant, Literals) {
    universe_init();
    ConstVal *c = cv_from_literal(TK_CHAR, "'\\n'");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(cv_int64(c), 10);
    EXPECT_EQ(cv_int64(cv_from_literal(TK_CHAR, "'世'")), 0x4e16);
    EXPECT_EQ(cv_int64(cv_from_literal(TK_CHAR, "'\\x41'")), 65);
    EXPECT_EQ(cv_int64(cv_from_literal(TK_CHAR, "'\\u00e9'")), 0xe9);
    ConstVal *s = cv_from_literal(TK_STRING, "\"a\\tb\\x00\\u00e9\"");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->slen, 6u);
    EXPECT_EQ(std::string(s->s, s->slen), std::string("a\tb\0\xc3\xa9", 6));
    ConstVal *raw = cv_from_literal(TK_STRING, "`a\\n\r`");
    EXPECT_EQ(std::string(raw->s, raw->slen), "a\\n");
    ConstVal *im = cv_from_literal(TK_IMAG, "2.5i");
    ASSERT_EQ(im->kind, CV_COMPLEX);
    EXPECT_EQ(std::string(cv_string(im)), "(0 + 2.5i)");
    EXPECT_EQ(cv_int64(cv_from_literal(TK_INT, "0x10")), 16);
}

TEST(Constant, ArithmeticAndRepresentability) {
    universe_init();
    ConstVal *a = cv_make_int64(300);
    EXPECT_EQ(cv_representable(a, t_int8, nullptr), REPR_OVERFLOWS);
    EXPECT_EQ(cv_representable(a, t_int16, nullptr), REPR_OK);
    EXPECT_EQ(cv_representable(cv_make_int64(-1), t_uint, nullptr), REPR_OVERFLOWS);
    EXPECT_EQ(cv_representable(cv_make_int64(255), t_byte, nullptr), REPR_OK);
    ConstVal *half = cv_make_float(br_parse("1.5"));
    EXPECT_EQ(cv_representable(half, t_int, nullptr), REPR_TRUNCATED);
    ConstVal *out = nullptr;
    EXPECT_EQ(cv_representable(cv_make_float(br_parse("2.0")), t_int, &out), REPR_OK);
    EXPECT_EQ(out->kind, CV_INT);
    EXPECT_EQ(cv_representable(cv_make_float(br_parse("1e40")), t_float32, nullptr), REPR_OVERFLOWS);
    EXPECT_EQ(cv_representable(cv_make_string("x", 1), t_int, nullptr), REPR_MISMATCH);
    EXPECT_EQ(cv_binary(TK_QUO, cv_make_int64(1), cv_make_int64(0), true), nullptr);
    EXPECT_EQ(cv_int64(cv_binary(TK_QUO, cv_make_int64(7), cv_make_int64(2), true)), 3);
    ConstVal *q = cv_binary(TK_QUO, cv_make_int64(7), cv_make_int64(2), false);
    EXPECT_EQ(q->kind, CV_FLOAT);
    EXPECT_EQ(cv_float64(q), 3.5);
    // ^x on a typed unsigned constant flips only the type's bits
    EXPECT_EQ(cv_int64(cv_unary(TK_XOR, cv_make_int64(1), 1)), 254);
    EXPECT_EQ(cv_int64(cv_unary(TK_XOR, cv_make_int64(1), 0)), -2);
    EXPECT_TRUE(cv_compare(TK_LSS, cv_make_string("ab", 2), cv_make_string("b", 1)));
    EXPECT_EQ(cv_float32(cv_make_float(br_parse("0.1"))), 0.1f);
    EXPECT_EQ(cv_int64(cv_make_int(bi_parse("18446744073709551615"))), -1);
}

TEST(Constant, Printing) {
    EXPECT_EQ(std::string(cv_string(cv_make_string("a\"b\n", 4))), "\"a\\\"b\\n\"");
    std::string longs(100, 'a');
    std::string printed = cv_string(cv_make_string(longs.data(), longs.size()));
    EXPECT_EQ(printed, "\"" + std::string(68, 'a') + "...");
    EXPECT_EQ(std::string(cv_string(cv_make_bool(true))), "true");
    EXPECT_EQ(std::string(cv_string(cv_make_int(bi_shl(bi_from_int64(1), 70)))), "1180591620717411303424");
}

} // namespace
