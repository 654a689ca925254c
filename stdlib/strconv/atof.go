package strconv

// ParseFloat's syntax checking is done here, in Go's words; the conversion itself is libc's
// strtod/strtof (atof.c), which rounds correctly (to nearest even) for decimal and hexadecimal
// input alike, as Go's does.

// strtod converts a valid, underscore-free Go float literal (decimal or 0x hexadecimal),
// rounding to float32 when bitSize is 32; overflow reports whether the result overflowed
// to an infinity.
func strtod(s string, bitSize int) (f float64, overflow bool)

// special parses an infinity or NaN at the start of s, returning the length it used.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	nsign := 0
	c := s[0]
	if c == '+' || c == '-' {
		if c == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		c = 'i'
	}
	switch c {
	case 'i', 'I':
		n := commonPrefixLenIgnoreCase(s, "infinity")
		// Anything longer than "inf" is ok, but if we don't have "infinity", only consume "inf".
		if 3 < n && n < 8 {
			n = 3
		}
		if n == 3 || n == 8 {
			inf := 1.0
			zero := 0.0
			inf = inf / zero
			if sign < 0 {
				inf = -inf
			}
			return inf, nsign + n, true
		}
	case 'n', 'N':
		if commonPrefixLenIgnoreCase(s, "nan") == 3 {
			zero := 0.0
			return zero / zero, 3, true
		}
	}
	return 0, 0, false
}

func commonPrefixLenIgnoreCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// floatSyntaxOK reports whether s is a Go floating-point literal as ParseFloat accepts it
// (sign, decimal or 0x mantissa, exponent — required for hex — and underscores between digits).
func floatSyntaxOK(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	hex := false
	if i+1 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		hex = true
		i += 2
	}
	underscores := false
	sawdot, sawdigits := false, false
loop:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
		case c == '.':
			if sawdot {
				break loop
			}
			sawdot = true
		case isDigit(c), hex && 'a' <= lower(c) && lower(c) <= 'f':
			sawdigits = true
		default:
			break loop
		}
	}
	if !sawdigits {
		return false
	}
	expChar := byte('e')
	if hex {
		expChar = 'p'
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || !isDigit(s[i]) {
			return false
		}
		for ; i < len(s) && (isDigit(s[i]) || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
			}
		}
	} else if hex {
		return false // hexadecimal mantissa requires a 'p' exponent
	}
	if i != len(s) {
		return false
	}
	return !underscores || underscoreOK(s)
}

// ParseFloat converts the string s to a floating-point number with the precision specified
// by bitSize: 32 for float32, or 64 for float64. It accepts decimal and hexadecimal
// floating-point numbers, underscores between digits, and "inf", "infinity", "nan" (any case).
// Errors are *NumError: ErrSyntax, or ErrRange with f = ±Inf when the value overflows.
func ParseFloat(s string, bitSize int) (float64, error) {
	if f, n, ok := special(s); ok {
		if n == len(s) {
			return f, nil
		}
		return 0, syntaxError("ParseFloat", s)
	}
	if !floatSyntaxOK(s) {
		return 0, syntaxError("ParseFloat", s)
	}
	clean := s
	if indexByteStr(s, '_') >= 0 {
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			if s[i] != '_' {
				b = append(b, s[i])
			}
		}
		clean = string(b)
	}
	if bitSize != 32 {
		bitSize = 64
	}
	f, overflow := strtod(clean, bitSize)
	if overflow {
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}
