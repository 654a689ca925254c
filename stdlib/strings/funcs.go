package strings

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a copy of s with all its characters modified according to the mapping
// function. If mapping returns a negative value, the character is dropped.
func Map(mapping func(rune) rune, s string) string {
	b := make([]byte, 0, len(s))
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// IndexFunc returns the index into s of the first Unicode code point satisfying f(c), or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index into s of the last Unicode code point satisfying f(c), or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// ContainsFunc reports whether any Unicode code points r within s satisfy f(r).
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// TrimLeftFunc returns s with all leading code points c satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns s with all trailing code points c satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns s with all leading and trailing code points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// FieldsFunc splits s at each run of code points c satisfying f(c) and returns the slices.
func FieldsFunc(s string, f func(rune) bool) []string {
	var spans []string
	start := -1
	for end, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, s[start:end])
				start = -1
			}
		} else if start < 0 {
			start = end
		}
	}
	if start >= 0 {
		spans = append(spans, s[start:])
	}
	return spans
}

// Title returns a copy of s with all Unicode letters that begin words mapped to their
// Unicode title case. Deprecated in Go (word boundaries are naive), but still used.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

// isSeparator reports whether the rune could mark a word boundary (as Go's Title does).
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9':
			return false
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			return false
		case r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// ToTitle returns a copy of s with all Unicode letters mapped to their title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// LastIndexAny returns the index of the last instance of any code point from chars in s, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// SplitAfterN slices s into substrings after each instance of sep (at most n of them).
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// CutPrefix returns s without the provided leading prefix string and reports whether it
// found the prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix string and reports whether it
// found the suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}
