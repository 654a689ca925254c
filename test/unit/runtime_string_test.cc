// Strings: comparison and UTF-8 decoding/encoding exactly as unicode/utf8 (expected values
// from Go's utf8.DecodeRuneInString and RuneCountInString).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "shim_runtime.h"

namespace {
struct DecodeCase {
    const char *s;
    int32_t rune;
    int64_t width;
    int64_t count;
};

const DecodeCase decode_cases[] = {
    {"a", 0x61, 1, 1},
    {"\xc3\xa9", 0xe9, 2, 1},
    {"\xe2\x82\xac", 0x20ac, 3, 1},
    {"\xf0\x9f\x98\x80", 0x1f600, 4, 1},
    {"\xc0\x80", 0xfffd, 1, 2},               // overlong
    {"\xe0\x80\x80", 0xfffd, 1, 3},           // overlong
    {"\xed\xa0\x80", 0xfffd, 1, 3},           // surrogate
    {"\xf4\x90\x80\x80", 0xfffd, 1, 4},       // > U+10FFFF
    {"\xe2\x82", 0xfffd, 1, 2},               // truncated
    {"\xff", 0xfffd, 1, 1},
    {"\xc2", 0xfffd, 1, 1},
    {"\xe2\x82" "A", 0xfffd, 1, 3},           // bad third byte
    {"\xf0\x9f\x98", 0xfffd, 1, 3},
    {"\xf0\x9f\x98\x80x", 0x1f600, 4, 2},
    {"\x80", 0xfffd, 1, 1},
    {"\xf5\x80\x80\x80", 0xfffd, 1, 4},
    {"\xc1\xbf", 0xfffd, 1, 2},
    {"\xef\xbf\xbf", 0xffff, 3, 1},
    {"\xf4\x8f\xbf\xbf", 0x10ffff, 4, 1},
};

const uint8_t *u8(const char *s) { return reinterpret_cast<const uint8_t *>(s); }

std::string str(GoString s) { return std::string(reinterpret_cast<const char *>(s.ptr), s.len); }
}  // namespace

TEST(RuntimeString, DecodeRuneMatchesUtf8Package) {
    for (const auto &c : decode_cases) {
        int64_t len = std::strlen(c.s), next = -1;
        EXPECT_EQ(gort_decoderune(u8(c.s), len, 0, &next), c.rune) << c.s;
        EXPECT_EQ(next, c.width) << c.s;
        EXPECT_EQ(gort_countrunes(u8(c.s), len), c.count) << c.s;
    }
}

TEST(RuntimeString, DecodeAtOffset) {
    const char *s = "x\xe2\x82\xacy";
    int64_t next;
    EXPECT_EQ(gort_decoderune(u8(s), 5, 1, &next), 0x20ac);
    EXPECT_EQ(next, 4);
    EXPECT_EQ(gort_decoderune(u8(s), 5, 4, &next), 'y');
    EXPECT_EQ(next, 5);
    // a sequence cut short by the string's end is invalid even if the bytes continue
    EXPECT_EQ(gort_decoderune(u8(s), 3, 1, &next), 0xfffd);
    EXPECT_EQ(next, 2);
}

TEST(RuntimeString, IntStringEncodesOrReplaces) {
    auto enc = [](int64_t r) {
        uint8_t buf[4];
        int64_t n = gort_intstring(buf, r);
        return std::string(reinterpret_cast<char *>(buf), size_t(n));
    };
    EXPECT_EQ(enc('A'), "A");
    EXPECT_EQ(enc(0xe9), "\xc3\xa9");
    EXPECT_EQ(enc(0x20ac), "\xe2\x82\xac");
    EXPECT_EQ(enc(0x1f600), "\xf0\x9f\x98\x80");
    EXPECT_EQ(enc(-1), "\xef\xbf\xbd");
    EXPECT_EQ(enc(0xD800), "\xef\xbf\xbd");
    EXPECT_EQ(enc(0x110000), "\xef\xbf\xbd");
    EXPECT_EQ(enc(int64_t(1) << 32 | 'A'), "\xef\xbf\xbd");
}

TEST(RuntimeString, RunesRoundTrip) {
    const char *s = "h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c \xf0\x9f\x98\x80\xff!";
    int64_t len = std::strlen(s);
    int64_t n = gort_countrunes(u8(s), len);
    ASSERT_EQ(n, 13);
    std::vector<int32_t> runes(n);
    gort_stringtorunes(runes.data(), u8(s), len);
    EXPECT_EQ(runes[1], 0xe9);
    EXPECT_EQ(runes[7], 0x4e16);
    EXPECT_EQ(runes[11], 0xfffd);
    int64_t blen = gort_runesbytelen(runes.data(), n);
    EXPECT_EQ(blen, len + 2);   // the invalid byte became a 3-byte U+FFFD
    std::string out(blen, '\0');
    gort_runestostring(reinterpret_cast<uint8_t *>(&out[0]), runes.data(), n);
    EXPECT_EQ(out, std::string("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c \xf0\x9f\x98\x80\xef\xbf\xbd!"));
}

TEST(RuntimeString, EncodeRuneInvalidBecomesReplacement) {
    uint8_t buf[4];
    EXPECT_EQ(gort_encoderune(buf, 0xDFFF), 3);
    EXPECT_EQ(std::memcmp(buf, "\xef\xbf\xbd", 3), 0);
    EXPECT_EQ(gort_encoderune(buf, 0x7f), 1);
    EXPECT_EQ(gort_encoderune(buf, 0x80), 2);
    EXPECT_EQ(gort_encoderune(buf, 0x7ff), 2);
    EXPECT_EQ(gort_encoderune(buf, 0x800), 3);
    EXPECT_EQ(gort_encoderune(buf, 0x10000), 4);
}

TEST(RuntimeString, CompareAndEqual) {
    EXPECT_EQ(gort_strcmp(u8("abc"), 3, u8("abd"), 3), -1);
    EXPECT_EQ(gort_strcmp(u8("abc"), 3, u8("ab"), 2), 1);
    EXPECT_EQ(gort_strcmp(u8("ab"), 2, u8("abc"), 3), -1);
    EXPECT_EQ(gort_strcmp(u8("abc"), 3, u8("abc"), 3), 0);
    EXPECT_EQ(gort_strcmp(nullptr, 0, nullptr, 0), 0);
    EXPECT_EQ(gort_strcmp(u8("\xff"), 1, u8("a"), 1), 1);   // bytes compare unsigned
    EXPECT_TRUE(gort_streq(u8("abc"), 3, u8("abcd"), 3));
    EXPECT_FALSE(gort_streq(u8("abc"), 3, u8("abd"), 3));
    EXPECT_FALSE(gort_streq(u8("ab"), 2, u8("abc"), 3));
    EXPECT_TRUE(gort_streq(nullptr, 0, u8("x"), 0));
}
