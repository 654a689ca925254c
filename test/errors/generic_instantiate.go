// Generics: using generic functions and types without (or with wrong) instantiation.
package main

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Two[A, B any](a A, b B) {}

type Box[T any] struct{ v T }
type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	f := Sum // ERROR "cannot use generic function Sum without instantiation"
	_ = f
	var b Box // ERROR "cannot use generic type Box\[T any\] without instantiation"
	_ = b
	Two[int, string, bool](1, "a") // ERROR "got 3 type arguments but want 2"
	_ = Box[int, int]{}            // ERROR "too many type arguments for type Box: have 2, want 1"
	_ = Pair[int]{}                // ERROR "not enough type arguments for type Pair: have 1, want 2"
	g := Two[int]                  // ERROR "cannot infer B"
	_ = g
}
