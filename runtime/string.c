/* string.c — string comparison and the UTF-8 conversions the language does implicitly
 * (range over a string, string(rune), []rune(s), string(runes)). Decoding follows
 * unicode/utf8.DecodeRuneInString exactly: an invalid or truncated sequence, an overlong
 * encoding or a surrogate decodes as U+FFFD with width 1. */
#include <string.h>

#include "runtime/gc_internal.h"
#include "runtime/runtime.h"

#define RUNE_ERROR 0xFFFD
#define MAX_RUNE 0x10FFFF

int64_t gort_strcmp(const uint8_t *ap, int64_t alen, const uint8_t *bp, int64_t blen) {
    int64_t n = alen < blen ? alen : blen;
    int c = n ? memcmp(ap, bp, (size_t)n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return alen < blen ? -1 : alen > blen ? 1 : 0;
}

bool gort_streq(const uint8_t *ap, int64_t alen, const uint8_t *bp, int64_t blen) {
    return alen == blen && (ap == bp || alen == 0 || memcmp(ap, bp, (size_t)alen) == 0);
}

int32_t gort_decoderune(const uint8_t *p, int64_t len, int64_t i, int64_t *next) {
    if (i >= len) {
        *next = i + 1;
        return RUNE_ERROR;
    }
    uint8_t b0 = p[i];
    if (b0 < 0x80) {
        *next = i + 1;
        return b0;
    }
    int n;
    uint8_t lo = 0x80, hi = 0xBF;   /* the range allowed for the second byte */
    if (b0 >= 0xC2 && b0 <= 0xDF) n = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        if (b0 == 0xE0) lo = 0xA0;          /* overlong */
        else if (b0 == 0xED) hi = 0x9F;     /* surrogates */
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        if (b0 == 0xF0) lo = 0x90;          /* overlong */
        else if (b0 == 0xF4) hi = 0x8F;     /* beyond U+10FFFF */
    } else {
        *next = i + 1;
        return RUNE_ERROR;
    }
    if (len - i < n || p[i + 1] < lo || p[i + 1] > hi) {
        *next = i + 1;
        return RUNE_ERROR;
    }
    int32_t r = b0 & (0xFF >> (n + 1));
    for (int k = 1; k < n; k++) {
        uint8_t b = p[i + k];
        if (k > 1 && (b < 0x80 || b > 0xBF)) {
            *next = i + 1;
            return RUNE_ERROR;
        }
        r = (r << 6) | (b & 0x3F);
    }
    *next = i + n;
    return r;
}

int64_t gort_countrunes(const uint8_t *p, int64_t len) {
    int64_t n = 0, next;
    for (int64_t i = 0; i < len; i = next) {
        if (p[i] < 0x80) next = i + 1;
        else gort_decoderune(p, len, i, &next);
        n++;
    }
    return n;
}

static bool valid_rune(int64_t r) { return r >= 0 && r <= MAX_RUNE && !(r >= 0xD800 && r <= 0xDFFF); }

static int rune_len(int32_t r) {
    if (!valid_rune(r)) return 3;
    if (r < 0x80) return 1;
    if (r < 0x800) return 2;
    if (r < 0x10000) return 3;
    return 4;
}

int64_t gort_encoderune(uint8_t *dst, int32_t r) {
    if (!valid_rune(r)) r = RUNE_ERROR;
    if (r < 0x80) {
        dst[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        dst[0] = (uint8_t)(0xC0 | (r >> 6));
        dst[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        dst[0] = (uint8_t)(0xE0 | (r >> 12));
        dst[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        dst[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    dst[0] = (uint8_t)(0xF0 | (r >> 18));
    dst[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    dst[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    dst[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

int64_t gort_intstring(uint8_t *buf, int64_t rune) {
    /* string(r) of an out-of-range int64 is U+FFFD too, so test before narrowing */
    int32_t r = valid_rune(rune) ? (int32_t)rune : RUNE_ERROR;
    return gort_encoderune(buf, r);
}

void gort_stringtorunes(int32_t *dst, const uint8_t *p, int64_t len) {
    int64_t next;
    for (int64_t i = 0; i < len; i = next) *dst++ = gort_decoderune(p, len, i, &next);
}

int64_t gort_runesbytelen(const int32_t *p, int64_t n) {
    int64_t total = 0;
    for (int64_t i = 0; i < n; i++) total += rune_len(p[i]);
    return total;
}

void gort_runestostring(uint8_t *dst, const int32_t *p, int64_t n) {
    for (int64_t i = 0; i < n; i++) dst += gort_encoderune(dst, p[i]);
}
