package strings

import "unicode/utf8"

// Case mapping without Unicode tables: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic
// (the common ranges); other runes map to themselves.

// toUpperRune is unicode.ToUpper for the ranges above.
func toUpperRune(r rune) rune {
	switch {
	case r < 0x80:
		if 'a' <= r && r <= 'z' {
			return r - 32
		}
		return r
	case r == 0xB5:
		return 0x39C
	case r >= 0xE0 && r <= 0xFE && r != 0xF7:
		return r - 32
	case r == 0xFF:
		return 0x178
	case r == 0x131:
		return 'I'
	case r == 0x17F:
		return 'S'
	case (r >= 0x100 && r <= 0x137) || (r >= 0x14A && r <= 0x177):
		if r%2 == 1 {
			return r - 1
		}
		return r
	case (r >= 0x139 && r <= 0x148) || (r >= 0x179 && r <= 0x17E):
		if r%2 == 0 {
			return r - 1
		}
		return r
	case r == 0x3C2:
		return 0x3A3
	case r >= 0x3B1 && r <= 0x3CB:
		return r - 32
	case r == 0x3AC:
		return 0x386
	case r >= 0x3AD && r <= 0x3AF:
		return r - 37
	case r == 0x3CC:
		return 0x38C
	case r == 0x3CD || r == 0x3CE:
		return r - 63
	case r >= 0x430 && r <= 0x44F:
		return r - 32
	case r >= 0x450 && r <= 0x45F:
		return r - 80
	}
	return r
}

// toLowerRune is unicode.ToLower for the ranges above.
func toLowerRune(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 32
	case r == 0x130:
		return 'i'
	case r == 0x178:
		return 0xFF
	case (r >= 0x100 && r <= 0x137) || (r >= 0x14A && r <= 0x177):
		if r%2 == 0 {
			return r + 1
		}
		return r
	case (r >= 0x139 && r <= 0x148) || (r >= 0x179 && r <= 0x17E):
		if r%2 == 1 {
			return r + 1
		}
		return r
	case r >= 0x391 && r <= 0x3AB && r != 0x3A2:
		return r + 32
	case r == 0x386:
		return 0x3AC
	case r >= 0x388 && r <= 0x38A:
		return r + 37
	case r == 0x38C:
		return 0x3CC
	case r == 0x38E || r == 0x38F:
		return r + 63
	case r >= 0x410 && r <= 0x42F:
		return r + 32
	case r >= 0x400 && r <= 0x40F:
		return r + 80
	}
	return r
}

// mapRunes applies toUpperRune (upper) or toLowerRune to each rune of s; invalid bytes
// become U+FFFD as in Go's strings.Map.
func mapRunes(s string, upper bool) string {
	var b Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if upper {
			b.WriteRune(toUpperRune(r))
		} else {
			b.WriteRune(toLowerRune(r))
		}
		i += size
	}
	return b.String()
}

// ToUpper returns s with all letters mapped to their upper case.
func ToUpper(s string) string {
	isASCII, hasLower := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		if 'a' <= c && c <= 'z' {
			hasLower = true
		}
	}
	if isASCII {
		if !hasLower {
			return s
		}
		buf := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			buf[i] = c
		}
		return string(buf)
	}
	return mapRunes(s, true)
}

// ToLower returns s with all letters mapped to their lower case.
func ToLower(s string) string {
	isASCII, hasUpper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			hasUpper = true
		}
	}
	if isASCII {
		if !hasUpper {
			return s
		}
		buf := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		return string(buf)
	}
	return mapRunes(s, false)
}

// EqualFold reports whether s and t are equal under simple case folding (for the ranges
// above: a rune folds to its lower case).
func EqualFold(s, t string) bool {
	for len(s) > 0 && len(t) > 0 {
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRuneInString(t)
		s = s[n1:]
		t = t[n2:]
		if r1 == r2 {
			continue
		}
		if toLowerRune(r1) != toLowerRune(r2) {
			return false
		}
	}
	return len(s) == len(t)
}
