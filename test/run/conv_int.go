// Conversions between integer sizes truncate or sign/zero-extend.
package main

import "fmt"

func main() {
	var big int64 = 0x123456789ABCDEF0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	var n int32 = -1
	fmt.Println(uint32(n), uint64(n), int64(n), uint8(n), uint16(n))
	var u uint8 = 200
	fmt.Println(int8(u), int16(u), int(u))
	var s int8 = -56
	fmt.Println(uint8(s), uint16(s), uint64(s), int64(s))
	var r rune = 'é'
	fmt.Println(r, byte(r), int16(r))
	var b byte = 'A'
	fmt.Println(b, rune(b)+1, string(rune(b)+1))
	var uptr uintptr = 4096
	fmt.Println(uptr, int(uptr)/2)
}
