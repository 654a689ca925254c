/* breakpoint.c — runtime.Breakpoint (stdlib/runtime/breakpoint.go): a trap instruction. */
void runtime_Breakpoint(void) {
#if defined(__x86_64__)
    __asm__ volatile("int3");
#elif defined(__aarch64__)
    __asm__ volatile("brk #0");
#else
    __builtin_trap();
#endif
}
