// errorcheck -0 -m -m

// -m=2 with inlining (escape/inline_text.c, escape/explain.c): `can inline f with cost N as:`
// with gc's compact body, gc's reasons for `cannot inline`, and flows through inlined calls
// (the callee's parameters are bound at the call: "p := &x (assign-pair)"). Annotations are
// gc's output except: costs are golc's own (`cost \d+`), and gc's extra line for its defer
// wrapper function (`can inline deferred.deferwrap1`) has no golc counterpart.
package main

var sink *int

func store(p *int) { // ERROR "can inline store with cost \d+ as: func\(\*int\) \{ sink = p \}" "parameter p leaks to \{heap\} for store with derefs=0:" "flow: \{heap\} ← p:" "from sink = p \(assign\) at .*m2_inline\.go:13:7" "leaking param: p"
	sink = p
}

func pick(a, b int, c bool) int { // ERROR "can inline pick with cost \d+ as: func\(int, int, bool\) int \{ if c \{ return a \}; return b \}"
	if c {
		return a
	}
	return b
}

func loop(s []int) int { // ERROR "can inline loop with cost \d+ as: func\(\[\]int\) int \{ t := 0; for loop; return t \}" "s does not escape"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

//go:noinline
func opaque(p *int) { // ERROR "cannot inline opaque: marked go:noinline" "parameter p leaks to \{heap\} for opaque with derefs=0:" "flow: \{heap\} ← p:" "from sink = p \(assign\) at .*m2_inline\.go:33:7" "leaking param: p"
	sink = p
}

func deferred() { // ERROR "cannot inline deferred: unhandled op DEFER"
	defer println("done")
}

func big(a []int) int { // ERROR "cannot inline big: function too complex: cost \d+ exceeds budget 80" "a does not escape"
	s := a[0] + a[1] + a[2] + a[3] + a[4] + a[5] + a[6] + a[7] + a[8] + a[9]
	s += a[0] + a[1] + a[2] + a[3] + a[4] + a[5] + a[6] + a[7] + a[8] + a[9]
	s += a[0] + a[1] + a[2] + a[3] + a[4] + a[5] + a[6] + a[7] + a[8] + a[9]
	s += a[0] + a[1] + a[2] + a[3] + a[4] + a[5] + a[6] + a[7] + a[8] + a[9]
	return s
}

func main() { // ERROR "cannot inline main: function too complex: cost \d+ exceeds budget 80"
	x := 1 // ERROR "x escapes to heap in main:" "flow: p ← &x:" "from &x \(address-of\) at .*m2_inline\.go:50:8" "from p := &x \(assign-pair\) at .*m2_inline\.go:50:7" "flow: \{heap\} ← p:" "from sink = p \(assign\) at .*m2_inline\.go:50:7" "moved to heap: x"
	store(&x) // ERROR "inlining call to store"
	y := 2 // ERROR "y escapes to heap in main:" "flow: \{heap\} ← &y:" "from &y \(address-of\) at .*m2_inline\.go:52:9" "from opaque\(&y\) \(call parameter\) at .*m2_inline\.go:52:8" "moved to heap: y"
	opaque(&y)
	var z int
	var w = 3
	z++
	println(pick(z, w, true), loop(nil), big(make([]int, 10))) // ERROR "inlining call to pick" "inlining call to loop" "make\(\[\]int, 10\) does not escape"
	deferred()
}
