/* bigint.c — arbitrary-precision integers (sign + magnitude, 32-bit limbs) and exact
 * rationals. Constants in Go programs are small, so the algorithms are the plain
 * schoolbook ones; division is bitwise long division, which is simple to get right and
 * fast enough for the few-hundred-bit values constant folding produces. */
#include "bigint.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* ---- magnitudes ---- */

static BigInt *bi_alloc(int n) {
    BigInt *r = xcalloc(1, sizeof *r);
    r->d = n ? xcalloc((size_t)n, sizeof(uint32_t)) : NULL;
    r->n = n;
    return r;
}

static BigInt *bi_norm(BigInt *r) {
    while (r->n > 0 && r->d[r->n - 1] == 0) r->n--;
    if (r->n == 0) r->neg = false;
    return r;
}

static int mag_cmp(const BigInt *a, const BigInt *b) {
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

static BigInt *mag_add(const BigInt *a, const BigInt *b) {
    int n = (a->n > b->n ? a->n : b->n) + 1;
    BigInt *r = bi_alloc(n);
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t s = carry;
        if (i < a->n) s += a->d[i];
        if (i < b->n) s += b->d[i];
        r->d[i] = (uint32_t)s;
        carry = s >> 32;
    }
    return bi_norm(r);
}

/* |a| - |b|, requires |a| >= |b| */
static BigInt *mag_sub(const BigInt *a, const BigInt *b) {
    BigInt *r = bi_alloc(a->n);
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t s = (int64_t)a->d[i] - borrow - (i < b->n ? (int64_t)b->d[i] : 0);
        borrow = s < 0;
        if (s < 0) s += (int64_t)1 << 32;
        r->d[i] = (uint32_t)s;
    }
    return bi_norm(r);
}

static BigInt *bi_copy(const BigInt *a) {
    BigInt *r = bi_alloc(a->n);
    if (a->n) memcpy(r->d, a->d, (size_t)a->n * sizeof(uint32_t));
    r->neg = a->neg;
    return r;
}


/* Division of magnitudes: q = |a| / |b|, r = |a| % |b| (Knuth, TAOCP 4.3.1, algorithm D,
 * with 32-bit digits and 64-bit intermediates). */
static void mag_divmod(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r) {
    if (mag_cmp(a, b) < 0) {
        if (q) *q = bi_alloc(0);
        if (r) {
            *r = bi_copy(a);
            (*r)->neg = false;
        }
        return;
    }
    if (b->n == 1) {
        uint64_t d = b->d[0], rem = 0;
        BigInt *quo = bi_alloc(a->n);
        for (int i = a->n - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | a->d[i];
            quo->d[i] = (uint32_t)(cur / d);
            rem = cur % d;
        }
        if (q) *q = bi_norm(quo);
        if (r) *r = bi_from_uint64(rem);
        return;
    }
    int n = b->n, m = a->n - b->n;
    /* normalise so the divisor's top digit has its high bit set */
    int shift = 0;
    for (uint32_t top = b->d[n - 1]; !(top & 0x80000000u); top <<= 1) shift++;
    uint32_t *v = xcalloc((size_t)n, 4), *u = xcalloc((size_t)a->n + 1, 4);
    for (int i = n - 1; i > 0; i--) v[i] = (b->d[i] << shift) | (shift ? (uint32_t)((uint64_t)b->d[i - 1] >> (32 - shift)) : 0);
    v[0] = b->d[0] << shift;
    u[a->n] = shift ? (uint32_t)((uint64_t)a->d[a->n - 1] >> (32 - shift)) : 0;
    for (int i = a->n - 1; i > 0; i--) u[i] = (a->d[i] << shift) | (shift ? (uint32_t)((uint64_t)a->d[i - 1] >> (32 - shift)) : 0);
    u[0] = a->d[0] << shift;
    BigInt *quo = bi_alloc(m + 1);
    const uint64_t base = (uint64_t)1 << 32;
    for (int j = m; j >= 0; j--) {
        uint64_t num = ((uint64_t)u[j + n] << 32) | u[j + n - 1];
        uint64_t qhat = num / v[n - 1], rhat = num % v[n - 1];
        while (qhat >= base || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
            qhat--;
            rhat += v[n - 1];
            if (rhat >= base) break;
        }
        /* multiply and subtract */
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (int i = 0; i < n; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)u[i + j] - borrow - (int64_t)(p & 0xFFFFFFFFu);
            u[i + j] = (uint32_t)t;
            borrow = t < 0 ? 1 : 0;
        }
        int64_t t = (int64_t)u[j + n] - borrow - (int64_t)carry;
        u[j + n] = (uint32_t)t;
        if (t < 0) {
            /* qhat was one too large: add the divisor back */
            qhat--;
            uint64_t c2 = 0;
            for (int i = 0; i < n; i++) {
                uint64_t s2 = (uint64_t)u[i + j] + v[i] + c2;
                u[i + j] = (uint32_t)s2;
                c2 = s2 >> 32;
            }
            u[j + n] += (uint32_t)c2;
        }
        quo->d[j] = (uint32_t)qhat;
    }
    if (q) *q = bi_norm(quo);
    if (r) {
        BigInt *rem = bi_alloc(n);
        for (int i = 0; i < n; i++)
            rem->d[i] = (u[i] >> shift) | (shift && i + 1 <= n ? (uint32_t)((uint64_t)u[i + 1] << (32 - shift)) : 0);
        *r = bi_norm(rem);
    }
}

/* ---- integers ---- */

BigInt *bi_from_uint64(uint64_t v) {
    BigInt *r = bi_alloc(2);
    r->d[0] = (uint32_t)v;
    r->d[1] = (uint32_t)(v >> 32);
    return bi_norm(r);
}

BigInt *bi_from_int64(int64_t v) {
    if (v >= 0) return bi_from_uint64((uint64_t)v);
    BigInt *r = bi_from_uint64(-(uint64_t)v);
    r->neg = true;
    return r;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Parses digits of `base` (skipping '_'), appending to acc; returns NULL on a bad digit. */
static BigInt *parse_digits(const char *s, int base, BigInt *acc, int *ndigits) {
    BigInt *b = bi_from_int64(base);
    for (; *s; s++) {
        if (*s == '_') continue;
        int d = digit_value(*s);
        if (d >= base) return NULL;
        acc = bi_add(bi_mul(acc, b), bi_from_int64(d));
        if (ndigits) (*ndigits)++;
    }
    return acc;
}

BigInt *bi_parse(const char *s) {
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) base = 8, s += 2;
    else if (s[0] == '0' && s[1]) base = 8, s += 1;
    if (!*s && base != 8) return NULL;
    return parse_digits(s, base, bi_from_int64(0), NULL);
}

bool bi_is_zero(const BigInt *a) { return a->n == 0; }
int bi_sign(const BigInt *a) { return a->n == 0 ? 0 : a->neg ? -1 : 1; }

int bi_cmp(const BigInt *a, const BigInt *b) {
    if (a->neg != b->neg) return a->neg ? -1 : 1;
    int c = mag_cmp(a, b);
    return a->neg ? -c : c;
}

BigInt *bi_neg(const BigInt *a) {
    BigInt *r = bi_copy(a);
    if (r->n) r->neg = !r->neg;
    return r;
}

BigInt *bi_add(const BigInt *a, const BigInt *b) {
    if (a->neg == b->neg) {
        BigInt *r = mag_add(a, b);
        if (r->n) r->neg = a->neg;
        return r;
    }
    int c = mag_cmp(a, b);
    if (c == 0) return bi_alloc(0);
    BigInt *r = c > 0 ? mag_sub(a, b) : mag_sub(b, a);
    r->neg = c > 0 ? a->neg : b->neg;
    return bi_norm(r);
}

BigInt *bi_sub(const BigInt *a, const BigInt *b) { return bi_add(a, bi_neg(b)); }

BigInt *bi_mul(const BigInt *a, const BigInt *b) {
    if (!a->n || !b->n) return bi_alloc(0);
    BigInt *r = bi_alloc(a->n + b->n);
    for (int i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->n; j++) {
            uint64_t t = (uint64_t)a->d[i] * b->d[j] + r->d[i + j] + carry;
            r->d[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r->d[i + b->n] = (uint32_t)carry;
    }
    r->neg = a->neg != b->neg;
    return bi_norm(r);
}

BigInt *bi_quo(const BigInt *a, const BigInt *b) {
    BigInt *q;
    mag_divmod(a, b, &q, NULL);
    if (q->n) q->neg = a->neg != b->neg;
    return q;
}

BigInt *bi_rem(const BigInt *a, const BigInt *b) {
    BigInt *r;
    mag_divmod(a, b, NULL, &r);
    if (r->n) r->neg = a->neg;
    return r;
}

static BigInt *mag_shl(const BigInt *a, unsigned s) {
    if (!a->n) return bi_alloc(0);
    int limbs = (int)(s / 32), bits = (int)(s % 32);
    BigInt *r = bi_alloc(a->n + limbs + 1);
    for (int i = 0; i < a->n; i++) {
        uint64_t v = (uint64_t)a->d[i] << bits;
        r->d[i + limbs] |= (uint32_t)v;
        r->d[i + limbs + 1] |= (uint32_t)(v >> 32);
    }
    return bi_norm(r);
}

static BigInt *mag_shr(const BigInt *a, unsigned s) {
    int limbs = (int)(s / 32), bits = (int)(s % 32);
    if (limbs >= a->n) return bi_alloc(0);
    BigInt *r = bi_alloc(a->n - limbs);
    for (int i = 0; i < r->n; i++) {
        uint64_t v = a->d[i + limbs];
        if (i + limbs + 1 < a->n) v |= (uint64_t)a->d[i + limbs + 1] << 32;
        r->d[i] = (uint32_t)(v >> bits);
    }
    return bi_norm(r);
}

BigInt *bi_shl(const BigInt *a, unsigned s) {
    BigInt *r = mag_shl(a, s);
    if (r->n) r->neg = a->neg;
    return r;
}

BigInt *bi_shr(const BigInt *a, unsigned s) {
    if (!a->neg) return mag_shr(a, s);
    /* floor(a / 2^s) for negative a == -ceil(|a| / 2^s) == -((|a| - 1) >> s) - 1 */
    BigInt *m = bi_neg(a);
    BigInt *t = mag_shr(bi_sub(m, bi_from_int64(1)), s);
    return bi_sub(bi_neg(t), bi_from_int64(1));
}

/* Two's complement limbs of a (sign-extended to n limbs). */
static void to_twos(const BigInt *a, uint32_t *out, int n) {
    memset(out, 0, (size_t)n * sizeof(uint32_t));
    for (int i = 0; i < a->n && i < n; i++) out[i] = a->d[i];
    if (a->neg) {
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t v = (uint64_t)(uint32_t)~out[i] + carry;
            out[i] = (uint32_t)v;
            carry = v >> 32;
        }
    }
}

static BigInt *from_twos(const uint32_t *in, int n) {
    bool neg = n > 0 && (in[n - 1] >> 31);
    BigInt *r = bi_alloc(n);
    for (int i = 0; i < n; i++) r->d[i] = in[i];
    if (neg) {
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t v = (uint64_t)(uint32_t)~r->d[i] + carry;
            r->d[i] = (uint32_t)v;
            carry = v >> 32;
        }
        r->neg = true;
    }
    return bi_norm(r);
}

static BigInt *bitwise(const BigInt *a, const BigInt *b, char op) {
    int n = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *x = xcalloc((size_t)n, 4), *y = xcalloc((size_t)n, 4);
    to_twos(a, x, n);
    to_twos(b, y, n);
    for (int i = 0; i < n; i++) {
        switch (op) {
        case '&': x[i] &= y[i]; break;
        case '|': x[i] |= y[i]; break;
        case '^': x[i] ^= y[i]; break;
        default: x[i] &= ~y[i]; break;
        }
    }
    return from_twos(x, n);
}

BigInt *bi_and(const BigInt *a, const BigInt *b) { return bitwise(a, b, '&'); }
BigInt *bi_or(const BigInt *a, const BigInt *b) { return bitwise(a, b, '|'); }
BigInt *bi_xor(const BigInt *a, const BigInt *b) { return bitwise(a, b, '^'); }
BigInt *bi_andnot(const BigInt *a, const BigInt *b) { return bitwise(a, b, 'n'); }
BigInt *bi_not(const BigInt *a) { return bi_sub(bi_neg(a), bi_from_int64(1)); }

BigInt *bi_gcd(const BigInt *a, const BigInt *b) {
    BigInt *x = bi_copy(a), *y = bi_copy(b);
    x->neg = y->neg = false;
    while (y->n) {
        BigInt *r;
        mag_divmod(x, y, NULL, &r);
        x = y;
        y = r;
    }
    return x;
}

int bi_bitlen(const BigInt *a) {
    if (!a->n) return 0;
    uint32_t top = a->d[a->n - 1];
    int bits = 0;
    while (top) bits++, top >>= 1;
    return (a->n - 1) * 32 + bits;
}

bool bi_fits_int64(const BigInt *a) {
    if (bi_bitlen(a) < 64) return true;
    /* -2^63 is the one 64-bit magnitude that fits */
    return a->neg && bi_bitlen(a) == 64 && a->d[1] == 0x80000000u && a->d[0] == 0;
}

bool bi_fits_uint64(const BigInt *a) { return !a->neg && bi_bitlen(a) <= 64; }

uint64_t bi_to_uint64(const BigInt *a) {
    uint64_t v = 0;
    if (a->n > 0) v = a->d[0];
    if (a->n > 1) v |= (uint64_t)a->d[1] << 32;
    return a->neg ? -v : v;
}

int64_t bi_to_int64(const BigInt *a) { return (int64_t)bi_to_uint64(a); }

char *bi_to_string(const BigInt *a) {
    if (!a->n) return xstrdup("0");
    /* peel off 9 decimal digits at a time */
    int cap = a->n * 10 + 3;
    char *buf = xmalloc((size_t)cap);
    int pos = cap - 1;
    buf[pos] = 0;
    BigInt *x = bi_copy(a);
    x->neg = false;
    BigInt *billion = bi_from_int64(1000000000);
    while (x->n) {
        BigInt *q, *r;
        mag_divmod(x, billion, &q, &r);
        uint32_t chunk = (uint32_t)bi_to_uint64(r);
        for (int k = 0; k < 9; k++) {
            buf[--pos] = (char)('0' + chunk % 10);
            chunk /= 10;
            if (!q->n && !chunk) break;
        }
        x = q;
    }
    if (a->neg) buf[--pos] = '-';
    return xstrdup(buf + pos);
}

/* ---- rationals ---- */

BigRat *br_make(const BigInt *num, const BigInt *den) {
    BigRat *r = xcalloc(1, sizeof *r);
    BigInt *g = bi_gcd(num, den);
    if (bi_is_zero(num)) {
        r->num = bi_alloc(0);
        r->den = bi_from_int64(1);
        return r;
    }
    BigInt *n = bi_quo(num, g), *d = bi_quo(den, g);
    if (d->neg) n = bi_neg(n), d = bi_neg(d);
    r->num = n;
    r->den = d;
    return r;
}

BigRat *br_from_int(const BigInt *a) {
    BigRat *r = xcalloc(1, sizeof *r);
    r->num = bi_copy(a);
    r->den = bi_from_int64(1);
    return r;
}

BigRat *br_from_double(double d) {
    int e;
    double m = frexp(d, &e); /* d = m * 2^e, 0.5 <= |m| < 1 */
    int64_t mi = (int64_t)ldexp(m, 53);
    e -= 53;
    BigInt *n = bi_from_int64(mi);
    if (e >= 0) return br_from_int(bi_shl(n, (unsigned)e));
    return br_make(n, bi_shl(bi_from_int64(1), (unsigned)-e));
}

static BigInt *pow_int(int base, unsigned e) {
    BigInt *r = bi_from_int64(1), *b = bi_from_int64(base);
    while (e) {
        if (e & 1) r = bi_mul(r, b);
        b = bi_mul(b, b);
        e >>= 1;
    }
    return r;
}

BigRat *br_parse(const char *s) {
    bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    if (hex) s += 2;
    int base = hex ? 16 : 10;
    BigInt *mant = bi_from_int64(0);
    int frac_digits = 0;
    bool seen_digit = false, seen_dot = false;
    const char *p = s;
    for (; *p; p++) {
        if (*p == '_') continue;
        if (*p == '.') {
            if (seen_dot) return NULL;
            seen_dot = true;
            continue;
        }
        if ((!hex && (*p == 'e' || *p == 'E')) || (hex && (*p == 'p' || *p == 'P'))) break;
        int d = digit_value(*p);
        if (d >= base) return NULL;
        mant = bi_add(bi_mul(mant, bi_from_int64(base)), bi_from_int64(d));
        seen_digit = true;
        if (seen_dot) frac_digits++;
    }
    if (!seen_digit) return NULL;
    long exp = 0;
    if (*p) {
        p++;
        bool eneg = false;
        if (*p == '+' || *p == '-') eneg = *p++ == '-';
        if (!*p) return NULL;
        for (; *p; p++) {
            if (*p == '_') continue;
            if (*p < '0' || *p > '9') return NULL;
            if (exp < 1000000000) exp = exp * 10 + (*p - '0');
        }
        /* gc (big.Float) gives up on decimal exponents of a billion or more: "malformed
         * constant"; smaller absurd exponents are clamped below. */
        if (exp >= 1000000000 && !hex) return NULL;
        if (eneg) exp = -exp;
    } else if (hex) {
        return NULL; /* hex mantissa requires a p exponent */
    }
    /* value = mant * base^-frac_digits * (10 or 2)^exp */
    BigInt *num = mant, *den = bi_from_int64(1);
    if (hex) {
        long e2 = exp - 4L * frac_digits;
        if (e2 > 6000) e2 = 6000;
        if (e2 < -6000) e2 = -6000;
        if (e2 >= 0) num = bi_shl(num, (unsigned)e2);
        else den = bi_shl(den, (unsigned)-e2);
    } else {
        long e10 = exp - frac_digits;
        /* No Go type holds anything near 1e±2000; clamping keeps such constants cheap while
         * they still overflow (or round to zero) exactly as the unclamped value would. */
        if (e10 > 2000) e10 = 2000;
        if (e10 < -2000) e10 = -2000;
        if (e10 >= 0) num = bi_mul(num, pow_int(10, (unsigned)e10));
        else den = pow_int(10, (unsigned)-e10);
    }
    return br_make(num, den);
}

bool br_is_int(const BigRat *a) { return a->den->n == 1 && a->den->d[0] == 1; }
bool br_is_zero(const BigRat *a) { return bi_is_zero(a->num); }
int br_sign(const BigRat *a) { return bi_sign(a->num); }

int br_cmp(const BigRat *a, const BigRat *b) {
    return bi_cmp(bi_mul(a->num, b->den), bi_mul(b->num, a->den));
}

BigRat *br_neg(const BigRat *a) {
    BigRat *r = xcalloc(1, sizeof *r);
    r->num = bi_neg(a->num);
    r->den = a->den;
    return r;
}

BigRat *br_add(const BigRat *a, const BigRat *b) {
    return br_make(bi_add(bi_mul(a->num, b->den), bi_mul(b->num, a->den)), bi_mul(a->den, b->den));
}

BigRat *br_sub(const BigRat *a, const BigRat *b) { return br_add(a, br_neg(b)); }

BigRat *br_mul(const BigRat *a, const BigRat *b) {
    return br_make(bi_mul(a->num, b->num), bi_mul(a->den, b->den));
}

BigRat *br_quo(const BigRat *a, const BigRat *b) {
    return br_make(bi_mul(a->num, b->den), bi_mul(a->den, b->num));
}

BigInt *br_trunc(const BigRat *a) { return bi_quo(a->num, a->den); }

/* Rounds |a| to a binary float with `mant_bits` of precision whose least significant bit
 * is never below 2^min_lsb (subnormals), returning mant * 2^exp exactly as a double
 * (mant <= 2^mant_bits, so ldexp is exact unless it overflows). */
static double round_ratio(const BigRat *a, int mant_bits, int min_lsb) {
    BigInt *p = bi_copy(a->num), *q = a->den;
    p->neg = false;
    if (!p->n) return 0;
    /* k = floor(log2(p/q)) */
    long k = (long)bi_bitlen(p) - bi_bitlen(q);
    int c = k >= 0 ? mag_cmp(p, bi_shl(q, (unsigned)k)) : mag_cmp(bi_shl(p, (unsigned)-k), q);
    if (c < 0) k--;
    if (k > 100000) return INFINITY;
    if (k < -100000) return 0;
    long lsb = k - (mant_bits - 1);
    if (lsb < min_lsb) lsb = min_lsb;
    /* Q = floor(p/q * 2^(1-lsb)) keeps one guard bit below the lsb */
    long sh = 1 - lsb;
    BigInt *num = p, *den = q;
    if (sh >= 0) num = bi_shl(p, (unsigned)sh);
    else den = bi_shl(q, (unsigned)-sh);
    BigInt *Q, *R;
    mag_divmod(num, den, &Q, &R);
    uint64_t qv = bi_to_uint64(Q); /* at most mant_bits + 1 bits */
    uint64_t mant = qv >> 1;
    bool guard = qv & 1, sticky = R->n != 0;
    if (guard && (sticky || (mant & 1))) mant++;
    return ldexp((double)mant, (int)lsb);
}

double br_to_double(const BigRat *a, bool *overflow) {
    double v = round_ratio(a, 53, -1074);
    if (overflow) *overflow = isinf(v);
    return br_sign(a) < 0 ? -v : v;
}

float br_to_float(const BigRat *a, bool *overflow) {
    double v = round_ratio(a, 24, -149);
    bool ovf = v > 3.40282346638528859811704183484516925440e+38;
    if (overflow) *overflow = ovf;
    float f = ovf ? INFINITY : (float)v; /* exact: v already has float precision */
    return br_sign(a) < 0 ? -f : f;
}

/* Shortest %g that reads back as the same double, as Go's %g prints. */
static char *shortest_g(double d) {
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, NULL) == d) break;
    }
    return xstrdup(buf);
}

char *br_to_string(const BigRat *a) {
    bool ovf;
    double d = br_to_double(a, &ovf);
    if (!ovf && (d == 0) == br_is_zero(a)) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.6g", d);
        if (!br_is_int(a) && !strchr(buf, '.')) return shortest_g(d);
        return xstrdup(buf);
    }
    /* Out of float64 range: mantissa and decimal exponent, as go/constant does. */
    BigRat *x = br_sign(a) < 0 ? br_neg(a) : (BigRat *)a;
    long e10 = (long)((bi_bitlen(x->num) - bi_bitlen(x->den)) * 0.30102999566398);
    BigRat *scale = br_from_int(pow_int(10, (unsigned)(e10 < 0 ? -e10 : e10)));
    BigRat *m = e10 >= 0 ? br_quo(x, scale) : br_mul(x, scale);
    double md = br_to_double(m, NULL);
    while (md >= 10) md /= 10, e10++;
    while (md < 1 && md > 0) md *= 10, e10--;
    return xsprintf("%s%.6ge%+ld", br_sign(a) < 0 ? "-" : "", md, e10);
}
