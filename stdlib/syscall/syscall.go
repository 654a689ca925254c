// Package syscall: only Errno for now (the error type carried inside os errors), with the
// Linux errno numbers os needs. Its text comes from libc's strerror with the first letter
// lowered, which is how Go's own table reads for the common errors (syscall.c).
package syscall

import "internal/oserror"

// An Errno is an unsigned number describing an error condition.
type Errno uintptr

const (
	EPERM     Errno = 1
	ENOENT    Errno = 2
	EINTR     Errno = 4
	EIO       Errno = 5
	EBADF     Errno = 9
	EAGAIN    Errno = 11
	EACCES    Errno = 13
	EEXIST    Errno = 17
	ENOTDIR   Errno = 20
	EISDIR    Errno = 21
	EINVAL    Errno = 22
	EMFILE    Errno = 24
	ENOSPC    Errno = 28
	EPIPE     Errno = 32
	ENOTEMPTY Errno = 39
	ENOSYS    Errno = 38
	ENOTSUP   Errno = 95
)

// errstr is strerror(n) with Go's capitalisation (syscall.c).
func errstr(n int) string

func (e Errno) Error() string {
	return errstr(int(e))
}

// Is lets errors.Is(err, fs.ErrNotExist) and friends see through an Errno.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

// Temporary and Timeout mirror Go's classification for the errnos listed here.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN
}
