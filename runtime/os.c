/* os.c — the C side of package os: the program's arguments, exit, and raw writes. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "runtime/runtime.h"

static int saved_argc;
static char **saved_argv;

void gort_args_init(int argc, char **argv) {
    saved_argc = argc;
    saved_argv = argv;
}

void os_runtime_args(GoSlice *out) {
    GoString *args = gort_alloc_array(saved_argc, sizeof(GoString), NULL);
    for (int i = 0; i < saved_argc; i++) {
        args[i].ptr = (const uint8_t *)saved_argv[i];   /* argv outlives the program */
        args[i].len = (int64_t)strlen(saved_argv[i]);
    }
    out->ptr = args;
    out->len = out->cap = saved_argc;
}

void os_Exit(int64_t code) { _exit((int)code); }

int64_t gort_write(int64_t fd, const uint8_t *p, int64_t n) {
    int64_t done = 0;
    while (done < n) {
        ssize_t w = write((int)fd, p + done, (size_t)(n - done));
        if (w < 0) {
            if (errno == EINTR) continue;
            return done > 0 ? done : -(int64_t)errno;
        }
        if (w == 0) break;
        done += w;
    }
    return done;
}
