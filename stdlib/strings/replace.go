package strings

import "io"

// Replacer replaces a list of strings with replacements. Go picks among several algorithms;
// golc uses one: at each position, the first old string (in argument order) that matches
// wins, which is what Go's generic algorithm does (its priority is argument order too), and
// an empty old string matches at every byte position as Go's does.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. It panics if
// given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	changed := false
	i := 0
	for i <= len(s) {
		matched := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if HasPrefix(s[i:], old) {
				b.WriteString(r.oldnew[k+1])
				changed = true
				matched = true
				if len(old) == 0 {
					// empty match: copy one byte and move on (Go's generic
					// replacer works on bytes too, even inside a multibyte rune)
					if i < len(s) {
						b.WriteByte(s[i])
					}
					i++
				} else {
					i += len(old)
				}
				break
			}
		}
		if !matched {
			if i < len(s) {
				b.WriteByte(s[i])
			}
			i++
		}
	}
	if !changed {
		return s
	}
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
