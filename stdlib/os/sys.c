/* sys.c — C side of package os (file.go, env.go): thin wrappers over libc system calls.
 * Every call returns its result or -errno so the Go side can build *PathError values; paths
 * arrive as Go strings and are copied here to get their terminating NUL. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/runtime.h"

extern char **environ;

/* A NUL-terminated copy of a Go string (free it); NULL when s contains a NUL byte, which no
 * path can (Go reports EINVAL for those, as we do). */
static char *cstring(const uint8_t *p, int64_t n) {
    if (memchr(p, 0, (size_t)n)) return NULL;
    char *s = malloc((size_t)n + 1);
    if (!s) abort();
    memcpy(s, p, (size_t)n);
    s[n] = 0;
    return s;
}

static GoString gostring(const char *s) {
    int64_t n = (int64_t)strlen(s);
    GoString g = { NULL, n };
    if (n > 0) {
        uint8_t *p = gort_alloc(n, NULL); /* bytes only */
        memcpy(p, s, (size_t)n);
        g.ptr = p;
    }
    return g;
}

static int64_t result(long r) { return r < 0 ? -(int64_t)errno : (int64_t)r; }

int64_t os_sysOpen(const uint8_t *p, int64_t n, int64_t flag, int64_t perm) {
    char *path = cstring(p, n);
    if (!path) return -EINVAL;
    int fd;
    do fd = open(path, (int)flag | O_CLOEXEC, (mode_t)perm);
    while (fd < 0 && errno == EINTR);
    int64_t r = result(fd);
    free(path);
    return r;
}

int64_t os_sysRead(int64_t fd, void *p, int64_t len, int64_t cap) {
    ssize_t r;
    do r = read((int)fd, p, (size_t)len);
    while (r < 0 && errno == EINTR);
    return result(r);
}

int64_t os_sysWrite(int64_t fd, void *p, int64_t len, int64_t cap) {
    return gort_write(fd, p, len);
}

int64_t os_sysWriteString(int64_t fd, const uint8_t *p, int64_t len) {
    return gort_write(fd, p, len);
}

int64_t os_sysClose(int64_t fd) { return result(close((int)fd)); }

int64_t os_sysSeek(int64_t fd, int64_t off, int64_t whence) {
    return result((long)lseek((int)fd, (off_t)off, (int)whence));
}

#define PATH_CALL(expr)                      \
    char *path = cstring(p, n);              \
    if (!path) return -EINVAL;               \
    int64_t r = result(expr);                \
    free(path);                              \
    return r

int64_t os_sysUnlink(const uint8_t *p, int64_t n) { PATH_CALL(unlink(path)); }
int64_t os_sysRmdir(const uint8_t *p, int64_t n) { PATH_CALL(rmdir(path)); }
int64_t os_sysChdir(const uint8_t *p, int64_t n) { PATH_CALL(chdir(path)); }
int64_t os_sysMkdir(const uint8_t *p, int64_t n, int64_t perm) { PATH_CALL(mkdir(path, (mode_t)perm)); }

int64_t os_sysRename(const uint8_t *p, int64_t n, const uint8_t *q, int64_t m) {
    char *from = cstring(p, n), *to = cstring(q, m);
    int64_t r = (from && to) ? result(rename(from, to)) : -EINVAL;
    free(from);
    free(to);
    return r;
}

/* func sysGetwd() (string, int) */
void os_sysGetwd(GoString *dir, int64_t *err) {
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) {
        *dir = (GoString){ NULL, 0 };
        *err = -(int64_t)errno;
        return;
    }
    *dir = gostring(buf);
    *err = 0;
}

int64_t os_sysGetpid(void) { return (int64_t)getpid(); }

/* func sysGetenv(key string) (string, bool) */
void os_sysGetenv(const uint8_t *p, int64_t n, GoString *value, bool *found) {
    *value = (GoString){ NULL, 0 };
    *found = false;
    for (char **e = environ; e && *e; e++) {
        if (strncmp(*e, (const char *)p, (size_t)n) == 0 && (*e)[n] == '=') {
            *value = gostring(*e + n + 1);
            *found = true;
            return;
        }
    }
}

int64_t os_sysSetenv(const uint8_t *p, int64_t n, const uint8_t *q, int64_t m) {
    char *key = cstring(p, n), *val = cstring(q, m);
    int64_t r = (key && val) ? result(setenv(key, val, 1)) : -EINVAL;
    free(key);
    free(val);
    return r;
}

int64_t os_sysUnsetenv(const uint8_t *p, int64_t n) {
    char *key = cstring(p, n);
    if (!key) return -EINVAL;
    int64_t r = result(unsetenv(key));
    free(key);
    return r;
}

/* func sysEnviron() []string — a fresh slice of fresh strings */
void os_sysEnviron(GoSlice *out) {
    int64_t count = 0;
    for (char **e = environ; e && *e; e++) count++;
    GoString *v = gort_alloc_array(count, sizeof(GoString), NULL);
    for (int64_t i = 0; i < count; i++) v[i] = gostring(environ[i]);
    out->ptr = v;
    out->len = out->cap = count;
}
