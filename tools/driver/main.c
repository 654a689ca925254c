/* main.c — the golc command: dispatches to build, run, version and help, as the go
 * command does, with the go command's exit statuses (2 for usage errors). */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "compile.h"
#include "paths.h"
#include "run.h"
#include "test.h"

static int cmd_build(int argc, char **argv) {
    BuildFlags f;
    cli_parse_build(argc, argv, false, &f);
    const char *output = f.output ? f.output : paths_default_output(f.inputs, f.ninputs, f.emit);
    if (f.output && f.emit == DEMIT_EXE) {
        /* `go build -o dir/` puts the executable inside the directory. */
        size_t n = strlen(f.output);
        if (n && f.output[n - 1] == '/') {
            static char joined[4096];
            mkdir(f.output, 0777);  /* like go: the directory is created if needed */
            snprintf(joined, sizeof joined, "%s%s", f.output,
                     paths_default_output(f.inputs, f.ninputs, DEMIT_EXE));
            output = joined;
        }
    }
    return compile_program(&f, output);
}

static int cmd_help(int argc, char **argv) {
    if (argc == 0) {
        cli_print_usage();
        return 0;
    }
    if (argc > 1) {
        fprintf(stderr, "usage: golc help command\n\nToo many arguments given.\n");
        return 2;
    }
    if (!cli_print_help(argv[0])) {
        fprintf(stderr, "golc help %s: unknown help topic. Run 'golc help'.\n", argv[0]);
        return 2;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        cli_print_usage();
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "build") == 0) return cmd_build(argc - 2, argv + 2);
    if (strcmp(cmd, "run") == 0) {
        BuildFlags f;
        cli_parse_build(argc - 2, argv + 2, true, &f);
        return run_program(&f);
    }
    if (strcmp(cmd, "test") == 0) return test_package(argc - 2, argv + 2);
    if (strcmp(cmd, "version") == 0) {
        if (argc > 2) {
            fprintf(stderr, "usage: golc version\n");
            return 2;
        }
        printf("golc version %s (go1.26 language, LLVM 19) %s\n", GOLC_VERSION, paths_host_os_arch());
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 ||
        strcmp(cmd, "-help") == 0)
        return cmd_help(argc - 2, argv + 2);
    fprintf(stderr, "golc %s: unknown command\nRun 'golc help' for usage.\n", cmd);
    return 2;
}
