/* panic_internal.h — what runtime/defer.c needs from runtime/panic.c: printing a panic value
 * the way gc's printpanicval does, and the fatal exit after the panics were printed. */
#ifndef GOLC_RUNTIME_PANIC_INTERNAL_H
#define GOLC_RUNTIME_PANIC_INTERNAL_H

#include "runtime/runtime.h"

/* The value only: "boom", "main.T(42)", Error()/String() of such values, "(T) 0xADDR". */
void rt_print_panic_value(const GoType *type, void *data);
/* Whether package runtime's error constructors are linked (run-time errors recoverable). */
bool rt_go_errors_linked(void);
/* "\ngoroutine 1 [running]:..." and exit status 2. */
_Noreturn void rt_panic_exit(void);

#endif
