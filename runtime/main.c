/* main.c — the C entry point of every golc program: remember the arguments for os.Args, set up
 * the heap (with the stack base the collector scans up to) and fault handlers, run package
 * initialisation and main.main, exit 0. */
#include "runtime/runtime.h"

extern void *__libc_stack_end;

int main(int argc, char **argv) {
    gort_args_init(argc, argv);
    /* __libc_stack_end lies above main's frame; &argc is a fallback that also does. */
    void *base = __libc_stack_end ? __libc_stack_end : (void *)&argv[argc];
    gort_gc_init(base);
    gort_signals_init();
    golc_program_init(NULL);
    golc_program_main(NULL);
    return 0;
}
