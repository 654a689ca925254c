// Package oserror defines errors values used in the os package; they live here so that
// syscall (whose Errno.Is recognises them) and io/fs can share them without a cycle.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
