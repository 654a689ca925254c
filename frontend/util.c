/* util.c — memory, growable arrays, string buffers, the source-file table and diagnostics.
 *
 * Diagnostics imitate gc's reporting rules so that golc's error output can be compared with
 * gc's line by line:
 *   - at most one "syntax error" per source line (the first one reported wins), because a
 *     parser that is recovering tends to produce follow-on noise on the same line;
 *   - an identical non-syntax message on the same line as the previous one is dropped;
 *   - on flush, the first `diag_limit` reported errors are sorted by (file, line, col),
 *     exact duplicates are removed, and if more errors were reported than the limit, a final
 *     "file:line:col: too many errors" names the position of the last error that fit.
 * Unlike gc we do not exit at the limit: the caller decides when to stop (diag_error_count),
 * which keeps the diagnostics usable inside unit tests. */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- memory ------------------------------------------------------------------------------ */

static void out_of_memory(void) {
    fputs("golc: out of memory\n", stderr);
    exit(1);
}

void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) out_of_memory();
    return p;
}

void *xcalloc(size_t count, size_t size) {
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) out_of_memory();
    return p;
}

void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p) out_of_memory();
    return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xstrndup(const char *s, size_t n) {
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static char *xvsprintf(const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) n = 0;
    char *p = xmalloc((size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *xsprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *p = xvsprintf(fmt, ap);
    va_end(ap);
    return p;
}

/* ---- Vec ------------------------------------------------------------------------------- */

void vec_push(Vec *v, void *item) {
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 4;
        v->data = xrealloc(v->data, sizeof(void *) * (size_t)v->cap);
    }
    v->data[v->len++] = item;
}

void *vec_pop(Vec *v) { return v->len > 0 ? v->data[--v->len] : NULL; }

/* ---- StrBuf ---------------------------------------------------------------------------- */

static void sb_reserve(StrBuf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < b->len + extra + 1) cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
}

void sb_putn(StrBuf *b, const char *s, size_t n) {
    sb_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void sb_putc(StrBuf *b, char c) { sb_putn(b, &c, 1); }
void sb_puts(StrBuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = xvsprintf(fmt, ap);
    va_end(ap);
    sb_puts(b, s);
    free(s);
}

/* ---- source files ---------------------------------------------------------------------- */

static Vec source_files; /* const char* paths; index i holds file i+1 */

int src_add_file(const char *path) {
    vec_push(&source_files, xstrdup(path));
    return source_files.len;
}

const char *src_file_name(int file) {
    if (file < 1 || file > source_files.len) return "<unknown>";
    return VEC_AT(source_files, file - 1);
}

/* ---- diagnostics ----------------------------------------------------------------------- */

typedef struct Diag {
    Pos pos;
    char *msg;
    int seq; /* report order: keeps the sort stable */
} Diag;

int diag_limit = 10;
static Vec diags;           /* Diag*, in report order, not yet flushed */
static int total_errors;    /* every error counted since start (flushes do not reset it) */
static int syntax_errors;
static Pos last_syntax_pos; /* for "one syntax error per line" */
static Pos last_other_pos;
static char *last_other_msg;

static bool same_line(Pos a, Pos b) { return a.file != 0 && a.file == b.file && a.line == b.line; }

void diag_error(Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvsprintf(fmt, ap);
    va_end(ap);

    if (strncmp(msg, "syntax error", 12) == 0) {
        if (same_line(last_syntax_pos, pos)) { free(msg); return; }
        last_syntax_pos = pos;
        syntax_errors++;
    } else {
        if (same_line(last_other_pos, pos) && last_other_msg && strcmp(last_other_msg, msg) == 0) {
            free(msg);
            return;
        }
        last_other_pos = pos;
        free(last_other_msg);
        last_other_msg = xstrdup(msg);
    }
    Diag *d = xmalloc(sizeof *d);
    d->pos = pos;
    d->msg = msg;
    d->seq = total_errors;
    vec_push(&diags, d);
    total_errors++;
}

void diag_unsupported(Pos pos, const char *what) { diag_error(pos, "%s is not supported by golc", what); }

int diag_error_count(void) { return total_errors; }
int diag_syntax_error_count(void) { return syntax_errors; }

static int pos_compare(Pos a, Pos b) {
    if (a.file != b.file) {
        int c = strcmp(src_file_name(a.file), src_file_name(b.file));
        if (c) return c;
        return a.file < b.file ? -1 : 1;
    }
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

static int diag_compare(const void *pa, const void *pb) {
    const Diag *a = *(Diag *const *)pa, *b = *(Diag *const *)pb;
    int c = pos_compare(a->pos, b->pos);
    if (c) return c;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static void print_pos(StrBuf *b, Pos pos) {
    if (pos.file == 0) return; /* no position: message only, like gc's "<unknown line number>"-less errors */
    /* gc packs columns into 8 bits: from 255 on a column is "unknown" and not printed */
    if (pos.col >= 255 || pos.col <= 0) sb_printf(b, "%s:%d: ", src_file_name(pos.file), pos.line);
    else sb_printf(b, "%s:%d:%d: ", src_file_name(pos.file), pos.line, pos.col);
}

char *diag_render(void) {
    StrBuf b = {0};
    sb_puts(&b, "");
    int n = diags.len;
    bool too_many = diag_limit > 0 && n > diag_limit;
    if (too_many) n = diag_limit;
    Diag **sorted = xmalloc(sizeof(Diag *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) sorted[i] = VEC_AT(diags, i);
    qsort(sorted, (size_t)n, sizeof(Diag *), diag_compare);
    StrBuf prev = {0};
    sb_puts(&prev, "");
    for (int i = 0; i < n; i++) {
        StrBuf line = {0};
        print_pos(&line, sorted[i]->pos);
        sb_printf(&line, "%s\n", sorted[i]->msg);
        if (strcmp(line.data, prev.data) != 0) sb_puts(&b, line.data); /* drop exact duplicates */
        free(prev.data);
        prev = line;
    }
    free(prev.data);
    if (too_many) {
        print_pos(&b, ((Diag *)VEC_AT(diags, n - 1))->pos);
        sb_puts(&b, "too many errors\n");
    }
    free(sorted);
    return b.data;
}

void diag_flush(void) {
    char *text = diag_render();
    fputs(text, stderr);
    fflush(stderr);
    free(text);
    for (int i = 0; i < diags.len; i++) {
        Diag *d = VEC_AT(diags, i);
        free(d->msg);
        free(d);
    }
    diags.len = 0;
}

void diag_reset(void) {
    for (int i = 0; i < diags.len; i++) {
        Diag *d = VEC_AT(diags, i);
        free(d->msg);
        free(d);
    }
    diags.len = 0;
    total_errors = 0;
    syntax_errors = 0;
    last_syntax_pos = (Pos){0};
    last_other_pos = (Pos){0};
    free(last_other_msg);
    last_other_msg = NULL;
}

void diag_fatal(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvsprintf(fmt, ap);
    va_end(ap);
    diag_flush();
    fprintf(stderr, "golc: %s\n", msg);
    exit(1);
}
