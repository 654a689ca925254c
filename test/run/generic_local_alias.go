// generic_local_alias: generic types declared inside functions (distinct per function,
// seeing the function's local names) and generic type aliases (Go 1.24).
package main

import "fmt"

type Pair[K comparable, V any] = struct {
	k K
	v V
}

type Set[T comparable] = map[T]bool

type List[T any] struct{ xs []T }

func (l *List[T]) Push(x T) { l.xs = append(l.xs, x) }

type ListOf[T any] = List[T]

type PtrTo[T any] = *T

func keys[T comparable](s Set[T]) int { return len(s) }

func f() any {
	type L[T any] struct{ v T }
	return L[int]{1}
}

func g() any {
	type L[T any] struct{ w T }
	return L[int]{2}
}

func inGeneric[E any](e E) string {
	type Wrap[T any] struct {
		inner T
		outer E
	}
	w := Wrap[int]{7, e}
	return fmt.Sprintf("%v", w)
}

func main() {
	type Node[T any] struct {
		val  T
		next *Node[T]
	}
	n := &Node[string]{"a", &Node[string]{"b", nil}}
	for p := n; p != nil; p = p.next {
		fmt.Println(p.val)
	}
	fmt.Printf("%T %v\n", n, *n.next)

	x, y := f(), g()
	fmt.Printf("%T %T %v %v %v\n", x, y, x, y, x == y)
	fmt.Println(x == f(), y == g())

	const width = 3
	type Celsius float64
	type Grid[T any] [width]T
	var gr Grid[Celsius]
	gr[2] = 21.5
	fmt.Printf("%T %v\n", gr, gr)

	type Num interface{ ~int | ~float64 }
	type Acc[T Num] struct{ sum T }
	a := Acc[Celsius]{}
	for _, v := range gr {
		a.sum += v
	}
	fmt.Printf("%T %+v\n", a, a)

	p := Pair[string, int]{"a", 1}
	var q struct {
		k string
		v int
	} = p
	fmt.Printf("%T %v %v\n", p, p, p == q)

	s := Set[int]{1: true, 2: true}
	fmt.Printf("%T %v %d\n", s, s, keys(s))

	var l ListOf[float64]
	l.Push(1.5)
	var l2 *List[float64] = &l
	fmt.Printf("%T %v %v\n", l, l, l2.xs)

	var pi PtrTo[int] = new(int)
	*pi = 4
	fmt.Printf("%T %d\n", pi, *pi)

	fmt.Println(inGeneric("e"), inGeneric(2.5))
}

type G[T any] struct{ v T }

func (g G[T]) Show() string { return fmt.Sprintf("%T %v", g, g.v) }

// A local type of an instance of a generic function is a distinct type per instance.
func localIn[T any](x T) interface{ Show() string } {
	type W struct{ x T }
	return G[W]{W{x}}
}

func init() {
	a, b := localIn(1), localIn("s")
	fmt.Println(a.Show())
	fmt.Println(b.Show())
	fmt.Printf("%T %T %v %v\n", a, b, a == b, a == localIn(1))
}
