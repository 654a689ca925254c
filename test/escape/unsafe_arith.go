// errorcheck -0 -m -l

// A pointer that goes through uintptr arithmetic and back (unsafe.Pointer rule 3) still
// points into the same object: the flow is kept.
package main

import "unsafe"

var sink *int

func next(x *int) *int { // ERROR "leaking param: x to result ~r0 level=0"
	return (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(x)) + unsafe.Sizeof(*x)))
}

func keep(x *int) { // ERROR "leaking param: x"
	sink = (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(x)) + 8))
}

func main() {
	a := [2]int{1, 2}
	b := [2]int{3, 4} // ERROR "moved to heap: b"
	keep(&b[0])
	println(*next(&a[0]))
}
