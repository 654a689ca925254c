/* compile.c — see compile.h.
 *
 * The driver owns the presentation the go command gives to compiler output: like
 * `go build`, any compiler messages (errors, or -m diagnostics) come after a
 * "# command-line-arguments" line (`go test`'s "# pkg [pkg.test]" for golc test), and
 * nothing at all is printed when there are none. */
#define _GNU_SOURCE
#include "compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "codegen/codegen.h"
#include "escape/escape.h"
#include "frontend/frontend.h"
#include "frontend/util.h"
#include "paths.h"

/* "# command-line-arguments", or BuildFlags.header (golc test: "# pkg [pkg.test]") */
static const char *package_header = "# command-line-arguments\n";

static void step(const BuildFlags *f, const char *what) {
    if (f->verbose) fprintf(stderr, "golc: %s\n", what);
}

/* -d=phases: wall time of each phase, printed as "phase NAME SECONDS" when it ends (a
 * script-friendly form: tools/alloc-compare --phases reads it), then "phase total". */
static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double phase_start, compile_start;

static void phase_end(const BuildFlags *f, const char *name) {
    double t = now_seconds();
    if (f->phases) fprintf(stderr, "phase %s %.6f\n", name, t - phase_start);
    phase_start = t;
}

/* Prints collected errors under the package header. True if there were any. */
static bool report_errors(void) {
    if (diag_error_count() == 0) return false;
    fflush(stdout);
    fputs(package_header, stderr);
    diag_flush();
    return true;
}

/* Runs escape analysis with its stderr diverted to a temporary file, so that the package
 * header is printed only when the analysis actually said something (as gc's driver does). */
static void run_escape(IRProgram *ir, const BuildFlags *f) {
    EscapeOptions eo = {.m_level = f->m_level, .no_inline = f->no_inline};
    if (f->m_level == 0) {
        escape_run(ir, &eo);
        return;
    }
    fflush(stderr);
    FILE *tmp = tmpfile();
    int saved = tmp ? dup(2) : -1;
    if (!tmp || saved < 0) {                  /* cannot divert: print the header up front */
        fputs(package_header, stderr);
        escape_run(ir, &eo);
        return;
    }
    dup2(fileno(tmp), 2);
    escape_run(ir, &eo);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    fseek(tmp, 0, SEEK_END);   /* the diverted fd 2 shares tmp's file offset */
    long size = ftell(tmp);
    if (size > 0) {
        fputs(package_header, stderr);
        rewind(tmp);
        char buf[8192];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, tmp)) > 0) fwrite(buf, 1, n, stderr);
        fflush(stderr);
    }
    fclose(tmp);
}

static int write_ir(IRProgram *ir, const char *output) {
    StrBuf sb = {0};
    ir_print(ir, &sb);
    bool to_stdout = !output || strcmp(output, "-") == 0;
    FILE *out = to_stdout ? stdout : fopen(output, "w");
    if (!out) {
        perror(output);
        return 1;
    }
    if (sb.len) fwrite(sb.data, 1, sb.len, out);
    if (!to_stdout) fclose(out);
    else fflush(stdout);
    return 0;
}

static int compile_phases(const BuildFlags *f, const char *output);

int compile_program(const BuildFlags *f, const char *output) {
    compile_start = phase_start = now_seconds();
    if (f->header) package_header = f->header;
    int rc = compile_phases(f, output);
    if (f->phases && rc == 0) fprintf(stderr, "phase total %.6f\n", now_seconds() - compile_start);
    return rc;
}

static int compile_phases(const BuildFlags *f, const char *output) {
    paths_check_inputs(f->inputs, f->ninputs);
    if (f->all_errors) diag_limit = 0;   /* util.h: 0 means no limit */

    char *stdlib_dir = paths_stdlib_dir();
    FrontendOptions fo = {
        .inputs = f->inputs,
        .ninputs = f->ninputs,
        .stdlib_dir = stdlib_dir,
        .goarch = f->goarch,
        .include_tests = false,
        .test_dir = f->test_dir,
        .test_import_path = f->test_import_path,
    };
    step(f, "load and type-check");
    Program *prog = frontend_load(&fo);
    if (report_errors() || !prog) return 1;
    phase_end(f, "load+check");

    step(f, "lower to IR");
    IRProgram *ir = frontend_lower(prog);
    if (report_errors() || !ir) return 1;
    phase_end(f, "lower");

    step(f, "escape analysis");
    run_escape(ir, f);
    if (report_errors()) return 1;
    phase_end(f, "escape+inline");

    if (f->emit == DEMIT_IR) return write_ir(ir, output);

    CodegenOptions co = {
        .goarch = f->goarch,
        .opt_level = f->opt_level,
        .output = output,
        .runtime_lib = NULL,
        .sanitize_address = f->sanitize_address,
    };
    switch (f->emit) {
    case DEMIT_OBJ: co.emit = EMIT_OBJ; break;
    case DEMIT_ASM: co.emit = EMIT_ASM; break;
    case DEMIT_LLVM: co.emit = EMIT_LLVM; break;
    default: co.emit = EMIT_EXE; break;
    }
    if (co.emit == EMIT_EXE) {
        char *lib = paths_runtime_lib(f->goarch);
        struct stat st;
        if (stat(lib, &st) != 0) {
            fprintf(stderr, "golc: runtime library for %s not found: %s (build the golcrt_%s target)\n",
                    f->goarch, lib, f->goarch);
            return 1;
        }
        co.runtime_lib = lib;
    }
    step(f, "generate code");
    int rc = codegen_emit(ir, &co) == 0 ? 0 : 1;
    phase_end(f, "codegen+link");
    return rc;
}
