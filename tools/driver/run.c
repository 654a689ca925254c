/* run.c — see run.h.
 *
 * The executable is built in a private temporary directory under its default name, so the
 * program sees a meaningful os.Args[0], and both are removed afterwards whatever happens.
 * A program for another architecture (-target arm64 on amd64) runs under qemu-aarch64. */
#define _GNU_SOURCE
#include "run.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "compile.h"
#include "paths.h"

static int wait_child(pid_t pid) {
    /* The terminal's ^C reaches the child too; the parent waits for it to finish. */
    struct sigaction ign = {.sa_handler = SIG_IGN}, old_int, old_quit;
    sigaction(SIGINT, &ign, &old_int);
    sigaction(SIGQUIT, &ign, &old_quit);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) {
        const char *name = strsignal(WTERMSIG(status));
        fprintf(stderr, "signal: %s\n", name ? name : "unknown");
        return 128 + WTERMSIG(status);
    }
    return 1;
}

int run_program(const BuildFlags *f) {
    const char *tmproot = getenv("TMPDIR");
    if (!tmproot || !*tmproot) tmproot = "/tmp";
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/golc-run-XXXXXX", tmproot);
    if (!mkdtemp(dir)) {
        fprintf(stderr, "golc: cannot create a temporary directory in %s: %s\n", tmproot, strerror(errno));
        return 1;
    }
    char *name = paths_default_output(f->inputs, f->ninputs, DEMIT_EXE);
    char exe[4200];
    snprintf(exe, sizeof exe, "%s/%s", dir, name);

    int rc = compile_program(f, exe);
    if (rc == 0) {
        bool emulate = strcmp(f->goarch, paths_host_arch()) != 0;
        char **argv = calloc((size_t)f->nprog_args + 3, sizeof *argv);
        int n = 0;
        if (emulate) argv[n++] = strcmp(f->goarch, "arm64") == 0 ? "qemu-aarch64" : "qemu-x86_64";
        argv[n++] = exe;
        for (int i = 0; i < f->nprog_args; i++) argv[n++] = f->prog_args[i];
        fflush(stdout);
        fflush(stderr);
        pid_t pid = fork();
        if (pid < 0) {
            fprintf(stderr, "golc: fork: %s\n", strerror(errno));
            rc = 1;
        } else if (pid == 0) {
            if (emulate && strcmp(f->goarch, "arm64") == 0)
                setenv("QEMU_LD_PREFIX", "/usr/aarch64-linux-gnu", 0); /* for a dynamic libc */
            execvp(argv[0], argv);
            fprintf(stderr, "golc: exec %s: %s\n", argv[0], strerror(errno));
            _exit(1);
        } else {
            rc = wait_child(pid);
        }
        free(argv);
    }
    unlink(exe);
    rmdir(dir);
    return rc;
}
