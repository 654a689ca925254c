// Package utf8 implements functions and constants to support text encoded in UTF-8,
// like Go's unicode/utf8. Pure Go, written for golc's early compiler (no tables, no closures).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte
	MaxRune   = '\U0010FFFF' // maximum valid Unicode code point
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune, or -1 if the rune
// is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	if 0 <= r && r < surrogateMin {
		return true
	}
	if surrogateMax < r && r <= MaxRune {
		return true
	}
	return false
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune.
// An invalid rune is written as RuneError. It returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if r >= 0 && r < 0x80 {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	if r < 0x800 {
		p[0] = byte(0xC0 | (r >> 6))
		p[1] = byte(0x80 | (r & 0x3F))
		return 2
	}
	if r < 0x10000 {
		p[0] = byte(0xE0 | (r >> 12))
		p[1] = byte(0x80 | ((r >> 6) & 0x3F))
		p[2] = byte(0x80 | (r & 0x3F))
		return 3
	}
	p[0] = byte(0xF0 | (r >> 18))
	p[1] = byte(0x80 | ((r >> 12) & 0x3F))
	p[2] = byte(0x80 | ((r >> 6) & 0x3F))
	p[3] = byte(0x80 | (r & 0x3F))
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended buffer.
func AppendRune(p []byte, r rune) []byte {
	var buf [4]byte
	n := EncodeRune(buf[:], r)
	for i := 0; i < n; i++ {
		p = append(p, buf[i])
	}
	return p
}

// decode is the one decoder behind the Decode* functions: the rune starting at b0 (with up
// to three continuation bytes c1..c3 available as given by n), or (RuneError, 1).
func decode(b0, c1, c2, c3 byte, n int) (rune, int) {
	if b0 < 0x80 {
		return rune(b0), 1
	}
	var need int
	var r rune
	var lo rune
	if b0 >= 0xC2 && b0 <= 0xDF {
		need, r, lo = 1, rune(b0&0x1F), 0x80
	} else if b0 >= 0xE0 && b0 <= 0xEF {
		need, r, lo = 2, rune(b0&0x0F), 0x800
	} else if b0 >= 0xF0 && b0 <= 0xF4 {
		need, r, lo = 3, rune(b0&0x07), 0x10000
	} else {
		return RuneError, 1
	}
	if n < need+1 {
		return RuneError, 1
	}
	if c1&0xC0 != 0x80 {
		return RuneError, 1
	}
	r = r<<6 | rune(c1&0x3F)
	if need >= 2 {
		if c2&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(c2&0x3F)
	}
	if need >= 3 {
		if c3&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(c3&0x3F)
	}
	if r < lo || r > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		return RuneError, 1
	}
	return r, need + 1
}

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the rune and its width
// in bytes. If s is empty it returns (RuneError, 0); if the encoding is invalid, (RuneError, 1).
func DecodeRuneInString(s string) (rune, int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	var c1, c2, c3 byte
	if n > 1 {
		c1 = s[1]
	}
	if n > 2 {
		c2 = s[2]
	}
	if n > 3 {
		c3 = s[3]
	}
	return decode(s[0], c1, c2, c3, n)
}

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (rune, int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	var c1, c2, c3 byte
	if n > 1 {
		c1 = p[1]
	}
	if n > 2 {
		c2 = p[2]
	}
	if n > 3 {
		c3 = p[3]
	}
	return decode(p[0], c1, c2, c3, n)
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s and returns the rune and its width.
func DecodeLastRuneInString(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	// scan back over at most UTFMax bytes for a start byte
	start := end - 1
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if s[start]&0xC0 != 0x80 {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size := DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneCountInString returns the number of runes in s; invalid bytes count as one each.
func RuneCountInString(s string) int {
	count := 0
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRuneInString(s[i:])
			i += size
		}
		count++
	}
	return count
}

// RuneCount returns the number of runes in p.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// RuneStart reports whether the byte could be the first byte of an encoded rune.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// FullRuneInString reports whether s begins with a full UTF-8 encoding of a rune
// (an invalid encoding counts as a full rune of width 1).
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	b0 := s[0]
	need := 1
	if b0 >= 0xC2 && b0 <= 0xDF {
		need = 2
	} else if b0 >= 0xE0 && b0 <= 0xEF {
		need = 3
	} else if b0 >= 0xF0 && b0 <= 0xF4 {
		need = 4
	}
	if n >= need {
		return true
	}
	// a prefix that is already invalid is a full (error) rune
	lo, hi := byte(0x80), byte(0xBF)
	switch b0 {
	case 0xE0:
		lo = 0xA0
	case 0xED:
		hi = 0x9F
	case 0xF0:
		lo = 0x90
	case 0xF4:
		hi = 0x8F
	}
	if n > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	if n > 2 && s[2]&0xC0 != 0x80 {
		return true
	}
	return false
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool {
	if len(p) > 4 {
		p = p[:4]
	}
	return FullRuneInString(string(p))
}
