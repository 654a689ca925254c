package main

import "fmt"

func main() {
	var s8 int8 = -128
	var u8 uint8 = 0x81
	var s16 int16 = -32768
	var u16 uint16 = 0x8001
	var s32 int32 = -1 << 31
	var u32 uint32 = 0x80000001
	var s64 int64 = -1 << 63
	var u64 uint64 = 0x8000000000000001
	for _, n := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200} {
		fmt.Println(n, s8>>n, s8<<n, u8>>n, u8<<n, s16>>n, s16<<n, u16>>n, u16<<n)
		fmt.Println(n, s32>>n, s32<<n, u32>>n, u32<<n, s64>>n, s64<<n, u64>>n, u64<<n)
	}
	var sh8 uint8 = 3
	var shs int = 2
	x := 1
	fmt.Println(x<<sh8, x<<shs, 1024>>sh8, int64(-9)>>1, uint64(1)<<63>>63)
	var ui uint = 1
	fmt.Println(ui<<63, ^uint(0)>>1 == 1<<63-1)
	y := 5
	y <<= 2
	y >>= 1
	fmt.Println(y)
}
