// Nested inlining (a callee that was itself inlined into), inlined stdlib helpers, inlined
// calls whose results are structs, strings and slices, and constructors used in loops.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	val  int
	next *node
}

func mk(v int, next *node) *node { return &node{v, next} }

func push(l *node, v int) *node { return mk(v, l) }

type pair struct {
	s string
	n int
}

func mkpair(s string, n int) pair { return pair{s + "!", n * 2} }

func tail(xs []int) []int {
	if len(xs) == 0 {
		return nil
	}
	return xs[1:]
}

func upper(s string) string { return strings.ToUpper(s) }

func main() {
	var l *node
	for i := 0; i < 4; i++ {
		l = push(l, i)
	}
	for n := l; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	p := mkpair("hi", 21)
	fmt.Println(p.s, p.n, upper(p.s))
	xs := []int{1, 2, 3}
	for len(xs) > 0 {
		fmt.Println(xs)
		xs = tail(xs)
	}
	fmt.Println(tail(nil) == nil)
}
