/* frontend.h — the frontend's face: load a main package and its imports, check, lower to IR.
 *
 *   Program *prog = frontend_load(&opts);   // parse + type-check every package
 *   IRProgram *ir = frontend_lower(prog);   // whole-program IR (ir.h)
 *
 * Errors go through diag_error (util.h); callers check diag_error_count() after each step. */
#ifndef GOLC_FRONTEND_H
#define GOLC_FRONTEND_H

#include "types.h"
#include "ir.h"

typedef struct FrontendOptions {
    const char **inputs;    /* .go files of package main, or exactly one directory */
    int ninputs;
    const char *stdlib_dir; /* root of golc's stdlib/: import "fmt" → stdlib_dir/fmt/ (its .go files) */
    const char *goarch;     /* "amd64" or "arm64" (runtime.GOARCH, build constraints) */
    bool include_tests;     /* also load *_test.go of the main package (golc test, later) */
    /* golc test: the package under test. An import of test_import_path loads test_dir's
     * files with its in-package _test.go files; an import of test_import_path + "_test"
     * loads the external test package (the _test.go files of package NAME_test). */
    const char *test_dir;
    const char *test_import_path;
} FrontendOptions;

typedef struct Program {
    Vec packages;           /* Package*, dependencies before dependents; main last */
    Package *main;
} Program;

/* Lexing + parsing of one file (used by the loader and by unit tests). Returns an N_FILE. */
Node *parse_file(const char *path, const char *src, size_t len);

Program *frontend_load(FrontendOptions *opts);
void check_package(Package *pkg);   /* type-checks one package; imports already checked */
IRProgram *frontend_lower(Program *prog);

#endif
