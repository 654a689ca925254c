// iter.Pull and iter.Pull2: pulling values, stopping early (the iterator sees yield return
// false), zip of two iterators, a panic of the iterator raised by next, and inference of
// iter.Seq[V] from a func literal.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("count stopped at", i)
				return
			}
		}
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	fmt.Println(next())
	stop()
	next, stop = iter.Pull(count(10))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	stop()
	fmt.Println(next())
	_, stop = iter.Pull(count(10))
	stop()
	for a, b := range zip(slices.Values([]string{"a", "b", "c"}), count(2)) {
		fmt.Println(a, b)
	}
	n2, s2 := iter.Pull2(maps.All(map[string]int{"k": 1}))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()
	np, sp := iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic("iterator panic")
	})
	defer sp()
	defer func() { fmt.Println("recovered", recover()) }()
	fmt.Println(np())
	fmt.Println(np())
}
