package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	A byte
	B int64
	C byte
	D int32
	E [3]int16
}

type T struct {
	X bool
	Y struct {
		P byte
		Q float64
	}
	Z string
}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s))
	fmt.Println(unsafe.Offsetof(s.A), unsafe.Offsetof(s.B), unsafe.Offsetof(s.C), unsafe.Offsetof(s.D), unsafe.Offsetof(s.E))
	var t T
	fmt.Println(unsafe.Sizeof(t), unsafe.Offsetof(t.Y), unsafe.Offsetof(t.Z), unsafe.Offsetof(t.Y.Q))
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(uint16(0)), unsafe.Sizeof(0), unsafe.Sizeof(uintptr(0)))
	fmt.Println(unsafe.Sizeof(""), unsafe.Sizeof([]int(nil)), unsafe.Sizeof(map[int]int(nil)), unsafe.Sizeof(any(nil)))
	fmt.Println(unsafe.Sizeof(complex64(0)), unsafe.Sizeof(complex128(0)), unsafe.Alignof(complex128(0)))
	fmt.Println(unsafe.Sizeof(struct{}{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof([5]int32{}))
	const k = unsafe.Sizeof(s) * 2
	var arr [k]byte
	fmt.Println(len(arr))
	x := int64(0x0102030405060708)
	p := (*[8]byte)(unsafe.Pointer(&x))
	fmt.Println(p[0], p[7])
}
