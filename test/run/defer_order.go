package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Show(tag string) { fmt.Println("show", tag, c.n) }
func (c *Counter) Bump()          { c.n++; fmt.Println("bump", c.n) }

type Shower interface{ Show(tag string) }

func order() {
	defer fmt.Println("first deferred, runs last")
	defer fmt.Println("second deferred")
	defer func() { fmt.Println("closure deferred, runs first") }()
	fmt.Println("body")
}

func argsEarly() {
	x := 1
	defer fmt.Println("x at defer:", x)
	defer func(v int) { fmt.Println("param v:", v, "captured x:", x) }(x * 10)
	x = 2
	c := Counter{5}
	defer c.Show("value receiver copied")
	defer c.Bump()
	var s Shower = c
	defer s.Show("interface evaluated early")
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replaced f") }
	c.n = 100
	x = 3
}

func loops() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	for _, w := range []string{"a", "b", "c"} {
		defer func() { fmt.Print(w) }()
	}
	fmt.Println("loops body")
}

func builtins() {
	defer println("println deferred")
	m := map[string]int{"k": 1}
	defer func() { fmt.Println("map len after delete:", len(m)) }()
	defer delete(m, "k")
}

func variadic(xs ...int) {
	defer fmt.Println("variadic", len(xs), xs)
	xs = append(xs, 9)
}

func main() {
	order()
	argsEarly()
	loops()
	fmt.Println()
	builtins()
	nums := []int{1, 2}
	variadic(nums...)
	variadic()
}
