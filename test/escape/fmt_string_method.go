// errorcheck -0 -m -l

// String methods that format with fmt are in one call-graph component with fmt's engine
// (which calls String methods). golc still applies fmt's descriptions there, so what the
// methods format stays on the stack; gc says it escapes (escape/BETTER.md, item 6).
package main

import "fmt"

type P struct{ X, Y int }

func (p P) String() string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y) // ERROR "\.\.\. argument does not escape" "p.X does not escape" "p.Y does not escape"
}

type Q struct{ N int }

func (q *Q) Error() string { // ERROR "q does not escape"
	var b []byte
	b = fmt.Appendf(b, "q%d", q.N) // ERROR "\.\.\. argument does not escape" "q.N does not escape"
	return string(b)               // ERROR "string\(b\) escapes to heap"
}

func main() {
	n := 42
	fmt.Println(n, P{1, 2}, &Q{3}) // ERROR "\.\.\. argument does not escape" "42 does not escape" "P{...} does not escape" "&Q{...} does not escape"
}
