// Package errors creates simple error values, like Go's errors package.
// Unwrap, Is, As and Join are not available yet (they need type assertions).
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
