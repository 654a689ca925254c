/* fmt_shim.c — the C side of package fmt's body-less Go functions (stdlib/fmt/fmt.go).
 * Symbols follow runtime.h: Go func F in package fmt is fmt_F with flattened parameters.
 * The engine formats into a C-heap buffer; the result is copied into a Go string here,
 * appended to a Go byte slice (append*), or written straight to a file descriptor by the
 * print*Fd functions (no Go allocation). */
#include <string.h>

#include "stdlib/fmt/format.h"

static GoString to_go_string(FmtBuf *b) {
    GoString s = { NULL, b->len };
    if (b->len > 0) {
        uint8_t *p = gort_alloc(b->len, NULL); /* bytes only: no pointers for the collector */
        memcpy(p, b->data, (size_t)b->len);
        s.ptr = p;
    }
    fmtbuf_free(b);
    return s;
}

/* func Sprintf(format string, a ...any) string */
GoString fmt_Sprintf(const uint8_t *fp, int64_t flen, void *ap, int64_t alen, int64_t acap) {
    FmtBuf b = {0};
    fmt_engine_sprintf(&b, fp, flen, (const GoIface *)ap, alen, false);
    return to_go_string(&b);
}

/* func errorfText(format string, a []any) string — Sprintf that accepts %w (as %v) */
GoString fmt_errorfText(const uint8_t *fp, int64_t flen, void *ap, int64_t alen, int64_t acap) {
    FmtBuf b = {0};
    fmt_engine_sprintf(&b, fp, flen, (const GoIface *)ap, alen, true);
    return to_go_string(&b);
}

/* func Sprint(a ...any) string */
GoString fmt_Sprint(void *ap, int64_t alen, int64_t acap) {
    FmtBuf b = {0};
    fmt_engine_sprint(&b, (const GoIface *)ap, alen);
    return to_go_string(&b);
}

/* func Sprintln(a ...any) string */
GoString fmt_Sprintln(void *ap, int64_t alen, int64_t acap) {
    FmtBuf b = {0};
    fmt_engine_sprintln(&b, (const GoIface *)ap, alen);
    return to_go_string(&b);
}

/* func writeFd(fd int, s string) int — all of s through the runtime's write loop; returns
 * the number of bytes written (0 on an error before any byte). */
int64_t fmt_writeFd(int64_t fd, const uint8_t *p, int64_t n) {
    int64_t done = gort_write(fd, p, n);
    return done < 0 ? 0 : done;
}

/* Writes the formatted buffer to fd and frees it; returns the bytes written (0 on an error
 * before any byte), as writeFd does. */
static int64_t write_buf(int64_t fd, FmtBuf *b) {
    int64_t done = b->len > 0 ? gort_write(fd, b->data, b->len) : 0;
    fmtbuf_free(b);
    return done < 0 ? 0 : done;
}

/* func printfFd(fd int, format string, a []any) int */
int64_t fmt_printfFd(int64_t fd, const uint8_t *fp, int64_t flen, void *ap, int64_t alen, int64_t acap) {
    FmtBuf b = {0};
    fmt_engine_sprintf(&b, fp, flen, (const GoIface *)ap, alen, false);
    return write_buf(fd, &b);
}

/* func printFd(fd int, a []any) int */
int64_t fmt_printFd(int64_t fd, void *ap, int64_t alen, int64_t acap) {
    FmtBuf b = {0};
    fmt_engine_sprint(&b, (const GoIface *)ap, alen);
    return write_buf(fd, &b);
}

/* func printlnFd(fd int, a []any) int */
int64_t fmt_printlnFd(int64_t fd, void *ap, int64_t alen, int64_t acap) {
    FmtBuf b = {0};
    fmt_engine_sprintln(&b, (const GoIface *)ap, alen);
    return write_buf(fd, &b);
}

/* A []byte's element type for gort_growslice: pointer-free, so the new array is not scanned
 * and its capacity is rounded the way gc rounds a []byte append. */
static const GoType byte_elem = { .size = 1, .align = 1, .kind = GOKIND_UINT8 };

/* Appends the formatted buffer to dst (growing it exactly as append would) and frees it. */
static void append_buf(GoSlice *out, uint8_t *dp, int64_t dlen, int64_t dcap, FmtBuf *b) {
    int64_t n = dlen + b->len;
    if (n > dcap) {
        gort_growslice(out, dp, dlen, dcap, n, 1, &byte_elem);
    } else {
        out->ptr = dp;
        out->len = n;
        out->cap = dcap;
    }
    if (b->len > 0) memcpy((uint8_t *)out->ptr + dlen, b->data, (size_t)b->len);
    fmtbuf_free(b);
}

/* func appendf(dst []byte, format string, a []any) []byte */
void fmt_appendf(GoSlice *out, uint8_t *dp, int64_t dlen, int64_t dcap, const uint8_t *fp, int64_t flen,
                 void *ap, int64_t alen, int64_t acap) {
    FmtBuf b = {0};
    fmt_engine_sprintf(&b, fp, flen, (const GoIface *)ap, alen, false);
    append_buf(out, dp, dlen, dcap, &b);
}

/* func appendPrint(dst []byte, a []any) []byte */
void fmt_appendPrint(GoSlice *out, uint8_t *dp, int64_t dlen, int64_t dcap, void *ap, int64_t alen,
                     int64_t acap) {
    FmtBuf b = {0};
    fmt_engine_sprint(&b, (const GoIface *)ap, alen);
    append_buf(out, dp, dlen, dcap, &b);
}

/* func appendPrintln(dst []byte, a []any) []byte */
void fmt_appendPrintln(GoSlice *out, uint8_t *dp, int64_t dlen, int64_t dcap, void *ap, int64_t alen,
                       int64_t acap) {
    FmtBuf b = {0};
    fmt_engine_sprintln(&b, (const GoIface *)ap, alen);
    append_buf(out, dp, dlen, dcap, &b);
}
