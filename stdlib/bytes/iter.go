// The iterator functions of package bytes (Go 1.24): Lines, SplitSeq, SplitAfterSeq,
// FieldsSeq, FieldsFuncSeq. The yielded slices are sub-slices of s with their capacity
// clipped to their length, as gc's are.
package bytes

import (
	"iter"
	"unicode/utf8"
)

// Lines returns an iterator over the newline-terminated lines in s (newlines included; a
// final line without one is yielded if it is not empty).
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			n := len(s)
			if i := IndexByte(s, '\n'); i >= 0 {
				n = i + 1
			}
			if !yield(s[:n:n]) {
				return
			}
			s = s[n:]
		}
	}
}

// splitSeq yields the pieces of s around each sep, each with the first sepSave bytes of
// the separator; an empty sep splits s into its UTF-8 sequences.
func splitSeq(s, sep []byte, sepSave int) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		if len(sep) == 0 {
			for len(s) > 0 {
				_, size := utf8.DecodeRune(s)
				if !yield(s[:size:size]) {
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
			end := i + sepSave
			if !yield(s[:end:end]) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s[:len(s):len(s)])
	}
}

// SplitSeq returns an iterator over the sub-slices of s separated by sep (as Split).
func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, 0) }

// SplitAfterSeq returns an iterator over the sub-slices of s split after each sep.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, len(sep)) }

// FieldsSeq returns an iterator over the runs of non-space characters of s (as Fields).
func FieldsSeq(s []byte) iter.Seq[[]byte] { return FieldsFuncSeq(s, isSpace) }

// FieldsFuncSeq returns an iterator over the runs of code points of s not satisfying f.
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRune(s[i:])
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i:i]) {
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
			yield(s[start:len(s):len(s)])
		}
	}
}
