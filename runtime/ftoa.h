/* ftoa.h — Go's strconv.FormatFloat, shared by print/println, panic messages and fmt. */
#ifndef GOLC_RUNTIME_FTOA_H
#define GOLC_RUNTIME_FTOA_H

#include <stdint.h>

/* Formats v like strconv.FormatFloat(v, fmt, prec, bitsize): fmt one of 'e' 'E' 'f' 'g' 'G'
 * 'b' 'x' 'X'; prec < 0 = the shortest digits that read back as the same float64 (bitsize
 * 64) or float32 (bitsize 32). Writes at most `cap` bytes to buf (no NUL) and returns the full
 * length, like snprintf, so a caller with a short buffer can retry with a bigger one. */
int64_t gort_formatfloat(char *buf, int64_t cap, double v, int64_t fmt, int64_t prec, int64_t bitsize);

#endif
