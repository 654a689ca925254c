// Scopes and shadowing: blocks, if/switch/for init statements, := redeclaration.
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	if y := 2; y > 5 {
		fmt.Println("no")
	} else if z := y * 2; z == 4 {
		fmt.Println("else if", y, z)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	a, err := 1, "first"
	b, err := 2, "second"
	fmt.Println(a, b, err)
	fmt.Println(x)
	len := 3
	fmt.Println(len)
	true := false
	fmt.Println(true)
}
