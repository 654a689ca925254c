// Closures inlined where they are built (a literal called in place, a variable assigned
// once, range-over-func loops whose iterator and body meet in one function) keep Go's
// semantics: per-iteration variables, captured variables shared by reference, values whose
// address outlives an iteration, panics and defers inside, closures that are reassigned or
// call themselves (not inlined).
package main

import (
	"errors"
	"fmt"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

type node struct {
	v    int
	next *node
}

func perIteration() {
	var ptrs []*int
	for x := range count(4) {
		v := x * 10
		ptrs = append(ptrs, &v)
	}
	var list *node
	for x := range count(3) {
		list = &node{x, list}
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	for n := list; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
}

func sharedCapture() {
	total := 0
	add := func(d int) { total += d }
	for i := 0; i < 5; i++ {
		add(i)
	}
	func() { total *= 2 }()
	fmt.Println("total", total)
	var fs []func() int
	for i := 0; i < 3; i++ {
		f := func() int { return i * i }
		fs = append(fs, f)
		fmt.Print(f(), " ")
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

func nested() (string, int) {
outer:
	for x := range count(4) {
		for k, v := range pairs {
			if v == 2 {
				continue outer
			}
			if x == 3 {
				return k, x * 100
			}
			fmt.Println(x, k, v)
		}
	}
	return "none", -1
}

func recovered() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	check := func(v int) {
		if v > 1 {
			panic(errors.New("too big"))
		}
	}
	for x := range count(5) {
		check(x)
		fmt.Println("checked", x)
	}
	return nil
}

func deferInPlace() {
	func() {
		defer fmt.Println("deferred in literal")
		fmt.Println("body of literal")
	}()
	fmt.Println("after literal")
}

func reassignedAndRecursive(n int) int {
	f := func(a int) int { return a + 1 }
	if n > 2 {
		f = func(a int) int { return a - 1 }
	}
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	return f(n)*1000 + fib(n)
}

func selfApply() int {
	apply := func(g func(int) int, v int) int { return g(g(v)) }
	return apply(func(v int) int { return v * 3 }, 2)
}

func pointerOut() *int {
	mk := func(v int) *int { return &v }
	p := mk(7)
	q := mk(8)
	*p += *q
	return p
}

func main() {
	perIteration()
	sharedCapture()
	fmt.Println(nested())
	fmt.Println(recovered())
	deferInPlace()
	fmt.Println(reassignedAndRecursive(2), reassignedAndRecursive(10))
	fmt.Println(selfApply(), *pointerOut())
}
