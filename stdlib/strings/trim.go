package strings

import "unicode/utf8"

// isSpace is unicode.IsSpace: the Latin-1 white space characters and the Unicode Zs/Zl/Zp
// separators that Go counts as space.
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

// TrimSpace returns s without leading and trailing white space, as defined by Unicode.
func TrimSpace(s string) string {
	start := 0
	for start < len(s) {
		r, size := utf8.DecodeRuneInString(s[start:])
		if !isSpace(r) {
			break
		}
		start += size
	}
	end := len(s)
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	return s[start:end]
}

// inCutset reports whether r is one of the runes of cutset.
func inCutset(r rune, cutset string) bool {
	for i := 0; i < len(cutset); {
		c, size := utf8.DecodeRuneInString(cutset[i:])
		if c == r {
			return true
		}
		i += size
	}
	return false
}

// TrimLeft returns s without the leading runes contained in cutset.
func TrimLeft(s, cutset string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !inCutset(r, cutset) {
			break
		}
		s = s[size:]
	}
	return s
}

// TrimRight returns s without the trailing runes contained in cutset.
func TrimRight(s, cutset string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !inCutset(r, cutset) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// Trim returns s without the leading and trailing runes contained in cutset.
func Trim(s, cutset string) string {
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimPrefix returns s without the leading prefix string, if present.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix string, if present.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s string) []string {
	var a []string
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			if start >= 0 {
				a = append(a, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		a = append(a, s[start:])
	}
	if len(a) == 0 {
		return []string{}
	}
	return a
}
