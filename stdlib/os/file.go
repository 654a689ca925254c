package os

import (
	"io"
	"io/fs"
	"syscall"
)

// Flags to OpenFile (Linux values, the same on amd64 and arm64).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
	append bool
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output,
// and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// The system calls (sys.c). Each returns a non-negative result or -errno.
func sysOpen(path string, flag int, perm int) int
func sysRead(fd int, p []byte) int
func sysWrite(fd int, p []byte) int
func sysWriteString(fd int, s string) int
func sysClose(fd int) int
func sysSeek(fd int, offset int64, whence int) int64
func sysUnlink(path string) int
func sysRmdir(path string) int
func sysMkdir(path string, perm int) int
func sysRename(from, to string) int
func sysChdir(path string) int
func sysGetwd() (string, int)
func sysGetpid() int

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, r int) error {
	return &PathError{Op: op, Path: f.name, Err: syscall.Errno(-r)}
}

// Read reads up to len(b) bytes from the File and stores them in b. At end of file, Read
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	r := sysRead(f.fd, b)
	if r < 0 {
		return 0, f.wrapErr("read", r)
	}
	if r == 0 {
		return 0, io.EOF
	}
	return r, nil
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	r := sysWrite(f.fd, b)
	if r < 0 {
		return 0, f.wrapErr("write", r)
	}
	if r != len(b) {
		return r, io.ErrShortWrite
	}
	return r, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	r := sysWriteString(f.fd, s)
	if r < 0 {
		return 0, f.wrapErr("write", r)
	}
	if r != len(s) {
		return r, io.ErrShortWrite
	}
	return r, nil
}

// Seek sets the offset for the next Read or Write on file to offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r := sysSeek(f.fd, offset, whence)
	if r < 0 {
		return 0, f.wrapErr("seek", int(r))
	}
	return r, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if r := sysClose(f.fd); r < 0 {
		return f.wrapErr("close", r)
	}
	return nil
}

// OpenFile is the generalized open call. If the file does not exist and O_CREATE is given,
// it is created with mode perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	r := sysOpen(name, flag, int(perm.Perm()))
	if r < 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(-r)}
	}
	return &File{fd: r, name: name, append: flag&O_APPEND != 0}, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	data := make([]byte, 0, 512)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			f.Close()
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary (with perm) and
// truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	// Like Go: report the unlink error unless rmdir's is more telling.
	if e1 != -int(syscall.ENOTDIR) {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: syscall.Errno(-e)}
}

// Mkdir creates a new directory with the specified name and permission bits.
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, int(perm.Perm())); e < 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscall.Errno(-e)}
	}
	return nil
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := sysRename(oldpath, newpath); e < 0 {
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: syscall.Errno(-e)}
	}
	return nil
}

// LinkError records an error during a link or symlink or rename system call.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// Chdir changes the current working directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e < 0 {
		return &PathError{Op: "chdir", Path: dir, Err: syscall.Errno(-e)}
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	d, e := sysGetwd()
	if e < 0 {
		return "", &SyscallError{Syscall: "getwd", Err: syscall.Errno(-e)}
	}
	return d, nil
}

// Getpid returns the process id of the caller.
func Getpid() int { return sysGetpid() }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// IsNotExist reports whether the error is known to report that a file or directory does
// not exist (ErrNotExist and some syscall errors).
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsExist reports whether the error is known to report that a file already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsPermission reports whether the error is known to report that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func underlyingErrorIs(err, target error) bool {
	switch pe := err.(type) {
	case *PathError:
		err = pe.Err
	case *LinkError:
		err = pe.Err
	case *SyscallError:
		err = pe.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}
