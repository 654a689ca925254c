/* cli.c — flag parsing and usage texts of the golc command (see cli.h).
 *
 * The go command's conventions are kept on purpose so that muscle memory and scripts carry
 * over: a flag may be written -f or --f, a value as -f=v or -f v, and errors look like the
 * flag package's ("flag provided but not defined: -x", exit status 2). */
#define _GNU_SOURCE
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "paths.h"
#include "test.h"

static const char *BUILD_USAGE = "usage: golc build [-o output] [build flags] [files.go... | dir]\n";
static const char *RUN_USAGE = "usage: golc run [build flags] [files.go... | dir] [arguments...]\n";

static const char *usage_line(const char *cmd) {
    return strcmp(cmd, "run") == 0 ? RUN_USAGE : BUILD_USAGE;
}

void cli_usage_error(const char *cmd, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fputs(usage_line(cmd), stderr);
    fprintf(stderr, "Run 'golc help %s' for details.\n", cmd);
    exit(2);
}

void cli_print_usage(void) {
    fputs("golc is an ahead-of-time compiler for Go programs, built on LLVM.\n"
          "\n"
          "Usage:\n"
          "\n"
          "\tgolc <command> [arguments]\n"
          "\n"
          "The commands are:\n"
          "\n"
          "\tbuild       compile a Go program\n"
          "\trun         compile and run a Go program\n"
          "\ttest        test a package (go test)\n"
          "\tversion     print golc version\n"
          "\thelp        print help about a command\n"
          "\n"
          "Use \"golc help <command>\" for more information about a command.\n",
          stderr);
}

static const char *BUILD_FLAGS_HELP =
    "The build flags are:\n"
    "\n"
    "\t-o file\n"
    "\t\twrite the result to file (default: the first file's name without .go,\n"
    "\t\tor the directory's name; -emit=ir writes to standard output).\n"
    "\t-O n\n"
    "\t\toptimisation level 0..3 (default 2).\n"
    "\t-target amd64|arm64\n"
    "\t\tthe target architecture (default: $GOARCH, else the host's).\n"
    "\t-emit exe|obj|asm|llvm|ir\n"
    "\t\twhat to produce: an executable (default), an object file, assembly,\n"
    "\t\tLLVM IR, or golc's own IR after escape analysis.\n"
    "\t-m, -m=2\n"
    "\t\tprint escape analysis and inlining decisions, in gc's words.\n"
    "\t-l\n"
    "\t\tdisable inlining.\n"
    "\t-gcflags 'flags'\n"
    "\t\tgc-style compiler flags; -m, -m=N and -l are understood.\n"
    "\t-e\n"
    "\t\treport all errors, not just the first 10.\n"
    "\t-x\n"
    "\t\tprint the steps of the compilation.\n"
    "\t-d=phases\n"
    "\t\tprint each compile phase's wall time to stderr (\"phase NAME SECONDS\"):\n"
    "\t\tload+check, lower, escape+inline, codegen+link, total.\n"
    "\t-sanitize=address\n"
    "\t\tinstrument with AddressSanitizer (stack-use-after-return and\n"
    "\t\tuse-after-scope detection on) to check escape analysis; amd64 only.\n"
    "\n"
    "Environment: GOARCH (default target), GOLC_ROOT (stdlib at $GOLC_ROOT/stdlib).\n";

bool cli_print_help(const char *topic) {
    if (strcmp(topic, "build") == 0) {
        fputs(BUILD_USAGE, stdout);
        fputs("\nBuild compiles the named Go files (all of package main) or the Go files of\n"
              "the named directory, with the golc standard library, into an executable.\n\n",
              stdout);
        fputs(BUILD_FLAGS_HELP, stdout);
        return true;
    }
    if (strcmp(topic, "run") == 0) {
        fputs(RUN_USAGE, stdout);
        fputs("\nRun compiles the named Go program to a temporary executable, runs it with\n"
              "the given arguments, removes it, and exits with the program's exit status.\n"
              "With -target arm64 on another host the program runs under qemu-aarch64.\n"
              "It takes the same build flags as build, except -o and -emit.\n\n",
              stdout);
        fputs(BUILD_FLAGS_HELP, stdout);
        return true;
    }
    if (strcmp(topic, "test") == 0) {
        test_print_help();
        return true;
    }
    if (strcmp(topic, "version") == 0) {
        fputs("usage: golc version\n\nVersion prints the golc version, the Go language version it\n"
              "implements, its LLVM version and the host's os/arch.\n",
              stdout);
        return true;
    }
    if (strcmp(topic, "help") == 0) {
        fputs("usage: golc help [command]\n", stdout);
        return true;
    }
    return false;
}

/* ---- flag parsing ------------------------------------------------------------------------ */

static bool parse_int(const char *s, int *out) {
    if (!*s) return false;
    char *end;
    long v = strtol(s, &end, 0);
    if (*end) return false;
    *out = (int)v;
    return true;
}

/* The flags of gc that golc understands inside -gcflags. An optional package pattern
 * ("all=-m") is accepted: golc compiles the whole program as one, so it applies to all. */
static void parse_gcflags(const char *cmd, const char *value, BuildFlags *f) {
    const char *eq = strchr(value, '=');
    const char *dash = strchr(value, '-');
    if (eq && (!dash || eq < dash)) value = eq + 1;
    char *copy = strdup(value);
    for (char *tok = strtok(copy, " \t"); tok; tok = strtok(NULL, " \t")) {
        int level;
        if (strcmp(tok, "-m") == 0) f->m_level++;
        else if (strncmp(tok, "-m=", 3) == 0 && parse_int(tok + 3, &level)) f->m_level = level;
        else if (strcmp(tok, "-l") == 0) f->no_inline = true;
        else if (strcmp(tok, "-N") == 0) f->opt_level = 0;
        else if (strcmp(tok, "-e") == 0) f->all_errors = true;
        else if (strcmp(tok, "-d=phases") == 0) f->phases = true;
        else cli_usage_error(cmd, "invalid value \"%s\" for flag -gcflags: golc understands -m, -m=N, -l, -N, -e, -d=phases", value);
    }
    free(copy);
}

static bool has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static DriverEmit parse_emit(const char *cmd, const char *v) {
    static const struct { const char *name; DriverEmit kind; } kinds[] = {
        {"exe", DEMIT_EXE}, {"obj", DEMIT_OBJ}, {"asm", DEMIT_ASM}, {"llvm", DEMIT_LLVM}, {"ir", DEMIT_IR},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(v, kinds[i].name) == 0) return kinds[i].kind;
    cli_usage_error(cmd, "invalid value \"%s\" for flag -emit: want exe, obj, asm, llvm or ir", v);
}

void cli_parse_build(int argc, char **argv, bool is_run, BuildFlags *f) {
    const char *cmd = is_run ? "run" : "build";
    memset(f, 0, sizeof *f);
    f->opt_level = 2;
    f->emit = DEMIT_EXE;
    const char *env_arch = getenv("GOARCH");
    f->goarch = env_arch && *env_arch ? env_arch : paths_host_arch();

    int i = 0;
    while (i < argc) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0') break;      /* "-" alone is an argument, as in flag */
        i++;
        if (strcmp(a, "--") == 0) break;
        const char *name = a + 1;
        if (*name == '-') name++;
        /* Split "name=value"; `value` stays NULL when no '=' was given. */
        char namebuf[64];
        const char *value = NULL;
        const char *eq = strchr(name, '=');
        size_t nlen = eq ? (size_t)(eq - name) : strlen(name);
        if (nlen >= sizeof namebuf) nlen = sizeof namebuf - 1;
        memcpy(namebuf, name, nlen);
        namebuf[nlen] = '\0';
        if (eq) value = eq + 1;

        /* Boolean-like flags first: they never consume the next word. */
        if (strcmp(namebuf, "m") == 0) {
            int level;
            if (!value) f->m_level++;
            else if (parse_int(value, &level)) f->m_level = level;
            else if (strcmp(value, "true") == 0) f->m_level = 1;
            else if (strcmp(value, "false") == 0) f->m_level = 0;
            else cli_usage_error(cmd, "invalid value \"%s\" for flag -m: parse error", value);
            continue;
        }
        if (strcmp(namebuf, "l") == 0 || strcmp(namebuf, "x") == 0 || strcmp(namebuf, "e") == 0) {
            bool on = !value || strcmp(value, "true") == 0 || strcmp(value, "1") == 0;
            if (value && !on && strcmp(value, "false") != 0 && strcmp(value, "0") != 0)
                cli_usage_error(cmd, "invalid boolean value \"%s\" for -%s: parse error", value, namebuf);
            if (namebuf[0] == 'l') f->no_inline = on;
            else if (namebuf[0] == 'e') f->all_errors = on;
            else f->verbose = on;
            continue;
        }
        if (namebuf[0] == 'O' && namebuf[1] >= '0' && namebuf[1] <= '3' && !namebuf[2] && !value) {
            f->opt_level = namebuf[1] - '0';    /* -O2, as C compilers spell it */
            continue;
        }
        if (strcmp(namebuf, "h") == 0 || strcmp(namebuf, "help") == 0) {
            cli_print_help(cmd);
            exit(0);
        }

        bool takes_value = strcmp(namebuf, "O") == 0 || strcmp(namebuf, "target") == 0 ||
                           strcmp(namebuf, "emit") == 0 || strcmp(namebuf, "gcflags") == 0 ||
                           strcmp(namebuf, "d") == 0 || strcmp(namebuf, "sanitize") == 0 ||
                           (!is_run && strcmp(namebuf, "o") == 0);
        if (!takes_value) cli_usage_error(cmd, "flag provided but not defined: -%s", namebuf);
        if (!value) {
            if (i >= argc) cli_usage_error(cmd, "flag needs an argument: -%s", namebuf);
            value = argv[i++];
        }
        if (strcmp(namebuf, "o") == 0) {
            f->output = value;
        } else if (strcmp(namebuf, "O") == 0) {
            if (!parse_int(value, &f->opt_level) || f->opt_level < 0 || f->opt_level > 3)
                cli_usage_error(cmd, "invalid value \"%s\" for flag -O: want 0, 1, 2 or 3", value);
        } else if (strcmp(namebuf, "target") == 0) {
            f->goarch = value;
        } else if (strcmp(namebuf, "d") == 0) {
            /* gc's -d debug flags; golc has one: phases (wall time per compile phase). */
            if (strcmp(value, "phases") != 0)
                cli_usage_error(cmd, "invalid value \"%s\" for flag -d: golc understands -d=phases", value);
            f->phases = true;
        } else if (strcmp(namebuf, "sanitize") == 0) {
            if (strcmp(value, "address") != 0)
                cli_usage_error(cmd, "invalid value \"%s\" for flag -sanitize: golc understands -sanitize=address", value);
            f->sanitize_address = true;
        } else if (strcmp(namebuf, "emit") == 0) {
            f->emit = parse_emit(cmd, value);
            if (is_run && f->emit != DEMIT_EXE)
                cli_usage_error(cmd, "invalid value \"%s\" for flag -emit: golc run needs an executable", value);
        } else {
            parse_gcflags(cmd, value, f);
        }
    }

    if (strcmp(f->goarch, "amd64") != 0 && strcmp(f->goarch, "arm64") != 0) {
        fprintf(stderr, "golc: unsupported GOARCH %s (golc targets amd64 and arm64)\n", f->goarch);
        exit(2);
    }
    if (f->sanitize_address && strcmp(f->goarch, "amd64") != 0) {
        fprintf(stderr, "golc: -sanitize=address is not supported for %s by golc\n", f->goarch);
        exit(2);
    }

    /* Inputs: .go files, or one directory. For run, the program's arguments follow. */
    f->inputs = (const char **)calloc((size_t)argc + 1, sizeof *f->inputs);
    if (i < argc && has_suffix(argv[i], ".go")) {
        while (i < argc && has_suffix(argv[i], ".go")) f->inputs[f->ninputs++] = argv[i++];
    } else if (i < argc && is_run) {
        f->inputs[f->ninputs++] = argv[i++];
    }
    if (is_run) {
        f->prog_args = argv + i;
        f->nprog_args = argc - i;
        if (f->ninputs == 0) {
            fprintf(stderr, "golc: no go files listed\n");
            exit(1);
        }
    } else {
        while (i < argc) f->inputs[f->ninputs++] = argv[i++];
        if (f->ninputs == 0) f->inputs[f->ninputs++] = "."; /* like `go build`: the current dir */
    }
}
