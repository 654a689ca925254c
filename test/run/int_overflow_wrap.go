package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = math.MaxInt16
	c += 2
	var d uint16 = 65535
	d *= d
	var e int32 = math.MaxInt32
	e = e*2 + 3
	var f uint32 = 1 << 31
	f *= 2
	var g int64 = math.MaxInt64
	g++
	var h uint64 = 0
	h -= 1
	fmt.Println(a, b, c, d, e, f, g, h)
	var m int8 = -128
	fmt.Println(-m, m/-1, m%-1)
	var mm int64 = math.MinInt64
	fmt.Println(-mm, mm/-1, mm%-1)
	x := int32(100000)
	fmt.Println(x*x, int8(x), uint8(x), int16(x))
	var u uint = 3
	fmt.Println(u-4 > 0, ^u, -u)
	i := math.MaxInt
	fmt.Println(i+1 == math.MinInt)
}
