package testing

// Test and benchmark name matching for -test.run, -test.bench and -test.skip, and the
// naming of subtests (spaces become '_', duplicates get a #NN suffix), with gc's rules: a
// pattern splits at top-level '|' into alternatives and each alternative at top-level '/'
// into one regexp per subtest level.
//
// golc has no regexp package, so the patterns are matched by the small backtracking
// matcher below. Its subset of RE2 syntax: literals, '.', '*', '+', '?' (greedy; a
// following '?' makes them lazy, which changes nothing for a yes/no match), '|',
// '^', '$', groups '(...)' and '(?:...)', classes '[abc]', '[^a-z]', and the escapes
// \d \D \w \W \s \S and \<punctuation>. Counted repetition {n,m}, flags, Unicode
// classes and \b are not supported: such a pattern is reported as invalid.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// ---- the regexp subset ----

const (
	reLit = iota
	reAny
	reClass
	reBegin
	reEnd
	reCat
	reAlt
	reStar
	rePlus
	reQuest
)

type reNode struct {
	op     int
	r      rune
	ranges []rune // reClass: lo, hi pairs
	negate bool
	subs   []*reNode
}

type reParser struct {
	src []rune
	pos int
	err string // regexp/syntax's error text: "code: `expr`"
}

func (p *reParser) fail(code, expr string) {
	if p.err == "" {
		p.err = code + ": `" + expr + "`"
	}
}

func compileRE(pat string) (*reNode, string) {
	p := &reParser{src: []rune(pat)}
	n := p.alt()
	if p.err == "" && p.pos < len(p.src) {
		p.fail("unexpected )", pat)
	}
	return n, p.err
}

func (p *reParser) more() bool { return p.pos < len(p.src) && p.err == "" }

func (p *reParser) alt() *reNode {
	n := p.cat()
	if !p.more() || p.src[p.pos] != '|' {
		return n
	}
	a := &reNode{op: reAlt, subs: []*reNode{n}}
	for p.more() && p.src[p.pos] == '|' {
		p.pos++
		a.subs = append(a.subs, p.cat())
	}
	return a
}

func (p *reParser) cat() *reNode {
	c := &reNode{op: reCat}
	for p.more() && p.src[p.pos] != '|' && p.src[p.pos] != ')' {
		a := p.atom()
		for p.more() {
			ch := p.src[p.pos]
			op := -1
			switch ch {
			case '*':
				op = reStar
			case '+':
				op = rePlus
			case '?':
				op = reQuest
			case '{':
				p.fail("counted repetition is not supported by golc's testing matcher", string(p.src))
			}
			if op < 0 {
				break
			}
			p.pos++
			if p.more() && p.src[p.pos] == '?' {
				p.pos++ // lazy: same language
			}
			a = &reNode{op: op, subs: []*reNode{a}}
		}
		c.subs = append(c.subs, a)
	}
	return c
}

func (p *reParser) atom() *reNode {
	ch := p.src[p.pos]
	p.pos++
	switch ch {
	case '.':
		return &reNode{op: reAny}
	case '^':
		return &reNode{op: reBegin}
	case '$':
		return &reNode{op: reEnd}
	case '*', '+', '?':
		p.fail("missing argument to repetition operator", string(ch))
		return &reNode{op: reCat}
	case '(':
		if p.pos+1 < len(p.src) && p.src[p.pos] == '?' && p.src[p.pos+1] == ':' {
			p.pos += 2
		}
		n := p.alt()
		if p.pos >= len(p.src) || p.src[p.pos] != ')' {
			p.fail("missing closing )", string(p.src))
			return n
		}
		p.pos++
		return n
	case '[':
		return p.class()
	case '\\':
		return p.escape(false)
	}
	return &reNode{op: reLit, r: ch}
}

// escape parses what follows a backslash; in a class, \d etc. add ranges to the class.
func (p *reParser) escape(inClass bool) *reNode {
	if p.pos >= len(p.src) {
		p.fail("trailing backslash at end of expression", "")
		return &reNode{op: reCat}
	}
	ch := p.src[p.pos]
	p.pos++
	var ranges []rune
	neg := false
	switch ch {
	case 'd', 'D':
		ranges = []rune{'0', '9'}
		neg = ch == 'D'
	case 'w', 'W':
		ranges = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
		neg = ch == 'W'
	case 's', 'S':
		ranges = []rune{'\t', '\n', '\f', '\r', ' ', ' '}
		neg = ch == 'S'
	case 'n':
		return &reNode{op: reLit, r: '\n'}
	case 't':
		return &reNode{op: reLit, r: '\t'}
	default:
		if ch < 128 && (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9') {
			p.fail("invalid escape sequence", "\\"+string(ch))
		}
		return &reNode{op: reLit, r: ch}
	}
	return &reNode{op: reClass, ranges: ranges, negate: neg}
}

func (p *reParser) class() *reNode {
	n := &reNode{op: reClass}
	start := p.pos - 1
	if p.pos < len(p.src) && p.src[p.pos] == '^' {
		n.negate = true
		p.pos++
	}
	first := true
	for {
		if p.pos >= len(p.src) {
			p.fail("missing closing ]", string(p.src[start:]))
			return n
		}
		ch := p.src[p.pos]
		if ch == ']' && !first {
			p.pos++
			return n
		}
		first = false
		p.pos++
		if ch == '\\' {
			e := p.escape(true)
			if e.op == reClass {
				if e.negate {
					p.fail("negated escape in a class is not supported by golc's testing matcher", string(p.src[start:]))
				}
				n.ranges = append(n.ranges, e.ranges...)
				continue
			}
			ch = e.r
		}
		lo, hi := ch, ch
		if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
			hi = p.src[p.pos+1]
			p.pos += 2
			if hi < lo {
				p.fail("invalid character class range", string([]rune{lo, '-', hi}))
			}
		}
		n.ranges = append(n.ranges, lo, hi)
	}
}

// m reports whether n matches s at i, continuing with k at the end of the match.
func (n *reNode) m(s []rune, i int, k func(int) bool) bool {
	switch n.op {
	case reLit:
		return i < len(s) && s[i] == n.r && k(i+1)
	case reAny:
		return i < len(s) && s[i] != '\n' && k(i+1)
	case reClass:
		if i >= len(s) {
			return false
		}
		in := false
		for j := 0; j+1 < len(n.ranges); j += 2 {
			if s[i] >= n.ranges[j] && s[i] <= n.ranges[j+1] {
				in = true
				break
			}
		}
		return in != n.negate && k(i+1)
	case reBegin:
		return i == 0 && k(i)
	case reEnd:
		return i == len(s) && k(i)
	case reCat:
		return catMatch(n.subs, s, i, k)
	case reAlt:
		for _, a := range n.subs {
			if a.m(s, i, k) {
				return true
			}
		}
		return false
	case reQuest:
		return n.subs[0].m(s, i, k) || k(i)
	case rePlus:
		return n.subs[0].m(s, i, func(j int) bool { return j > i && n.star(s, j, k) })
	case reStar:
		return n.star(s, i, k)
	}
	return false
}

// star matches n.subs[0]* greedily; an iteration must consume input (no empty loops).
func (n *reNode) star(s []rune, i int, k func(int) bool) bool {
	if n.subs[0].m(s, i, func(j int) bool { return j > i && n.star(s, j, k) }) {
		return true
	}
	return k(i)
}

func catMatch(subs []*reNode, s []rune, i int, k func(int) bool) bool {
	if len(subs) == 0 {
		return k(i)
	}
	return subs[0].m(s, i, func(j int) bool { return catMatch(subs[1:], s, j, k) })
}

// search reports whether the pattern matches anywhere in str (regexp.MatchString).
func (n *reNode) search(str string) bool {
	s := []rune(str)
	for i := 0; i <= len(s); i++ {
		if n.m(s, i, func(int) bool { return true }) {
			return true
		}
	}
	return false
}

// ---- name filters ----

// A filter is a list of alternatives (the pattern split at top-level '|'), each a list
// of per-level patterns (split at top-level '/'): -run 'A/x|B' runs subtest x of A, and
// all of B. Nil: everything matches.
type filter [][]*reNode

type matcher struct {
	filter filter
	skip   filter
	seen   map[string]int
}

func newMatcher(pat, flagName, skip string) *matcher {
	return &matcher{filter: compileFilter(pat, flagName), skip: compileFilter(skip, "-test.skip"), seen: map[string]int{}}
}

func compileFilter(pat, flagName string) filter {
	if pat == "" {
		return nil
	}
	alts := splitRegexp(pat)
	var f filter
	for ai, alt := range alts {
		var levels []*reNode
		for i, elem := range alt {
			elem = rewrite(elem)
			re, err := compileRE(elem)
			if err != "" {
				where := ""
				if len(alts) > 1 {
					where = "alternation " + strconv.Itoa(ai) + " of "
				}
				fmt.Fprintf(os.Stderr, "testing: invalid regexp for %selement %d of %s (%q): error parsing regexp: %s\n",
					where, i, flagName, elem, err)
				os.Exit(1)
			}
			levels = append(levels, re)
		}
		f = append(f, levels)
	}
	return f
}

// matches reports whether the name's elements match one alternative, and whether that
// match is partial (the alternative has more levels than the name).
func (f filter) matches(elems []string) (ok, partial bool) {
	for _, levels := range f {
		ok := true
		for i, e := range elems {
			if i >= len(levels) {
				break
			}
			if !levels[i].search(e) {
				ok = false
				break
			}
		}
		if ok {
			return true, len(elems) < len(levels)
		}
	}
	return false, false
}

// splitRegexp splits a pattern at the '|' and then '/' outside brackets and parentheses.
func splitRegexp(s string) [][]string {
	var alts [][]string
	var cur []string
	cs, cp, start := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/', '|':
			if cs == 0 && cp == 0 {
				cur = append(cur, s[start:i])
				start = i + 1
				if s[i] == '|' {
					alts = append(alts, cur)
					cur = nil
				}
			}
		}
	}
	return append(alts, append(cur, s[start:]))
}

// fullName returns the full name of subtest subname of c (nil or the root: a top-level
// test), whether it matches the filter, and whether the match is only partial (the
// filter has more levels than the name).
func (m *matcher) fullName(c *common, subname string) (string, bool, bool) {
	name := subname
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	elems := strings.Split(name, "/")
	ok, partial := true, false
	if m.filter != nil {
		ok, partial = m.filter.matches(elems)
	}
	if !ok {
		return name, false, false
	}
	if m.skip != nil {
		if skip, partialSkip := m.skip.matches(elems); skip && !partialSkip {
			return name, false, false
		}
	}
	return name, ok, partial
}

// unique makes parent/subname unique by appending #01, #02... (#00 for an empty
// subname), as gc does.
func (m *matcher) unique(parent, subname string) string {
	name := parent + "/" + subname
	empty := subname == ""
	for {
		next, exists := m.seen[name]
		if !empty && !exists {
			m.seen[name] = 1
			return name
		}
		m.seen[name] = next + 1
		name = name + "#" + pad2(next)
		empty = false
	}
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// rewrite makes a subtest name printable: spaces become '_', other unprintable runes
// are escaped as in a Go rune literal.
func rewrite(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			b.WriteByte('_')
		case r < 0x20 || r == 0x7f:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
