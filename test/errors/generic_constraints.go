// Generics: type arguments that do not satisfy their constraints.
package main

type Number interface {
	~int | ~float64
}

type Stringer interface{ String() string }

func Sum[T Number](xs []T) T {
	var s T
	return s
}

func Eq[T comparable](a, b T) bool { return a == b }

func Str[T Stringer](x T) string { return x.String() }

func Exact[T int](x T) {}

type MyInt int

type Set[T comparable] struct{ m []T }

func main() {
	_ = Sum([]string{"a"})  // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	_ = Sum[string]         // ERROR "string does not satisfy Number"
	_ = Eq([]int{}, nil)    // ERROR "\[\]int does not satisfy comparable"
	_ = Str(3)              // ERROR "int does not satisfy Stringer \(missing method String\)"
	_ = Str(MyInt(3))       // ERROR "in call to Str, T \(type MyInt\) does not satisfy Stringer \(missing method String\)"
	Exact(int8(1))          // ERROR "in call to Exact, T \(type int8\) does not satisfy int"
	_ = Set[[]int]{}        // ERROR "\[\]int does not satisfy comparable"
	_ = Sum([]MyInt{1})
}
