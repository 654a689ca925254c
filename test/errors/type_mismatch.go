// Assignments and operations between incompatible types.
package main

func f() (int, string) { return 1, "a" }

func main() {
	var i int = "hello" // ERROR "cannot use \"hello\" \(untyped string constant\) as int value in variable declaration"
	var s string
	s = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in assignment"
	var i8 int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var f64 float64
	_ = i + f64 // ERROR "invalid operation: i \+ f64 \(mismatched types int and float64\)"
	a := f() // ERROR "assignment mismatch: 1 variable but f returns 2 values"
	_, _, _, _ = i, s, i8, a
}
