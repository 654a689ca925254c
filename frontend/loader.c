/* loader.c — finding, reading and parsing the files of the main package and of every
 * package it imports (transitively) from the stdlib directory, honouring build
 * constraints, detecting import cycles, and checking packages dependencies-first. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"

typedef struct Loader {
    FrontendOptions *opts;
    Program *prog;
    Vec loading;   /* Package* currently being loaded (import stack, for cycles) */
    Vec all;       /* Package* loaded so far */
    int test_filter; /* golc test: 1 = drop files of package *_test, 2 = keep only those */
} Loader;

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (n < 0) n = 0;
    char *buf = xmalloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    buf[got] = 0;
    fclose(f);
    *len = got;
    return buf;
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ---- build constraints ---- */

static const char *known_os[] = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios",
                                 "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1",
                                 "windows", "zos", NULL};
static const char *known_arch[] = {"386", "amd64", "arm", "arm64", "loong64", "mips", "mipsle", "mips64",
                                   "mips64le", "ppc64", "ppc64le", "riscv64", "s390x", "wasm", "sparc64", NULL};

static bool in_list(const char **list, const char *s, size_t n) {
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == n && !strncmp(list[i], s, n)) return true;
    return false;
}

static bool tag_true(Loader *l, const char *tag, size_t n) {
    const char *arch = l->opts->goarch ? l->opts->goarch : "amd64";
    if ((n == 5 && !strncmp(tag, "linux", 5)) || (n == 4 && !strncmp(tag, "unix", 4))) return true;
    if (strlen(arch) == n && !strncmp(tag, arch, n)) return true;
    if (n == 5 && !strncmp(tag, "golc", 4)) return true;
    /* go1.N release tags: every release up to 1.26 */
    if (n > 4 && !strncmp(tag, "go1.", 4)) return atoi(tag + 4) <= 26;
    return false;
}

typedef struct { const char *s; Loader *l; } Expr;

static bool isalnum_ascii(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
           ch == '.';
}

static void skip_ws(Expr *e) { while (*e->s == ' ' || *e->s == '\t') e->s++; }
static bool parse_or(Expr *e);

static bool parse_atom(Expr *e) {
    skip_ws(e);
    if (*e->s == '!') {
        e->s++;
        return !parse_atom(e);
    }
    if (*e->s == '(') {
        e->s++;
        bool v = parse_or(e);
        skip_ws(e);
        if (*e->s == ')') e->s++;
        return v;
    }
    const char *start = e->s;
    while (*e->s && (isalnum_ascii(*e->s))) e->s++;
    return tag_true(e->l, start, (size_t)(e->s - start));
}

static bool parse_and(Expr *e) {
    bool v = parse_atom(e);
    for (;;) {
        skip_ws(e);
        if (e->s[0] == '&' && e->s[1] == '&') {
            e->s += 2;
            bool r = parse_atom(e);
            v = v && r;
        } else {
            return v;
        }
    }
}

static bool parse_or(Expr *e) {
    bool v = parse_and(e);
    for (;;) {
        skip_ws(e);
        if (e->s[0] == '|' && e->s[1] == '|') {
            e->s += 2;
            bool r = parse_and(e);
            v = v || r;
        } else {
            return v;
        }
    }
}

/* Evaluates the //go:build line found before the package clause (true if none). */
static bool build_constraint_ok(Loader *l, const char *src) {
    const char *p = src;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') p++;
        if (p[0] == '/' && p[1] == '/') {
            const char *eol = strchr(p, '\n');
            size_t n = eol ? (size_t)(eol - p) : strlen(p);
            if (n >= 10 && !strncmp(p, "//go:build", 10) && (p[10] == ' ' || p[10] == '\t')) {
                char *line = xstrndup(p + 10, n - 10);
                Expr e = {line, l};
                return parse_or(&e);
            }
            p += n;
            continue;
        }
        if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            if (!end) return true;
            p = end + 2;
            continue;
        }
        break; /* the package clause (or anything else) ends the header */
    }
    return true;
}

/* Implicit constraints from file names: name_GOOS.go, name_GOARCH.go, name_GOOS_GOARCH.go. */
static bool filename_ok(Loader *l, const char *name) {
    const char *arch = l->opts->goarch ? l->opts->goarch : "amd64";
    size_t n = strlen(name);
    if (n < 3) return false;
    char *base = xstrndup(name, n - 3);
    if (strlen(base) > 5 && !strcmp(base + strlen(base) - 5, "_test")) base[strlen(base) - 5] = 0;
    char *parts[8];
    int np = 0;
    for (char *s = base; np < 8;) {
        parts[np++] = s;
        char *u = strchr(s, '_');
        if (!u) break;
        *u = 0;
        s = u + 1;
    }
    if (np >= 3 && in_list(known_os, parts[np - 2], strlen(parts[np - 2])) &&
        in_list(known_arch, parts[np - 1], strlen(parts[np - 1])))
        return !strcmp(parts[np - 2], "linux") && !strcmp(parts[np - 1], arch);
    if (np >= 2) {
        const char *last = parts[np - 1];
        if (in_list(known_os, last, strlen(last))) return !strcmp(last, "linux");
        if (in_list(known_arch, last, strlen(last))) return !strcmp(last, arch);
    }
    return true;
}

/* ---- loading ---- */

static Package *load_package(Loader *l, const char *path, const char *dir, const char **files, int nfiles,
                             bool is_main, Pos import_pos);

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Lists the .go files of dir that belong to the build. */
static int list_go_files(Loader *l, const char *dir, bool tests, char ***out) {
    DIR *d = opendir(dir);
    if (!d) return -1;
    Vec names = {0};
    struct dirent *de;
    while ((de = readdir(d))) {
        const char *nm = de->d_name;
        size_t n = strlen(nm);
        if (n < 4 || strcmp(nm + n - 3, ".go") != 0 || nm[0] == '.' || nm[0] == '_') continue;
        if (!tests && n > 8 && !strcmp(nm + n - 8, "_test.go")) continue;
        if (!filename_ok(l, nm)) continue;
        vec_push(&names, xsprintf("%s/%s", dir, nm));
    }
    closedir(d);
    qsort(names.data, (size_t)names.len, sizeof(char *), cmp_str);
    *out = (char **)names.data;
    return names.len;
}

/* golc test: the package under test (filter 1) or its external test package (filter 2),
 * both from test_dir with its _test.go files. */
static Package *load_test_package(Loader *l, const char *path, int filter, Pos pos) {
    char **files;
    int n = list_go_files(l, l->opts->test_dir, true, &files);
    if (n <= 0) {
        diag_error(pos, "no Go files in %s", l->opts->test_dir);
        return NULL;
    }
    l->test_filter = filter;
    return load_package(l, path, l->opts->test_dir, (const char **)files, n, false, pos);
}

static Package *find_loaded(Loader *l, const char *path) {
    for (int i = 0; i < l->all.len; i++) {
        Package *p = l->all.data[i];
        if (!strcmp(p->path, path)) return p;
    }
    return NULL;
}

static Package *import_package(Loader *l, const char *path, Pos pos) {
    if (!strcmp(path, "unsafe")) return unsafe_package();
    for (int i = 0; i < l->loading.len; i++) {
        Package *p = l->loading.data[i];
        if (!strcmp(p->path, path)) {
            StrBuf b = {0};
            sb_puts(&b, "import cycle not allowed");
            for (int j = i; j < l->loading.len; j++)
                sb_printf(&b, "\n\timports %s", ((Package *)l->loading.data[j])->path);
            sb_printf(&b, "\n\timports %s", path);
            diag_error(pos, "%s", b.data);
            return NULL;
        }
    }
    Package *done = find_loaded(l, path);
    if (done) return done;
    if (l->opts->test_import_path) {
        const char *tp = l->opts->test_import_path;
        size_t n = strlen(tp);
        bool pkg = !strcmp(path, tp), xtest = !strncmp(path, tp, n) && !strcmp(path + n, "_test");
        if (pkg || xtest) return load_test_package(l, path, xtest ? 2 : 1, pos);
    }
    const char *root = l->opts->stdlib_dir ? l->opts->stdlib_dir : "stdlib";
    char *dir = xsprintf("%s/%s", root, path);
    if (!is_dir(dir)) {
        diag_error(pos, "package %s is not in std", path);
        return NULL;
    }
    char **files;
    int n = list_go_files(l, dir, false, &files);
    Vec kept = {0};
    for (int i = 0; i < n; i++) vec_push(&kept, files[i]);
    if (kept.len == 0) {
        diag_error(pos, "package %s is not in std", path);
        return NULL;
    }
    return load_package(l, path, dir, (const char **)kept.data, kept.len, false, pos);
}

static Package *load_package(Loader *l, const char *path, const char *dir, const char **files, int nfiles,
                             bool is_main, Pos import_pos) {
    int test_filter = l->test_filter;   /* for these files only, not for their imports */
    l->test_filter = 0;
    Package *pkg = xcalloc(1, sizeof *pkg);
    pkg->path = xstrdup(path);
    pkg->dir = dir ? xstrdup(dir) : NULL;
    vec_push(&l->loading, pkg);
    for (int i = 0; i < nfiles; i++) {
        size_t len;
        char *src = read_file(files[i], &len);
        if (!src) {
            diag_error(import_pos, "open %s: no such file or directory", files[i]);
            continue;
        }
        if (!build_constraint_ok(l, src)) continue;
        Node *f = parse_file(files[i], src, len);
        if (!f) continue;
        if (test_filter && f->name) {
            /* golc test: package x and package x_test share the directory */
            size_t fl = strlen(files[i]), nl = strlen(f->name);
            bool test_file = fl > 8 && !strcmp(files[i] + fl - 8, "_test.go");
            bool xtest = test_file && nl > 5 && !strcmp(f->name + nl - 5, "_test");
            if (xtest != (test_filter == 2)) continue;
        }
        if (!pkg->name) {
            pkg->name = f->name;
        } else if (f->name && strcmp(f->name, pkg->name) != 0) {
            diag_error(f->pos, "package %s; expected package %s", f->name, pkg->name);
            continue;
        }
        vec_push(&pkg->files, f);
    }
    if (!pkg->name) pkg->name = xstrdup(path);
    /* imports, in first-seen order */
    for (int i = 0; i < pkg->files.len; i++) {
        Node *f = pkg->files.data[i];
        for (int j = 0; j < f->list.len; j++) {
            Node *spec = f->list.data[j];
            if (!spec->lit || !strcmp(spec->lit, "unsafe")) continue;
            bool have = false;
            for (int k = 0; k < pkg->imports.len; k++)
                if (!strcmp(((Package *)pkg->imports.data[k])->path, spec->lit)) have = true;
            if (have) continue;
            Package *imp = import_package(l, spec->lit, spec->pos);
            if (imp) vec_push(&pkg->imports, imp);
        }
    }
    vec_pop(&l->loading);
    vec_push(&l->all, pkg);
    if (diag_error_count() == 0 || pkg->files.len > 0) check_package(pkg);
    vec_push(&l->prog->packages, pkg);
    return pkg;
}

Program *frontend_load(FrontendOptions *opts) {
    universe_init();
    Loader ld = {0}, *l = &ld;
    l->opts = opts;
    l->prog = xcalloc(1, sizeof *l->prog);
    Vec files = {0};
    const char *dir = NULL;
    if (opts->ninputs == 1 && is_dir(opts->inputs[0])) {
        dir = opts->inputs[0];
        char **names;
        int n = list_go_files(l, dir, opts->include_tests, &names);
        for (int i = 0; i < n; i++) vec_push(&files, names[i]);
        if (n <= 0) diag_fatal("no Go files in %s", dir);
    } else {
        for (int i = 0; i < opts->ninputs; i++) vec_push(&files, (void *)opts->inputs[i]);
    }
    /* package runtime is part of every program, as with gc: the C runtime panics with its
     * error values (stdlib/runtime/error.go, runtime/panic.c) */
    const char *std_root = opts->stdlib_dir ? opts->stdlib_dir : "stdlib";
    if (is_dir(xsprintf("%s/runtime", std_root))) import_package(l, "runtime", (Pos){0});
    Package *main = load_package(l, "main", dir, (const char **)files.data, files.len, true, (Pos){0});
    l->prog->main = main;
    return l->prog;
}
