/* constant.c — exact constant arithmetic for the checker (see constant.h). */
#include "constant.h"

#include <string.h>

/* ---- construction ---- */

static ConstVal *cv_new(ConstKind k) {
    ConstVal *c = xcalloc(1, sizeof *c);
    c->kind = k;
    return c;
}

ConstVal *cv_make_bool(bool b) {
    ConstVal *c = cv_new(CV_BOOL);
    c->b = b;
    return c;
}

ConstVal *cv_make_string(const char *s, size_t len) {
    ConstVal *c = cv_new(CV_STRING);
    char *copy = xmalloc(len + 1);
    memcpy(copy, s, len);
    copy[len] = 0;
    c->s = copy;
    c->slen = len;
    return c;
}

ConstVal *cv_make_int(BigInt *i) {
    ConstVal *c = cv_new(CV_INT);
    c->i = i;
    return c;
}

ConstVal *cv_make_int64(int64_t v) { return cv_make_int(bi_from_int64(v)); }

ConstVal *cv_make_float(BigRat *r) {
    ConstVal *c = cv_new(CV_FLOAT);
    c->re = r;
    return c;
}

ConstVal *cv_make_complex(BigRat *re, BigRat *im) {
    ConstVal *c = cv_new(CV_COMPLEX);
    c->re = re;
    c->im = im;
    return c;
}

/* ---- literals ---- */

static void put_utf8(StrBuf *b, uint32_t r) {
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80) sb_putc(b, (char)r);
    else if (r < 0x800) {
        sb_putc(b, (char)(0xC0 | (r >> 6)));
        sb_putc(b, (char)(0x80 | (r & 0x3F)));
    } else if (r < 0x10000) {
        sb_putc(b, (char)(0xE0 | (r >> 12)));
        sb_putc(b, (char)(0x80 | ((r >> 6) & 0x3F)));
        sb_putc(b, (char)(0x80 | (r & 0x3F)));
    } else {
        sb_putc(b, (char)(0xF0 | (r >> 18)));
        sb_putc(b, (char)(0x80 | ((r >> 12) & 0x3F)));
        sb_putc(b, (char)(0x80 | ((r >> 6) & 0x3F)));
        sb_putc(b, (char)(0x80 | (r & 0x3F)));
    }
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes one escape after '\\' at *p. Appends bytes to b (for \x and octal: one raw byte;
 * for \u, \U: UTF-8) and returns the code point (or byte) value; -1 if malformed. */
static long decode_escape(const char **p, StrBuf *b, char quote) {
    char c = *(*p)++;
    switch (c) {
    case 'a': sb_putc(b, 7); return 7;
    case 'b': sb_putc(b, 8); return 8;
    case 'f': sb_putc(b, 12); return 12;
    case 'n': sb_putc(b, 10); return 10;
    case 'r': sb_putc(b, 13); return 13;
    case 't': sb_putc(b, 9); return 9;
    case 'v': sb_putc(b, 11); return 11;
    case '\\': sb_putc(b, '\\'); return '\\';
    case '\'': case '"':
        if (c != quote) return -1;
        sb_putc(b, c);
        return c;
    case 'x': case 'u': case 'U': {
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        long v = 0;
        for (int i = 0; i < n; i++) {
            int h = hexval(*(*p));
            if (h < 0) return -1;
            v = v * 16 + h;
            (*p)++;
        }
        if (c == 'x') sb_putc(b, (char)v);
        else put_utf8(b, (uint32_t)v);
        return v;
    }
    default:
        if (c >= '0' && c <= '7') {
            long v = c - '0';
            for (int i = 0; i < 2; i++) {
                char d = *(*p);
                if (d < '0' || d > '7') return -1;
                v = v * 8 + (d - '0');
                (*p)++;
            }
            if (v > 255) return -1;
            sb_putc(b, (char)v);
            return v;
        }
        return -1;
    }
}

static long decode_utf8(const char **p) {
    const unsigned char *s = (const unsigned char *)*p;
    long r;
    int n;
    if (s[0] < 0x80) r = s[0], n = 1;
    else if ((s[0] & 0xE0) == 0xC0) r = s[0] & 0x1F, n = 2;
    else if ((s[0] & 0xF0) == 0xE0) r = s[0] & 0x0F, n = 3;
    else if ((s[0] & 0xF8) == 0xF0) r = s[0] & 0x07, n = 4;
    else { (*p)++; return 0xFFFD; }
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) { (*p)++; return 0xFFFD; }
        r = (r << 6) | (s[i] & 0x3F);
    }
    *p += n;
    return r;
}

static ConstVal *string_literal(const char *lit) {
    size_t len = strlen(lit);
    StrBuf b = {0};
    if (len < 2) return NULL;
    if (lit[0] == '`') {
        for (size_t i = 1; i + 1 < len; i++)
            if (lit[i] != '\r') sb_putc(&b, lit[i]);
    } else {
        const char *p = lit + 1, *end = lit + len - 1;
        while (p < end) {
            if (*p == '\\') {
                p++;
                if (decode_escape(&p, &b, '"') < 0) return NULL;
            } else {
                sb_putc(&b, *p++);
            }
        }
    }
    return cv_make_string(b.data ? b.data : "", b.len);
}

static ConstVal *char_literal(const char *lit) {
    const char *p = lit + 1;
    StrBuf scratch = {0};
    long v;
    if (*p == '\\') {
        p++;
        v = decode_escape(&p, &scratch, '\'');
    } else {
        v = decode_utf8(&p);
    }
    if (v < 0 || *p != '\'') return NULL;
    return cv_make_int64(v);
}

ConstVal *cv_from_literal(Tok kind, const char *lit) {
    switch (kind) {
    case TK_INT: {
        BigInt *i = bi_parse(lit);
        return i ? cv_make_int(i) : NULL;
    }
    case TK_FLOAT: {
        BigRat *r = br_parse(lit);
        return r ? cv_make_float(r) : NULL;
    }
    case TK_IMAG: {
        size_t n = strlen(lit);
        if (n < 2) return NULL;
        char *body = xstrndup(lit, n - 1);
        BigRat *r = NULL;
        /* "0123i" is decimal for backward compatibility; hex/binary/octal prefixes stay */
        bool prefixed = body[0] == '0' && strchr("xXbBoO", body[1]) && body[1];
        if (prefixed && !strchr(body, '.') && !strchr(body, 'p') && !strchr(body, 'P')) {
            BigInt *i = bi_parse(body);
            if (i) r = br_from_int(i);
        } else {
            r = br_parse(body);
        }
        return r ? cv_make_complex(br_from_int(bi_from_int64(0)), r) : NULL;
    }
    case TK_CHAR: return char_literal(lit);
    case TK_STRING: return string_literal(lit);
    default: return NULL;
    }
}

/* ---- kind conversion ---- */

static BigRat *rat_zero(void) { return br_from_int(bi_from_int64(0)); }

ConstVal *cv_to_kind(ConstVal *c, ConstKind k) {
    if (c->kind == k) return c;
    switch (k) {
    case CV_INT:
        if (c->kind == CV_COMPLEX && !br_is_zero(c->im)) return NULL;
        if ((c->kind == CV_FLOAT || c->kind == CV_COMPLEX) && br_is_int(c->re))
            return cv_make_int(br_trunc(c->re));
        return NULL;
    case CV_FLOAT:
        if (c->kind == CV_INT) return cv_make_float(br_from_int(c->i));
        if (c->kind == CV_COMPLEX && br_is_zero(c->im)) return cv_make_float(c->re);
        return NULL;
    case CV_COMPLEX:
        if (c->kind == CV_INT) return cv_make_complex(br_from_int(c->i), rat_zero());
        if (c->kind == CV_FLOAT) return cv_make_complex(c->re, rat_zero());
        return NULL;
    default:
        return NULL;
    }
}

bool cv_is_int_value(ConstVal *c) { return cv_to_kind(c, CV_INT) != NULL; }

/* ---- arithmetic ---- */

ConstVal *cv_binary(Tok op, ConstVal *x, ConstVal *y, bool int_div) {
    switch (x->kind) {
    case CV_INT: {
        BigInt *a = x->i, *b = y->i;
        switch (op) {
        case TK_ADD: return cv_make_int(bi_add(a, b));
        case TK_SUB: return cv_make_int(bi_sub(a, b));
        case TK_MUL: return cv_make_int(bi_mul(a, b));
        case TK_QUO:
            if (bi_is_zero(b)) return NULL;
            if (int_div) return cv_make_int(bi_quo(a, b));
            return cv_make_float(br_make(a, b));
        case TK_REM:
            if (bi_is_zero(b)) return NULL;
            return cv_make_int(bi_rem(a, b));
        case TK_AND: return cv_make_int(bi_and(a, b));
        case TK_OR: return cv_make_int(bi_or(a, b));
        case TK_XOR: return cv_make_int(bi_xor(a, b));
        case TK_AND_NOT: return cv_make_int(bi_andnot(a, b));
        default: return NULL;
        }
    }
    case CV_FLOAT: {
        BigRat *a = x->re, *b = y->re;
        switch (op) {
        case TK_ADD: return cv_make_float(br_add(a, b));
        case TK_SUB: return cv_make_float(br_sub(a, b));
        case TK_MUL: return cv_make_float(br_mul(a, b));
        case TK_QUO:
            if (br_is_zero(b)) return NULL;
            return cv_make_float(br_quo(a, b));
        default: return NULL;
        }
    }
    case CV_COMPLEX: {
        BigRat *a = x->re, *b = x->im, *c = y->re, *d = y->im;
        switch (op) {
        case TK_ADD: return cv_make_complex(br_add(a, c), br_add(b, d));
        case TK_SUB: return cv_make_complex(br_sub(a, c), br_sub(b, d));
        case TK_MUL:
            return cv_make_complex(br_sub(br_mul(a, c), br_mul(b, d)),
                                   br_add(br_mul(b, c), br_mul(a, d)));
        case TK_QUO: {
            BigRat *den = br_add(br_mul(c, c), br_mul(d, d));
            if (br_is_zero(den)) return NULL;
            BigRat *re = br_add(br_mul(a, c), br_mul(b, d));
            BigRat *im = br_sub(br_mul(b, c), br_mul(a, d));
            return cv_make_complex(br_quo(re, den), br_quo(im, den));
        }
        default: return NULL;
        }
    }
    case CV_STRING:
        if (op == TK_ADD) {
            char *s = xmalloc(x->slen + y->slen + 1);
            memcpy(s, x->s, x->slen);
            memcpy(s + x->slen, y->s, y->slen);
            s[x->slen + y->slen] = 0;
            ConstVal *r = cv_new(CV_STRING);
            r->s = s;
            r->slen = x->slen + y->slen;
            return r;
        }
        return NULL;
    case CV_BOOL:
        if (op == TK_LAND) return cv_make_bool(x->b && y->b);
        if (op == TK_LOR) return cv_make_bool(x->b || y->b);
        return NULL;
    }
    return NULL;
}

ConstVal *cv_unary(Tok op, ConstVal *x, int unsigned_size) {
    switch (op) {
    case TK_ADD: return x;
    case TK_SUB:
        if (x->kind == CV_INT) return cv_make_int(bi_neg(x->i));
        if (x->kind == CV_FLOAT) return cv_make_float(br_neg(x->re));
        if (x->kind == CV_COMPLEX) return cv_make_complex(br_neg(x->re), br_neg(x->im));
        return NULL;
    case TK_XOR:
        if (x->kind != CV_INT) return NULL;
        if (unsigned_size > 0) {
            /* ^x for unsigned x flips exactly the type's bits: x XOR (2^bits - 1) */
            BigInt *mask = bi_sub(bi_shl(bi_from_int64(1), (unsigned)unsigned_size * 8),
                                  bi_from_int64(1));
            return cv_make_int(bi_xor(x->i, mask));
        }
        return cv_make_int(bi_not(x->i));
    case TK_NOT:
        if (x->kind != CV_BOOL) return NULL;
        return cv_make_bool(!x->b);
    default:
        return NULL;
    }
}

ConstVal *cv_shift(Tok op, ConstVal *x, unsigned count) {
    if (x->kind != CV_INT) return NULL;
    return cv_make_int(op == TK_SHL ? bi_shl(x->i, count) : bi_shr(x->i, count));
}

static bool cmp_result(Tok op, int c) {
    switch (op) {
    case TK_EQL: return c == 0;
    case TK_NEQ: return c != 0;
    case TK_LSS: return c < 0;
    case TK_LEQ: return c <= 0;
    case TK_GTR: return c > 0;
    case TK_GEQ: return c >= 0;
    default: return false;
    }
}

bool cv_compare(Tok op, ConstVal *x, ConstVal *y) {
    switch (x->kind) {
    case CV_BOOL: return cmp_result(op, x->b == y->b ? 0 : 1);
    case CV_STRING: {
        size_t n = x->slen < y->slen ? x->slen : y->slen;
        int c = memcmp(x->s, y->s, n);
        if (c == 0) c = x->slen < y->slen ? -1 : x->slen > y->slen ? 1 : 0;
        return cmp_result(op, c);
    }
    case CV_INT: return cmp_result(op, bi_cmp(x->i, y->i));
    case CV_FLOAT: return cmp_result(op, br_cmp(x->re, y->re));
    case CV_COMPLEX: {
        bool eq = br_cmp(x->re, y->re) == 0 && br_cmp(x->im, y->im) == 0;
        return cmp_result(op, eq ? 0 : 1);
    }
    }
    return false;
}

/* ---- representability ---- */

static bool int_fits(BigInt *v, Type *t) {
    int64_t size = t->size;
    bool uns = type_is_unsigned(t);
    if (uns) {
        if (bi_sign(v) < 0) return false;
        return bi_bitlen(v) <= size * 8;
    }
    /* signed: -2^(bits-1) <= v < 2^(bits-1) */
    BigInt *lim = bi_shl(bi_from_int64(1), (unsigned)(size * 8 - 1));
    return bi_cmp(v, lim) < 0 && bi_cmp(v, bi_neg(lim)) >= 0;
}

static ReprResult round_float(BigRat *r, bool is32, BigRat **out) {
    bool ovf;
    double d = is32 ? (double)br_to_float(r, &ovf) : br_to_double(r, &ovf);
    if (ovf) return REPR_OVERFLOWS;
    *out = br_from_double(d);
    return REPR_OK;
}

ReprResult cv_representable(ConstVal *c, Type *t, ConstVal **out) {
    Type *u = under(t);
    ConstVal *r = c;
    if (out) *out = c;
    switch (u->kind) {
    case T_BOOL: case T_UNTYPED_BOOL:
        return c->kind == CV_BOOL ? REPR_OK : REPR_MISMATCH;
    case T_STRING: case T_UNTYPED_STRING:
        return c->kind == CV_STRING ? REPR_OK : REPR_MISMATCH;
    case T_UNTYPED_INT: case T_UNTYPED_RUNE:
        if (c->kind == CV_BOOL || c->kind == CV_STRING) return REPR_MISMATCH;
        r = cv_to_kind(c, CV_INT);
        if (!r) return REPR_TRUNCATED;
        break;
    case T_UNTYPED_FLOAT:
        if (c->kind == CV_BOOL || c->kind == CV_STRING) return REPR_MISMATCH;
        r = cv_to_kind(c, CV_FLOAT);
        if (!r) return REPR_TRUNCATED;
        break;
    case T_UNTYPED_COMPLEX:
        if (c->kind == CV_BOOL || c->kind == CV_STRING) return REPR_MISMATCH;
        r = cv_to_kind(c, CV_COMPLEX);
        break;
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
        if (c->kind == CV_BOOL || c->kind == CV_STRING) return REPR_MISMATCH;
        r = cv_to_kind(c, CV_INT);
        if (!r) return REPR_TRUNCATED;
        if (!int_fits(r->i, u)) return REPR_OVERFLOWS;
        break;
    case T_FLOAT32: case T_FLOAT64: {
        if (c->kind == CV_BOOL || c->kind == CV_STRING) return REPR_MISMATCH;
        ConstVal *f = cv_to_kind(c, CV_FLOAT);
        if (!f) return REPR_TRUNCATED;
        BigRat *rr;
        ReprResult res = round_float(f->re, u->kind == T_FLOAT32, &rr);
        if (res != REPR_OK) return res;
        r = cv_make_float(rr);
        break;
    }
    case T_COMPLEX64: case T_COMPLEX128: {
        if (c->kind == CV_BOOL || c->kind == CV_STRING) return REPR_MISMATCH;
        ConstVal *f = cv_to_kind(c, CV_COMPLEX);
        BigRat *re, *im;
        bool is32 = u->kind == T_COMPLEX64;
        if (round_float(f->re, is32, &re) != REPR_OK) return REPR_OVERFLOWS;
        if (round_float(f->im, is32, &im) != REPR_OK) return REPR_OVERFLOWS;
        r = cv_make_complex(re, im);
        break;
    }
    default:
        return REPR_MISMATCH;
    }
    if (out) *out = r;
    return REPR_OK;
}

/* ---- printing ---- */

static void quote_string(StrBuf *b, const char *s, size_t n) {
    sb_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\a': sb_puts(b, "\\a"); break;
        case '\b': sb_puts(b, "\\b"); break;
        case '\f': sb_puts(b, "\\f"); break;
        case '\n': sb_puts(b, "\\n"); break;
        case '\r': sb_puts(b, "\\r"); break;
        case '\t': sb_puts(b, "\\t"); break;
        case '\v': sb_puts(b, "\\v"); break;
        case '\\': sb_puts(b, "\\\\"); break;
        case '"': sb_puts(b, "\\\""); break;
        default:
            if (c < 0x20 || c == 0x7f) sb_printf(b, "\\x%02x", c);
            else sb_putc(b, (char)c);
        }
    }
    sb_putc(b, '"');
}

char *cv_string(ConstVal *c) {
    switch (c->kind) {
    case CV_BOOL: return xstrdup(c->b ? "true" : "false");
    case CV_INT: return bi_to_string(c->i);
    case CV_FLOAT: return br_to_string(c->re);
    case CV_COMPLEX:
        return xsprintf("(%s + %si)", br_to_string(c->re), br_to_string(c->im));
    case CV_STRING: {
        StrBuf b = {0};
        quote_string(&b, c->s, c->slen);
        /* gc shortens long strings to 72 characters (runes) ending in "..." */
        int runes = 0;
        size_t cut = 0;
        for (size_t i = 0; i < b.len; i++) {
            if (((unsigned char)b.data[i] & 0xC0) != 0x80) {
                if (runes == 69) cut = i;
                runes++;
            }
        }
        if (runes > 72) return xsprintf("%.*s...", (int)cut, b.data);
        return b.data;
    }
    }
    return xstrdup("?");
}

/* ---- helpers for lowering ---- */

int64_t cv_int64(ConstVal *c) {
    ConstVal *i = cv_to_kind(c, CV_INT);
    if (!i) return (int64_t)cv_float64(c);
    return bi_to_int64(i->i);
}

double cv_float64(ConstVal *c) {
    if (c->kind == CV_INT) return br_to_double(br_from_int(c->i), NULL);
    if (c->kind == CV_FLOAT || c->kind == CV_COMPLEX) return br_to_double(c->re, NULL);
    return 0;
}

float cv_float32(ConstVal *c) {
    if (c->kind == CV_INT) return br_to_float(br_from_int(c->i), NULL);
    if (c->kind == CV_FLOAT || c->kind == CV_COMPLEX) return br_to_float(c->re, NULL);
    return 0;
}
