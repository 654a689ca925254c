package fmt

import "errors"

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error. With one %w verb the result has an Unwrap() error method returning that
// operand; with several, an Unwrap() []error method returning them in argument order (as
// Go's: *fmt.wrapError and *fmt.wrapErrors, so %T matches too).
func Errorf(format string, a ...any) error {
	msg := errorfText(format, a)
	var buf [4]int   // room for the usual few %w verbs without a heap slice
	wrapped := wrappedArgNums(format, len(a), buf[:0])
	switch len(wrapped) {
	case 0:
		return errors.New(msg)
	case 1:
		w := &wrapError{msg: msg}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	sortInts(wrapped)
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{msg, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// wrappedArgNums returns the operand index of every %w verb in format that has an operand,
// numbering operands the way Printf does (explicit [n] indexes, '*' width and precision),
// appended to out.
func wrappedArgNums(format string, nargs int, out []int) []int {
	argNum := 0
	end := len(format)
	for i := 0; i < end; {
		if format[i] != '%' {
			i++
			continue
		}
		i++
		for i < end && isFlag(format[i]) {
			i++
		}
		good := true
		i, argNum, good = argIndex(format, i, argNum, good)
		if i < end && format[i] == '*' {
			i++
			argNum++
		} else {
			for i < end && format[i] >= '0' && format[i] <= '9' {
				i++
			}
		}
		if i < end && format[i] == '.' {
			i++
			i, argNum, good = argIndex(format, i, argNum, good)
			if i < end && format[i] == '*' {
				i++
				argNum++
			} else {
				for i < end && format[i] >= '0' && format[i] <= '9' {
					i++
				}
			}
		}
		i, argNum, good = argIndex(format, i, argNum, good)
		if i >= end {
			break
		}
		verb := format[i]
		if verb < 0x80 {
			i++
		} else {
			i++
			for i < end && format[i]&0xC0 == 0x80 {
				i++
			}
		}
		if verb == '%' {
			continue
		}
		if !good || argNum >= nargs {
			continue
		}
		if verb == 'w' {
			out = append(out, argNum)
		}
		argNum++
	}
	return out
}

func isFlag(c byte) bool {
	return c == '#' || c == '0' || c == '+' || c == '-' || c == ' '
}

// argIndex parses an explicit "[n]" operand index at format[i:], if there is one.
func argIndex(format string, i, argNum int, good bool) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return i, argNum, good
	}
	for j := i + 1; j < len(format); j++ {
		if format[j] == ']' {
			n := 0
			ok := j > i+1
			for k := i + 1; k < j; k++ {
				if format[k] < '0' || format[k] > '9' {
					ok = false
					break
				}
				n = n*10 + int(format[k]-'0')
			}
			if !ok || n < 1 {
				return j + 1, argNum, false
			}
			return j + 1, n - 1, good
		}
	}
	return len(format), argNum, false
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
