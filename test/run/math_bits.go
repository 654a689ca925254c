package main

import (
	"fmt"
	"math/bits"
)

// Exercises every function of math/bits on edge values, then the Div panics
// (divide by zero and quotient overflow) through recover and finally uncaught.

var vals64 = []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x12345678,
	0x80000000, 0xffffffff, 0x100000000, 0x123456789abcdef0, 0x8000000000000000,
	0xfedcba9876543210, 0xffffffffffffffff}

func main() {
	fmt.Println("UintSize", bits.UintSize)
	for _, x := range vals64 {
		fmt.Printf("%#x: lz %d %d %d %d %d tz %d %d %d %d %d ones %d %d %d %d %d len %d %d %d %d %d\n", x,
			bits.LeadingZeros(uint(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros16(uint16(x)),
			bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x),
			bits.TrailingZeros(uint(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros16(uint16(x)),
			bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x),
			bits.OnesCount(uint(x)), bits.OnesCount8(uint8(x)), bits.OnesCount16(uint16(x)),
			bits.OnesCount32(uint32(x)), bits.OnesCount64(x),
			bits.Len(uint(x)), bits.Len8(uint8(x)), bits.Len16(uint16(x)), bits.Len32(uint32(x)), bits.Len64(x))
		fmt.Printf("  rev %#x %#x %#x %#x %#x\n", bits.Reverse(uint(x)), bits.Reverse8(uint8(x)),
			bits.Reverse16(uint16(x)), bits.Reverse32(uint32(x)), bits.Reverse64(x))
		fmt.Printf("  revbytes %#x %#x %#x %#x\n", bits.ReverseBytes(uint(x)),
			bits.ReverseBytes16(uint16(x)), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes64(x))
		for _, k := range []int{0, 1, 5, 8, 13, 31, 32, 63, 64, 65, -1, -9, -70} {
			fmt.Printf("  rot%d %#x %#x %#x %#x %#x\n", k, bits.RotateLeft(uint(x), k),
				bits.RotateLeft8(uint8(x), k), bits.RotateLeft16(uint16(x), k),
				bits.RotateLeft32(uint32(x), k), bits.RotateLeft64(x, k))
		}
	}
	// The two-operand functions on a smaller set, to keep the expected output short.
	pairs := []uint64{0, 1, 3, 0xff, 0xffffffff, 0x100000000, 0x123456789abcdef0,
		0x8000000000000000, 0xffffffffffffffff}
	for _, x := range pairs {
		for _, y := range pairs {
			for c := uint64(0); c < 2; c++ {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
				d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
				su, cu := bits.Add(uint(x), uint(y), uint(c))
				du, bu := bits.Sub(uint(x), uint(y), uint(c))
				fmt.Printf("%x %x %d: add %x %d %x %d %x %d sub %x %d %x %d %x %d\n", x, y, c,
					s, co, s32, co32, su, cu, d, bo, d32, bo32, du, bu)
			}
			hi, lo := bits.Mul64(x, y)
			hi32, lo32 := bits.Mul32(uint32(x), uint32(y))
			hu, lu := bits.Mul(uint(x), uint(y))
			fmt.Printf("  mul %x %x | %x %x | %x %x\n", hi, lo, hi32, lo32, hu, lu)
			if y != 0 {
				fmt.Printf("  rem %x %x %x\n", bits.Rem64(x, y, y), bits.Rem32(uint32(x), uint32(y)|1, uint32(y)|1),
					bits.Rem(uint(x), uint(y), uint(y)))
				h := x % y
				q, r := bits.Div64(h, x^y, y)
				qu, ru := bits.Div(uint(h), uint(x^y), uint(y))
				fmt.Printf("  div %x %x %x %x\n", q, r, qu, ru)
				y32 := uint32(y) | 1
				q32, r32 := bits.Div32(uint32(x)%y32, uint32(x^y), y32)
				fmt.Printf("  div32 %x %x\n", q32, r32)
				// Round trip: (q*y + r) must give back (h, x^y).
				ph, pl := bits.Mul64(q, y)
				pl, c := bits.Add64(pl, r, 0)
				ph += c
				if ph != h || pl != x^y {
					fmt.Println("  DIV ROUND TRIP FAILED")
				}
			}
		}
	}
	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(7, 1, 3) })
	try("Div overflow", func() { bits.Div(1, 0, 1) })
	try("Rem64 by zero", func() { bits.Rem64(1, 2, 0) })
	try("Rem32 by zero", func() { bits.Rem32(1, 2, 0) })
	try("Rem64 no overflow", func() { fmt.Println(bits.Rem64(9, 4, 5)) })
	bits.Div64(3, 0, 2)
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Printf("%s: %T %v %v\n", name, r, ok, err)
	}()
	f()
}
