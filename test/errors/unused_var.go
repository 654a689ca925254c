// Locals that are declared but never used are errors; assigning is not a use.
package main

func main() {
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
	y = 2
	z, w := 1, 2 // ERROR "declared and not used: z"
	_ = w
}
