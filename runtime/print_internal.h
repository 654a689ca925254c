/* print_internal.h — unbuffered writes to stderr shared by print.c and panic.c. Every piece
 * goes straight to fd 2 (like gc's print), so nothing is lost when the program dies. */
#ifndef GOLC_RUNTIME_PRINT_INTERNAL_H
#define GOLC_RUNTIME_PRINT_INTERNAL_H

#include <stdint.h>

void rt_putn(const char *p, int64_t n);
void rt_puts(const char *s);
void rt_putint(int64_t v);
void rt_putuint(uint64_t v);
void rt_puthex(uint64_t v);                 /* 0x1f */
void rt_putfloat(double v, int bitsize);    /* println's float format */
void rt_putcomplex(double re, double im, int bitsize);

#endif
