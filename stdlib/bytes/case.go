package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a copy of s with every code point modified by mapping; negative results are
// dropped.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, wid := utf8.DecodeRune(s[i:])
		r = mapping(r)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += wid
	}
	return b
}

// ToUpper returns a copy of s with all Unicode letters mapped to their upper case.
func ToUpper(s []byte) []byte {
	isASCII, hasLower := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		hasLower = hasLower || ('a' <= c && c <= 'z')
	}
	if isASCII {
		if !hasLower {
			return append([]byte(""), s...)
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b[i] = c
		}
		return b
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns a copy of s with all Unicode letters mapped to their lower case.
func ToLower(s []byte) []byte {
	isASCII, hasUpper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		hasUpper = hasUpper || ('A' <= c && c <= 'Z')
	}
	if isASCII {
		if !hasUpper {
			return append([]byte(""), s...)
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return b
	}
	return Map(unicode.ToLower, s)
}

// EqualFold reports whether s and t, as UTF-8 strings, are equal under simple Unicode
// case-folding.
func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		sr, sn := utf8.DecodeRune(s)
		tr, tn := utf8.DecodeRune(t)
		s, t = s[sn:], t[tn:]
		if sr == tr {
			continue
		}
		if unicode.ToLower(sr) != unicode.ToLower(tr) && unicode.ToUpper(sr) != unicode.ToUpper(tr) {
			return false
		}
	}
	return len(s) == len(t)
}
