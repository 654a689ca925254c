/* syscall.c — C side of package syscall: errno texts. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "runtime/runtime.h"

/* func errstr(n int) string — strerror(n), first letter lowered as in Go's errors table
 * ("no such file or directory"); numbers libc does not know print as Go does ("errno 1234"). */
GoString syscall_errstr(int64_t n) {
    char buf[128];
    const char *s = NULL;
    if (n > 0 && n < 4096) s = strerror((int)n);
    if (!s || strncmp(s, "Unknown error", 13) == 0) {
        snprintf(buf, sizeof buf, "errno %lld", (long long)n);
    } else {
        snprintf(buf, sizeof buf, "%s", s);
        buf[0] = (char)tolower((unsigned char)buf[0]);
    }
    int64_t len = (int64_t)strlen(buf);
    uint8_t *p = gort_alloc(len, NULL); /* bytes only */
    memcpy(p, buf, (size_t)len);
    return (GoString){ p, len };
}
