/* strconv.c — C side of package strconv: float formatting through the runtime's formatter
 * (runtime/ftoa.h), the same one fmt's engine uses, so both print floats identically. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/ftoa.h"

/* func formatFloat(f float64, fmt int, prec int, bitSize int) string */
GoString strconv_formatFloat(double f, int64_t fmt, int64_t prec, int64_t bitsize) {
    char small[512];
    int64_t n = gort_formatfloat(small, sizeof small, f, fmt, prec, bitsize);
    const char *src = small;
    char *big = NULL;
    if (n > (int64_t)sizeof small) { /* the formatter reports the full length: format again */
        big = malloc((size_t)n);
        if (!big) abort();
        n = gort_formatfloat(big, n, f, fmt, prec, bitsize);
        src = big;
    }
    GoString s = { NULL, n > 0 ? n : 0 };
    if (n > 0) {
        uint8_t *p = gort_alloc(n, NULL); /* bytes only */
        memcpy(p, src, (size_t)n);
        s.ptr = p;
    }
    free(big);
    return s;
}

/* func strtod(s string, bitSize int) (f float64, overflow bool) — s is already a valid Go
 * literal without underscores (atof.go checked it), which strtod/strtof parse identically;
 * both round correctly. Underflow to zero or a denormal is not an error in Go. */
void strconv_strtod(const uint8_t *p, int64_t n, int64_t bitsize, double *f, bool *overflow) {
    char small[128];
    char *s = n < (int64_t)sizeof small ? small : malloc((size_t)n + 1);
    if (!s) abort();
    memcpy(s, p, (size_t)n);
    s[n] = 0;
    double v = bitsize == 32 ? (double)strtof(s, NULL) : strtod(s, NULL);
    if (s != small) free(s);
    *f = v;
    *overflow = isinf(v);
}
