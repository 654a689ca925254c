// Constant division by zero and invalid shift counts are compile-time errors.
package main

func main() {
	x := 10
	_ = x / 0   // ERROR "invalid operation: division by zero"
	_ = 1.5 / 0 // ERROR "invalid operation: division by zero"
	_ = 1 >> -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
}
