// errorcheck -0 -m=2 -l

// -m=2 flow explanations (escape/explain.c) without inlining: the reason for every heap
// decision and every leaking parameter, in gc's words at gc's positions.
package main

var global *int

type pair struct{ p *int }

func toHeap(p *int) { // ERROR "parameter p leaks to \{heap\} for toHeap with derefs=0:" "flow: \{heap\} ← p:" "from global = p \(assign\) at .*m2_flows\.go:12:9" "leaking param: p"
	global = p
}

func identity(p *int) *int { // ERROR "parameter p leaks to ~r0 for identity with derefs=0:" "flow: ~r0 ← p:" "from return p \(return\) at .*m2_flows\.go:16:2" "leaking param: p to result ~r0 level=0"
	return p
}

func field(s *pair) *int { // ERROR "parameter s leaks to ~r0 for field with derefs=1:" "flow: ~r0 ← \*s:" "from s\.p \(dot of pointer\) at .*m2_flows\.go:20:10" "from return s\.p \(return\) at .*m2_flows\.go:20:2" "leaking param: s to result ~r0 level=1"
	return s.p
}

type boxed struct{ pair *pair2 }

type pair2 struct{ p1, p2 *int }

// gc's self-assignment rule: a value moved within one object is no new flow.
func selfAssign(b *boxed) { // ERROR "b does not escape"
	b.pair.p1 = b.pair.p2 // ERROR "selfAssign ignoring self-assignment in b\.pair\.p1 = b\.pair\.p2"
}

func main() {
	a := 1 // ERROR "a escapes to heap in main:" "flow: \{heap\} ← &a:" "from &a \(address-of\) at .*m2_flows\.go:34:9" "from toHeap\(&a\) \(call parameter\) at .*m2_flows\.go:34:8" "moved to heap: a"
	toHeap(&a)
	b := 2 // ERROR "b escapes to heap in main:" "flow: q ← &b:" "from &b \(address-of\) at .*m2_flows\.go:36:7" "from q := &b \(assign\) at .*m2_flows\.go:36:4" "flow: \{heap\} ← q:" "from global = q \(assign\) at .*m2_flows\.go:37:9" "moved to heap: b"
	q := &b
	global = q
	c := 3 // ERROR "c escapes to heap in main:" "flow: \{heap\} ← &c:" "from &c \(address-of\) at .*m2_flows\.go:40:8" "from ch <- &c \(send\) at .*m2_flows\.go:40:5" "moved to heap: c"
	ch := make(chan *int, 1)
	ch <- &c
	d := 4 // ERROR "d escapes to heap in main:" "flow: \{heap\} ← &d:" "from &d \(address-of\) at .*m2_flows\.go:43:4" "from m\[&d\] \(key of map put\) at .*m2_flows\.go:43:3" "moved to heap: d"
	m := map[*int]bool{} // ERROR "map\[\*int\]bool\{\} does not escape"
	m[&d] = true
	e := 5 // ERROR "e escapes to heap in main:" "flow: \{storage for \[\]\*int\{\.\.\.\}\} ← &e:" "from &e \(address-of\) at .*m2_flows\.go:45:14" "from \[\]\*int\{\.\.\.\} \(slice-literal-element\) at .*m2_flows\.go:45:13" "flow: s ← &\{storage for \[\]\*int\{\.\.\.\}\}:" "from \[\]\*int\{\.\.\.\} \(spill\) at .*m2_flows\.go:45:13" "from s := \[\]\*int\{\.\.\.\} \(assign\) at .*m2_flows\.go:45:4" "flow: \{heap\} ← \*s:" "from s\[0\] \(dot of pointer\) at .*m2_flows\.go:46:12" "from global = s\[0\] \(assign\) at .*m2_flows\.go:46:9" "moved to heap: e"
	s := []*int{&e} // ERROR "\[\]\*int\{\.\.\.\} does not escape"
	global = s[0]
	f := 6 // ERROR "f escapes to heap in main:" "flow: \{storage for &pair\{\.\.\.\}\} ← &f:" "from &f \(address-of\) at .*m2_flows\.go:48:17" "from pair\{\.\.\.\} \(struct literal element\) at .*m2_flows\.go:48:13" "flow: pp ← &\{storage for &pair\{\.\.\.\}\}:" "from &pair\{\.\.\.\} \(spill\) at .*m2_flows\.go:48:8" "from pp := &pair\{\.\.\.\} \(assign\) at .*m2_flows\.go:48:5" "flow: \{heap\} ← \*pp:" "from pp\.p \(dot of pointer\) at .*m2_flows\.go:49:13" "from global = pp\.p \(assign\) at .*m2_flows\.go:49:9" "moved to heap: f"
	pp := &pair{p: &f} // ERROR "&pair\{\.\.\.\} does not escape"
	global = pp.p
	g := 7 // ERROR "g escapes to heap in main:" "flow: \{heap\} ← &g:" "from &g \(address-of\) at .*m2_flows\.go:51:20" "from identity\(&g\) \(call parameter\) at .*m2_flows\.go:51:19" "from global = identity\(&g\) \(assign\) at .*m2_flows\.go:51:9" "moved to heap: g"
	global = identity(&g)
	h := 8 // ERROR "h escapes to heap in main:" "flow: \{storage for &pair\{\.\.\.\}\} ← &h:" "from &h \(address-of\) at .*m2_flows\.go:53:23" "from pair\{\.\.\.\} \(struct literal element\) at .*m2_flows\.go:53:22" "flow: \{heap\} ← \{storage for &pair\{\.\.\.\}\}:" "from &pair\{\.\.\.\} \(spill\) at .*m2_flows\.go:53:17" "from field\(&pair\{\.\.\.\}\) \(call parameter\) at .*m2_flows\.go:53:16" "from global = field\(&pair\{\.\.\.\}\) \(assign\) at .*m2_flows\.go:53:9" "moved to heap: h"
	global = field(&pair{&h}) // ERROR "&pair\{\.\.\.\} does not escape"
	selfAssign(&boxed{}) // ERROR "&boxed\{\} does not escape"
	println(len(m), len(ch))
}
