/* ctx_host.c — the context switch for the host build of the runtime used by the unit tests
 * (CMake assembles runtime/<arch>/ctx.S only into the target libraries). Same frame layout as
 * runtime/amd64/ctx.S and runtime/arm64/ctx.S; keep them in step. */
#ifdef GOLC_RUNTIME_UNDER_TEST
#if defined(__x86_64__)
__asm__(".text\n.globl gort_ctx_switch\n.type gort_ctx_switch,@function\n"
        "gort_ctx_switch:\n"
        "pushq %rbp\npushq %rbx\npushq %r12\npushq %r13\npushq %r14\npushq %r15\n"
        "movq %rsp, (%rdi)\nmovq %rsi, %rsp\n"
        "popq %r15\npopq %r14\npopq %r13\npopq %r12\npopq %rbx\npopq %rbp\nret\n"
        ".size gort_ctx_switch, .-gort_ctx_switch\n");
#elif defined(__aarch64__)
__asm__(".text\n.globl gort_ctx_switch\n.type gort_ctx_switch,%function\n"
        "gort_ctx_switch:\n"
        "sub sp, sp, #176\n"
        "stp x19, x20, [sp, #0]\nstp x21, x22, [sp, #16]\nstp x23, x24, [sp, #32]\n"
        "stp x25, x26, [sp, #48]\nstp x27, x28, [sp, #64]\nstp x29, x30, [sp, #80]\n"
        "stp d8, d9, [sp, #96]\nstp d10, d11, [sp, #112]\nstp d12, d13, [sp, #128]\n"
        "stp d14, d15, [sp, #144]\n"
        "mov x2, sp\nstr x2, [x0]\nmov sp, x1\n"
        "ldp x19, x20, [sp, #0]\nldp x21, x22, [sp, #16]\nldp x23, x24, [sp, #32]\n"
        "ldp x25, x26, [sp, #48]\nldp x27, x28, [sp, #64]\nldp x29, x30, [sp, #80]\n"
        "ldp d8, d9, [sp, #96]\nldp d10, d11, [sp, #112]\nldp d12, d13, [sp, #128]\n"
        "ldp d14, d15, [sp, #144]\n"
        "add sp, sp, #176\nret\n"
        ".size gort_ctx_switch, .-gort_ctx_switch\n");
#else
#error "golc's runtime supports amd64 and arm64 hosts only"
#endif
#else
typedef int golc_ctx_host_unused; /* ISO C forbids an empty translation unit */
#endif
