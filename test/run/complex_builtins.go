// complex, real and imag on non-constant operands; complex map keys; %T of named complex types.
package main

import "fmt"

type C complex64

func main() {
	re, im := 1.5, -2.25
	c := complex(re, im)
	var f32a, f32b float32 = 3, 4
	d := complex(f32a, f32b)
	fmt.Println(c, real(c), imag(c), d, real(d)*imag(d))
	e := c * c / complex(0.5, 1)
	fmt.Printf("%v %.3f %T %T\n", e, e, d, C(d))
	m := map[complex128]int{c: 1, complex(0, 0): 2}
	fmt.Println(m[complex(re, im)], len(m))
	println(c)
}
