/* link.c — linking an executable: clang-19 drives lld with the C library of the target.
 *
 *   clang-19 --target=<triple> -fuse-ld=lld -static -o OUT OBJ RUNTIME_LIB -lm
 *
 * Static executables run under qemu-aarch64 without a sysroot and start fast. CLANG_PATH is
 * baked in by CMake; $GOLC_CLANG overrides it (for machines where clang lives elsewhere).
 *
 * -sanitize=address (amd64 only) links with clang's -fsanitize=address instead of -static:
 * clang adds compiler-rt's ASan runtime (libclang_rt.asan-x86_64.a, package libclang-rt-19-dev),
 * which does not support fully static executables, so the result is dynamically linked against
 * the C library. The Go runtime library is the same libgolcrt.a: it finds ASan's entry points
 * through weak references (runtime/sched.c, runtime/gc_roots.c). */
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "codegen_internal.h"

#ifndef CLANG_PATH
#define CLANG_PATH "clang-19"
#endif

extern char **environ;

/* lld writes its output to a temporary file and renames it over the target, which would
 * replace a device such as /dev/null with a regular file. Outputs that are not regular files
 * are therefore linked to a temporary path that is removed afterwards. */
static bool is_special_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode);
}

int cg_link(const char *goarch, const char *obj, const char *runtime_lib, const char *output,
            bool sanitize_address) {
    if (is_special_file(output)) {
        char tmpl[] = "/tmp/golc-link-XXXXXX";
        int fd = mkstemp(tmpl);
        if (fd < 0) {
            fprintf(stderr, "golc: cannot create a temporary file\n");
            return 1;
        }
        close(fd);
        int rc = cg_link(goarch, obj, runtime_lib, tmpl, sanitize_address);
        unlink(tmpl);
        return rc;
    }
    const char *clang = getenv("GOLC_CLANG");
    if (!clang || !*clang) clang = CLANG_PATH;
    char *target = xsprintf("--target=%s", cg_triple(goarch));
    char *argv[] = {(char *)clang, target, "-fuse-ld=lld",
                    sanitize_address ? "-fsanitize=address" : "-static", "-o", (char *)output,
                    (char *)obj, (char *)runtime_lib, "-lm", NULL};
    pid_t pid;
    int rc = posix_spawnp(&pid, clang, NULL, NULL, argv, environ);
    free(target);
    if (rc != 0) {
        fprintf(stderr, "golc: cannot run %s: %s\n", clang, strerror(rc));
        return 1;
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) {
            fprintf(stderr, "golc: waiting for the linker: %s\n", strerror(errno));
            return 1;
        }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "golc: linking %s failed\n", output);
        return 1;
    }
    return 0;
}
