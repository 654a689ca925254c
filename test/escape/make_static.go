// errorcheck -0 -m -l

// make with a count known statically (a local assigned once, the length of a slice literal
// in one, a constant) is a fixed-size object, printed with that count as gc prints it.
package main

var sink []byte

const pageSize = 4096

func locals() {
	size := 128
	_ = make([]byte, size) // ERROR "make\(\[\]byte, 128\) does not escape"
	s, c := 16, 64
	_ = make([]byte, s, c)     // ERROR "make\(\[\]byte, s, 64\) does not escape"
	_ = make([]byte, pageSize) // ERROR "make\(\[\]byte, 4096\) does not escape"
	ints := []int{1, 2, 3}     // ERROR "\[\]int{...} does not escape"
	_ = make([]int, len(ints)) // ERROR "make\(\[\]int, 3\) does not escape"
	sink = make([]byte, size)  // ERROR "make\(\[\]byte, 128\) escapes to heap"
}

func notStatic(n int, flag bool) {
	size := 8
	if flag {
		size = n
	}
	_ = make([]byte, size) // ERROR "make\(\[\]byte, size\) does not escape"
	_ = make([]byte, n)    // ERROR "make\(\[\]byte, n\) does not escape"
}

func main() {
	locals()
	notStatic(3, true)
}
