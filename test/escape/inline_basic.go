// errorcheck -0 -m

// Inlining (escape/inline.c): gc's `can inline` / `inlining call to` decisions and their
// effect on escape analysis (checked against go build -gcflags=-m).
package main

type T struct{ a, b int }

func newT() *T { // ERROR "can inline newT"
	return &T{} // ERROR "&T{} escapes to heap"
}

func (t *T) Get() int { // ERROR "can inline \(\*T\).Get" "t does not escape"
	return t.a
}

func (t T) Sum() int { // ERROR "can inline T.Sum"
	return t.a + t.b
}

func add(x, y int) int { // ERROR "can inline add"
	return x + y
}

func abs(x int) int { // ERROR "can inline abs"
	if x < 0 {
		return -x
	}
	return x
}

func divmod(a, b int) (int, int) { // ERROR "can inline divmod"
	if b == 0 {
		return 0, 0
	}
	return a / b, a % b
}

func alloc(x int) *int { // ERROR "can inline alloc" "moved to heap: x"
	return &x
}

var sink *int

//go:noinline
func notInlined(x int) int {
	return x
}

func sum(xs []int) int { // ERROR "can inline sum" "xs does not escape"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func Use() int {
	t := newT()                 // ERROR "inlining call to newT" "&T{} does not escape"
	q, r := divmod(7, 2)        // ERROR "inlining call to divmod"
	sink = alloc(3)             // ERROR "inlining call to alloc" "moved to heap: x"
	return t.Get() + t.Sum() + add(q, r) + abs(-1) + notInlined(2) + sum([]int{1, 2}) // ERROR "inlining call to \(\*T\).Get" "inlining call to T.Sum" "inlining call to add" "inlining call to abs" "inlining call to sum" "\[\]int{...} does not escape"
}

func main() { // ERROR "can inline main"
	println(Use())
}
