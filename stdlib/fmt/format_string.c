/* format_string.c — strings and byte strings for fmt's engine (%s %q %x %X, truncation by
 * precision), Go-style quoting, and the UTF-8 helpers the engine needs. */
#include <string.h>

#include "stdlib/fmt/format_internal.h"

/* ---- runes ---- */

int32_t fmt_decode_rune(const uint8_t *p, int64_t n, int64_t *size) {
    *size = 1;
    if (n <= 0) return 0xFFFD;
    uint8_t c = p[0];
    if (c < 0x80) return c;
    int need;
    int32_t r, min;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; r = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; r = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; r = c & 0x07; min = 0x10000; }
    else return 0xFFFD;
    if (n < need + 1) return 0xFFFD;
    for (int k = 1; k <= need; k++) {
        if ((p[k] & 0xC0) != 0x80) return 0xFFFD;
        r = (r << 6) | (p[k] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0xFFFD;
    *size = need + 1;
    return r;
}

int64_t fmt_rune_count(const uint8_t *p, int64_t n) {
    int64_t count = 0;
    for (int64_t i = 0; i < n; count++) {
        if (p[i] < 0x80) { i++; continue; }
        int64_t size;
        fmt_decode_rune(p + i, n - i, &size);
        i += size;
    }
    return count;
}

/* Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space.
 * Approximation (no Unicode tables yet): everything outside the control, space-separator,
 * format, private-use, surrogate and noncharacter ranges listed here counts as printable,
 * so unassigned code points are (wrongly) printed rather than escaped. */
bool fmt_is_print(int32_t r) {
    if (r < 0x80) return r >= 0x20 && r < 0x7F;
    if (r < 0xA1) return false;
    if (r > 0x10FFFF) return false;
    static const int32_t excluded[][2] = {
        {0xAD, 0xAD}, {0x600, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD}, {0x70F, 0x70F},
        {0x890, 0x891}, {0x8E2, 0x8E2}, {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F},
        {0x2028, 0x202F}, {0x205F, 0x2064}, {0x2066, 0x206F}, {0x3000, 0x3000},
        {0xD800, 0xF8FF}, {0xFDD0, 0xFDEF}, {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFB},
        {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3},
        {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF}, {0xF0000, 0x10FFFF},
    };
    for (size_t i = 0; i < sizeof excluded / sizeof excluded[0]; i++)
        if (r >= excluded[i][0] && r <= excluded[i][1]) return false;
    if ((r & 0xFFFE) == 0xFFFE) return false; /* U+xFFFE, U+xFFFF */
    return true;
}

/* ---- quoting, as strconv.Quote / QuoteToASCII / QuoteRune do ---- */

static void hex_escape(FmtBuf *b, char kind, uint32_t v, int digits) {
    fb_byte(b, '\\');
    fb_byte(b, (uint8_t)kind);
    for (int s = (digits - 1) * 4; s >= 0; s -= 4) fb_byte(b, (uint8_t)"0123456789abcdef"[(v >> s) & 15]);
}

static void escaped_rune(FmtBuf *b, int32_t r, uint8_t quote, bool ascii_only) {
    if (r == quote || r == '\\') { fb_byte(b, '\\'); fb_byte(b, (uint8_t)r); return; }
    if (ascii_only ? (r < 0x80 && fmt_is_print(r)) : fmt_is_print(r)) { fb_rune(b, r); return; }
    switch (r) {
    case '\a': fb_str(b, "\\a"); return;
    case '\b': fb_str(b, "\\b"); return;
    case '\f': fb_str(b, "\\f"); return;
    case '\n': fb_str(b, "\\n"); return;
    case '\r': fb_str(b, "\\r"); return;
    case '\t': fb_str(b, "\\t"); return;
    case '\v': fb_str(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F) hex_escape(b, 'x', (uint32_t)r, 2);
    else if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) hex_escape(b, 'u', 0xFFFD, 4);
    else if (r < 0x10000) hex_escape(b, 'u', (uint32_t)r, 4);
    else hex_escape(b, 'U', (uint32_t)r, 8);
}

void fmt_quote_string(FmtBuf *b, const uint8_t *s, int64_t n, bool ascii_only) {
    fb_byte(b, '"');
    for (int64_t i = 0; i < n;) {
        int64_t size;
        int32_t r = s[i] < 0x80 ? (size = 1, s[i]) : fmt_decode_rune(s + i, n - i, &size);
        if (size == 1 && r == 0xFFFD) { /* an invalid byte is shown as itself */
            hex_escape(b, 'x', s[i], 2);
        } else {
            escaped_rune(b, r, '"', ascii_only);
        }
        i += size;
    }
    fb_byte(b, '"');
}

void fmt_quote_rune(FmtBuf *b, int32_t r, bool ascii_only) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    fb_byte(b, '\'');
    escaped_rune(b, r, '\'', ascii_only);
    fb_byte(b, '\'');
}

static bool can_backquote(const uint8_t *s, int64_t n) {
    for (int64_t i = 0; i < n;) {
        int64_t size;
        int32_t r = fmt_decode_rune(s + i, n - i, &size);
        i += size;
        if (size > 1) {
            if (r == 0xFEFF) return false;
            continue;
        }
        if (r == 0xFFFD) return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
    }
    return true;
}

/* ---- %s %q %x ---- */

/* the first prec runes, when a precision is given */
static int64_t truncate_len(Printer *p, const uint8_t *s, int64_t n) {
    if (!p->f.precPresent) return n;
    int64_t i = 0;
    for (int64_t k = 0; k < p->f.prec && i < n; k++) {
        int64_t size = 1;
        if (s[i] >= 0x80) fmt_decode_rune(s + i, n - i, &size);
        i += size;
    }
    return i;
}

void fmt_s(Printer *p, const uint8_t *s, int64_t n) { fmt_pad(p, s, truncate_len(p, s, n)); }

void fmt_q(Printer *p, const uint8_t *s, int64_t n) {
    n = truncate_len(p, s, n);
    FmtBuf b = {0};
    if (p->f.sharp && can_backquote(s, n)) {
        fb_byte(&b, '`');
        fb_write(&b, s, n);
        fb_byte(&b, '`');
    } else {
        fmt_quote_string(&b, s, n, p->f.plus);
    }
    fmt_pad(p, b.data, b.len);
    fmtbuf_free(&b);
}

/* hex of bytes: "% x" separates them, "#" adds 0x (to each one when separated) */
void fmt_sbx(Printer *p, const uint8_t *s, int64_t n, bool upper) {
    const char *digits = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";
    int64_t length = n;
    if (p->f.precPresent && p->f.prec < length) length = p->f.prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp) width *= 2;
            width += length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.widPresent) fmt_write_padding(p, p->f.wid);
        return;
    }
    if (p->f.widPresent && p->f.wid > width && !p->f.minus) fmt_write_padding(p, p->f.wid - width);
    FmtBuf *b = p->buf;
    if (p->f.sharp) { fb_byte(b, '0'); fb_byte(b, (uint8_t)digits[16]); }
    for (int64_t i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            fb_byte(b, ' ');
            if (p->f.sharp) { fb_byte(b, '0'); fb_byte(b, (uint8_t)digits[16]); }
        }
        fb_byte(b, (uint8_t)digits[s[i] >> 4]);
        fb_byte(b, (uint8_t)digits[s[i] & 15]);
    }
    if (p->f.widPresent && p->f.wid > width && p->f.minus) fmt_write_padding(p, p->f.wid - width);
}

void fmt_string(Printer *p, const uint8_t *s, int64_t n, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharpV) fmt_q(p, s, n);
        else fmt_s(p, s, n);
        break;
    case 's': fmt_s(p, s, n); break;
    case 'x': fmt_sbx(p, s, n, false); break;
    case 'X': fmt_sbx(p, s, n, true); break;
    case 'q': fmt_q(p, s, n); break;
    default: fmt_bad_verb(p, verb);
    }
}

void fmt_bytes(Printer *p, FmtValue v, int32_t verb, const char *type_name) {
    const uint8_t *s;
    int64_t n;
    bool is_nil = false;
    if (v.type->kind == GOKIND_ARRAY) {
        s = v.addr;
        n = v.type->len;
    } else {
        const GoSlice *sl = v.addr;
        s = sl->ptr;
        n = sl->len;
        is_nil = sl->ptr == NULL;
    }
    switch (verb) {
    case 'v': case 'd':
        if (p->f.sharpV) {
            if (type_name) fb_str(p->buf, type_name);
            else fmt_type_string(p->buf, v.type);
            if (is_nil) { fb_str(p->buf, "(nil)"); return; }
            fb_byte(p->buf, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) fb_str(p->buf, ", ");
                fmt_0x64(p, s[i], true);
            }
            fb_byte(p->buf, '}');
        } else {
            fb_byte(p->buf, '[');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) fb_byte(p->buf, ' ');
                fmt_integer_base(p, s[i], 10, false, verb, false);
            }
            fb_byte(p->buf, ']');
        }
        break;
    case 's': fmt_s(p, s, n); break;
    case 'x': fmt_sbx(p, s, n, false); break;
    case 'X': fmt_sbx(p, s, n, true); break;
    case 'q': fmt_q(p, s, n); break;
    default: fmt_print_value(p, v, verb, 0);
    }
}
