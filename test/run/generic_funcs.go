package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Zero[T any]() T {
	var z T
	return z
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Fact[T ~int | ~int64](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

type MyInt int

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q", x)
	default:
		return fmt.Sprintf("other %T %v", v, v)
	}
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]MyInt{4, 5}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * 2) })
	fmt.Println(strs, len(strs))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(Reduce([]string{"a", "bb", "ccc"}, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Max(3, 7), Max(2.5, 1.0), Max("a", "b"), Max(1, 2.5))
	fmt.Println(Max[float64](3, 2.5))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil)
	b, a := Swap(1, "one")
	fmt.Println(a, b)
	fmt.Println(Fact(10), Fact(MyInt(5)), Fact[int64](20))
	f := Sum[int]
	fmt.Println(f([]int{10, 20}))
	g := Map[string, int]
	fmt.Println(g([]string{"x", "yy"}, func(s string) int { return len(s) }))
	fmt.Println(Describe(1), Describe("s"), Describe(MyInt(3)), Describe([]int{1}))
	fmt.Printf("%T %T\n", f, g)
}
