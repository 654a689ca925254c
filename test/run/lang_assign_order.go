package main

import "fmt"

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	xs := []int{0, 0, 0}
	i := 0
	i, xs[i] = 1, 9
	fmt.Println(i, xs)
	arr := [3]int{t("a", 1), t("b", 2), t("c", 3)}
	fmt.Println(arr, trace)
	trace = nil
	m := map[int]int{}
	m[t("key", 1)] = t("val", 2)
	fmt.Println(m, trace)
	trace = nil
	r := t("x", 1) + t("y", 2)*t("z", 3)
	fmt.Println(r, trace)
	p := &struct{ x, y int }{}
	p.x, p.y = 5, p.x
	fmt.Println(*p)
	s := []int{1, 2, 3}
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)
	var q [2]int
	q2 := q
	q2[0] = 1
	fmt.Println(q, q2)
}
