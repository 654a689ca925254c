// errorcheck -0 -m

// Closures are inlined where the function builds them itself: a literal called in place,
// a variable assigned once, and a range-over-func loop once both the iterator and its loop
// body meet in one function. What they allocate is then decided in the caller.
package main

var sink *int

type point struct{ x, y int }

func count(n int) func(func(int) bool) { // ERROR "can inline count"
	return func(yield func(int) bool) { // ERROR "can inline count.func1" "func literal escapes to heap" "yield does not escape"
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func sumRange() int {
	s := 0
	for x := range count(4) { // ERROR "inlining call to count$" "inlining call to count.func1" "inlining call to sumRange-range1" "can inline sumRange-range1" "&point{...} does not escape"
		p := &point{x, x}
		s += p.x + p.y
	}
	return s
}

func inPlace() int { // ERROR "can inline inPlace"
	q := 2
	return func(a int) int { // ERROR "can inline inPlace.func1"
		p := new(int)
		*p = a * q
		return *p
	}(3) // ERROR "inlining call to inPlace.func1" "new\(int\) does not escape"
}

func assignedOnce(n int) int { // ERROR "can inline assignedOnce"
	f := func(a int) *int { // ERROR "can inline assignedOnce.func1" "moved to heap: a"
		return &a // the closure's own body; the copy inlined below keeps a in the frame
	}
	return *f(n) // ERROR "inlining call to assignedOnce.func1"
}

func reassigned(n int) int {
	f := func(a int) int { return a + 1 } // ERROR "can inline reassigned.func1" "func literal does not escape"
	if n > 2 {
		f = func(a int) int { return a - 1 } // ERROR "can inline reassigned.func2" "func literal does not escape"
	}
	return f(n)
}

func escapesAnyway(n int) func() int { // ERROR "can inline escapesAnyway"
	f := func() int { return n } // ERROR "can inline escapesAnyway.func1" "func literal escapes to heap"
	_ = f()                      // ERROR "inlining call to escapesAnyway.func1"
	return f
}

func main() {
	println(sumRange(), inPlace(), assignedOnce(5), reassigned(3), escapesAnyway(7)()) // ERROR "inlining call to inPlace$" "inlining call to inPlace.func1" "inlining call to assignedOnce$" "inlining call to assignedOnce.func1" "inlining call to escapesAnyway$" "inlining call to escapesAnyway.func1" "new\(int\) does not escape"
}
