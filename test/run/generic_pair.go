package main

import "fmt"

type Point struct{ X, Y int }
type Pair[K comparable, V any] struct {
	Key K
	Val V
}
type List[T any] struct {
	next *List[T]
	val  T
}

func (p Pair[K, V]) String2() string { return fmt.Sprint(p.Key) }

func main() {
	fmt.Printf("%T\n", Pair[int, string]{})
	fmt.Printf("%T\n", Pair[Point, []Point]{})
	fmt.Printf("%T\n", &List[map[string]int]{})
	fmt.Printf("%v\n", Pair[int, string]{1, "a"})
	fmt.Printf("%+v\n", Pair[int, string]{1, "a"})
	fmt.Printf("%#v\n", Pair[int, string]{1, "a"})
	fmt.Printf("%T\n", Pair[struct{ A int }, func(int) string]{})
}
