package strconv

import "unicode/utf8"

const lowerhex = "0123456789abcdef"

// IsPrint reports whether the rune is printable as Go defines it (letters, marks, numbers,
// punctuation, symbols and ASCII space). Without Unicode tables this is an approximation for
// non-ASCII runes: the control, separator, format, private-use and noncharacter ranges are
// not printable; everything else is (so unassigned code points count as printable). The C
// engine of fmt uses the same rule (fmt_is_print).
func IsPrint(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	if r < 0xA1 || r > utf8.MaxRune {
		return false
	}
	switch {
	case r == 0xAD, r >= 0x600 && r <= 0x605, r == 0x61C, r == 0x6DD, r == 0x70F:
		return false
	case r == 0x890 || r == 0x891 || r == 0x8E2 || r == 0x1680 || r == 0x180E:
		return false
	case r >= 0x2000 && r <= 0x200F, r >= 0x2028 && r <= 0x202F, r >= 0x205F && r <= 0x2064:
		return false
	case r >= 0x2066 && r <= 0x206F, r == 0x3000, r >= 0xD800 && r <= 0xF8FF:
		return false
	case r >= 0xFDD0 && r <= 0xFDEF, r == 0xFEFF, r >= 0xFFF0 && r <= 0xFFFB:
		return false
	case r == 0x110BD || r == 0x110CD, r >= 0x13430 && r <= 0x1343F, r >= 0x1BCA0 && r <= 0x1BCA3:
		return false
	case r >= 0x1D173 && r <= 0x1D17A, r >= 0xE0000:
		return false
	}
	return r&0xFFFE != 0xFFFE
}

func appendHex(buf []byte, kind byte, v uint32, n int) []byte {
	buf = append(buf, '\\', kind)
	for s := (n - 1) * 4; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[(v>>uint(s))&15])
	}
	return buf
}

func appendEscapedRune(buf []byte, r rune, quote byte, asciiOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if asciiOnly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, '\\', 'a')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\v':
		return append(buf, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7F:
		return appendHex(buf, 'x', uint32(r), 2)
	case !utf8.ValidRune(r):
		return appendHex(buf, 'u', 0xFFFD, 4)
	case r < 0x10000:
		return appendHex(buf, 'u', uint32(r), 4)
	}
	return appendHex(buf, 'U', uint32(r), 8)
}

func appendQuoted(buf []byte, s string, quote byte, asciiOnly bool) []byte {
	buf = append(buf, quote)
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		if width == 1 && r == utf8.RuneError {
			// an invalid byte is shown as itself
			buf = appendHex(buf, 'x', uint32(s[i]), 2)
		} else {
			buf = appendEscapedRune(buf, r, quote, asciiOnly)
		}
		i += width
	}
	return append(buf, quote)
}

// Quote returns a double-quoted Go string literal representing s, with Go escapes for control
// characters and non-printable runes.
func Quote(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', false))
}

// QuoteToASCII is Quote with every non-ASCII rune escaped.
func QuoteToASCII(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', true))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false)
}

// QuoteRune returns a single-quoted Go character literal representing the rune.
func QuoteRune(r rune) string {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf := []byte{'\''}
	buf = appendEscapedRune(buf, r, '\'', false)
	return string(append(buf, '\''))
}

// QuoteRuneToASCII is QuoteRune with non-ASCII runes escaped.
func QuoteRuneToASCII(r rune) string {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf := []byte{'\''}
	buf = appendEscapedRune(buf, r, '\'', true)
	return string(append(buf, '\''))
}

// CanBackquote reports whether s can be represented unchanged as a single-line backquoted
// string without control characters other than tab.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\uFEFF' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', true)
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}
