// errorcheck -0 -m -l

// Escape analysis basics, with gc's messages (checked against go build -gcflags='-m -l').
package main

type T struct{ a, b int }

var g *int
var sink interface{}

func leak(p *int) { g = p } // ERROR "leaking param: p$"

func id(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func deref(p **int) int { return **p } // ERROR "p does not escape$"

func content(p **int) { g = *p } // ERROR "leaking param content: p$"

func newT() *T { return &T{1, 2} } // ERROR "&T{...} escapes to heap$"

func pair(p, q *int) (*int, *int) { return p, q } // ERROR "leaking param: p to result ~r0 level=0$" "leaking param: q to result ~r1 level=0$"

func locals() int {
	x := 1 // ERROR "moved to heap: x$"
	y := 2
	leak(&x)
	q := id(&y)
	a, b := 3, 4 // ERROR "moved to heap: b$"
	_, pb := pair(&a, &b)
	g = pb
	t := &T{} // ERROR "&T{} does not escape$"
	n := new(int) // ERROR "new\(int\) does not escape$"
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	s[0] = *n + t.a
	return *q + s[0]
}

func loops() *int {
	var last *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x$"
		last = &x
	}
	return last
}

func closures() func() int {
	c := 0 // ERROR "moved to heap: c$"
	d := 0 // ERROR "moved to heap: d$"
	f := func() { d++ } // ERROR "func literal does not escape$"
	f()
	return func() int { c++; return c + d } // ERROR "func literal escapes to heap$"
}

func conv(b []byte, s1, s2 string) { // ERROR "b does not escape$" "s1 does not escape$" "s2 does not escape$"
	sink = string(b) // ERROR "string\(b\) escapes to heap$"
	sink = s1 + s2   // ERROR "s1 \+ s2 escapes to heap$"
	_ = string(b)    // ERROR "string\(b\) does not escape$"
}

func main() {
	_ = locals()
	_ = loops()
	_ = closures()
	conv(nil, "a", "b")
	_ = newT()
	content(nil)
	_ = deref(nil)
}
