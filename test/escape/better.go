// errorcheck -0 -m -l

// Where golc decides better than gc because it sees the whole program (escape/BETTER.md).
// Each annotation states golc's message; the comment beside it says what gc prints.
package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }
type Rect struct{ w, h int }

func (s *Sq) Area() int   { return s.s * s.s } // ERROR "s does not escape$"
func (r *Rect) Area() int { return r.w * r.h } // ERROR "r does not escape$"

// gc: "leaking param: s" (an interface call is opaque to it). golc joins the summaries of
// every Area method of every type converted to Shape: none retains its receiver.
func area(s Shape) int { return s.Area() } // ERROR "s does not escape$"

func shapes() int {
	sq := Sq{3}      // gc: "moved to heap: sq"
	r := Rect{2, 5}  // gc: "moved to heap: r"
	return area(&sq) + area(&r)
}

func main() {
	n := 42
	// gc: "... argument does not escape" (inlined Println) and "42 escapes to heap" (n is
	// never reassigned, so both name the box by its value): golc's fmt engine never retains
	// its arguments and no String/Error method here leaks its receiver, so the box stays on
	// the stack.
	fmt.Println(n, shapes()) // ERROR "... argument does not escape$" "42 does not escape$" "shapes\(\) does not escape$"
}
