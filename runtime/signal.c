/* signal.c — turning hardware faults into gc's messages. A nil dereference the generated code
 * did not check becomes SIGSEGV at a small address: print gc's nil-pointer panic and exit 2.
 * A fault just below the stack is a stack overflow (gc: "fatal error: stack overflow"). The
 * handler runs on an alternate stack so it works after the stack overflowed. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "runtime/panic_internal.h"
#include "runtime/print_internal.h"
#include "runtime/runtime.h"

extern void *__libc_stack_end;

/* Faults below this address are nil dereferences (plus a field/element offset): nothing is
 * mapped this low in a golc program (a static executable starts at 2 MiB with lld, 4 MiB with
 * GNU ld). */
#define NIL_FAULT_LIMIT ((uintptr_t)1 << 20)

static char alt_stack[64 * 1024];

static const char *signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV: segmentation violation";
    case SIGBUS: return "SIGBUS: bus error";
    case SIGFPE: return "SIGFPE: floating-point exception";
    default: return "signal";
    }
}

static void put_signal_line(int sig, const siginfo_t *info, uintptr_t pc) {
    rt_puts("[signal ");
    rt_puts(signal_name(sig));
    rt_puts(" code=");
    rt_puthex((uint64_t)(unsigned)info->si_code);
    rt_puts(" addr=");
    rt_puthex((uint64_t)(uintptr_t)info->si_addr);
    rt_puts(" pc=");
    rt_puthex(pc);
    rt_puts("]\n");
}

static bool near_stack(uintptr_t addr) {
    uintptr_t base = (uintptr_t)__libc_stack_end;
    struct rlimit rl;
    uintptr_t limit = (uintptr_t)8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) limit = rl.rlim_cur;
    uintptr_t slack = (uintptr_t)1 << 20;
    return addr < base && base - addr <= limit + slack;
}

/* A nil dereference or integer division fault in Go code becomes an ordinary (recoverable)
 * run-time panic: the handler rewrites the interrupted context so that, when it returns,
 * the thread "calls" sigpanic_* from the faulting instruction on its own stack (as gc's
 * sigpanic does). The frame it leaves behind is never returned to, so a red zone's worth
 * below the stack pointer is skipped and the stack is realigned for the call. */
static _Noreturn void sigpanic_nil(void) { gort_panic_nil(); }
static _Noreturn void sigpanic_divide(void) { gort_panic_divide(); }

static bool redirect_to(ucontext_t *uc, void (*fn)(void), uintptr_t pc) {
#if defined(__x86_64__)
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
    sp = (sp - 256) & ~(uintptr_t)15;
    sp -= 8;
    *(uintptr_t *)sp = pc;  /* the "return address" of the injected call */
    uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)fn;
    return true;
#elif defined(__aarch64__)
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.sp;
    sp = (sp - 256) & ~(uintptr_t)15;
    uc->uc_mcontext.sp = sp;
    uc->uc_mcontext.regs[30] = pc;
    uc->uc_mcontext.pc = (uintptr_t)fn;
    return true;
#else
    (void)uc; (void)fn; (void)pc;
    return false;
#endif
}

static void on_fault(int sig, siginfo_t *info, void *uctx) {
    uintptr_t addr = (uintptr_t)info->si_addr;
    uintptr_t pc = 0;
    ucontext_t *uc = uctx;
#if defined(__x86_64__)
    pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
    pc = (uintptr_t)uc->uc_mcontext.pc;
#endif
    (void)uc;
    /* without package runtime's error values (C unit tests) faults stay fatal, with details */
    if (!rt_go_errors_linked()) goto fatal;
    if (sig == SIGFPE && redirect_to(uc, (void (*)(void))sigpanic_divide, pc)) return;
    if (sig != SIGFPE && addr < NIL_FAULT_LIMIT && redirect_to(uc, (void (*)(void))sigpanic_nil, pc)) return;
fatal:
    if (sig == SIGFPE) {
        rt_puts("panic: runtime error: integer divide by zero\n");
        put_signal_line(sig, info, pc);
    } else if (addr < NIL_FAULT_LIMIT) {
        rt_puts("panic: runtime error: invalid memory address or nil pointer dereference\n");
        put_signal_line(sig, info, pc);
    } else if (sig == SIGSEGV && (near_stack(addr) || gort_stack_guard_hit(addr))) {
        rt_puts("runtime: goroutine stack exceeds 1000000000-byte limit\n");
        rt_puts("fatal error: stack overflow\n");
    } else {
        rt_puts("unexpected fault address ");
        rt_puthex(addr);
        rt_puts("\nfatal error: fault\n");
        put_signal_line(sig, info, pc);
    }
    rt_puts("\ngoroutine ");
    rt_putint(gort_goid());
    rt_puts(" [running]:\nmain.main()\n\t(stack trace not available in golc)\n");
    _exit(2);
}

void gort_signals_init(void) {
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = alt_stack;
    ss.ss_size = sizeof alt_stack;
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
}
