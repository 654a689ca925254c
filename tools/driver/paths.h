/* paths.h — where golc finds things (stdlib, runtime library) and what it names its output.
 * Also the checks on the inputs named on the command line, with go's messages. */
#ifndef GOLC_DRIVER_PATHS_H
#define GOLC_DRIVER_PATHS_H

#include "cli.h"

const char *paths_host_arch(void);                 /* "amd64" | "arm64" */
const char *paths_host_os_arch(void);              /* e.g. "linux/amd64" */
char *paths_stdlib_dir(void);                      /* $GOLC_ROOT/stdlib or <source tree>/stdlib */
char *paths_runtime_lib(const char *goarch);       /* <dir of golc>/lib/<arch>/libgolcrt.a */

/* Checks that the inputs are existing .go files or exactly one directory holding Go files.
 * Prints go's message and exits 1 otherwise. */
void paths_check_inputs(const char **inputs, int ninputs);

/* The default output path for `build` without -o: the first file's base name without .go,
 * or the directory's name, plus a suffix for -emit=obj/asm/llvm. NULL means stdout (-emit=ir). */
char *paths_default_output(const char **inputs, int ninputs, DriverEmit emit);

#endif
