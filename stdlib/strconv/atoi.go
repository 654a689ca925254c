package strconv

import "errors"

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError {
	return &NumError{Func: fn, Num: str, Err: ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{Func: fn, Num: str, Err: ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{Func: fn, Num: str, Err: errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{Func: fn, Num: str, Err: errors.New("invalid bit size " + Itoa(bitSize))}
}

func lower(c byte) byte {
	return c | ('x' - 'X')
}

// underscoreOK reports whether the underscores in s (a base-prefixed literal, sign allowed)
// are each between two digits or between the base prefix and a digit.
func underscoreOK(s string) bool {
	// saw tracks the last character class: '^' start, '0' digit or prefix, '_' underscore,
	// '!' anything else.
	saw := byte('^')
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if ('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f') {
			saw = '0'
			continue
		}
		if c == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// parseUint is ParseUint reporting errors as *NumError with the given function name and
// input (ParseInt passes the string with its sign). A sign prefix is not permitted in s.
func parseUint(fn, s, orig string, base int, bitSize int) (uint64, *NumError) {
	if s == "" {
		return 0, syntaxError(fn, orig)
	}
	base0 := base == 0
	s0 := s
	if 2 <= base && base <= 36 {
		// valid base; nothing to do
	} else if base == 0 {
		base = 10
		if s[0] == '0' {
			if len(s) >= 3 && lower(s[1]) == 'b' {
				base = 2
				s = s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'o' {
				base = 8
				s = s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'x' {
				base = 16
				s = s[2:]
			} else {
				base = 8
				s = s[1:]
			}
		}
	} else {
		return 0, baseError(fn, orig, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, orig, bitSize)
	}

	// cutoff: the smallest number such that cutoff*base > maxUint64
	cutoff := ^uint64(0)/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1

	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		if c == '_' && base0 {
			underscores = true
			continue
		} else if '0' <= c && c <= '9' {
			d = c - '0'
		} else if 'a' <= lower(c) && lower(c) <= 'z' {
			d = lower(c) - 'a' + 10
		} else {
			return 0, syntaxError(fn, orig)
		}
		if d >= byte(base) {
			return 0, syntaxError(fn, orig)
		}
		if n >= cutoff {
			return maxVal, rangeError(fn, orig)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fn, orig)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fn, orig)
	}
	return n, nil
}

// ParseUint is like ParseInt but for unsigned numbers. A sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, ne := parseUint("ParseUint", s, s, base, bitSize)
	if ne != nil {
		return n, ne
	}
	return n, nil
}

// parseInt is ParseInt reporting errors as *NumError under the given function name.
func parseInt(fn, s string, base int, bitSize int) (int64, *NumError) {
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, ne := parseUint(fn, s, s0, base, bitSize)
	if ne != nil && ne.Err != ErrRange {
		return 0, ne
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size (0 to 64) and
// returns the corresponding value. Base 0 means the base is implied by the prefix (0b, 0o or
// 0, 0x) and underscores are permitted. Out-of-range values return the nearest bound and
// ErrRange; errors are *NumError.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	n, ne := parseInt("ParseInt", s, base, bitSize)
	if ne != nil {
		return n, ne
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	n, ne := parseInt("Atoi", s, 10, 0)
	if ne != nil {
		return int(n), ne
	}
	return int(n), nil
}
