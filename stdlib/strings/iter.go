// The iterator functions of package strings (Go 1.24): Lines, SplitSeq, SplitAfterSeq,
// FieldsSeq, FieldsFuncSeq — the lazy forms of Split, SplitAfter, Fields and FieldsFunc.
package strings

import (
	"iter"
	"unicode/utf8"
)

// Lines returns an iterator over the newline-terminated lines in s. The lines include
// their terminating newlines; a final line without one is yielded if it is not empty.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			n := len(s)
			if i := IndexByte(s, '\n'); i >= 0 {
				n = i + 1
			}
			if !yield(s[:n]) {
				return
			}
			s = s[n:]
		}
	}
}

// splitSeq yields the pieces of s around each sep, each with the first sepSave bytes of
// the separator; an empty sep splits s into its UTF-8 sequences.
func splitSeq(s, sep string, sepSave int) iter.Seq[string] {
	return func(yield func(string) bool) {
		if len(sep) == 0 {
			for len(s) > 0 {
				_, size := utf8.DecodeRuneInString(s)
				if !yield(s[:size]) {
					return
				}
				s = s[size:]
			}
			return
		}
		for {
			i := Index(s, sep)
			if i < 0 {
				break
			}
			if !yield(s[:i+sepSave]) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s)
	}
}

// SplitSeq returns an iterator over the substrings of s separated by sep (as Split).
func SplitSeq(s, sep string) iter.Seq[string] { return splitSeq(s, sep, 0) }

// SplitAfterSeq returns an iterator over the substrings of s split after each sep.
func SplitAfterSeq(s, sep string) iter.Seq[string] { return splitSeq(s, sep, len(sep)) }

// FieldsSeq returns an iterator over the runs of non-space characters of s (as Fields).
func FieldsSeq(s string) iter.Seq[string] { return FieldsFuncSeq(s, isSpace) }

// FieldsFuncSeq returns an iterator over the runs of code points of s not satisfying f.
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}
