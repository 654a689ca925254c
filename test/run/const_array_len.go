package main

import (
	"fmt"
	"unsafe"
)

const N = 4
const (
	A = iota * 3
	B
	C
)

type Grid [N * 2][len("abc")]int

var table [C + 1]string
var sized [unsafe.Sizeof(int32(0))]byte

func main() {
	var g Grid
	fmt.Println(len(g), len(g[0]), len(table), len(sized))
	arr := [...]int{5: 1, 2, 1: 7}
	fmt.Println(len(arr), arr)
	const k = 1 << 3
	var x [k - 1]bool
	fmt.Println(len(x), cap(x))
	var y [len([2]int{}) + cap([3]int{})]int
	fmt.Println(len(y))
	const big = 1 << 62
	var z [big >> 60]int
	fmt.Println(len(z))
}
