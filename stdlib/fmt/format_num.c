/* format_num.c — padding, booleans, integers, floats and complex numbers for fmt's engine.
 * Floats are converted by the runtime's shortest/fixed-precision formatter (the same one
 * strconv.FormatFloat uses); this file adds fmt's layer: signs, '#', zero padding, Inf/NaN. */
#include <stdlib.h>
#include <string.h>

#include "stdlib/fmt/format_internal.h"

#include "runtime/ftoa.h"

/* ---- padding ---- */

void fmt_write_padding(Printer *p, int64_t n) {
    if (n <= 0) return;
    uint8_t c = p->f.zero ? '0' : ' ';
    uint8_t chunk[64];
    memset(chunk, c, sizeof chunk);
    while (n > 0) {
        int64_t k = n < (int64_t)sizeof chunk ? n : (int64_t)sizeof chunk;
        fb_write(p->buf, chunk, k);
        n -= k;
    }
}

/* Width counts runes, not bytes. */
void fmt_pad(Printer *p, const uint8_t *s, int64_t n) {
    if (!p->f.widPresent || p->f.wid == 0) {
        fb_write(p->buf, s, n);
        return;
    }
    int64_t width = p->f.wid - fmt_rune_count(s, n);
    if (!p->f.minus) {
        fmt_write_padding(p, width);
        fb_write(p->buf, s, n);
    } else {
        fb_write(p->buf, s, n);
        fmt_write_padding(p, width);
    }
}

void fmt_pad_str(Printer *p, const char *s) { fmt_pad(p, (const uint8_t *)s, (int64_t)strlen(s)); }

/* ---- booleans ---- */

void fmt_bool(Printer *p, bool v, int32_t verb) {
    if (verb == 't' || verb == 'v') fmt_pad_str(p, v ? "true" : "false");
    else fmt_bad_verb(p, verb);
}

/* ---- integers ---- */

/* Digits of u in `base`, at least `prec` of them, with '#' prefixes, %O's 0o and the sign. */
void fmt_integer_base(Printer *p, uint64_t u, int base, bool is_signed, int32_t verb, bool upper) {
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) u = -u;
    const char *digits = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";

    int64_t prec = 0;
    if (p->f.precPresent) {
        prec = p->f.prec;
        if (prec == 0 && u == 0) { /* "%.0d" of 0 prints nothing, padded with spaces */
            bool old_zero = p->f.zero;
            p->f.zero = false;
            fmt_write_padding(p, p->f.wid);
            p->f.zero = old_zero;
            return;
        }
    } else if (p->f.zero && p->f.widPresent) {
        /* zero padding becomes a precision, leaving room for the sign */
        prec = p->f.wid;
        if (negative || p->f.plus || p->f.space) prec--;
    }

    uint8_t small[80];
    int64_t size = 80 + (prec > 0 ? prec : 0);
    uint8_t *buf = size <= (int64_t)sizeof small ? small : malloc((size_t)size);
    if (!buf) abort();
    int64_t i = size;
    if (u == 0) buf[--i] = '0';
    while (u > 0) {
        buf[--i] = (uint8_t)digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    }
    while (i > 0 && prec > size - i) buf[--i] = '0';
    if (p->f.sharp) {
        if (base == 2) { buf[--i] = 'b'; buf[--i] = '0'; }
        else if (base == 8) { if (buf[i] != '0') buf[--i] = '0'; }
        else if (base == 16) { buf[--i] = (uint8_t)digits[16]; buf[--i] = '0'; }
    }
    if (verb == 'O') { buf[--i] = 'o'; buf[--i] = '0'; }
    if (negative) buf[--i] = '-';
    else if (p->f.plus) buf[--i] = '+';
    else if (p->f.space) buf[--i] = ' ';

    /* the zero flag has been spent on the precision: pad the rest with spaces */
    bool old_zero = p->f.zero;
    p->f.zero = false;
    fmt_pad(p, buf + i, size - i);
    p->f.zero = old_zero;
    if (buf != small) free(buf);
}

void fmt_0x64(Printer *p, uint64_t v, bool leading0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer_base(p, v, 16, false, 'v', false);
    p->f.sharp = sharp;
}

static void fmt_unicode(Printer *p, uint64_t u) {
    int64_t prec = 4;
    if (p->f.precPresent && p->f.prec > 4) prec = p->f.prec;
    FmtBuf b = {0};
    fb_str(&b, "U+");
    char hex[20];
    int n = 0;
    uint64_t x = u;
    do { hex[n++] = "0123456789ABCDEF"[x & 15]; x >>= 4; } while (x);
    for (int64_t k = n; k < prec; k++) fb_byte(&b, '0');
    while (n > 0) fb_byte(&b, (uint8_t)hex[--n]);
    if (p->f.sharp && u <= 0x10FFFF && fmt_is_print((int32_t)u)) {
        fb_str(&b, " '");
        fb_rune(&b, (int32_t)u);
        fb_byte(&b, '\'');
    }
    bool old_zero = p->f.zero;
    p->f.zero = false;
    fmt_pad(p, b.data, b.len);
    p->f.zero = old_zero;
    fmtbuf_free(&b);
}

void fmt_integer(Printer *p, uint64_t v, bool is_signed, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharpV && !is_signed) fmt_0x64(p, v, true);
        else fmt_integer_base(p, v, 10, is_signed, verb, false);
        break;
    case 'd': fmt_integer_base(p, v, 10, is_signed, verb, false); break;
    case 'b': fmt_integer_base(p, v, 2, is_signed, verb, false); break;
    case 'o': case 'O': fmt_integer_base(p, v, 8, is_signed, verb, false); break;
    case 'x': fmt_integer_base(p, v, 16, is_signed, verb, false); break;
    case 'X': fmt_integer_base(p, v, 16, is_signed, verb, true); break;
    case 'c': {
        FmtBuf b = {0};
        fb_rune(&b, v > 0x10FFFF ? 0xFFFD : (int32_t)v);
        fmt_pad(p, b.data, b.len);
        fmtbuf_free(&b);
        break;
    }
    case 'q': {
        FmtBuf b = {0};
        fmt_quote_rune(&b, v > 0x10FFFF ? 0xFFFD : (int32_t)v, p->f.plus);
        fmt_pad(p, b.data, b.len);
        fmtbuf_free(&b);
        break;
    }
    case 'U': fmt_unicode(p, v); break;
    default: fmt_bad_verb(p, verb);
    }
}

/* ---- floats ---- */

/* fmt's layer over the float formatter: num is built as sign + digits so the sign can be
 * placed before zero padding. */
static void fmt_float_with(Printer *p, double v, int size, int32_t verb, int64_t prec) {
    if (p->f.precPresent) prec = p->f.prec;
    /* num[0] is reserved for the sign; the formatter reports the full length when the buffer
     * is short (%f of 1e308 has 309 integer digits), and then we format again */
    int64_t cap = 64 + (prec > 0 ? prec : 0);
    char *num = malloc((size_t)cap + 1);
    if (!num) abort();
    int64_t n = gort_formatfloat(num + 1, cap, v, verb, prec, size);
    if (n > cap) {
        cap = n;
        num = realloc(num, (size_t)cap + 1);
        if (!num) abort();
        n = gort_formatfloat(num + 1, cap, v, verb, prec, size);
    }
    if (n < 0) n = 0;
    char *s = num;      /* s[0] is the sign: '+', '-' or ' ' */
    int64_t len = n + 1;
    if (num[1] == '-' || num[1] == '+') { s = num + 1; len = n; }
    else num[0] = '+';
    if (p->f.space && s[0] == '+' && !p->f.plus) s[0] = ' ';

    /* Inf and NaN are not numbers to pad with zeros */
    if (len > 1 && (s[1] == 'I' || s[1] == 'N')) {
        bool old_zero = p->f.zero;
        p->f.zero = false;
        if (s[1] == 'N' && !p->f.space && !p->f.plus) { s++; len--; }
        fmt_pad(p, (const uint8_t *)s, len);
        p->f.zero = old_zero;
        free(num);
        return;
    }

    /* '#': always a decimal point; %g/%G keep trailing zeros up to the precision */
    char *out = s;
    char *big = NULL;
    if (p->f.sharp && verb != 'b') {
        int64_t digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
        char tail[32];
        int64_t tlen = 0;
        bool has_point = false, saw_nonzero = false;
        for (int64_t i = 1; i < len; i++) {
            char c = s[i];
            if (c == '.') { has_point = true; continue; }
            if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tlen = len - i < (int64_t)sizeof tail ? len - i : (int64_t)sizeof tail;
                memcpy(tail, s + i, (size_t)tlen);
                len = i;
                break;
            }
            if (c != '0') saw_nonzero = true;
            if (saw_nonzero) digits--;
        }
        big = malloc((size_t)(len + 2 + (digits > 0 ? digits : 0) + tlen));
        if (!big) abort();
        memcpy(big, s, (size_t)len);
        if (!has_point) {
            if (len == 2 && s[1] == '0') digits--; /* a lone 0 counts once */
            big[len++] = '.';
        }
        while (digits > 0) { big[len++] = '0'; digits--; }
        memcpy(big + len, tail, (size_t)tlen);
        len += tlen;
        out = big;
    }

    if (p->f.plus || out[0] != '+') {
        /* sign first, then the zero padding */
        if (p->f.zero && p->f.widPresent && p->f.wid > len) {
            fb_byte(p->buf, (uint8_t)out[0]);
            fmt_write_padding(p, p->f.wid - len);
            fb_write(p->buf, out + 1, len - 1);
        } else {
            fmt_pad(p, (const uint8_t *)out, len);
        }
    } else {
        fmt_pad(p, (const uint8_t *)out + 1, len - 1);
    }
    free(big);
    free(num);
}

void fmt_float(Printer *p, double v, int size, int32_t verb) {
    switch (verb) {
    case 'v': fmt_float_with(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float_with(p, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_float_with(p, v, size, verb, 6); break;
    case 'F': fmt_float_with(p, v, size, 'f', 6); break;
    default: fmt_bad_verb(p, verb);
    }
}

void fmt_complex(Printer *p, double re, double im, int size, int32_t verb) {
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X':
    case 'f': case 'F': case 'e': case 'E': {
        bool old_plus = p->f.plus;
        fb_byte(p->buf, '(');
        fmt_float(p, re, size / 2, verb);
        p->f.plus = true; /* the imaginary part always has a sign */
        fmt_float(p, im, size / 2, verb);
        fb_str(p->buf, "i)");
        p->f.plus = old_plus;
        break;
    }
    default: fmt_bad_verb(p, verb);
    }
}
