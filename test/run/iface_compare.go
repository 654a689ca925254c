package main

import "fmt"

type K struct {
	a int
	b string
}

type Eq interface{ M() }
type T1 int
type T2 int

func (T1) M() {}
func (T2) M() {}

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "s", "s"
	fmt.Println(a == b)
	a, b = K{1, "x"}, K{1, "x"}
	fmt.Println(a == b)
	var e1, e2 Eq = T1(1), T2(1)
	fmt.Println(e1 == e2, e1 == T1(1))
	var p *int
	a = p
	fmt.Println(a == nil, a == (*int)(nil))
	a, b = []int{1}, 2
	fmt.Println(a == b)
	m := map[interface{}]int{1: 1, "1": 2, K{1, "1"}: 3, 1.0: 4}
	fmt.Println(len(m), m[1], m["1"], m[K{1, "1"}], m[1.0])
	x := [2]interface{}{1, "a"}
	y := [2]interface{}{1, "a"}
	fmt.Println(x == y)
}
