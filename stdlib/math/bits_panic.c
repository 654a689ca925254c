/* bits_panic.c — the two run-time panics of package math/bits (stdlib/math/bits/arith.go).
 * It lives here because CMake gathers C shims one level below stdlib/ only. The panic value
 * is a runtime.Error whose text is gc's, as for the built-in integer division. */
#include "runtime/runtime.h"

void math_bits_panicDivide(void) { gort_panic_divide(); }

void math_bits_panicOverflow(void) {
    static const char msg[] = "runtime error: integer overflow";
    gort_panic_msg((const uint8_t *)msg, (int64_t)(sizeof msg - 1));
}
