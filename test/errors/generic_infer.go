// Generics: failures of type inference.
package main

func Zero[T any]() T {
	var z T
	return z
}

func Eq[T comparable](a, b T) bool { return a == b }

func Same[T any](a, b T) {}

func main() {
	_ = Zero()          // ERROR "in call to Zero, cannot infer T"
	_ = Eq(1, "a")      // ERROR "in call to Eq, mismatched types untyped int and untyped string \(cannot infer T\)"
	Same(1, int8(2))
	Same(int16(1), "x") // ERROR "cannot use .x. \(untyped string constant\) as int16 value in argument to Same"
	Same(int16(1), int32(2)) // ERROR "in call to Same, type int32 of int32\(2\) does not match inferred type int16 for T"
}
