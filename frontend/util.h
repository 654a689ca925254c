/* util.h — memory, growable arrays, strings and diagnostics shared by every stage.
 *
 * The compiler is a short-lived process: allocations come from xmalloc/xcalloc and are
 * released when it exits (an arena per compilation in effect). Nothing here knows about Go. */
#ifndef GOLC_UTIL_H
#define GOLC_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xsprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Vec: a growable array of pointers. Zero-initialised Vec is empty and valid. */
typedef struct Vec {
    void **data;
    int len, cap;
} Vec;
void vec_push(Vec *v, void *item);
void *vec_pop(Vec *v);
#define VEC_AT(v, i) ((v).data[(i)])

/* StrBuf: a growable byte buffer, always NUL-terminated. */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;
void sb_putc(StrBuf *b, char c);
void sb_puts(StrBuf *b, const char *s);
void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Source positions. `file` indexes the table of source files registered with src_add_file. */
typedef struct Pos {
    int file; /* 0 = no position */
    int line; /* 1-based */
    int col;  /* 1-based, in bytes as gc counts them */
} Pos;

int src_add_file(const char *path);     /* returns the file index (>= 1) */
const char *src_file_name(int file);    /* the path as given on the command line / found on disk */

/* Diagnostics. Errors are collected and printed as `file:line:col: message`, sorted by
 * position per file like gc, at most `diag_limit` of them (gc stops after 10 with
 * "too many errors"). */
void diag_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_unsupported(Pos pos, const char *what); /* "<what> is not supported by golc" */
int diag_error_count(void);
void diag_flush(void); /* prints collected errors to stderr (sorted, deduplicated) */
void diag_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn)); /* no position; exit 1 */
extern int diag_limit; /* <= 0: no limit */
/* Added by the parser part (additive): */
int diag_syntax_error_count(void); /* errors whose message starts with "syntax error" (gc stops
                                      after parsing when there are any; lexical errors alone do not stop it) */
char *diag_render(void);           /* the text diag_flush would print now (caller frees); for tests */
void diag_reset(void);             /* forget all collected errors and counts; for tests */

#endif
