package bytes

import "unicode/utf8"

// isSpace is unicode.IsSpace (kept local: the hot path of Fields and TrimSpace).
func isSpace(r rune) bool {
	if r <= 0xFF {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	if r >= 0x2000 && r <= 0x200A {
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return false
}

// decodeLastRune is utf8.DecodeLastRune: the last rune of s and its width.
func decodeLastRune(s []byte) (rune, int) {
	if len(s) == 0 {
		return utf8.RuneError, 0
	}
	start := len(s) - 1
	if s[start] < utf8.RuneSelf {
		return rune(s[start]), 1
	}
	lim := len(s) - utf8.UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if utf8.RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size := utf8.DecodeRune(s[start:])
	if start+size != len(s) {
		return utf8.RuneError, 1
	}
	return r, size
}

// TrimSpace returns a subslice of s without leading and trailing white space; nil when
// nothing is left (as gc).
func TrimSpace(s []byte) []byte {
	return TrimFunc(s, isSpace)
}

// TrimLeftFunc returns a subslice of s without the leading code points satisfying f; nil
// when nothing is left.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s without the trailing code points satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRune(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns a subslice of s without the leading and trailing code points satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// IndexFunc returns the byte index of the first code point satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the byte index of the last code point satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for start := 0; start < len(s); {
		r, wid := utf8.DecodeRune(s[start:])
		if f(r) == truth {
			return start
		}
		start += wid
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := decodeLastRune(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// inCutset reports whether r is one of the runes of cutset.
func inCutset(r rune, cutset string) bool {
	for _, c := range cutset {
		if c == r {
			return true
		}
	}
	return false
}

// Trim returns a subslice of s without the leading and trailing code points in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimLeft returns a subslice of s without the leading code points in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(s)
		}
		if !inCutset(r, cutset) {
			break
		}
		s = s[n:]
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimRight returns a subslice of s without the trailing code points in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := decodeLastRune(s)
		if !inCutset(r, cutset) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// IndexRune returns the byte index of the first occurrence of r in s, or -1.
func IndexRune(s []byte, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRune(s[i:])
		if c == r {
			return i
		}
		i += n
	}
	return -1
}

// IndexAny returns the byte index of the first code point of s that is in chars, or -1.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRune(s[i:])
		if inCutset(c, chars) {
			return i
		}
		i += n
	}
	return -1
}
