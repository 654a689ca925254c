/* ftoa.c — strconv.FormatFloat's output, computed with the C library's correctly rounded
 * conversions and laid out by Go's rules.
 *
 * Digits. With an explicit precision the digits are the correctly rounded decimal expansion
 * of the binary value (glibc's printf is exact and rounds ties to even, as Go does). For the
 * shortest form we look for the fewest digits p whose decimal reads back (strtod/strtof, which
 * round to nearest-even exactly like Go's parser) as the same float: a p-digit string exists
 * iff the correctly rounded one or one of its decimal neighbours round-trips (the neighbour
 * matters next to powers of two, where the rounding interval is lopsided). The property is
 * monotone in p, so a binary search over 1..17 (float32: 1..9) finds it. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ftoa.h"

/* A decimal d[0..nd) * 10^(dp - nd), i.e. 0.d1d2... * 10^dp, as in Go's strconv. */
typedef struct Decimal {
    char d[800];
    int nd, dp;
} Decimal;

typedef struct Out {
    char *buf;
    int64_t cap, len;
} Out;

static void out_c(Out *o, char c) {
    if (o->len < o->cap) o->buf[o->len] = c;
    o->len++;
}
static void out_s(Out *o, const char *s) {
    while (*s) out_c(o, *s++);
}

/* Parses printf's "%.*e" output of a positive finite value into a Decimal (trailing zeros
 * dropped; zero becomes nd = 0). */
static void decimal_from_e(Decimal *dec, const char *s) {
    dec->nd = 0;
    int exp10 = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9' && dec->nd < (int)sizeof dec->d) dec->d[dec->nd++] = *s;
    if (*s == 'e') exp10 = atoi(s + 1);
    while (dec->nd > 0 && dec->d[dec->nd - 1] == '0') dec->nd--;
    dec->dp = dec->nd ? exp10 + 1 : 0;
}

static bool reads_back(const char *s, double v, int bitsize) {
    if (bitsize == 32) return strtof(s, NULL) == (float)v;
    return strtod(s, NULL) == v;
}

/* Adds delta (+1 or -1) to the last digit of the p-digit mantissa in an "%.*e" string. Returns
 * false when that changes the digit count (carry out of the top or borrow to zero), where
 * the neighbour is not a p-digit number of the same exponent. */
static bool bump_last_digit(char *s, int delta) {
    char *e = strchr(s, 'e');
    if (!e) return false;
    char *q = e - 1;
    for (; q >= s; q--) {
        if (*q == '.') continue;
        if (delta > 0) {
            if (*q < '9') { (*q)++; return true; }
            *q = '0';
        } else {
            if (*q > '0') {
                (*q)--;
                return !(q == s && *q == '0');
            }
            *q = '9';
        }
    }
    return false;
}

/* The shortest round-tripping p-digit string for v (positive, finite, nonzero) into out, or
 * false if none with p digits exists. */
static bool shortest_with(char *out, size_t outcap, double v, int p, int bitsize) {
    snprintf(out, outcap, "%.*e", p - 1, v);
    if (reads_back(out, v, bitsize)) return true;
    char alt[64];
    for (int delta = 1; delta >= -1; delta -= 2) {
        snprintf(alt, sizeof alt, "%s", out);
        if (bump_last_digit(alt, delta) && reads_back(alt, v, bitsize)) {
            snprintf(out, outcap, "%s", alt);
            return true;
        }
    }
    return false;
}

static void shortest_decimal(Decimal *dec, double v, int bitsize) {
    if (v == 0) {
        dec->nd = dec->dp = 0;
        return;
    }
    int lo = 1, hi = bitsize == 32 ? 9 : 17;
    char best[64];
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (shortest_with(best, sizeof best, v, mid, bitsize)) hi = mid;
        else lo = mid + 1;
    }
    shortest_with(best, sizeof best, v, lo, bitsize);
    decimal_from_e(dec, best);
}

/* The decimal rounded to `digits` significant digits (digits >= 1). */
static void rounded_decimal(Decimal *dec, double v, int digits) {
    if (v == 0) {
        dec->nd = dec->dp = 0;
        return;
    }
    if (digits > 780) digits = 780;   /* a double has at most 767 significant digits */
    char buf[900];
    snprintf(buf, sizeof buf, "%.*e", digits - 1, v);
    decimal_from_e(dec, buf);
}

/* Go's fmtE: d.ddddde±dd */
static void fmt_e(Out *o, bool neg, const Decimal *d, int prec, char fmt) {
    if (neg) out_c(o, '-');
    out_c(o, d->nd ? d->d[0] : '0');
    if (prec > 0) {
        out_c(o, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        for (; i < m; i++) out_c(o, d->d[i]);
        for (; i <= prec; i++) out_c(o, '0');
    }
    out_c(o, fmt);
    int exp = d->nd ? d->dp - 1 : 0;
    out_c(o, exp < 0 ? '-' : '+');
    if (exp < 0) exp = -exp;
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%02d", exp);
    out_s(o, tmp);
}

/* Go's fmtF: ddddd.ddd */
static void fmt_f(Out *o, bool neg, const Decimal *d, int prec) {
    if (neg) out_c(o, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        for (int i = 0; i < m; i++) out_c(o, d->d[i]);
        for (int i = m; i < d->dp; i++) out_c(o, '0');
    } else {
        out_c(o, '0');
    }
    if (prec > 0) {
        out_c(o, '.');
        for (int i = 1; i <= prec; i++) {
            int j = d->dp + i - 1;
            out_c(o, j >= 0 && j < d->nd ? d->d[j] : '0');
        }
    }
}

/* %g's choice between the two layouts; `shortest` means precision -1. */
static void fmt_g(Out *o, bool neg, const Decimal *d, int prec, bool shortest, char fmt) {
    int eprec = prec;
    if (eprec > d->nd && d->nd >= d->dp) eprec = d->nd;
    if (shortest) eprec = 6;
    int exp = d->dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > d->nd) prec = d->nd;
        fmt_e(o, neg, d, prec - 1, fmt == 'g' ? 'e' : 'E');
        return;
    }
    if (prec > d->dp) prec = d->nd;
    fmt_f(o, neg, d, prec - d->dp > 0 ? prec - d->dp : 0);
}

/* Go's %b: mantissa p exponent, both decimal. */
static void fmt_b(Out *o, bool neg, uint64_t mant, int exp) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%s%llup%c%d", neg ? "-" : "", (unsigned long long)mant,
             exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out_s(o, tmp);
}

/* Go's %x: -0x1.8p+01 style, mant with the leading one at bit `mantbits`, value = mant*2^(exp-mantbits). */
static void fmt_x(Out *o, bool neg, uint64_t mant, int exp, int mantbits, int prec, char fmt) {
    if (mant == 0) exp = 0;
    mant <<= 60 - mantbits;
    while (mant != 0 && !(mant & ((uint64_t)1 << 60))) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > ((uint64_t)1 << 59)) mant++;
        mant <<= 60 - shift;
        if (mant & ((uint64_t)1 << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'x' ? "0123456789abcdef" : "0123456789ABCDEF";
    if (neg) out_c(o, '-');
    out_c(o, '0');
    out_c(o, fmt);
    out_c(o, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        out_c(o, '.');
        while (mant != 0) {
            out_c(o, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        out_c(o, '.');
        for (int i = 0; i < prec; i++) {
            out_c(o, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    out_c(o, fmt == 'x' ? 'p' : 'P');
    out_c(o, exp < 0 ? '-' : '+');
    if (exp < 0) exp = -exp;
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%02d", exp);
    out_s(o, tmp);
}

int64_t gort_formatfloat(char *buf, int64_t cap, double v, int64_t fmt, int64_t prec, int64_t bitsize) {
    Out o = {buf, cap < 0 ? 0 : cap, 0};
    if (bitsize == 32) v = (float)v;
    if (isnan(v)) {
        out_s(&o, "NaN");
        return o.len;
    }
    if (isinf(v)) {
        out_s(&o, v > 0 ? "+Inf" : "-Inf");
        return o.len;
    }
    bool neg = signbit(v) != 0;
    double a = fabs(v);
    int bits = bitsize == 32 ? 32 : 64;

    if (fmt == 'b' || fmt == 'x' || fmt == 'X') {
        uint64_t mant;
        int exp, mantbits;
        if (bits == 32) {
            float f = (float)a;
            uint32_t u;
            memcpy(&u, &f, 4);
            mantbits = 23;
            exp = (int)(u >> 23) & 0xff;
            mant = u & 0x7fffff;
            if (exp == 0) exp++;
            else mant |= (uint64_t)1 << 23;
            exp += -127;
        } else {
            uint64_t u;
            memcpy(&u, &a, 8);
            mantbits = 52;
            exp = (int)(u >> 52) & 0x7ff;
            mant = u & (((uint64_t)1 << 52) - 1);
            if (exp == 0) exp++;
            else mant |= (uint64_t)1 << 52;
            exp += -1023;
        }
        if (fmt == 'b') fmt_b(&o, neg, mant, exp - mantbits);
        else fmt_x(&o, neg, mant, exp, mantbits, (int)prec, (char)fmt);
        return o.len;
    }

    Decimal dec;
    if (prec < 0) {
        shortest_decimal(&dec, a, bits);
        switch (fmt) {
        case 'e': case 'E': fmt_e(&o, neg, &dec, dec.nd > 1 ? dec.nd - 1 : 0, (char)fmt); break;
        case 'f': fmt_f(&o, neg, &dec, dec.nd - dec.dp > 0 ? dec.nd - dec.dp : 0); break;
        case 'g': case 'G': fmt_g(&o, neg, &dec, dec.nd, true, (char)fmt); break;
        default: out_c(&o, '%'); out_c(&o, (char)fmt); break;
        }
        return o.len;
    }
    switch (fmt) {
    case 'e': case 'E':
        rounded_decimal(&dec, a, prec + 1 > 780 ? 780 : (int)prec + 1);
        fmt_e(&o, neg, &dec, (int)prec, (char)fmt);
        break;
    case 'f': {
        /* Digits up to `prec` places after the point: printf does the exact rounding. */
        int n = snprintf(NULL, 0, "%.*f", (int)prec, a);
        char small[512];
        char *tmp = n < (int)sizeof small ? small : malloc((size_t)n + 1);
        if (!tmp) break;
        snprintf(tmp, (size_t)n + 1, "%.*f", (int)prec, a);
        if (neg) out_c(&o, '-');
        out_s(&o, tmp);
        if (tmp != small) free(tmp);
        break;
    }
    case 'g': case 'G': {
        int digits = prec == 0 ? 1 : (int)(prec > 780 ? 780 : prec);
        rounded_decimal(&dec, a, digits);
        fmt_g(&o, neg, &dec, digits, false, (char)fmt);
        break;
    }
    default: out_c(&o, '%'); out_c(&o, (char)fmt); break;
    }
    return o.len;
}
