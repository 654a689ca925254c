// lexer_test.cc — tokens, literal forms, the semicolon rule and lexical errors (messages
// and columns as gc reports them).
#include <gtest/gtest.h>

#include <string>

#include "shim_frontend.h"

using frontend_test::take_errors;

namespace {

// Tokens of src, space-separated: names and literals as written, operators as gc spells
// them, ";" for an explicit semicolon, ";nl" / ";eof" for automatic ones.
// The automatic semicolon at EOF is left out unless keep_eof.
std::string toks(const std::string &src, bool keep_eof = false) {
    diag_reset();
    int file = src_add_file("x.go");
    Lexer lx;
    lexer_init(&lx, file, src.data(), src.size());
    std::string out;
    for (int guard = 0; guard < 10000; guard++) {
        Tok t = lex_next(&lx);
        if (t == TK_EOF) break;
        if (t == TK_SEMICOLON && !keep_eof && std::string(lx.lit) == "EOF") continue;
        if (!out.empty()) out += ' ';
        if (t == TK_SEMICOLON) out += std::string(lx.lit) == "semicolon" ? ";" : std::string(lx.lit) == "newline" ? ";nl" : ";eof";
        else if (lx.lit) out += lx.lit;
        else out += tok_string(t);
    }
    return out;
}

// Kinds and positions: "INT@1:3 ..." for checking token classes and columns.
std::string kinds(const std::string &src, bool keep_eof = false) {
    diag_reset();
    int file = src_add_file("x.go");
    Lexer lx;
    lexer_init(&lx, file, src.data(), src.size());
    std::string out;
    for (int guard = 0; guard < 10000; guard++) {
        Tok t = lex_next(&lx);
        if (t == TK_EOF) break;
        if (t == TK_SEMICOLON && !keep_eof && std::string(lx.lit) == "EOF") continue;
        const char *k = t == TK_INT ? "INT" : t == TK_FLOAT ? "FLOAT" : t == TK_IMAG ? "IMAG" : t == TK_CHAR ? "CHAR"
                      : t == TK_STRING ? "STRING" : t == TK_IDENT ? "IDENT" : tok_string(t);
        if (!out.empty()) out += ' ';
        out += std::string(k) + "@" + std::to_string(lx.pos.line) + ":" + std::to_string(lx.pos.col);
    }
    return out;
}

// Errors produced by lexing src completely.
std::string lex_errors(const std::string &src) {
    toks(src);
    return take_errors();
}

std::string unquote(const char *lit) {
    size_t n;
    char *s = lit_unquote(lit, &n, nullptr);
    std::string r(s, n);
    free(s);
    return r;
}

}  // namespace

TEST(Lexer, IdentifiersAndKeywords) {
    EXPECT_EQ(toks("x _y αβ func chan"), "x _y αβ func chan");
    EXPECT_EQ(kinds("x func"), "IDENT@1:1 func@1:3");
    EXPECT_EQ(lex_keyword("fallthrough", 11), TK_FALLTHROUGH);
    EXPECT_EQ(lex_keyword("funcs", 5), TK_IDENT);
}

TEST(Lexer, Operators) {
    EXPECT_EQ(toks("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^="),
              "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^=");
    EXPECT_EQ(toks("&& || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :"),
              "&& || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { comma . ) ] } ; :");
}

TEST(Lexer, DotForms) {
    EXPECT_EQ(kinds("a..b"), "IDENT@1:1 .@1:2 .@1:3 IDENT@1:4");
    EXPECT_EQ(kinds("x...y"), "IDENT@1:1 ...@1:2 IDENT@1:5");
    EXPECT_EQ(kinds(".5"), "FLOAT@1:1");
}

TEST(Lexer, DecimalAndPrefixedIntegers) {
    EXPECT_EQ(kinds("0 42 1_000 0x1F 0X_ff 0o17 0O7 017 0b101 0B_1"),
              "INT@1:1 INT@1:3 INT@1:6 INT@1:12 INT@1:17 INT@1:23 INT@1:28 INT@1:32 INT@1:36 INT@1:42");
    EXPECT_EQ(lex_errors("0 42 1_000 0x1F 0X_ff 0o17 0O7 017 0b101 0B_1"), "");
}

TEST(Lexer, Floats) {
    EXPECT_EQ(kinds("1. 1.5 .5 1e3 1E-3 1.5e+10 0x1p-2 0x1.8p1 0X.8P0 1_0.0_1e1_0 09.5 08e1"),
              "FLOAT@1:1 FLOAT@1:4 FLOAT@1:8 FLOAT@1:11 FLOAT@1:15 FLOAT@1:20 FLOAT@1:28 FLOAT@1:35 FLOAT@1:43 "
              "FLOAT@1:50 FLOAT@1:62 FLOAT@1:67");
    EXPECT_EQ(lex_errors("1. 1.5 .5 1e3 1E-3 1.5e+10 0x1p-2 0x1.8p1 0X.8P0 1_0.0_1e1_0 09.5 08e1"), "");
}

TEST(Lexer, Imaginary) {
    EXPECT_EQ(kinds("1i 1.5i .5i 1e3i 0x1p2i 0b1i 0o7i 07i 09i"),
              "IMAG@1:1 IMAG@1:4 IMAG@1:9 IMAG@1:13 IMAG@1:18 IMAG@1:25 IMAG@1:30 IMAG@1:35 IMAG@1:39");
    EXPECT_EQ(lex_errors("1i 1.5i .5i 1e3i 0x1p2i 0b1i 0o7i 07i 09i"), "");
}

TEST(Lexer, SeparatorErrors) {
    EXPECT_EQ(lex_errors("x := 1_"), "x.go:1:7: '_' must separate successive digits\n");
    EXPECT_EQ(lex_errors("x := 1__2"), "x.go:1:8: '_' must separate successive digits\n");
    EXPECT_EQ(lex_errors("x := 0x1.8p1_"), "x.go:1:13: '_' must separate successive digits\n");
    EXPECT_EQ(lex_errors("x := 1_.5"), "x.go:1:7: '_' must separate successive digits\n");
    EXPECT_EQ(lex_errors("x := 0x_1 + 0_7"), "");
}

TEST(Lexer, BadNumbers) {
    EXPECT_EQ(lex_errors("a 09"), "x.go:1:4: invalid digit '9' in octal literal\n");
    EXPECT_EQ(lex_errors("a 0b12"), "x.go:1:6: invalid digit '2' in binary literal\n");
    EXPECT_EQ(lex_errors("a 0o8"), "x.go:1:5: invalid digit '8' in octal literal\n");
    EXPECT_EQ(lex_errors("a 0x"), "x.go:1:5: hexadecimal literal has no digits\n");
    EXPECT_EQ(lex_errors("a 0b"), "x.go:1:5: binary literal has no digits\n");
    EXPECT_EQ(lex_errors("a 0o"), "x.go:1:5: octal literal has no digits\n");
    EXPECT_EQ(lex_errors("a 0x.p1"), "x.go:1:6: hexadecimal literal has no digits\n");
    EXPECT_EQ(lex_errors("a 1e"), "x.go:1:5: exponent has no digits\n");
    EXPECT_EQ(lex_errors("a 1e+"), "x.go:1:6: exponent has no digits\n");
}

TEST(Lexer, BadMantissaAndExponent) {
    EXPECT_EQ(lex_errors("a 0x1.0"), "x.go:1:8: hexadecimal mantissa requires a 'p' exponent\n");
    EXPECT_EQ(lex_errors("a 0x1.5e3"), "x.go:1:10: hexadecimal mantissa requires a 'p' exponent\n");
    EXPECT_EQ(lex_errors("a 1p3"), "x.go:1:4: 'p' exponent requires hexadecimal mantissa\n");
    EXPECT_EQ(lex_errors("a 0P0"), "x.go:1:4: 'P' exponent requires hexadecimal mantissa\n");
    EXPECT_EQ(lex_errors("a 0b1e3"), "x.go:1:6: 'e' exponent requires decimal mantissa\n");
    EXPECT_EQ(lex_errors("a 0b1.0"), "x.go:1:6: invalid radix point in binary literal\n");
}

TEST(Lexer, NumberFollowedByIdentifier) {
    // one literal, one error, lexing continues
    EXPECT_EQ(toks("0x1g"), "0x1 g");
}

TEST(Lexer, Strings) {
    EXPECT_EQ(toks("\"abc\" \"\" \"a\\\"b\" `raw\\n` ``"), "\"abc\" \"\" \"a\\\"b\" `raw\\n` ``");
    EXPECT_EQ(lex_errors("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\101\\x41\\u00e9\\U0001F600\""), "");
}

TEST(Lexer, RawStringSpansLines) {
    EXPECT_EQ(kinds("`a\nb` x"), "STRING@1:1 IDENT@2:4");
}

TEST(Lexer, Runes) {
    EXPECT_EQ(kinds("'a' 'é' '\\n' '\\'' '\\x41' '\\101' '\\u00e9' '\\U0001F600'"),
              "CHAR@1:1 CHAR@1:5 CHAR@1:10 CHAR@1:15 CHAR@1:20 CHAR@1:27 CHAR@1:34 CHAR@1:43");
    EXPECT_EQ(lex_errors("'a' 'é' '\\n' '\\'' '\\x41' '\\101' '\\u00e9' '\\U0001F600'"), "");
}

TEST(Lexer, StringErrors) {
    EXPECT_EQ(lex_errors("x := \"abc\ny"), "x.go:1:10: newline in string\n");
    EXPECT_EQ(lex_errors("x := \"abc"), "x.go:1:6: string not terminated\n");
    EXPECT_EQ(lex_errors("x := `abc\n"), "x.go:1:6: string not terminated\n");
}

TEST(Lexer, EscapeErrors) {
    EXPECT_EQ(lex_errors("\"\\q\""), "x.go:1:3: unknown escape\n");
    EXPECT_EQ(lex_errors("\"\\'\""), "x.go:1:3: unknown escape\n");
    EXPECT_EQ(lex_errors("'\\\"'"), "x.go:1:3: unknown escape\n");
    EXPECT_EQ(lex_errors("\"\\x1\\n\""), "x.go:1:5: invalid character '\\\\' in hexadecimal escape\n");
    EXPECT_EQ(lex_errors("\"\\400\""), "x.go:1:6: octal escape value 256 > 255\n");
    EXPECT_EQ(lex_errors("\"\\19\""), "x.go:1:4: invalid character '9' in octal escape\n");
    EXPECT_EQ(lex_errors("\"\\uD800\""), "x.go:1:8: escape is invalid Unicode code point U+D800\n");
    EXPECT_EQ(lex_errors("\"\\U00110000\""), "x.go:1:12: escape is invalid Unicode code point U+110000\n");
}

TEST(Lexer, RuneErrors) {
    EXPECT_EQ(lex_errors("x := 'ab'"), "x.go:1:6: more than one character in rune literal\n");
    EXPECT_EQ(lex_errors("x := ''"), "x.go:1:7: empty rune literal or unescaped '\n");
    EXPECT_EQ(lex_errors("x := 'a\n"), "x.go:1:8: newline in rune literal\n");
    EXPECT_EQ(lex_errors("x := 'a"), "x.go:1:6: rune literal not terminated\n");
    EXPECT_EQ(lex_errors("x := '"), "x.go:1:6: rune literal not terminated\n");
}

TEST(Lexer, CommentErrors) {
    EXPECT_EQ(lex_errors("x /* abc"), "x.go:1:3: comment not terminated\n");
    EXPECT_EQ(lex_errors("x // fine"), "");
}

TEST(Lexer, InvalidCharacters) {
    EXPECT_EQ(lex_errors("a @ b"), "x.go:1:3: invalid character U+0040 '@'\n");
    EXPECT_EQ(lex_errors("a \x07 b"), "x.go:1:3: invalid character U+0007\n");
    EXPECT_EQ(lex_errors("a # $ ?"),
              "x.go:1:3: invalid character U+0023 '#'\nx.go:1:5: invalid character U+0024 '$'\n"
              "x.go:1:7: invalid character U+003F '?'\n");
    EXPECT_EQ(lex_errors("a·b"), "x.go:1:2: invalid character U+00B7 '·' in identifier\n");
    EXPECT_EQ(toks("a @ b"), "a b");
}

TEST(Lexer, InvalidUTF8) {
    EXPECT_EQ(lex_errors("x = \"a\xff" "b\""), "x.go:1:7: invalid UTF-8 encoding\n");
    EXPECT_EQ(lex_errors("x = \xff"), "x.go:1:5: invalid UTF-8 encoding\n");
    EXPECT_EQ(lex_errors("// \xc0\xaf\nx"), "x.go:1:4: invalid UTF-8 encoding\n");
    EXPECT_EQ(toks("x \xff y"), "x y");
}

TEST(Lexer, NulBytes) {
    std::string src = std::string("x = \"a") + '\0' + "b\"\ny = 1" + '\0';
    EXPECT_EQ(lex_errors(src), "x.go:1:7: invalid NUL character\nx.go:2:6: invalid NUL character\n");
}

TEST(Lexer, ByteOrderMark) {
    EXPECT_EQ(lex_errors("\xef\xbb\xbfpackage p"), "");
    EXPECT_EQ(kinds("\xef\xbb\xbfpackage p"), "package@1:4 IDENT@1:12");
    EXPECT_EQ(lex_errors("x \xef\xbb\xbf"), "x.go:1:3: invalid BOM in the middle of the file\n");
    EXPECT_EQ(lex_errors("\"\xef\xbb\xbf\""), "x.go:1:2: invalid BOM in the middle of the file\n");
}

TEST(Lexer, SemicolonInsertion) {
    EXPECT_EQ(toks("x\ny", true), "x ;nl y ;eof");
    EXPECT_EQ(toks("x +\ny", true), "x + y ;eof");
    EXPECT_EQ(toks("return\nbreak\ncontinue\nfallthrough\n", true), "return ;nl break ;nl continue ;nl fallthrough ;nl");
    EXPECT_EQ(toks("i++\ni--\n)\n]\n}\n", true), "i ++ ;nl i -- ;nl ) ;nl ] ;nl } ;nl");
    EXPECT_EQ(toks("1\n1.5\n1i\n'a'\n\"s\"\n`r`\n", true), "1 ;nl 1.5 ;nl 1i ;nl 'a' ;nl \"s\" ;nl `r` ;nl");
    EXPECT_EQ(toks("func\n(\n[\n{\n,\n", true), "func ( [ { comma");
}

TEST(Lexer, SemicolonAtEOF) {
    EXPECT_EQ(kinds("x", true), "IDENT@1:1 semicolon@1:2");
    EXPECT_EQ(toks("x)", true), "x ) ;eof");
    EXPECT_EQ(toks("x // c", true), "x ;eof");
}

TEST(Lexer, SemicolonAndComments) {
    // a line comment: the semicolon sits at the newline after it
    EXPECT_EQ(kinds("x // c\ny", true), "IDENT@1:1 semicolon@1:7 IDENT@2:1 semicolon@2:2");
    // a block comment containing a newline acts as a newline, placed at the comment
    EXPECT_EQ(kinds("x /* a\nb */ y", true), "IDENT@1:1 semicolon@1:3 IDENT@2:6 semicolon@2:7");
    // a block comment on one line is just space
    EXPECT_EQ(toks("x /* a */ y", true), "x y ;eof");
}

TEST(Lexer, Positions) {
    EXPECT_EQ(kinds("a\n\tb c\n  \"é\" d", true), "IDENT@1:1 semicolon@1:2 IDENT@2:2 IDENT@2:4 semicolon@2:5 STRING@3:3 IDENT@3:8 semicolon@3:9");
}

TEST(Lexer, CarriageReturns) {
    EXPECT_EQ(toks("x\r\ny", true), "x ;nl y ;eof");
    EXPECT_EQ(unquote("`a\r\nb`"), "a\nb");
}

TEST(Lexer, UnquoteInterpreted) {
    EXPECT_EQ(unquote("\"a\\tb\""), "a\tb");
    EXPECT_EQ(unquote("\"\\x41\\101\\u00e9\""), "AA\xc3\xa9");
    EXPECT_EQ(unquote("\"\\xff\""), "\xff");
    EXPECT_EQ(unquote("\"\\\\\\\"\""), "\\\"");
    std::string nul = unquote("\"a\\000b\"");
    EXPECT_EQ(nul.size(), 3u);
}

TEST(Lexer, UnquoteRune) {
    int32_t r = 0;
    free(lit_unquote("'\\u00e9'", nullptr, &r));
    EXPECT_EQ(r, 0xe9);
    free(lit_unquote("'\\xff'", nullptr, &r));
    EXPECT_EQ(r, 0xff);
    free(lit_unquote("'世'", nullptr, &r));
    EXPECT_EQ(r, 0x4e16);
    free(lit_unquote("'\\''", nullptr, &r));
    EXPECT_EQ(r, '\'');
}

TEST(Lexer, NeverStuckOnGarbage) {
    std::string junk;
    for (int i = 0; i < 256; i++) junk += (char)i;
    junk += "\"'`/*";
    toks(junk);  // must terminate
    EXPECT_NE(take_errors(), "");
}
