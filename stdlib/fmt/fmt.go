// Package fmt implements formatted I/O like Go's fmt.
//
// The formatting engine is C (format*.c): golc has no reflect package yet, so the engine walks
// the runtime's type descriptors itself — it is golc's reflection for fmt. The functions
// declared here without a body are implemented in fmt_shim.c.
//
// Differences from Go's fmt, for now: no Formatter/State interfaces, no scanning (Sscan*),
// and maps print as an error note. Fprint* format into a string and make one Write call on
// the io.Writer, as Go's do. Errorf keeps the errors of its %w operands (errorf.go).
package fmt

import "io"

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

// Fprintf formats according to a format specifier and writes to w. It returns the number of
// bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes to w, with spaces
// between operands and a newline at the end.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Appendf formats according to a format specifier, appends the result to b and returns it.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Append formats using the default formats for its operands and appends the result to b.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendln is Append with Sprintln's spacing and final newline.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}
