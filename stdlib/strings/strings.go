// Package strings implements simple functions to manipulate UTF-8 encoded strings, like Go's
// strings package. Plain Go for golc's early compiler: no closures, maps or generics, so the
// *Func variants and Reader/Replacer are not here yet.
package strings

import "unicode/utf8"

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return 0
	}
	for i := 0; i+n <= len(s); i++ {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexByte returns the index of the first instance of c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the rune r in s, or -1.
// An invalid rune (or RuneError) matches the first invalid sequence or U+FFFD, as in Go.
func IndexRune(s string, r rune) int {
	if r >= 0 && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == r || (c == utf8.RuneError && !utf8.ValidRune(r)) {
			return i
		}
		i += size
	}
	return -1
}

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int {
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		if IndexRune(chars, c) >= 0 {
			return i
		}
		i += size
	}
	return -1
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

// ContainsRune reports whether the rune r is within s.
func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Count counts the non-overlapping instances of substr in s; for an empty substr it returns
// 1 + the number of runes in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Repeat returns a new string consisting of count copies of s.
func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if count == 0 || len(s) == 0 {
		return ""
	}
	if len(s)*count/count != len(s) {
		panic("strings: Repeat output length overflow")
	}
	buf := make([]byte, 0, len(s)*count)
	for k := 0; k < count; k++ {
		for i := 0; i < len(s); i++ {
			buf = append(buf, s[i])
		}
	}
	return string(buf)
}

// explode splits s into UTF-8 sequences, one per rune (invalid bytes one each), at most n
// pieces (n < 0: all), the last one holding the rest.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s around sep, keeping sepSave bytes of sep in each piece, at most n pieces.
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitN slices s into at most n substrings separated by sep (n < 0: all).
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// Join concatenates the elements of elems with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for i := 0; i < len(elems); i++ {
		n += len(elems[i])
	}
	buf := make([]byte, 0, n)
	for i := 0; i < len(elems); i++ {
		if i > 0 {
			for k := 0; k < len(sep); k++ {
				buf = append(buf, sep[k])
			}
		}
		e := elems[i]
		for k := 0; k < len(e); k++ {
			buf = append(buf, e[k])
		}
	}
	return string(buf)
}

// Replace returns s with the first n non-overlapping instances of old replaced by new
// (n < 0: all). An empty old matches at the start and after each rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	m := Count(s, old)
	if m == 0 {
		return s
	}
	if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll returns s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// Cut slices s around the first instance of sep.
func Cut(s, sep string) (before, after string, found bool) {
	i := Index(s, sep)
	if i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// Compare returns an integer comparing two strings lexicographically.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}
