/* capture.c — C side of stdlib/testing/example.go: while an example runs, file
 * descriptor 1 points to a temporary file, so that everything the example prints (fmt,
 * os.Stdout, println to stdout) is captured, whatever writes it. */
#include <stdint.h>
#include <unistd.h>

/* func redirectStdout(fd int) int: returns a duplicate of the old fd 1, or -1 */
int64_t testing_redirectStdout(int64_t fd) {
    int saved = dup(1);
    if (saved < 0) return -1;
    if (dup2((int)fd, 1) < 0) {
        close(saved);
        return -1;
    }
    return saved;
}

/* func restoreStdout(saved int) */
void testing_restoreStdout(int64_t saved) {
    dup2((int)saved, 1);
    close((int)saved);
}
