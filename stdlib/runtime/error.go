// Package runtime (golc): the run-time error values of gc's runtime, so that a recovered
// run-time panic prints, formats (%v, %T) and asserts (runtime.Error) exactly as with gc.
//
// The C runtime (runtime/panic.c) calls panicBounds and panicString by their link names
// ("runtime.panicBounds", "runtime.panicString") when a check fails; they panic with the
// value, which then goes through the same path as panic(v) in Go code. The loader always
// loads this package, so every program links them.
package runtime

// Error identifies a run-time error (gc's runtime.Error).
type Error interface {
	error
	RuntimeError()
}

// errorString: "runtime error: " + the message (divide by zero, nil dereference, ...).
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError: a run-time error whose text has no "runtime error: " prefix
// ("assignment to entry in nil map", "send on closed channel", ...).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// TypeAssertionError: a failed x.(T); golc keeps the message gc would build.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// boundsError: an index or slice expression out of range. code: the form of the message,
// numbered as runtime/panic.c's gort_panic_slice `which` (0..7), 8 for an index.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	x := itoa(e.x, e.signed)
	y := itoa(int64(e.y), true)
	neg := e.signed && e.x < 0
	switch e.code {
	case 8:
		if neg {
			return "runtime error: index out of range [" + x + "]"
		}
		return "runtime error: index out of range [" + x + "] with length " + y
	case 7:
		return "runtime error: cannot convert slice with length " + x + " to array or pointer to array with length " + y
	}
	var before, mid, after, negAfter string
	switch e.code {
	case 0:
		before, mid, after, negAfter = "[:", "] with capacity ", "", "]"
	case 1:
		before, mid, after, negAfter = "[:", "] with length ", "", "]"
	case 3:
		before, mid, after, negAfter = "[::", "] with capacity ", "", "]"
	case 4:
		before, mid, after, negAfter = "[:", ":", "]", ":]"
	case 5:
		before, mid, after, negAfter = "[", ":", ":]", "::]"
	case 6:
		before, mid, after, negAfter = "[::", "] with length ", "", "]"
	default:
		before, mid, after, negAfter = "[", ":", "]", ":]"
	}
	if neg {
		return "runtime error: slice bounds out of range " + before + x + negAfter
	}
	return "runtime error: slice bounds out of range " + before + x + mid + y + after
}

func itoa(v int64, signed bool) string {
	var buf [24]byte
	i := len(buf)
	u := uint64(v)
	neg := signed && v < 0
	if neg {
		u = uint64(-v)
	}
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func panicBounds(code int, x int64, xsigned int, y int) {
	panic(boundsError{x: x, y: y, signed: xsigned != 0, code: uint8(code)})
}

func panicString(kind int, msg string) {
	switch kind {
	case 0:
		panic(errorString(msg))
	case 1:
		panic(plainError(msg))
	}
	panic(&TypeAssertionError{msg: msg})
}

// PanicNilError is the value of panic(nil) (Go 1.21+).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// panicNil is called by gort_gopanic (runtime/defer.c) for panic(nil).
func panicNil() {
	panic(new(PanicNilError))
}
