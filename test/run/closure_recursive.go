package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var even, odd func(int) bool
	even = func(n int) bool { return n == 0 || odd(n-1) }
	odd = func(n int) bool { return n != 0 && even(n-1) }
	fmt.Println(even(10), odd(7), even(3))
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())
	var walk func([]interface{}) int
	walk = func(xs []interface{}) int {
		n := 0
		for _, x := range xs {
			if sub, ok := x.([]interface{}); ok {
				n += walk(sub)
			} else {
				n++
			}
		}
		return n
	}
	fmt.Println(walk([]interface{}{1, []interface{}{2, 3, []interface{}{4}}, 5}))
	compose := func(f, g func(int) int) func(int) int { return func(x int) int { return f(g(x)) } }
	sq := func(x int) int { return x * x }
	fmt.Println(compose(sq, func(x int) int { return x + 1 })(4))
}
