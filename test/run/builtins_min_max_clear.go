package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -2))
	fmt.Println(min("b", "a", "c"), max("b", "ab", "a"))
	fmt.Println(min(1.5, 2), max(2.5, 1))
	x, y := 7, 9
	fmt.Println(min(x, y), max(x, y, 8))
	fmt.Println(min(math.NaN(), 1), max(1, math.NaN()))
	fmt.Println(min(math.Inf(-1), 0), max(math.Inf(1), 0))
	fmt.Println(math.Signbit(min(0.0, math.Copysign(0, -1))), math.Signbit(max(math.Copysign(0, -1), 0.0)))
	var u8 uint8 = 200
	fmt.Println(min(u8, 100), max(u8, 255))
	const c = min(1, 2.5, 'a')
	fmt.Println(c)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	var nm map[int]int
	clear(nm)
	var ns []string
	clear(ns)
	fmt.Println(nm == nil, ns == nil)
	ps := []*int{&x, &y}
	clear(ps[1:])
	fmt.Println(*ps[0], ps[1] == nil)
}
