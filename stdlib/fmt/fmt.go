// Package fmt implements formatted I/O like Go's fmt.
//
// The formatting engine is C (format*.c): golc has no reflect package yet, so the engine walks
// the runtime's type descriptors itself — it is golc's reflection for fmt. The functions
// declared here without a body are implemented in fmt_shim.c.
//
// Differences from Go's fmt, for now: no Formatter/State interfaces, no scanning (Sscan*).
// Maps print sorted by key, as Go's do. Fprint* format into a reused buffer and make one Write call
// on the io.Writer, as Go's do. Errorf keeps the errors of its %w operands (errorf.go).
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

// printfFd, printFd and printlnFd format like Sprintf, Sprint and Sprintln and write the
// result to the file descriptor, returning the number of bytes written: the text goes from
// the engine's C buffer to the descriptor without a Go string, so printing allocates
// nothing (gc's Print* reuse a pooled buffer and do not allocate either).
func printfFd(fd int, format string, a []any) int
func printFd(fd int, a []any) int
func printlnFd(fd int, a []any) int

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return printfFd(1, format, a), nil
}

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error) {
	return printFd(1, a), nil
}

// Println formats using the default formats for its operands and writes to standard output.
func Println(a ...any) (n int, err error) {
	return printlnFd(1, a), nil
}

// appendf, appendPrint and appendPrintln format like Sprintf, Sprint and Sprintln and append
// the text to dst (growing it as append does), without an intermediate string.
func appendf(dst []byte, format string, a []any) []byte
func appendPrint(dst []byte, a []any) []byte
func appendPrintln(dst []byte, a []any) []byte

// Fprint* format into a byte buffer reused from call to call, as gc's fmt reuses its pooled
// printer: io.Writer implementations must not retain p, so the buffer handed to Write can be
// taken back afterwards, and formatting to a writer allocates nothing in the steady state.
// Goroutines switch only where they block (runtime/sched.c), so the free list needs no lock;
// a Write that blocks simply leaves its buffer out of the list until it returns.
var freeBufs [][]byte

func getBuf() []byte {
	if n := len(freeBufs); n > 0 {
		b := freeBufs[n-1]
		freeBufs[n-1] = nil
		freeBufs = freeBufs[:n-1]
		return b[:0]
	}
	return nil
}

// putBuf keeps b for the next call unless it is big (gc drops printer buffers over 64 KiB too).
func putBuf(b []byte) {
	if cap(b) <= 64<<10 && len(freeBufs) < 8 {
		freeBufs = append(freeBufs, b)
	}
}

// Fprintf formats according to a format specifier and writes to w. It returns the number of
// bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	b := appendf(getBuf(), format, a)
	n, err = w.Write(b)
	putBuf(b)
	return
}

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	b := appendPrint(getBuf(), a)
	n, err = w.Write(b)
	putBuf(b)
	return
}

// Fprintln formats using the default formats for its operands and writes to w, with spaces
// between operands and a newline at the end.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	b := appendPrintln(getBuf(), a)
	n, err = w.Write(b)
	putBuf(b)
	return
}

// Appendf formats according to a format specifier, appends the result to b and returns it.
func Appendf(b []byte, format string, a ...any) []byte {
	return appendf(b, format, a)
}

// Append formats using the default formats for its operands and appends the result to b.
func Append(b []byte, a ...any) []byte {
	return appendPrint(b, a)
}

// Appendln is Append with Sprintln's spacing and final newline.
func Appendln(b []byte, a ...any) []byte {
	return appendPrintln(b, a)
}
