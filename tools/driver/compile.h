/* compile.h — the compilation pipeline the driver runs:
 *   frontend_load → frontend_lower → escape_run → (ir_print | codegen_emit). */
#ifndef GOLC_DRIVER_COMPILE_H
#define GOLC_DRIVER_COMPILE_H

#include "cli.h"

/* Compiles the inputs of `f` to `output` (NULL = stdout, for -emit=ir only).
 * Returns the process exit status: 0, or 1 after printing errors. */
int compile_program(const BuildFlags *f, const char *output);

#endif
