// Package fs: the pieces of Go's io/fs that os needs — PathError, FileMode and the error
// sentinels (the FS interfaces are not there yet).
package fs

import "internal/oserror"

var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

const (
	ModeDir  FileMode = 1 << (32 - 1 - 0)
	ModePerm FileMode = 0777
)

func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

func (m FileMode) Perm() FileMode { return m & ModePerm }
