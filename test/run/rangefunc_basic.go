// Range over functions (Go 1.23): 0, 1 and 2 yield parameters, break, continue, labeled
// loops, returns from the body, per-iteration variables, `=` iteration variables, named
// and generic iterator types, method values and recursive iterators.
package main

import (
	"fmt"
	"iter"
)

type IntSeq func(yield func(int) bool)

type Pair[K comparable, V any] struct {
	K K
	V V
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Pairs[K comparable, V any](ps []Pair[K, V]) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, p := range ps {
			if !yield(p.K, p.V) {
				return
			}
		}
	}
}

type Tree struct {
	l, r *Tree
	v    int
}

func (t *Tree) walk(yield func(int) bool) bool {
	return t == nil || (t.l.walk(yield) && yield(t.v) && t.r.walk(yield))
}

func (t *Tree) All(yield func(int) bool) { t.walk(yield) }

func evens(limit int) IntSeq {
	return func(yield func(int) bool) {
		for i := 0; i < limit; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func find(n int) (int, string) {
	for x := range count(10) {
		if x == n {
			return x * 10, "found"
		}
	}
	return -1, "none"
}

func named(n int) (r int) {
	for x := range count(10) {
		r += x
		if x == n {
			return
		}
	}
	return 100
}

func main() {
	for x := range count(5) {
		if x == 1 {
			continue
		}
		if x == 3 {
			break
		}
		fmt.Println("x", x)
	}
	for k, v := range pairs {
		fmt.Println(k, v)
	}
	n := 0
	for range three {
		n++
	}
	fmt.Println("n", n)
	fmt.Println(find(4))
	fmt.Println(find(40))
	fmt.Println(named(3), named(20))
outer:
	for i := range count(3) {
		for j := range count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	var fs []func() int
	for x := range count(3) {
		fs = append(fs, func() int { return x })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var k string
	var v int
	for k, v = range pairs {
	}
	fmt.Println(k, v)

	arr := [3]int{}
	i := 0
	for arr[i] = range evens(6) {
		i++
	}
	fmt.Println(arr)
	for i, s := range Enumerate([]string{"p", "q"}) {
		fmt.Println(i, s)
	}
	for k, v := range Pairs([]Pair[string, float64]{{"pi", 3.14}, {"e", 2.72}}) {
		fmt.Println(k, v)
	}
	t := &Tree{v: 5, l: &Tree{v: 2, r: &Tree{v: 3}}, r: &Tree{v: 9, r: &Tree{v: 12}}}
	for v := range t.All {
		fmt.Print(v, " ")
		if v == 9 {
			break
		}
	}
	fmt.Println()
	var nilTree *Tree
	for range nilTree.All {
		fmt.Println("never")
	}
	acc := 0
	for x := range evens(10) {
		func() { acc += x }()
	}
	fmt.Println("acc", acc)
	var seq iter.Seq[int] = iter.Seq[int](evens(5))
	for x := range seq {
		fmt.Print(x)
	}
	fmt.Println()
}
