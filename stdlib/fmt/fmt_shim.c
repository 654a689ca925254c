/* fmt_shim.c — the C side of package fmt's body-less Go functions (stdlib/fmt/fmt.go).
 * Symbols follow runtime.h: Go func F in package fmt is fmt_F with flattened parameters.
 * The engine formats into a C-heap buffer; the result is copied into a Go string here. */
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
