// Integer arithmetic of every size, with two's-complement wrapping.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	var b int8 = -128
	b--
	fmt.Println("int8 -128-1 =", b)
	var c uint8 = 255
	c += 2
	fmt.Println("uint8 255+2 =", c)
	var d uint8 = 0
	d--
	fmt.Println("uint8 0-1 =", d)
	var e int16 = 32767
	e *= 2
	fmt.Println("int16 32767*2 =", e)
	var f uint16 = 65535
	f *= f
	fmt.Println("uint16 65535*65535 =", f)
	var g int32 = 1 << 30
	g *= 4
	fmt.Println("int32 2^30*4 =", g)
	var h uint32 = 4000000000
	h += 500000000
	fmt.Println("uint32 wrap =", h)
	var i int64 = 9223372036854775807
	i++
	fmt.Println("int64 max+1 =", i)
	var j uint64 = 0
	j -= 1
	fmt.Println("uint64 0-1 =", j)
	var k int = -7
	fmt.Println("neg:", -k, -(-k))
	var m uint = 3
	fmt.Println("uint neg:", -m)
	var bits uint8 = 0b10110110
	fmt.Println("and/or/xor/andnot/not:", bits&0x0f, bits|0x0f, bits^0xff, bits&^0x06, ^bits)
	var s int32 = -5
	fmt.Println("^int32:", ^s)
	x, y := 1000003, 999983
	fmt.Println("mul:", x*y, int32(x)*int32(y), uint16(x)*uint16(y))
	sum := 0
	for n := 1; n <= 100; n++ {
		sum += n * n
	}
	fmt.Println("sum of squares:", sum)
	var acc uint32 = 2166136261
	for _, ch := range []byte("hello, world") {
		acc ^= uint32(ch)
		acc *= 16777619
	}
	fmt.Println("fnv32a:", acc)
}
