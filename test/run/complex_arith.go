package main

import "fmt"

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(b), imag(b))
	var c64 complex64 = complex64(b)
	fmt.Println(c64*c64, c64 == complex64(3+4i))
	println(a, b)
	fmt.Printf("%v %.2f %g\n", a, b, c64)
	var z complex128
	fmt.Println(z, -b, a != b)
	x := []complex128{1, 1i, -1, -1i}
	s := complex(0, 0)
	for _, v := range x {
		s += v * v
	}
	fmt.Println(s)
}
