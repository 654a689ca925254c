// errorcheck -0 -m -l

// Captured variables that are never reassigned after their declaration and whose address is
// never taken are captured by value (a copy in the closure record), as gc does: they do not
// move to the heap when the closure escapes. Reassigned or address-taken ones are captured
// by reference and do.
package main

var sink func() int

func byValue(n int) {
	x := n * 2
	s := "abc"
	sink = func() int { return x + n + len(s) } // ERROR "func literal escapes to heap$"
}

func reassigned(n int) {
	x := n // ERROR "moved to heap: x$"
	sink = func() int { return x } // ERROR "func literal escapes to heap$"
	x++
}

func assignedInside() {
	c := 0 // ERROR "moved to heap: c$"
	sink = func() int { c++; return c } // ERROR "func literal escapes to heap$"
}

func addressTaken() {
	v := 7 // ERROR "moved to heap: v$"
	p := &v
	sink = func() int { return v } // ERROR "func literal escapes to heap$"
	*p = 8
}

type counter struct{ n int }

func (c *counter) inc() int { c.n++; return c.n } // ERROR "c does not escape$"

func pointerMethod() {
	var c counter // ERROR "moved to heap: c$"
	sink = func() int { return c.inc() } // ERROR "func literal escapes to heap$"
}

func loopVars() {
	for i := 0; i < 3; i++ {
		sink = func() int { return i } // ERROR "func literal escapes to heap$"
	}
	for _, s := range []string{"a", "b"} { // ERROR "\[\]string{...} does not escape$"
		sink = func() int { return len(s) } // ERROR "func literal escapes to heap$"
	}
	for j := 0; j < 3; j++ { // ERROR "moved to heap: j$"
		sink = func() int { return j } // ERROR "func literal escapes to heap$"
		j++
	}
}

func big() {
	var a [20]int // ERROR "moved to heap: a$"
	sink = func() int { return a[3] } // ERROR "func literal escapes to heap$"
}

func main() {
	byValue(1)
	reassigned(2)
	assignedInside()
	addressTaken()
	pointerMethod()
	loopVars()
	big()
	println(sink())
}
