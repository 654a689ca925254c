// := must declare at least one new variable; values must be used.
package main

func main() {
	c := 1
	c := 2 // ERROR "no new variables on left side of :="
	var i8 int8
	i8 + 1 // ERROR "i8 \+ 1 \(value of type int8\) is not used"
	_ = c
}
