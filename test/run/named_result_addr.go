// `return x` assigns the named results before the function returns: a result whose address
// was kept sees the value afterwards, and what it holds is on the heap with it.
package main

import "fmt"

var kept **int
var keptPair *[2]string

func f(p *int) (r *int) {
	kept = &r
	return p
}

func g(a, b string) (x, y string) {
	keptPair = &[2]string{}
	defer func() { keptPair[0], keptPair[1] = x, y }()
	return b, a
}

func h(n int) (r int) {
	p := &r
	defer func() { *p *= 10 }()
	return n + 1
}

type Big [4096]int

var peek func() int

// a big named result seen by a closure: returned through memory, and stored first
func big(n int) (r Big) {
	var x Big
	x[n] = 7
	peek = func() int { return r[n] }
	return x
}

//go:noinline
func clobber() int {
	var a [64]int
	for i := range a {
		a[i] = 1000 + i
	}
	return a[3]
}

func main() {
	func() {
		x := 5
		f(&x)
	}()
	clobber()
	x, y := g("a", "b")
	fmt.Println(**kept, x, y)
	fmt.Println(keptPair[0], keptPair[1], h(4))
	b := big(3)
	fmt.Println(b[3], peek())
}
