// Closures capture variables by reference; each call of the maker gets its own.
package main

import "fmt"

func makeCounter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c1, c2 := makeCounter(), makeCounter()
	fmt.Println(c1(), c1(), c1(), c2())
	k := 3
	times := func(x int) int { return x * k }
	fmt.Println(apply([]int{1, 2, 3}, times))
	k = 10
	fmt.Println(apply([]int{1, 2, 3}, times))
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(inc, times)(5), compose(times, inc)(5))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	sum := 0
	func() { sum += 5 }()
	fmt.Println(sum)
}
