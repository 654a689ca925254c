/* main.c — the C entry point of every golc program: remember the arguments for os.Args, set up
 * the heap (with the stack base the collector scans up to) and fault handlers, run package
 * initialisation and main.main, exit 0. */
#include <sys/resource.h>

#include "runtime/runtime.h"

extern void *__libc_stack_end;

/* gc's goroutines grow their stacks up to 1 GB; golc's main goroutine runs on the thread's own
 * stack, which Linux grows on demand up to RLIMIT_STACK (read at fault time, so raising the
 * soft limit now still counts). The mappings the kernel placed below the stack at exec bound
 * the growth in practice (at least 128 MiB), far above the usual 8 MiB default. */
static void raise_stack_limit(void) {
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0) return;
    rlim_t want = (rlim_t)1 << 30;
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want) want = rl.rlim_max;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < want) {
        rl.rlim_cur = want;
        setrlimit(RLIMIT_STACK, &rl);
    }
}

int main(int argc, char **argv) {
    raise_stack_limit();
    gort_args_init(argc, argv);
    /* __libc_stack_end lies above main's frame; &argc is a fallback that also does. */
    void *base = __libc_stack_end ? __libc_stack_end : (void *)&argv[argc];
    gort_gc_init(base);
    gort_signals_init();
    golc_program_init(NULL);
    golc_program_main(NULL);
    return 0;
}
