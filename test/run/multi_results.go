// Multiple results, named results with bare return, blank identifiers.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func minmax(xs []int) (lo, hi int) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func swap3(a, b, c string) (string, string, string) { return c, b, a }

func parse(s string) (n int, ok bool) {
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}

func pass() (int, int) { return divmod(17, 5) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	lo, hi := minmax([]int{5, -3, 9, 0})
	fmt.Println(lo, hi)
	fmt.Println(minmax(nil))
	fmt.Println(swap3("a", "b", "c"))
	_, ok := parse("12x")
	n, ok2 := parse("1234")
	fmt.Println(ok, n, ok2)
	a, b := pass()
	fmt.Println(a + b)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
}
