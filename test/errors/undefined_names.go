// Names that are not declared, and declarations that are not used.
package main

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
)

func main() {
	x := 1 // ERROR "declared and not used: x"
	fmt.Println(y) // ERROR "undefined: y"
	undefinedFunc() // ERROR "undefined: undefinedFunc"
	var s struct{ a int }
	fmt.Println(s.b) // ERROR "s.b undefined \(type struct{a int} has no field or method b\)"
}
