// unsafe.Add, Slice, String, StringData and SliceData, and their run-time checks.
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	b := []byte("hello, unsafe")
	s := unsafe.String(&b[0], 5)
	fmt.Println(s, len(s))
	p := unsafe.StringData(s)
	fmt.Println(*p == 'h')
	arr := [4]int32{10, 20, 30, 40}
	q := (*int32)(unsafe.Add(unsafe.Pointer(&arr[0]), 8))
	fmt.Println(*q)
	sl := unsafe.Slice(&arr[1], 3)
	fmt.Println(sl, len(sl), cap(sl))
	fmt.Println(unsafe.SliceData(sl) == &arr[1])
	var np *int
	fmt.Println(unsafe.Slice(np, 0) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	_ = unsafe.Slice(&arr[0], n)
}
