// errorcheck -0 -m -l

// Range-over-func bodies are func literals passed to the iterator: they stay on the stack
// when the iterator does not leak its yield, else they (and the loop's state variables
// they share, gc's #stateN, #next, #rvN) move to the heap. (gc prints "moved to heap: #next"
// without a position; golc puts it at the outermost loop's `for`.)
package main

var sink func(int) bool

func seq(yield func(int) bool) { // ERROR "yield does not escape"
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func keep(yield func(int) bool) { // ERROR "leaking param: yield"
	sink = yield
}

func local() int {
	s := 0
	for x := range seq { // ERROR "func literal does not escape"
		s += x
	}
	return s
}

func leaked() int {
	s := 0 // ERROR "moved to heap: s"
	for x := range keep { // ERROR "moved to heap: #state1" "func literal escapes to heap"
		s += x
	}
	return s
}

func unknown(it func(func(int) bool)) int { // ERROR "it does not escape" "moved to heap: #rv1"
	for x := range it { // ERROR "moved to heap: #state1" "moved to heap: #next" "func literal escapes to heap"
		if x > 2 {
			return x
		}
	}
	return 0
}

func named(it func(func(int) bool)) (r int) { // ERROR "it does not escape" "moved to heap: r"
	for x := range it { // ERROR "moved to heap: #state1" "moved to heap: #next" "func literal escapes to heap"
		if x > 2 {
			return x
		}
	}
	return 0
}

func main() {
	// keep is passed too: golc joins the summaries of every function a func value of that
	// type can be (escape/BETTER.md), so with seq alone the yield would not escape.
	println(local(), leaked(), unknown(seq), named(seq), unknown(keep), named(keep))
}
