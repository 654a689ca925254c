// Untyped constant arithmetic is exact; values only need to fit when they are used.
package main

import "fmt"

const huge = 1 << 100
const third = 1.0 / 3

func main() {
	fmt.Println(huge >> 98)
	fmt.Println(huge / (1 << 90))
	fmt.Println(third * 3)
	fmt.Println(3 / 2, 3.0 / 2, 3 / 2.0)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	var f float32 = third
	var d float64 = third
	fmt.Println(f, d)
	const big = 1e300 * 1e10 / 1e20
	fmt.Println(big)
	x := 10
	fmt.Println(x / 4 * 4, x * 2.0)
	const mask = ^uint32(0)
	fmt.Println(mask, uint8(mask >> 24))
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	fmt.Println(7 % 3, -7 % 3, 1 << 3 >> 1, 0x10 | 0x01, 6 &^ 3)
	const b = 3 > 2 && "a" < "b"
	fmt.Println(b, !b)
}
