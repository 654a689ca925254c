// Inlining must not change behaviour: results through several returns, named results,
// fresh variables per inlined call (also inside loops), panics from inlined bodies.
package main

import "fmt"

type P struct{ x, y int }

func newP(x, y int) *P { return &P{x, y} }

func (p *P) Scale(k int) { p.x *= k; p.y *= k }

func (p P) Len2() int { return p.x*p.x + p.y*p.y }

func minmax(a, b int) (lo, hi int) {
	if a < b {
		return a, b
	}
	lo, hi = b, a
	return
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func addr(x int) *int { return &x }

func div(a, b int) int { return a / b }

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func count(n int) (c int) {
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			continue
		}
		c++
	}
	return c
}

func main() {
	var ps []*P
	var ints []*int
	for i := 0; i < 3; i++ {
		p := newP(i, i+1)
		p.Scale(2)
		ps = append(ps, p)
		ints = append(ints, addr(i))
	}
	for _, p := range ps {
		fmt.Println(*p, p.Len2())
	}
	for _, q := range ints {
		fmt.Print(*q, " ")
	}
	fmt.Println()
	lo, hi := minmax(5, 2)
	fmt.Println(lo, hi)
	lo, hi = minmax(1, 9)
	fmt.Println(lo, hi, sign(-4), sign(0), sign(7))
	fmt.Println(first(nil) == "", first([]string{"a", "b"}), count(10))
	a, b := addr(1), addr(1)
	fmt.Println(a != b, *a == *b)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	z := 0
	fmt.Println(div(7, z))
}
