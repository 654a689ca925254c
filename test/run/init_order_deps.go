package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var x, y = g()

var total = sum(a, d, x, y)

func f(name string) int {
	fmt.Println("init", name, d)
	return d + len(name)
}

func g() (int, int) {
	fmt.Println("g called, a =", a)
	return a * 2, a * 3
}

func sum(v ...int) int {
	t := 0
	for _, e := range v {
		t += e
	}
	fmt.Println("sum", v)
	return t
}

func main() {
	fmt.Println(a, b, c, d, x, y, total)
}
