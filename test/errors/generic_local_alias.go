// Generics: local generic types and generic aliases are checked like package-level ones.
package main

type Set[T comparable] = map[T]bool

type Vec[T any] = []T

func main() {
	type L[T any] struct{ v T }
	var a L // ERROR "cannot use generic type L\[T any\] without instantiation"
	var b Set[[]int] // ERROR "\[\]int does not satisfy comparable"
	type Num interface{ ~int }
	type B[T Num] struct{ v T }
	var c B[string] // ERROR "string does not satisfy Num \(string missing in ~int\)"
	var d Vec[int, int] // ERROR "too many type arguments for type Vec: have 2, want 1"
	_, _, _, _ = a, b, c, d
}
