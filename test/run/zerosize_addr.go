// zerosize_addr: zero-sized variables and allocations share one address (gc's zerobase):
// package-level zero-sized variables, new of zero-sized types, escaping zero-sized
// composite literals and empty slices made with make all point to the same place.
package main

import "fmt"

var x, y [0]int
var e struct{}
var p, q = new([0]int), new([0]int)

type empty struct{}

//go:noinline
func escape(v any) any { return v }

func main() {
	fmt.Println(p == q, &x == p, &y == p)
	fmt.Println(any(&e) == any(new(struct{})))
	a := &empty{}
	b := &empty{}
	escape(a)
	escape(b)
	fmt.Println(a == b)
	s1 := make([]int, 0)
	s2 := make([]struct{}, 10)
	escape(s1)
	escape(s2)
	fmt.Println(len(s2), &s2[3] == &s2[7])
}
