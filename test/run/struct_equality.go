package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Q struct {
	P
	F float64
	A [3]int8
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{1, 2, "b"}
	fmt.Println(a == b, a == c, a != c)
	q1 := Q{a, 0.5, [3]int8{1, 2, 3}}
	q2 := Q{b, 0.5, [3]int8{1, 2, 3}}
	fmt.Println(q1 == q2)
	q2.A[2] = 4
	fmt.Println(q1 == q2)
	arr1 := [2]P{a, b}
	arr2 := [2]P{b, a}
	fmt.Println(arr1 == arr2, arr1 != [2]P{a, c})
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
	var i1, i2 interface{} = a, b
	fmt.Println(i1 == i2, i1 == interface{}(c))
	m := map[P]int{a: 1}
	m[b]++
	fmt.Println(m[a], len(m))
	f1 := struct{ F float64 }{0}
	f2 := struct{ F float64 }{-0.0}
	fmt.Println(f1 == f2)
}
