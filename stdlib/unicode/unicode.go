// Package unicode provides data and functions to test some properties of Unicode code
// points, like Go's unicode package.
//
// Coverage: the classes below come from tables.go, generated from Go's own tables (complete
// for the Unicode version named there): Letter, Upper, Lower, Title, Digit, Number, Punct,
// Mark, Symbol, Control, Space, and the scripts Han, Latin, Greek, Cyrillic, Hiragana,
// Katakana, Hangul, Arabic, Hebrew. Case mapping (To, ToUpper, ToLower, ToTitle) uses Go's
// CaseRanges. SimpleFold is exact (tables.go holds its exceptions).
// Not yet: the other categories and scripts, and special casing (TurkishCase).
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// upperLowerDelta marks a case range of alternating upper and lower case letters.
const upperLowerDelta = MaxRune + 1

// RangeTable defines a set of Unicode code points: here a flat list of (lo, hi, stride)
// triples (Go's R16/R32 fields are not there).
type RangeTable struct {
	r []uint32
}

var (
	Letter      = &RangeTable{tableLetter}
	L           = Letter
	Upper       = &RangeTable{tableUpper}
	Lu          = Upper
	Lower       = &RangeTable{tableLower}
	Ll          = Lower
	Title       = &RangeTable{tableTitle}
	Lt          = Title
	Digit       = &RangeTable{tableDigit}
	Nd          = Digit
	Number      = &RangeTable{tableNumber}
	N           = Number
	Punct       = &RangeTable{tablePunct}
	P           = Punct
	Mark        = &RangeTable{tableMark}
	M           = Mark
	Symbol      = &RangeTable{tableSymbol}
	S           = Symbol
	Cc          = &RangeTable{tableControl}
	Zs          = &RangeTable{tableZs}
	White_Space = &RangeTable{tableWhiteSpace}

	Han      = &RangeTable{scriptHan}
	Latin    = &RangeTable{scriptLatin}
	Greek    = &RangeTable{scriptGreek}
	Cyrillic = &RangeTable{scriptCyrillic}
	Hiragana = &RangeTable{scriptHiragana}
	Katakana = &RangeTable{scriptKatakana}
	Hangul   = &RangeTable{scriptHangul}
	Arabic   = &RangeTable{scriptArabic}
	Hebrew   = &RangeTable{scriptHebrew}
)

// inTable reports whether r is in the (lo, hi, stride) triples of t (binary search).
func inTable(t []uint32, r rune) bool {
	if r < 0 {
		return false
	}
	c := uint32(r)
	lo, hi := 0, len(t)/3
	for lo < hi {
		m := lo + (hi-lo)/2
		rlo, rhi := t[3*m], t[3*m+1]
		if rlo <= c && c <= rhi {
			stride := t[3*m+2]
			return stride == 1 || (c-rlo)%stride == 0
		}
		if c < rlo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	return inTable(rangeTab.r, r)
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || r == 0xAA || r == 0xB5 || r == 0xBA ||
			(r >= 0xC0 && r != 0xD7 && r != 0xF7)
	}
	return inTable(tableLetter, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return inTable(tableUpper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	return inTable(tableLower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return inTable(tableTitle, r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return inTable(tableDigit, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	return inTable(tableNumber, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool {
	return inTable(tablePunct, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	return inTable(tableMark, r)
}

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool {
	return inTable(tableSymbol, r)
}

// IsControl reports whether the rune is a control character. The C (Other) Unicode
// category includes more code points such as surrogates; use Is(C, r) to test for them.
func IsControl(r rune) bool {
	return uint32(r) <= MaxLatin1 && inTable(tableControl, r)
}

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space
// property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL),
// U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return inTable(tableWhiteSpace, r)
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: letters, marks,
// numbers, punctuation, symbols, and spaces (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	return IsPrint(r) || inTable(tableZs, r)
}

// IsPrint reports whether the rune is defined as printable by Go: letters, marks, numbers,
// punctuation, symbols, and the ASCII space character.
func IsPrint(r rune) bool {
	if r == ' ' {
		return true
	}
	return inTable(tableLetter, r) || inTable(tableMark, r) || inTable(tableNumber, r) ||
		inTable(tablePunct, r) || inTable(tableSymbol, r)
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar
	}
	lo, hi := 0, len(tableCase)/5
	for lo < hi {
		m := lo + (hi-lo)/2
		clo, chi := tableCase[5*m], tableCase[5*m+1]
		if clo <= r && r <= chi {
			delta := tableCase[5*m+2+_case]
			if delta > MaxRune {
				// An Upper-Lower sequence starts with an upper case letter: even offsets
				// are upper case, odd ones lower case.
				return clo + ((r-clo)&^1 | rune(_case&1))
			}
			return r + delta
		}
		if r < clo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined simple
// case folding: it returns the smallest rune > r in r's orbit if one exists, else the
// smallest rune >= 0 in it; r itself when r is not a valid rune.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	// The exceptions (orbits of three or more, one-way mappings) are few: binary search.
	lo, hi := 0, len(foldExceptions)/2
	for lo < hi {
		m := lo + (hi-lo)/2
		if foldExceptions[2*m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(foldExceptions)/2 && foldExceptions[2*lo] == r {
		return foldExceptions[2*lo+1]
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
