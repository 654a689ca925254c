// Package errors implements functions to manipulate errors, like Go's errors package:
// New, Is, As, Unwrap, Join. As assigns through its target with a C shim (as.c) that reads
// the runtime's type descriptors, since golc has no reflect package.
package errors

// New returns an error whose Error method returns text. Each call returns a distinct value.
func New(text string) error {
	return &errorString{s: text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported indicates that a requested operation cannot be performed, because it is
// unsupported.
var ErrUnsupported = New("unsupported operation")
