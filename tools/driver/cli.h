/* cli.h — the command line of `golc build` / `golc run`, parsed the way Go's flag package
 * parses the go command's: -flag, --flag, -flag=value, -flag value; "--" or the first
 * non-flag argument ends the flags. Errors print go-style usage and exit 2. */
#ifndef GOLC_DRIVER_CLI_H
#define GOLC_DRIVER_CLI_H

#include <stdbool.h>

typedef enum DriverEmit { DEMIT_EXE, DEMIT_OBJ, DEMIT_ASM, DEMIT_LLVM, DEMIT_IR } DriverEmit;

typedef struct BuildFlags {
    const char *output;     /* -o; NULL = default name (see paths.h) */
    int opt_level;          /* -O n, 0..3; default 2 */
    const char *goarch;     /* -target, else $GOARCH, else the host */
    DriverEmit emit;        /* -emit */
    int m_level;            /* -m (repeatable), -m=N, or inside -gcflags */
    bool no_inline;         /* -l, or inside -gcflags */
    bool verbose;           /* -x: print the pipeline's steps (debug aid) */
    bool all_errors;        /* -e: no limit on the number of errors (gc's -e) */
    bool phases;            /* -d=phases: each compile phase's wall time on stderr */
    bool sanitize_address;  /* -sanitize=address: AddressSanitizer build (amd64) */
    const char **inputs;    /* .go files, or one directory */
    int ninputs;
    const char *test_dir;   /* golc test: the package under test (frontend.h) */
    const char *test_import_path;
    const char *header;     /* the line before compiler messages; NULL: "# command-line-arguments" */
    char **prog_args;       /* golc run: arguments passed to the program */
    int nprog_args;
} BuildFlags;

/* Parses argv[0..argc) (the words after "build"/"run"). `is_run` makes the first non-.go
 * argument after the files start the program's arguments, as `go run` does. */
void cli_parse_build(int argc, char **argv, bool is_run, BuildFlags *out);

/* Usage texts, shared with `golc help`. */
void cli_print_usage(void);                     /* `golc` alone / unknown command */
bool cli_print_help(const char *topic);         /* false if there is no such topic */
void cli_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3), noreturn)); /* message + short usage, exit 2 */

#define GOLC_VERSION "0.1"

#endif
