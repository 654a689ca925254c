// Binary operations need operands of identical types.
package main

func main() {
	var a int
	var b string
	var f float64
	_ = a == b // ERROR "invalid operation: a == b \(mismatched types int and string\)"
	_ = a + f  // ERROR "invalid operation: a \+ f \(mismatched types int and float64\)"
	_ = "a" + 1 // ERROR "mismatched types untyped string and untyped int"
}
