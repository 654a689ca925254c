// Shifts: counts at or beyond the width give 0 (or -1 for negative signed right shifts).
package main

import "fmt"

func main() {
	var one uint8 = 1
	for _, s := range []uint{0, 1, 7, 8, 9, 100} {
		fmt.Println("uint8 1<<", s, "=", one<<s, " 0x80>>", s, "=", uint8(0x80)>>s)
	}
	var neg int32 = -100
	for _, s := range []uint{0, 1, 4, 31, 32, 40} {
		fmt.Println("int32 -100>>", s, "=", neg>>s, " -100<<", s, "=", neg<<s)
	}
	var x int64 = 1
	var s int = 63
	fmt.Println("1<<63 =", x<<s, "1<<64 =", x<<(s+1))
	var u uint64 = 1 << 63
	fmt.Println("u>>63 =", u>>63, "u>>64 =", u>>64)
	var i int = -1
	fmt.Println("-1>>70 =", i>>70, " -1<<70 =", i<<70)
	var k uint16 = 0xABCD
	fmt.Println("rotate:", k<<4|k>>12)
	bits := 0
	for v := uint(0xF0F0); v != 0; v >>= 1 {
		bits += int(v & 1)
	}
	fmt.Println("popcount:", bits)
	const big = 1 << 40
	fmt.Println("const shift:", big>>38, int64(big)<<2)
}
