/* paths.c — see paths.h. */
#define _GNU_SOURCE
#include "paths.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef GOLC_SOURCE_DIR
#define GOLC_SOURCE_DIR "."
#endif

const char *paths_host_arch(void) {
#if defined(__aarch64__)
    return "arm64";
#else
    return "amd64";
#endif
}

const char *paths_host_os_arch(void) {
#if defined(__aarch64__)
    return "linux/arm64";
#else
    return "linux/amd64";
#endif
}

static char *join(const char *a, const char *b) {
    size_t n = strlen(a) + strlen(b) + 2;
    char *s = malloc(n);
    snprintf(s, n, "%s/%s", a, b);
    return s;
}

char *paths_stdlib_dir(void) {
    const char *root = getenv("GOLC_ROOT");
    if (root && *root) return join(root, "stdlib");
    return join(GOLC_SOURCE_DIR, "stdlib");
}

char *paths_runtime_lib(const char *goarch) {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return join(".", "lib");  /* no /proc: best effort, the link step will say */
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) *slash = '\0';
    char *lib = join(exe, "lib");
    char *arch = join(lib, goarch);
    free(lib);
    char *full = join(arch, "libgolcrt.a");
    free(arch);
    return full;
}

static bool has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* Go's error strings are the C library's with a lower-case first letter. */
static void fail_errno(const char *op, const char *path, int err) {
    char msg[256];
    snprintf(msg, sizeof msg, "%s", strerror(err));
    msg[0] = (char)tolower((unsigned char)msg[0]);
    fprintf(stderr, "%s %s: %s\n", op, path, msg);
    exit(1);
}

/* A file the go command would compile in a directory: *.go, not _test.go, not hidden. */
static bool is_buildable_go_file(const char *name) {
    return has_suffix(name, ".go") && !has_suffix(name, "_test.go") && name[0] != '.' && name[0] != '_';
}

void paths_check_inputs(const char **inputs, int ninputs) {
    struct stat st;
    if (ninputs == 1 && !has_suffix(inputs[0], ".go")) {
        if (stat(inputs[0], &st) != 0) fail_errno("stat", inputs[0], errno);
        if (!S_ISDIR(st.st_mode)) {
            fprintf(stderr, "named files must be .go files: %s\n", inputs[0]);
            exit(1);
        }
        DIR *d = opendir(inputs[0]);
        if (!d) fail_errno("open", inputs[0], errno);
        bool any = false;
        for (struct dirent *e; (e = readdir(d)) != NULL;)
            if (is_buildable_go_file(e->d_name)) any = true;
        closedir(d);
        if (!any) {
            char abs[PATH_MAX];
            const char *shown = realpath(inputs[0], abs) ? abs : inputs[0];
            fprintf(stderr, "no Go files in %s\n", shown);
            exit(1);
        }
        return;
    }
    for (int i = 0; i < ninputs; i++) {       /* names first, as go does, then the files */
        if (!has_suffix(inputs[i], ".go")) {
            fprintf(stderr, "named files must be .go files: %s\n", inputs[i]);
            exit(1);
        }
    }
    for (int i = 0; i < ninputs; i++) {
        if (stat(inputs[i], &st) != 0) fail_errno("stat", inputs[i], errno);
        if (S_ISDIR(st.st_mode)) {
            fprintf(stderr, "named files must be .go files: %s\n", inputs[i]);
            exit(1);
        }
    }
}

char *paths_default_output(const char **inputs, int ninputs, DriverEmit emit) {
    if (emit == DEMIT_IR) return NULL;
    char base[PATH_MAX];
    const char *in = inputs[0];
    if (has_suffix(in, ".go")) {
        const char *slash = strrchr(in, '/');
        snprintf(base, sizeof base, "%s", slash ? slash + 1 : in);
        base[strlen(base) - 3] = '\0';
    } else {
        /* A directory: its own name, after resolving "." and "..". */
        char abs[PATH_MAX];
        const char *p = realpath(in, abs) ? abs : in;
        const char *slash = strrchr(p, '/');
        snprintf(base, sizeof base, "%s", slash && slash[1] ? slash + 1 : p);
    }
    const char *suffix = emit == DEMIT_OBJ ? ".o" : emit == DEMIT_ASM ? ".s" : emit == DEMIT_LLVM ? ".ll" : "";
    size_t n = strlen(base) + strlen(suffix) + 1;
    char *out = malloc(n);
    snprintf(out, n, "%s%s", base, suffix);
    return out;
}
