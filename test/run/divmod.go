// Division truncates toward zero; the remainder has the sign of the dividend.
package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-1, 3}}
	for _, p := range pairs {
		fmt.Println(p[0], "/", p[1], "=", p[0]/p[1], " ", p[0], "%", p[1], "=", p[0]%p[1])
	}
	var a int8 = -128
	var m1 int8 = -1
	fmt.Println("int8 -128 / -1 =", a/m1, " % =", a%m1)
	var b int64 = math.MinInt64
	var n1 int64 = -1
	fmt.Println("int64 min / -1 =", b/n1, " % =", b%n1)
	var u uint32 = 4294967295
	fmt.Println("uint32:", u/7, u%7)
	var u8 uint8 = 200
	fmt.Println("uint8:", u8/3, u8%3)
	fmt.Println("powers of two:", -9/4, -9%4, -9>>2, 9/4, 9>>2)
	x := 1234567
	digits := 0
	for x != 0 {
		digits++
		x /= 10
	}
	fmt.Println("digits:", digits)
}
