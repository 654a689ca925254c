/* test.c — `golc test`: builds a package with its _test.go files and a generated test
 * main, runs it, and frames its output like `go test` does ("ok  \tpkg\t0.123s",
 * "exit status 1", "FAIL\tpkg\t0.123s"), with go test's exit statuses.
 *
 * The package under test keeps its own import path (from go.mod), so that it links
 * beside the generated package main even when it is itself a package main; the
 * external test package (package x_test) is imported as PATH_test, like gc's. The test
 * binary runs in the package directory with -test.* flags (stdlib/testing parses them). */
#define _GNU_SOURCE
#include "test.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "compile.h"
#include "frontend/frontend.h"
#include "frontend/util.h"
#include "paths.h"

static const char *TEST_USAGE =
    "usage: golc test [-run regexp] [-bench regexp] [-benchmem] [-benchtime d|Nx] [-count n]\n"
    "                 [-short] [-v] [build flags] [dir]\n";

static _Noreturn void test_usage(const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    fputs(TEST_USAGE, stderr);
    fputs("Run 'golc help test' for details.\n", stderr);
    exit(2);
}

void test_print_help(void) {
    fputs(TEST_USAGE, stdout);
    fputs("\nTest compiles the package in dir (default: the current directory) with its\n"
          "_test.go files, runs its TestXxx functions and, with -bench, its BenchmarkXxx\n"
          "functions, and prints the results in go test's format. The package's import path\n"
          "comes from the go.mod of dir or of a parent directory. A package x_test in the\n"
          "same directory is tested too. The exit status is 1 if a test fails.\n"
          "\n"
          "The test flags are:\n"
          "\n"
          "\t-run regexp\n"
          "\t\trun only the tests matching regexp (split at '/' for subtests).\n"
          "\t-bench regexp\n"
          "\t\trun the benchmarks matching regexp ('.' for all).\n"
          "\t-benchmem\n"
          "\t\tprint memory allocation statistics of benchmarks.\n"
          "\t-benchtime d|Nx\n"
          "\t\trun each benchmark for duration d (default 1s) or N times (100x).\n"
          "\t-count n\n"
          "\t\trun each test and benchmark n times (default 1).\n"
          "\t-short\n"
          "\t\ttell long-running tests to shorten their run time (testing.Short).\n"
          "\t-v\n"
          "\t\tverbose: log all tests as they are run.\n"
          "\n"
          "The regexps are a subset of RE2: literals, . * + ? | ^ $ [classes] (groups) and\n"
          "\\d \\w \\s; counted repetition is not supported. Log lines have no file:line\n"
          "prefix (golc has no runtime.Caller yet). Build flags: -O n, -target amd64|arm64\n"
          "(arm64 runs under qemu-aarch64 on another host), -x, -gcflags '-l'.\n",
          stdout);
}

/* ---- flags ---- */

typedef struct TestFlags {
    Vec test_args;       /* "-test.run=..." etc., passed to the test binary */
    bool verbose;
    const char *dir;
    bool dir_named;      /* a package was named: go's package list mode (a last FAIL line) */
} TestFlags;

static bool has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static void parse_test_flags(int argc, char **argv, TestFlags *tf, BuildFlags *bf) {
    memset(bf, 0, sizeof *bf);
    bf->opt_level = 2;
    bf->emit = DEMIT_EXE;
    const char *env_arch = getenv("GOARCH");
    bf->goarch = env_arch && *env_arch ? env_arch : paths_host_arch();
    int i = 0;
    while (i < argc) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0') break;
        i++;
        if (strcmp(a, "--") == 0) break;
        const char *name = a + 1;
        if (*name == '-') name++;
        char namebuf[64];
        const char *eq = strchr(name, '=');
        size_t nlen = eq ? (size_t)(eq - name) : strlen(name);
        if (nlen >= sizeof namebuf) nlen = sizeof namebuf - 1;
        memcpy(namebuf, name, nlen);
        namebuf[nlen] = '\0';
        const char *value = eq ? eq + 1 : NULL;
        /* Boolean flags: -v, -benchmem, -short, -x. */
        if (!strcmp(namebuf, "v") || !strcmp(namebuf, "benchmem") || !strcmp(namebuf, "short") ||
            !strcmp(namebuf, "x")) {
            bool on = !value || !strcmp(value, "true") || !strcmp(value, "1");
            if (value && !on && strcmp(value, "false") && strcmp(value, "0"))
                test_usage("invalid boolean flag value: %s", a);
            if (!strcmp(namebuf, "x")) {
                bf->verbose = on;
                continue;
            }
            if (!strcmp(namebuf, "v")) tf->verbose = on;
            vec_push(&tf->test_args, xsprintf("-test.%s=%s", namebuf, on ? "true" : "false"));
            continue;
        }
        if (!strcmp(namebuf, "h") || !strcmp(namebuf, "help")) {
            test_print_help();
            exit(0);
        }
        bool test_flag = !strcmp(namebuf, "run") || !strcmp(namebuf, "bench") ||
                         !strcmp(namebuf, "benchtime") || !strcmp(namebuf, "count") ||
                         !strcmp(namebuf, "skip");
        bool build_flag = !strcmp(namebuf, "O") || !strcmp(namebuf, "gcflags") || !strcmp(namebuf, "target");
        if (!test_flag && !build_flag) test_usage("flag provided but not defined: -%s", namebuf);
        if (!value) {
            if (i >= argc) test_usage("flag needs an argument: -%s", namebuf);
            value = argv[i++];
        }
        if (test_flag) {
            vec_push(&tf->test_args, xsprintf("-test.%s=%s", namebuf, value));
        } else if (!strcmp(namebuf, "target")) {
            if (strcmp(value, "amd64") && strcmp(value, "arm64"))
                test_usage("golc: unsupported GOARCH %s (golc targets amd64 and arm64)", value);
            bf->goarch = value;
        } else if (!strcmp(namebuf, "O")) {
            char *end;
            long v = strtol(value, &end, 10);
            if (*end || v < 0 || v > 3) test_usage("invalid value \"%s\" for flag -O: want 0, 1, 2 or 3", value);
            bf->opt_level = (int)v;
        } else if (strstr(value, "-l")) {
            bf->no_inline = true;   /* -gcflags: only -l matters for tests */
        }
    }
    tf->dir = ".";
    if (i < argc) {
        tf->dir = argv[i++];
        tf->dir_named = true;
    }
    if (i < argc) test_usage("golc test: one package directory at most, got %s too", argv[i]);
    if (has_suffix(tf->dir, ".go")) test_usage("golc test: named .go files are not supported, name the directory: %s", tf->dir);
}

/* ---- the package's import path ---- */

/* The module path of dir's go.mod or of a parent's, plus dir's path below it; without a
 * go.mod, "_" + the absolute directory (the pre-module go command's name). */
static char *import_path_of(const char *absdir) {
    char cur[PATH_MAX];
    snprintf(cur, sizeof cur, "%s", absdir);
    for (;;) {
        char *mod = xsprintf("%s/go.mod", cur);
        FILE *f = fopen(mod, "r");
        if (f) {
            char line[4096];
            char *module = NULL;
            while (fgets(line, sizeof line, f)) {
                char *p = line;
                while (*p == ' ' || *p == '\t') p++;
                if (strncmp(p, "module", 6) || (p[6] != ' ' && p[6] != '\t')) continue;
                p += 6;
                while (*p == ' ' || *p == '\t' || *p == '"') p++;
                char *e = p;
                while (*e && *e != '\n' && *e != '\r' && *e != ' ' && *e != '\t' && *e != '"' && *e != '/') e++;
                while (*e && *e != '\n' && *e != '\r' && *e != ' ' && *e != '\t' && *e != '"') e++;
                module = xstrndup(p, (size_t)(e - p));
                break;
            }
            fclose(f);
            if (module) {
                const char *rest = absdir + strlen(cur);
                return *rest ? xsprintf("%s%s", module, rest) : module;
            }
        }
        char *slash = strrchr(cur, '/');
        if (!slash || slash == cur) break;
        *slash = '\0';
    }
    return xsprintf("_%s", absdir);
}

/* ---- finding the tests ---- */

typedef struct TestPkg {
    const char *name;    /* the package's name */
    Vec tests[2];        /* names of TestXxx: [0] in package x, [1] in package x_test */
    Vec benchmarks[2];
    Vec examples[2];     /* Example* with an output comment */
    int test_main;       /* -1: none; else which package holds TestMain */
    bool has_xtest;      /* some file is package x_test */
    int ntest_files;
} TestPkg;

/* gc's rule: the name is prefix alone or prefix followed by a non-lower-case letter. */
static bool is_test_name(const char *name, const char *prefix) {
    size_t n = strlen(prefix);
    if (strncmp(name, prefix, n)) return false;
    char c = name[n];
    return !(c >= 'a' && c <= 'z');
}

typedef struct Example {
    const char *name;
    char *output;        /* the text after "Output:" */
    bool unordered;
} Example;

static bool no_params(Node *fn) {
    Node *ft = fn->x;
    return ft && !ft->list.len && !ft->list2.len && !ft->tparams.len;
}

/* The output comment of an example: the comment lines just before the closing brace of
 * its body, the first of which says "Output:" or "Unordered output:" (any case), with
 * gc's comment-text rules (markers and one space removed, trailing blanks trimmed). */
static bool example_output(const char *src, Node *fn, Example *ex) {
    if (!fn->body || fn->body->end_pos.line <= 1) return false;
    int close_line = fn->body->end_pos.line;
    /* start of each line up to the closing brace */
    const char **starts = xcalloc((size_t)close_line + 1, sizeof *starts);
    int line = 1;
    starts[1] = src;
    for (const char *p = src; *p && line < close_line; p++)
        if (*p == '\n') starts[++line] = p + 1;
    if (line < close_line) return false;
    int first = close_line;   /* the comment group: lines first..close_line-1 */
    while (first - 1 >= 1) {
        const char *p = starts[first - 1];
        while (*p == ' ' || *p == '\t') p++;
        if (p[0] != '/' || p[1] != '/') break;
        first--;
    }
    StrBuf text = {0};
    bool found = false;
    for (int l = first; l < close_line; l++) {
        const char *p = starts[l];
        while (*p == ' ' || *p == '\t') p++;
        p += 2;
        if (*p == ' ') p++;
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r')) n--;
        if (!found) {
            const char *q = p;
            while (q < p + n && (*q == ' ' || *q == '\t')) q++;
            bool unordered = !strncasecmp(q, "unordered output:", 17);
            if (!unordered && strncasecmp(q, "output:", 7)) continue;
            found = true;
            ex->unordered = unordered;
            q += unordered ? 17 : 7;
            sb_putn(&text, q, (size_t)(p + n - q));
            continue;
        }
        sb_putc(&text, '\n');
        sb_putn(&text, p, n);
    }
    free(starts);
    if (!found) return false;
    ex->name = fn->name;
    ex->output = text.data ? text.data : xstrdup("");
    return true;
}

/* The single parameter of fn is `*P.Type` (P: the file's name for package testing). */
static bool takes_testing_ptr(Node *fn, const char *type) {
    Node *ft = fn->x;
    if (!ft || ft->list2.len || ft->tparams.len || ft->list.len != 1) return false;
    Node *field = ft->list.data[0];
    if (field->names.len > 1) return false;
    Node *t = field->x;
    return t && t->kind == N_STAR && t->x && t->x->kind == N_SELECTOR && t->x->name &&
           !strcmp(t->x->name, type);
}

static bool scan_package(const char *dir, TestPkg *tp) {
    memset(tp, 0, sizeof *tp);
    tp->test_main = -1;
    DIR *d = opendir(dir);
    if (!d) return false;
    Vec names = {0};
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        if (has_suffix(e->d_name, ".go") && e->d_name[0] != '.' && e->d_name[0] != '_')
            vec_push(&names, xstrdup(e->d_name));
    closedir(d);
    /* go lists tests file by file, in file-name order */
    for (int i = 0; i < names.len; i++)
        for (int j = i + 1; j < names.len; j++)
            if (strcmp(names.data[i], names.data[j]) > 0) {
                void *t = names.data[i];
                names.data[i] = names.data[j];
                names.data[j] = t;
            }
    for (int i = 0; i < names.len; i++) {
        const char *nm = names.data[i];
        bool is_test = has_suffix(nm, "_test.go");
        char *path = xsprintf("%s/%s", dir, nm);
        FILE *f = fopen(path, "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        long len = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *src = xmalloc((size_t)(len < 0 ? 0 : len) + 1);
        size_t got = fread(src, 1, (size_t)(len < 0 ? 0 : len), f);
        src[got] = 0;
        fclose(f);
        Node *file = parse_file(path, src, got);
        if (!file || !file->name) continue;   /* syntax errors: the build reports them */
        bool xtest = is_test && has_suffix(file->name, "_test");
        if (!is_test || !xtest) {
            if (!tp->name) tp->name = file->name;
        }
        if (!is_test) continue;
        tp->ntest_files++;
        if (xtest) tp->has_xtest = true;
        int which = xtest ? 1 : 0;
        for (int j = 0; j < file->list2.len; j++) {
            Node *decl = file->list2.data[j];
            if (decl->kind != N_FUNCDECL || decl->recv || !decl->name) continue;
            if (!strcmp(decl->name, "TestMain") && takes_testing_ptr(decl, "M")) tp->test_main = which;
            else if (is_test_name(decl->name, "Test") && takes_testing_ptr(decl, "T"))
                vec_push(&tp->tests[which], (void *)decl->name);
            else if (is_test_name(decl->name, "Benchmark") && takes_testing_ptr(decl, "B"))
                vec_push(&tp->benchmarks[which], (void *)decl->name);
            else if (is_test_name(decl->name, "Example") && no_params(decl)) {
                Example ex;
                if (example_output(src, decl, &ex)) {
                    Example *copy = xmalloc(sizeof *copy);
                    *copy = ex;
                    vec_push(&tp->examples[which], copy);
                }
            }
        }
    }
    diag_reset();   /* the build itself reports any syntax error, once */
    return true;
}

/* Writes s as a Go interpreted string literal. */
static void put_go_string(StrBuf *b, const char *s) {
    sb_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') sb_printf(b, "\\%c", *p);
        else if (*p == '\n') sb_puts(b, "\\n");
        else if (*p < 0x20 || *p == 0x7f) sb_printf(b, "\\x%02x", *p);
        else sb_putc(b, (char)*p);   /* UTF-8 bytes pass through */
    }
    sb_putc(b, '"');
}

/* The generated package main: the lists of tests and benchmarks, then testing's runner. */
static char *write_test_main(const char *tmpdir, const char *import_path, const TestPkg *tp) {
    StrBuf b = {0};
    static const char *alias[2] = {"_test", "_xtest"};
    bool used[2] = {false, false};
    for (int w = 0; w < 2; w++)
        used[w] = tp->tests[w].len || tp->benchmarks[w].len || tp->examples[w].len || tp->test_main == w;
    sb_puts(&b, "// Code generated by golc test. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"os\"\n\t\"testing\"\n\n");
    sb_printf(&b, "\t%s \"%s\"\n", used[0] ? alias[0] : "_", import_path);
    if (tp->has_xtest) sb_printf(&b, "\t%s \"%s_test\"\n", used[1] ? alias[1] : "_", import_path);
    sb_puts(&b, ")\n\nvar tests = []testing.InternalTest{\n");
    for (int w = 0; w < 2; w++)
        for (int i = 0; i < tp->tests[w].len; i++)
            sb_printf(&b, "\t{\"%s\", %s.%s},\n", (char *)tp->tests[w].data[i], alias[w], (char *)tp->tests[w].data[i]);
    sb_puts(&b, "}\n\nvar benchmarks = []testing.InternalBenchmark{\n");
    for (int w = 0; w < 2; w++)
        for (int i = 0; i < tp->benchmarks[w].len; i++)
            sb_printf(&b, "\t{\"%s\", %s.%s},\n", (char *)tp->benchmarks[w].data[i], alias[w],
                      (char *)tp->benchmarks[w].data[i]);
    sb_puts(&b, "}\n\nvar examples = []testing.InternalExample{\n");
    for (int w = 0; w < 2; w++)
        for (int i = 0; i < tp->examples[w].len; i++) {
            Example *ex = tp->examples[w].data[i];
            sb_printf(&b, "\t{\"%s\", %s.%s, ", ex->name, alias[w], ex->name);
            put_go_string(&b, ex->output);
            sb_printf(&b, ", %s},\n", ex->unordered ? "true" : "false");
        }
    sb_printf(&b, "}\n\nfunc main() {\n\tm := testing.MainStart(\"%s\", tests, benchmarks, examples)\n", import_path);
    if (tp->test_main >= 0) sb_printf(&b, "\tos.Exit(testing.RunMain(m, %s.TestMain))\n}\n", alias[tp->test_main]);
    else sb_puts(&b, "\tos.Exit(testing.RunMain(m, nil))\n}\n");
    char *path = xsprintf("%s/_testmain.go", tmpdir);
    FILE *f = fopen(path, "w");
    if (!f) return NULL;
    fwrite(b.data, 1, b.len, f);
    fclose(f);
    return path;
}

/* ---- running ---- */

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Runs the test binary in dir; returns its exit status, or -signal. */
static int run_test_binary(const char *exe, const char *dir, const TestFlags *tf, const char *goarch) {
    bool emulate = strcmp(goarch, paths_host_arch()) != 0;
    char **argv = calloc((size_t)tf->test_args.len + 3, sizeof *argv);
    int n = 0;
    if (emulate) argv[n++] = strcmp(goarch, "arm64") == 0 ? "qemu-aarch64" : "qemu-x86_64";
    argv[n++] = (char *)exe;
    for (int i = 0; i < tf->test_args.len; i++) argv[n++] = tf->test_args.data[i];
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "golc: fork: %s\n", strerror(errno));
        free(argv);
        return 1;
    }
    if (pid == 0) {
        if (chdir(dir) != 0) {
            fprintf(stderr, "golc: chdir %s: %s\n", dir, strerror(errno));
            _exit(1);
        }
        if (emulate && strcmp(goarch, "arm64") == 0) setenv("QEMU_LD_PREFIX", "/usr/aarch64-linux-gnu", 0);
        execvp(argv[0], argv);
        fprintf(stderr, "golc: exec %s: %s\n", argv[0], strerror(errno));
        _exit(1);
    }
    struct sigaction ign = {.sa_handler = SIG_IGN}, old_int;
    sigaction(SIGINT, &ign, &old_int);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    sigaction(SIGINT, &old_int, NULL);
    free(argv);
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return -WTERMSIG(status);
    return 1;
}

/* How go test names the package's files in compiler messages: relative to the current
 * directory ("./x_test.go", "sub/x_test.go"), absolute when outside it. */
static const char *display_dir(const char *absdir) {
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return absdir;
    size_t n = strlen(cwd);
    if (strcmp(absdir, cwd) == 0) return ".";
    if (strncmp(absdir, cwd, n) == 0 && absdir[n] == '/') return absdir + n + 1;
    return absdir;
}

int test_package(int argc, char **argv) {
    TestFlags tf = {0};
    BuildFlags bf;
    parse_test_flags(argc, argv, &tf, &bf);

    char absdir[PATH_MAX];
    if (!realpath(tf.dir, absdir)) {
        fprintf(stderr, "stat %s: %s\n", tf.dir, strerror(errno));
        return 1;
    }
    char *import_path = import_path_of(absdir);
    TestPkg tp;
    if (!scan_package(absdir, &tp) || !tp.name) {
        fprintf(stderr, "no Go files in %s\n", absdir);
        return 1;
    }
    if (tp.ntest_files == 0) {
        printf("?   \t%s\t[no test files]\n", import_path);
        return 0;
    }

    const char *tmproot = getenv("TMPDIR");
    if (!tmproot || !*tmproot) tmproot = "/tmp";
    char tmpdir[4096];
    snprintf(tmpdir, sizeof tmpdir, "%s/golc-test-XXXXXX", tmproot);
    if (!mkdtemp(tmpdir)) {
        fprintf(stderr, "golc: cannot create a temporary directory in %s: %s\n", tmproot, strerror(errno));
        return 1;
    }
    char *main_go = write_test_main(tmpdir, import_path, &tp);
    const char *base = strrchr(import_path, '/');
    char *exe = xsprintf("%s/%s.test", tmpdir, base ? base + 1 : import_path);
    const char *inputs[1] = {main_go};
    bf.inputs = inputs;
    bf.ninputs = 1;
    bf.test_dir = display_dir(absdir);     /* file names in messages read as go test's */
    bf.test_import_path = import_path;
    bf.header = xsprintf("# %s [%s.test]\n", import_path, import_path);

    int rc = main_go ? compile_program(&bf, exe) : 1;
    if (rc != 0) {
        printf("FAIL\t%s [build failed]\n", import_path);
        rc = 1;
    } else {
        double start = now_seconds();
        int st = run_test_binary(exe, absdir, &tf, bf.goarch);
        double elapsed = now_seconds() - start;
        fflush(stdout);
        if (st == 0) {
            printf("ok  \t%s\t%.3fs\n", import_path, elapsed);
        } else {
            if (st < 0) printf("signal: %s\n", strsignal(-st));
            else printf("exit status %d\n", st);
            printf("FAIL\t%s\t%.3fs\n", import_path, elapsed);
            rc = 1;
        }
    }
    unlink(exe);
    if (main_go) unlink(main_go);
    rmdir(tmpdir);
    if (rc != 0 && tf.dir_named) printf("FAIL\n");  /* go test's summary in package list mode */
    return rc;
}
