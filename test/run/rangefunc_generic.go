// Generic iterators: type parameters constrained to func types, iter.Seq/Seq2 returned by
// methods of generic types, iterator adapters, and a generic iterator instantiated with
// several types.
package main

import (
	"fmt"
	"iter"
)

func Sum[S ~func(func(int) bool)](s S) int {
	t := 0
	for x := range s {
		t += x
	}
	return t
}

func Each[K comparable, V any, S ~func(func(K, V) bool)](s S, f func(K, V)) {
	for k, v := range s {
		f(k, v)
	}
}

type Ints func(func(int) bool)

type List[T any] struct {
	items []T
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range l.items {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for x := range s {
			if !yield(f(x)) {
				return
			}
		}
	}
}

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range s {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

func Upto(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func First[T any](s iter.Seq[T]) (T, bool) {
	for x := range s {
		return x, true
	}
	var zero T
	return zero, false
}

func main() {
	fmt.Println(Sum(Ints(func(y func(int) bool) { y(1); y(2) })))
	Each(func(y func(string, int) bool) { y("a", 1) }, func(k string, v int) { fmt.Println(k, v) })
	l := &List[string]{items: []string{"a", "b", "c"}}
	for i, s := range l.All() {
		fmt.Println(i, s)
	}
	sq := Map(Filter(Upto(10), func(i int) bool { return i%3 == 0 }), func(i int) string { return fmt.Sprint(i * i) })
	for s := range sq {
		fmt.Print(s, " ")
	}
	fmt.Println()
	fmt.Println(First(sq))
	fmt.Println(First(Filter(Upto(5), func(int) bool { return false })))
	fl := &List[float64]{items: []float64{1.5, 2.5}}
	for _, f := range fl.All() {
		fmt.Println(f)
	}
}
