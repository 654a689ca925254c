// Package fmt implements formatted I/O like Go's fmt.
//
// The formatting engine is C (format*.c): golc has no reflect package yet, so the engine walks
// the runtime's type descriptors itself — it is golc's reflection for fmt. The functions
// declared here without a body are implemented in fmt_shim.c.
//
// Differences from Go's fmt, for now: no Fprint* (no io.Writer yet), no Formatter interface,
// maps print as an error note, and Errorf's %w is printed like %v and the wrapped error is
// not kept (errors.Unwrap/Is/As are not available yet).
package fmt

import "errors"

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, used for %#v.
type GoStringer interface {
	GoString() string
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Sprint formats using the default formats for its operands and returns the resulting string.
// Spaces are added between operands when neither is a string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns the resulting
// string. Spaces are always added between operands and a newline is appended.
func Sprintln(a ...any) string

// errorfText is Sprintf accepting %w (printed like %v) as Errorf does.
func errorfText(format string, a []any) string

// writeFd writes all of s to the file descriptor and returns the number of bytes written.
func writeFd(fd int, s string) int

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return writeFd(1, Sprintf(format, a...)), nil
}

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error) {
	return writeFd(1, Sprint(a...)), nil
}

// Println formats using the default formats for its operands and writes to standard output.
func Println(a ...any) (n int, err error) {
	return writeFd(1, Sprintln(a...)), nil
}

// wrapError is the error Errorf returns when the format has a %w verb (so %T matches Go).
type wrapError struct {
	msg string
}

func (e *wrapError) Error() string {
	return e.msg
}

// Errorf formats according to a format specifier and returns the string as an error.
func Errorf(format string, a ...any) error {
	msg := errorfText(format, a)
	if hasWrapVerb(format) {
		return &wrapError{msg: msg}
	}
	return errors.New(msg)
}

// hasWrapVerb reports whether format uses %w (flags and width are skipped).
func hasWrapVerb(format string) bool {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && isVerbModifier(format[j]) {
			j++
		}
		if j < len(format) && format[j] == 'w' {
			return true
		}
		if j < len(format) && format[j] == '%' {
			i = j
		}
	}
	return false
}

func isVerbModifier(c byte) bool {
	switch c {
	case '+', '-', '#', ' ', '.', '*', '[', ']':
		return true
	}
	return c >= '0' && c <= '9'
}
