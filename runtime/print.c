/* print.c — the print and println builtins. Go 1.26 prints floats like
 * strconv.FormatFloat(v, 'g', -1, bitsize) ("1.5", "1e+21", "+Inf", "NaN"), complex numbers
 * as "(1+2i)", pointers in hex, slices as "[len/cap]0xptr" and interfaces as "(0xtype,0xdata)". */
#include <string.h>

#include "runtime/ftoa.h"
#include "runtime/print_internal.h"
#include "runtime/runtime.h"

void rt_putn(const char *p, int64_t n) { gort_write(2, (const uint8_t *)p, n); }
void rt_puts(const char *s) { rt_putn(s, (int64_t)strlen(s)); }

void rt_putuint(uint64_t v) {
    char buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    rt_putn(buf + i, (int64_t)sizeof buf - i);
}

void rt_putint(int64_t v) {
    if (v < 0) {
        rt_putn("-", 1);
        rt_putuint(-(uint64_t)v);
        return;
    }
    rt_putuint((uint64_t)v);
}

void rt_puthex(uint64_t v) {
    char buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    buf[--i] = 'x';
    buf[--i] = '0';
    rt_putn(buf + i, (int64_t)sizeof buf - i);
}

void rt_putfloat(double v, int bitsize) {
    char buf[64];
    int64_t n = gort_formatfloat(buf, sizeof buf, v, 'g', -1, bitsize);
    rt_putn(buf, n < (int64_t)sizeof buf ? n : (int64_t)sizeof buf);
}

void rt_putcomplex(double re, double im, int bitsize) {
    char buf[64];
    rt_putn("(", 1);
    rt_putfloat(re, bitsize);
    int64_t n = gort_formatfloat(buf, sizeof buf, im, 'g', -1, bitsize);
    if (n > (int64_t)sizeof buf) n = sizeof buf;
    if (buf[0] != '-' && buf[0] != '+') rt_putn("+", 1);   /* "+Inf" brings its own sign */
    rt_putn(buf, n);
    rt_putn("i)", 2);
}

void gort_printbool(bool v) { rt_puts(v ? "true" : "false"); }
void gort_printint(int64_t v) { rt_putint(v); }
void gort_printuint(uint64_t v) { rt_putuint(v); }
void gort_printfloat(double v) { rt_putfloat(v, 64); }
void gort_printfloat32(float v) { rt_putfloat(v, 32); }
void gort_printcomplex(double re, double im) { rt_putcomplex(re, im, 64); }
void gort_printcomplex64(float re, float im) { rt_putcomplex(re, im, 32); }
void gort_printstring(const uint8_t *p, int64_t len) { rt_putn((const char *)p, len); }
void gort_printpointer(const void *p) { rt_puthex((uint64_t)(uintptr_t)p); }

void gort_printslice(const void *p, int64_t len, int64_t cap) {
    rt_putn("[", 1);
    rt_putint(len);
    rt_putn("/", 1);
    rt_putint(cap);
    rt_putn("]", 1);
    rt_puthex((uint64_t)(uintptr_t)p);
}

void gort_printiface(const GoType *t, void *data) {
    rt_putn("(", 1);
    rt_puthex((uint64_t)(uintptr_t)t);
    rt_putn(",", 1);
    rt_puthex((uint64_t)(uintptr_t)data);
    rt_putn(")", 1);
}

void gort_printsp(void) { rt_putn(" ", 1); }
void gort_printnl(void) { rt_putn("\n", 1); }
