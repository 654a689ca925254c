// flags: -l
// -m=2 byte-for-byte (tools/lib/m2-checks), compiled with -l: address-of, call parameters,
// sends, map keys, literal elements, spills, dot of pointer, parameter leaks, self-assignment.
package main

var global *int

type pair struct{ p *int }

func toHeap(p *int) {
	global = p
}

func identity(p *int) *int {
	return p
}

func field(s *pair) *int {
	return s.p
}

type boxed struct{ pair *pair2 }

type pair2 struct{ p1, p2 *int }

// gc's self-assignment rule: a value moved within one object is no new flow.
func selfAssign(b *boxed) {
	b.pair.p1 = b.pair.p2
}

func main() {
	a := 1
	toHeap(&a)
	b := 2
	q := &b
	global = q
	c := 3
	ch := make(chan *int, 1)
	ch <- &c
	d := 4
	m := map[*int]bool{}
	m[&d] = true
	e := 5
	s := []*int{&e}
	global = s[0]
	f := 6
	pp := &pair{p: &f}
	global = pp.p
	g := 7
	global = identity(&g)
	h := 8
	global = field(&pair{&h})
	selfAssign(&boxed{})
	println(len(m), len(ch))
}
