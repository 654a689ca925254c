/* ctx.S (arm64) — goroutine context switch; see runtime/sched.h.
 * void gort_ctx_switch(void **save_sp /x0/, void *new_sp /x1/)
 * Frame left on a suspended stack (176 bytes, from sp): x19..x28, x29, x30 (the resume
 * address), d8..d15 (AAPCS64 callee-saved). gort_ctx_init (sched.c) builds the same frame
 * for a new goroutine. */
    .text
    .globl gort_ctx_switch
    .type gort_ctx_switch, %function
gort_ctx_switch:
    sub sp, sp, #176
    stp x19, x20, [sp, #0]
    stp x21, x22, [sp, #16]
    stp x23, x24, [sp, #32]
    stp x25, x26, [sp, #48]
    stp x27, x28, [sp, #64]
    stp x29, x30, [sp, #80]
    stp d8, d9, [sp, #96]
    stp d10, d11, [sp, #112]
    stp d12, d13, [sp, #128]
    stp d14, d15, [sp, #144]
    mov x2, sp
    str x2, [x0]
    mov sp, x1
    ldp x19, x20, [sp, #0]
    ldp x21, x22, [sp, #16]
    ldp x23, x24, [sp, #32]
    ldp x25, x26, [sp, #48]
    ldp x27, x28, [sp, #64]
    ldp x29, x30, [sp, #80]
    ldp d8, d9, [sp, #96]
    ldp d10, d11, [sp, #112]
    ldp d12, d13, [sp, #128]
    ldp d14, d15, [sp, #144]
    add sp, sp, #176
    ret
    .size gort_ctx_switch, .-gort_ctx_switch
    .section .note.GNU-stack,"",%progbits
