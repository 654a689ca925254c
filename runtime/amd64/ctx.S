/* ctx.S (amd64) — goroutine context switch; see runtime/sched.h.
 * void gort_ctx_switch(void **save_sp /rdi/, void *new_sp /rsi/)
 * Frame left on a suspended stack (lowest address first): r15 r14 r13 r12 rbx rbp, return
 * address. gort_ctx_init (sched.c) builds the same frame for a new goroutine. SysV has no
 * callee-saved vector registers; the FP control words are never changed by golc code. */
    .text
    .globl gort_ctx_switch
    .type gort_ctx_switch, @function
gort_ctx_switch:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size gort_ctx_switch, .-gort_ctx_switch
    .section .note.GNU-stack,"",@progbits
