// make with a capacity no heap can hold: gc's "cap out of range" (len is checked first).
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	n := 1 << 59
	try(func() { _ = make([]int, n) })
	try(func() { _ = make([]int, 0, n) })
	big := uint64(1 << 63)
	try(func() { _ = make([]byte, 1, big) })
	m := -1
	try(func() { _ = make([]int, 0, uint(m)) })
	_ = make([]int64, 10, n)
}
