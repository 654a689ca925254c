// errorcheck -0 -m -l

// A parameter returned through a named result that has moved to the heap leaks to the heap,
// not to the result (gc's issue 44614).
package main

var sink **int

func f(p *int) (r *int) { // ERROR "leaking param: p$" "moved to heap: r"
	sink = &r
	return p
}

func g(p *int) (r *int) { // ERROR "leaking param: p to result r level=0"
	return p
}

func main() {
	x, y := 1, 2 // ERROR "moved to heap: x"
	_ = f(&x)
	_ = g(&y)
}
