/* lexer.c — Go's lexical grammar (go.dev/ref/spec#Lexical_elements).
 *
 * The lexer reads runes one at a time through `next_rune`, which is also where the
 * file-wide checks live (invalid UTF-8, NUL bytes, a byte order mark after the start), so
 * that they are reported wherever they occur: in code, strings and comments alike, exactly
 * once per occurrence, as gc does.
 *
 * Positions follow gc: a token sits at its first byte; columns count bytes from 1. Errors
 * about the shape of a literal are reported either at the offending character (bad digit,
 * misplaced '_', unknown escape) or at the place where the lexer noticed something missing
 * (end of a number with no digits, end of an escape with a bad value), matching gc's
 * columns so that error tests compare equal. */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static char *xvsprintf_for_lexer(const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *p = xmalloc((size_t)(n < 0 ? 0 : n) + 1);
    vsnprintf(p, (size_t)(n < 0 ? 0 : n) + 1, fmt, ap);
    return p;
}

/* All lexical errors go through here so that a look-ahead copy of the lexer stays silent. */
static void lex_error(struct Lexer *lx, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- UTF-8 --------------------------------------------------------------------------- */

int utf8_decode(const char *s, size_t n, int32_t *r) {
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0) { *r = 0xFFFD; return 1; }
    unsigned c = u[0];
    if (c < 0x80) { *r = (int32_t)c; return 1; }
    int need;
    int32_t min;
    int32_t v;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; v = c & 0x07; min = 0x10000; }
    else { *r = 0xFFFD; return 1; }
    if ((size_t)need >= n) { *r = 0xFFFD; return 1; }
    for (int i = 1; i <= need; i++) {
        if ((u[i] & 0xC0) != 0x80) { *r = 0xFFFD; return 1; }
        v = (v << 6) | (u[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) { *r = 0xFFFD; return 1; }
    *r = v;
    return need + 1;
}

void utf8_append(StrBuf *b, int32_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    char buf[4];
    int n;
    if (r < 0x80) { buf[0] = (char)r; n = 1; }
    else if (r < 0x800) { buf[0] = (char)(0xC0 | (r >> 6)); buf[1] = (char)(0x80 | (r & 0x3F)); n = 2; }
    else if (r < 0x10000) {
        buf[0] = (char)(0xE0 | (r >> 12)); buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (r & 0x3F)); n = 3;
    } else {
        buf[0] = (char)(0xF0 | (r >> 18)); buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[3] = (char)(0x80 | (r & 0x3F)); n = 4;
    }
    sb_putn(b, buf, (size_t)n);
}

/* ---- reading runes -------------------------------------------------------------------- */

static Pos pos_at(Lexer *lx, size_t off) {
    /* only valid for offsets on the current line (all callers respect that) */
    return (Pos){lx->file, lx->line, (int)(off - lx->line_off) + 1};
}

static Pos cur_pos(Lexer *lx) { return pos_at(lx, lx->ch_off); }

/* Advances to the next rune, reporting file-level encoding errors at the rune's position. */
static void next_rune(Lexer *lx) {
    if (lx->ch == '\n') {
        lx->line++;
        lx->line_off = lx->next_off;
    }
    lx->ch_off = lx->next_off;
    if (lx->ch_off >= lx->len) {
        lx->ch = -1;
        return;
    }
    lx->ch_invalid = false;
    unsigned char c = (unsigned char)lx->src[lx->ch_off];
    if (c < 0x80) {
        lx->next_off = lx->ch_off + 1;
        lx->ch = c;
        if (c == 0) { lex_error(lx, cur_pos(lx), "invalid NUL character"); lx->ch_invalid = true; }
        return;
    }
    int32_t r;
    int w = utf8_decode(lx->src + lx->ch_off, lx->len - lx->ch_off, &r);
    lx->next_off = lx->ch_off + (size_t)w;
    lx->ch = r;
    if (r == 0xFFFD && w == 1) {
        lex_error(lx, cur_pos(lx), "invalid UTF-8 encoding");
        lx->ch_invalid = true;
    } else if (r == 0xFEFF && lx->ch_off > 0) {
        lex_error(lx, cur_pos(lx), "invalid BOM in the middle of the file");
        lx->ch_invalid = true;
    }
}

void lexer_init(Lexer *lx, int file, const char *src, size_t len) {
    memset(lx, 0, sizeof *lx);
    lx->file = file;
    lx->src = src;
    lx->len = len;
    lx->line = 1;
    lx->ch = ' ';
    next_rune(lx);
    if (lx->ch == 0xFEFF) next_rune(lx); /* a BOM is allowed as the very first character */
}

/* ---- character classes ---------------------------------------------------------------- */

static bool is_decimal(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) { return is_decimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int lower(int c) { return c | 0x20; }

/* Approximates unicode.IsLetter || unicode.IsDigit for non-ASCII runes without carrying the
 * Unicode tables: the punctuation, symbol and space blocks that identifiers realistically
 * trip over are excluded, everything else in the letter-bearing planes is accepted. */
static bool is_unicode_letter(int32_t r) {
    if (r < 0x80) return false;
    if (r < 0xC0) return r == 0xAA || r == 0xB5 || r == 0xBA;
    if (r == 0xD7 || r == 0xF7) return false;
    if (r >= 0x2000 && r <= 0x2BFF) return false; /* punctuation, symbols, arrows, math, boxes */
    if (r >= 0x3000 && r <= 0x303F) return false; /* CJK punctuation */
    if (r >= 0xD800 && r <= 0xF8FF) return false; /* surrogates, private use */
    if (r >= 0xFE00 && r <= 0xFE6F) return false; /* variation selectors, small forms */
    if (r >= 0xFF00 && r <= 0xFF20) return false; /* fullwidth punctuation */
    if (r >= 0xFFF0 && r <= 0xFFFF) return false; /* specials (incl. U+FEFF handled apart) */
    if (r == 0xFEFF) return false;
    if (r >= 0x1F000 && r <= 0x1FAFF) return false; /* emoji and pictographs */
    if (r >= 0xE0000) return false;
    return true;
}

static bool is_letter(int32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || is_unicode_letter(c);
}

/* Formats a rune as Go's %#U: "U+0040 '@'" for printable runes, "U+0007" otherwise. */
static char *rune_desc(int32_t r) {
    bool printable = (r >= 0x20 && r < 0x7F) || (r >= 0xA0 && r != 0xAD && r <= 0x10FFFF &&
                                                 !(r >= 0xD800 && r <= 0xDFFF) && r != 0xFEFF && r != 0xFFFD);
    if (r == 0xFFFD) printable = true;
    if (!printable) return xsprintf("U+%04X", (unsigned)r);
    StrBuf b = {0};
    sb_printf(&b, "U+%04X '", (unsigned)r);
    utf8_append(&b, r);
    sb_putc(&b, '\'');
    return b.data;
}

/* Formats a rune as Go's %q does for a character: '\\', '\n', 'x'. */
static char *rune_quote(int32_t r) {
    switch (r) {
    case '\\': return xstrdup("'\\\\'");
    case '\'': return xstrdup("'\\''");
    case '\n': return xstrdup("'\\n'");
    case '\t': return xstrdup("'\\t'");
    case '\r': return xstrdup("'\\r'");
    case 0: return xstrdup("'\\x00'");
    }
    if (r < 0x20 || r == 0x7F) return xsprintf("'\\x%02x'", (unsigned)r);
    StrBuf b = {0};
    sb_putc(&b, '\'');
    utf8_append(&b, r);
    sb_putc(&b, '\'');
    return b.data;
}

/* ---- keywords -------------------------------------------------------------------------- */

static const struct { const char *name; Tok tok; } keywords[] = {
    {"break", TK_BREAK},       {"case", TK_CASE},     {"chan", TK_CHAN},
    {"const", TK_CONST},       {"continue", TK_CONTINUE}, {"default", TK_DEFAULT},
    {"defer", TK_DEFER},       {"else", TK_ELSE},     {"fallthrough", TK_FALLTHROUGH},
    {"for", TK_FOR},           {"func", TK_FUNC},     {"go", TK_GO},
    {"goto", TK_GOTO},         {"if", TK_IF},         {"import", TK_IMPORT},
    {"interface", TK_INTERFACE}, {"map", TK_MAP},     {"package", TK_PACKAGE},
    {"range", TK_RANGE},       {"return", TK_RETURN}, {"select", TK_SELECT},
    {"struct", TK_STRUCT},     {"switch", TK_SWITCH}, {"type", TK_TYPE},
    {"var", TK_VAR},
};

Tok lex_keyword(const char *name, size_t n) {
    if (n < 2 || n > 11 || name[0] < 'b' || name[0] > 'v') return TK_IDENT;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i].name) == n && memcmp(keywords[i].name, name, n) == 0) return keywords[i].tok;
    return TK_IDENT;
}

/* ---- comments and whitespace ---------------------------------------------------------------- */

/* Skips a comment starting at the current '/' (the next rune is '/' or '*').
 * Returns true if the comment contains or ends at a newline (for the semicolon rule);
 * a line comment stops before its '\n' so that the newline itself is seen by the caller. */
static bool skip_comment(Lexer *lx) {
    Pos start = cur_pos(lx);
    next_rune(lx); /* the '/' */
    if (lx->ch == '/') {
        while (lx->ch != '\n' && lx->ch >= 0) next_rune(lx);
        return false;
    }
    next_rune(lx); /* the '*' */
    bool newline = false;
    for (;;) {
        if (lx->ch < 0) {
            lex_error(lx, start, "comment not terminated");
            return true;
        }
        if (lx->ch == '*') {
            next_rune(lx);
            if (lx->ch == '/') { next_rune(lx); return newline; }
            continue;
        }
        if (lx->ch == '\n') newline = true;
        next_rune(lx);
    }
}

/* ---- numbers --------------------------------------------------------------------------- */

/* Index of the first '_' that does not separate two digits, or -1. A base prefix counts as a
 * digit, so 0x_1 is fine while 1__2, 1_ and 1_.5 are not. */
static int invalid_separator(const char *s, size_t n) {
    int base_char = ' ';
    int prev, d = '.'; /* class of previous char: '0' digit, '_' separator, '.' anything else */
    size_t i = 0;
    if (n >= 2 && s[0] == '0') {
        base_char = lower((unsigned char)s[1]);
        if (base_char == 'x' || base_char == 'o' || base_char == 'b') { d = '0'; i = 2; }
    }
    for (; i < n; i++) {
        prev = d;
        int c = (unsigned char)s[i];
        if (c == '_') {
            if (prev != '0') return (int)i;
            d = '_';
        } else if (is_decimal(c) || (base_char == 'x' && is_hex(c))) {
            d = '0';
        } else {
            if (prev == '_') return (int)i - 1;
            d = '.';
        }
    }
    return d == '_' ? (int)n - 1 : -1;
}

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    }
    return "decimal";
}

/* Scans digits valid in any base up to 10 (or hex digits for base 16), noting '_' and the
 * first digit too large for `base` (only reported later if the literal ends up an integer). */
static void scan_digits(Lexer *lx, int base, bool *saw_digit, bool *saw_sep, long *bad_digit_off, int *bad_digit) {
    for (;;) {
        int c = lx->ch;
        if (c == '_') { *saw_sep = true; next_rune(lx); continue; }
        if (base == 16 ? !is_hex(c) : !is_decimal(c)) return;
        if (base < 10 && c - '0' >= base && *bad_digit_off < 0) {
            *bad_digit_off = (long)lx->ch_off;
            *bad_digit = c;
        }
        *saw_digit = true;
        next_rune(lx);
    }
}

static Tok scan_number(Lexer *lx, bool starts_with_dot) {
    size_t start = lx->ch_off;
    int base = 10;
    int prefix = 0; /* 0, 'x', 'o', 'b', or '0' for a legacy octal literal */
    bool saw_digit = false, saw_sep = false, is_float = false, bad = false;
    long bad_digit_off = -1;
    int bad_digit = 0;

    if (!starts_with_dot) {
        if (lx->ch == '0') {
            next_rune(lx);
            switch (lower(lx->ch)) {
            case 'x': next_rune(lx); base = 16; prefix = 'x'; break;
            case 'o': next_rune(lx); base = 8; prefix = 'o'; break;
            case 'b': next_rune(lx); base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; saw_digit = true; break;
            }
        }
        scan_digits(lx, base, &saw_digit, &saw_sep, &bad_digit_off, &bad_digit);
        if (lx->ch == '.') {
            is_float = true;
            if (prefix == 'o' || prefix == 'b') {
                lex_error(lx, cur_pos(lx), "invalid radix point in %s literal", base_name(base));
                bad = true;
            }
            next_rune(lx);
        }
    } else {
        is_float = true;
        next_rune(lx); /* the '.' */
    }
    if (is_float) {
        scan_digits(lx, base == 16 ? 16 : 10, &saw_digit, &saw_sep, &bad_digit_off, &bad_digit);
    }
    if (!saw_digit && !bad) {
        lex_error(lx, cur_pos(lx), "%s literal has no digits", base_name(base));
        bad = true;
    }

    int e = lower(lx->ch);
    if (e == 'e' || e == 'p') {
        if (!bad) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                lex_error(lx, cur_pos(lx), "'%c' exponent requires decimal mantissa", lx->ch);
                bad = true;
            } else if (e == 'p' && prefix != 'x') {
                lex_error(lx, cur_pos(lx), "'%c' exponent requires hexadecimal mantissa", lx->ch);
                bad = true;
            }
        }
        next_rune(lx);
        is_float = true;
        if (lx->ch == '+' || lx->ch == '-') next_rune(lx);
        bool exp_digit = false;
        long ignore_off = -1;
        int ignore_digit;
        scan_digits(lx, 10, &exp_digit, &saw_sep, &ignore_off, &ignore_digit);
        if (!exp_digit && !bad) {
            lex_error(lx, cur_pos(lx), "exponent has no digits");
            bad = true;
        }
    } else if (prefix == 'x' && is_float && !bad) {
        lex_error(lx, cur_pos(lx), "hexadecimal mantissa requires a 'p' exponent");
        bad = true;
    }

    Tok kind = is_float ? TK_FLOAT : TK_INT;
    if (lx->ch == 'i') {
        kind = TK_IMAG;
        next_rune(lx);
    }
    /* A legacy octal literal like 09 is fine as a float or imaginary (09.5, 09i). */
    if (kind == TK_INT && bad_digit_off >= 0 && !bad) {
        lex_error(lx, pos_at(lx, (size_t)bad_digit_off), "invalid digit '%c' in %s literal", bad_digit, base_name(base));
        bad = true;
    }
    if (saw_sep && !bad) {
        int i = invalid_separator(lx->src + start, lx->ch_off - start);
        if (i >= 0) {
            lex_error(lx, pos_at(lx, start + (size_t)i), "'_' must separate successive digits");
            bad = true;
        }
    }
    lx->bad = bad;
    return kind;
}

/* ---- strings and runes -------------------------------------------------------------------- */

static int digit_value(int c) {
    if (is_decimal(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 16;
}

/* Scans one escape after a backslash (the current rune is the one after '\'). Reports gc's
 * errors; returns false if the escape was bad. A newline or end of input is left unconsumed
 * so that the enclosing literal reports itself unterminated. */
static bool scan_escape(Lexer *lx, int quote) {
    int n, base;
    uint32_t max;
    switch (lx->ch) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        next_rune(lx);
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3; base = 8; max = 255;
        break;
    case 'x': next_rune(lx); n = 2; base = 16; max = 255; break;
    case 'u': next_rune(lx); n = 4; base = 16; max = 0x10FFFF; break;
    case 'U': next_rune(lx); n = 8; base = 16; max = 0x10FFFF; break;
    default:
        if (lx->ch == quote) { next_rune(lx); return true; }
        if (lx->ch < 0) return true; /* the literal reports "not terminated" */
        lex_error(lx, cur_pos(lx), "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = 0; i < n; i++) {
        if (lx->ch < 0) return true;
        int d = digit_value(lx->ch);
        if (d >= base) {
            char *q = rune_quote(lx->ch);
            lex_error(lx, cur_pos(lx), "invalid character %s in %s escape", q, base == 8 ? "octal" : "hexadecimal");
            return false;
        }
        x = x * (uint32_t)base + (uint32_t)d;
        next_rune(lx);
    }
    if (x > max && base == 8) {
        lex_error(lx, cur_pos(lx), "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        char *d = rune_desc((int32_t)x);
        lex_error(lx, cur_pos(lx), "escape is invalid Unicode code point %s", d);
        return false;
    }
    return true;
}

static void scan_string(Lexer *lx) {
    Pos start = cur_pos(lx);
    next_rune(lx); /* opening quote */
    bool ok = true;
    for (;;) {
        if (lx->ch == '"') { next_rune(lx); break; }
        if (lx->ch == '\\') {
            next_rune(lx);
            if (!scan_escape(lx, '"')) ok = false;
            continue;
        }
        if (lx->ch == '\n') { lex_error(lx, cur_pos(lx), "newline in string"); ok = false; break; }
        if (lx->ch < 0) { lex_error(lx, start, "string not terminated"); ok = false; break; }
        next_rune(lx);
    }
    lx->bad = !ok;
}

static void scan_raw_string(Lexer *lx) {
    Pos start = cur_pos(lx);
    next_rune(lx);
    for (;;) {
        if (lx->ch == '`') { next_rune(lx); break; }
        if (lx->ch < 0) { lex_error(lx, start, "string not terminated"); lx->bad = true; break; }
        next_rune(lx);
    }
}

static void scan_rune(Lexer *lx) {
    Pos start = cur_pos(lx);
    next_rune(lx);
    bool ok = true;
    int n = 0;
    for (;; n++) {
        if (lx->ch == '\'') {
            if (ok) {
                if (n == 0) { lex_error(lx, cur_pos(lx), "empty rune literal or unescaped '"); ok = false; }
                else if (n != 1) { lex_error(lx, start, "more than one character in rune literal"); ok = false; }
            }
            next_rune(lx);
            break;
        }
        if (lx->ch == '\\') {
            next_rune(lx);
            if (!scan_escape(lx, '\'')) ok = false;
            continue;
        }
        if (lx->ch == '\n') {
            if (ok) lex_error(lx, cur_pos(lx), "newline in rune literal");
            ok = false;
            break;
        }
        if (lx->ch < 0) {
            if (ok) lex_error(lx, start, "rune literal not terminated");
            ok = false;
            break;
        }
        next_rune(lx);
    }
    lx->bad = !ok;
}

/* ---- identifiers ---------------------------------------------------------------------------- */

static void scan_ident(Lexer *lx) {
    for (;;) {
        int32_t c = lx->ch;
        if (is_letter(c) || is_decimal(c)) { next_rune(lx); continue; }
        if (c >= 0x80 && lx->ch_invalid) { next_rune(lx); continue; }
        if (c >= 0x80) {
            /* gc keeps a bad non-ASCII character inside the identifier and reports it */
            char *d = rune_desc(c);
            lex_error(lx, cur_pos(lx), "invalid character %s in identifier", d);
            lx->bad = true; /* the checker stays silent about this name (gc does) */
            next_rune(lx);
            continue;
        }
        return;
    }
}

/* ---- the token loop --------------------------------------------------------------------- */

static bool sets_semi(Tok t) {
    switch (t) {
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH: case TK_RETURN:
    case TK_INC: case TK_DEC: case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
        return true;
    default:
        return false;
    }
}

/* op, op= forms: the rune after `op` decides. */
static Tok with_assign(Lexer *lx, Tok plain, Tok assign) {
    if (lx->ch == '=') { next_rune(lx); return assign; }
    return plain;
}

static Tok scan_token(Lexer *lx, size_t start_off) {
    int c = lx->ch;
    if (lx->ch_invalid) { /* NUL, bad UTF-8 or a stray BOM: already reported, dropped */
        next_rune(lx);
        return TK_ILLEGAL;
    }
    if (is_letter(c) || c >= 0x80) {
        scan_ident(lx);
        return lex_keyword(lx->src + start_off, lx->ch_off - start_off);
    }
    if (is_decimal(c)) return scan_number(lx, false);
    switch (c) {
    case '"': scan_string(lx); return TK_STRING;
    case '`': scan_raw_string(lx); return TK_STRING;
    case '\'': scan_rune(lx); return TK_CHAR;
    case '.':
        if (lx->next_off < lx->len && is_decimal((unsigned char)lx->src[lx->next_off])) return scan_number(lx, true);
        break;
    }
    next_rune(lx);
    switch (c) {
    case '.':
        if (lx->ch == '.' && lx->next_off < lx->len && lx->src[lx->next_off] == '.') {
            next_rune(lx);
            next_rune(lx);
            return TK_ELLIPSIS;
        }
        return TK_PERIOD;
    case '(': return TK_LPAREN;
    case ')': return TK_RPAREN;
    case '[': return TK_LBRACK;
    case ']': return TK_RBRACK;
    case '{': return TK_LBRACE;
    case '}': return TK_RBRACE;
    case ',': return TK_COMMA;
    case ';': return TK_SEMICOLON;
    case '~': return TK_TILDE;
    case ':': return with_assign(lx, TK_COLON, TK_DEFINE);
    case '+':
        if (lx->ch == '+') { next_rune(lx); return TK_INC; }
        return with_assign(lx, TK_ADD, TK_ADD_ASSIGN);
    case '-':
        if (lx->ch == '-') { next_rune(lx); return TK_DEC; }
        return with_assign(lx, TK_SUB, TK_SUB_ASSIGN);
    case '*': return with_assign(lx, TK_MUL, TK_MUL_ASSIGN);
    case '/': return with_assign(lx, TK_QUO, TK_QUO_ASSIGN);
    case '%': return with_assign(lx, TK_REM, TK_REM_ASSIGN);
    case '^': return with_assign(lx, TK_XOR, TK_XOR_ASSIGN);
    case '&':
        if (lx->ch == '&') { next_rune(lx); return TK_LAND; }
        if (lx->ch == '^') { next_rune(lx); return with_assign(lx, TK_AND_NOT, TK_AND_NOT_ASSIGN); }
        return with_assign(lx, TK_AND, TK_AND_ASSIGN);
    case '|':
        if (lx->ch == '|') { next_rune(lx); return TK_LOR; }
        return with_assign(lx, TK_OR, TK_OR_ASSIGN);
    case '<':
        if (lx->ch == '-') { next_rune(lx); return TK_ARROW; }
        if (lx->ch == '<') { next_rune(lx); return with_assign(lx, TK_SHL, TK_SHL_ASSIGN); }
        return with_assign(lx, TK_LSS, TK_LEQ);
    case '>':
        if (lx->ch == '>') { next_rune(lx); return with_assign(lx, TK_SHR, TK_SHR_ASSIGN); }
        return with_assign(lx, TK_GTR, TK_GEQ);
    case '=': return with_assign(lx, TK_ASSIGN, TK_EQL);
    case '!': return with_assign(lx, TK_NOT, TK_NEQ);
    }
    return TK_ILLEGAL; /* not a Go character */
}

Tok lex_next(Lexer *lx) {
    for (;;) {
        lx->bad = false;
        lx->lit = NULL;
        /* whitespace; a newline or end of input may become a semicolon */
        while (lx->ch == ' ' || lx->ch == '\t' || lx->ch == '\r' || (lx->ch == '\n' && !lx->semi_ok))
            next_rune(lx);
        lx->pos = cur_pos(lx);
        if (lx->ch == '\n') {
            lx->semi_ok = false;
            lx->lit = "newline";
            next_rune(lx);
            return lx->tok = TK_SEMICOLON;
        }
        if (lx->ch < 0) {
            if (lx->semi_ok) {
                lx->semi_ok = false;
                lx->lit = "EOF";
                return lx->tok = TK_SEMICOLON;
            }
            return lx->tok = TK_EOF;
        }
        if (lx->ch == '/' && lx->next_off < lx->len &&
            (lx->src[lx->next_off] == '/' || lx->src[lx->next_off] == '*')) {
            Pos start = lx->pos;
            bool newline = skip_comment(lx);
            if (lx->semi_ok && newline) {
                /* gc places the semicolon of a multi-line block comment at the comment;
                   for a line comment the newline itself follows and is the semicolon */
                lx->semi_ok = false;
                lx->pos = start;
                lx->lit = "newline";
                return lx->tok = TK_SEMICOLON;
            }
            continue;
        }
        size_t start_off = lx->ch_off;
        int32_t first = lx->ch;
        bool first_reported = lx->ch_invalid;
        Tok t = scan_token(lx, start_off);
        if (t == TK_ILLEGAL) {
            if (!first_reported) {
                char *d = rune_desc(first);
                lex_error(lx, lx->pos, "invalid character %s", d);
            }
            continue; /* gc drops the character and keeps lexing */
        }
        if (t == TK_SEMICOLON) lx->lit = "semicolon";
        else if (t == TK_IDENT || (t >= TK_INT && t <= TK_STRING))
            lx->lit = xstrndup(lx->src + start_off, lx->ch_off - start_off);
        lx->semi_ok = sets_semi(t);
        return lx->tok = t;
    }
}

/* ---- literal values --------------------------------------------------------------------- */

char *lit_unquote(const char *lit, size_t *len, int32_t *rune) {
    StrBuf b = {0};
    sb_puts(&b, "");
    size_t n = strlen(lit);
    int32_t first = -1;
    if (n >= 2 && lit[0] == '`') {
        for (size_t i = 1; i + 1 < n; i++)
            if (lit[i] != '\r') sb_putc(&b, lit[i]); /* the spec drops carriage returns */
    } else if (n >= 2) {
        size_t i = 1;
        while (i + 1 < n) {
            unsigned char c = (unsigned char)lit[i];
            if (c != '\\') {
                int32_t r;
                int w = utf8_decode(lit + i, n - 1 - i, &r);
                if (first < 0) first = r;
                sb_putn(&b, lit + i, (size_t)w);
                i += (size_t)w;
                continue;
            }
            i++;
            char e = lit[i++];
            int32_t v = 0;
            int digits = 0, base = 16;
            bool byte = false;
            switch (e) {
            case 'a': v = 7; break;
            case 'b': v = 8; break;
            case 'f': v = 12; break;
            case 'n': v = 10; break;
            case 'r': v = 13; break;
            case 't': v = 9; break;
            case 'v': v = 11; break;
            case 'x': digits = 2; byte = true; break;
            case 'u': digits = 4; break;
            case 'U': digits = 8; break;
            default:
                if (e >= '0' && e <= '7') { digits = 2; base = 8; byte = true; v = e - '0'; }
                else v = (unsigned char)e; /* \\ \' \" */
            }
            for (int k = 0; k < digits && i + 1 < n; k++) v = v * base + digit_value((unsigned char)lit[i++]);
            if (first < 0) first = v;
            if (byte && lit[0] == '"') sb_putc(&b, (char)v); /* \x and octal escapes are bytes in strings */
            else utf8_append(&b, v);
        }
    }
    if (len) *len = b.len;
    if (rune) *rune = first < 0 ? 0 : first;
    return b.data;
}

static void lex_error(Lexer *lx, Pos pos, const char *fmt, ...) {
    if (lx->quiet) return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvsprintf_for_lexer(fmt, ap);
    va_end(ap);
    diag_error(pos, "%s", msg);
}
