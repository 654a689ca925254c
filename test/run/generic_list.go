package main

import "fmt"

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

func (l *List[T]) Each(f func(T)) {
	for p := l; p != nil; p = p.next {
		f(p.val)
	}
}

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

type Tree[K interface{ ~int | ~string }, V any] struct {
	Left, Right *Tree[K, V]
	Key         K
	Val         V
}

func (t *Tree[K, V]) Insert(k K, v V) *Tree[K, V] {
	if t == nil {
		return &Tree[K, V]{Key: k, Val: v}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k, v)
	} else if k > t.Key {
		t.Right = t.Right.Insert(k, v)
	} else {
		t.Val = v
	}
	return t
}

func (t *Tree[K, V]) Walk(f func(K, V)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Key, t.Val)
	t.Right.Walk(f)
}

type Node[T any] struct {
	Value    T
	Children []*Node[T]
}

func Count[T any](n *Node[T]) int {
	c := 1
	for _, ch := range n.Children {
		c += Count(ch)
	}
	return c
}

func main() {
	var l *List[int]
	l = l.Push(1).Push(2).Push(3)
	l.Each(func(i int) { fmt.Print(i, " ") })
	fmt.Println(l.Len())

	var ls *List[string]
	fmt.Println(ls.Len())
	ls = ls.Push("a")
	fmt.Printf("%T %v %q\n", ls, ls.next == nil, ls.val)

	var t *Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "c"} {
		t = t.Insert(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()

	root := &Node[string]{Value: "root", Children: []*Node[string]{{Value: "a"}, {Value: "b", Children: []*Node[string]{{Value: "c"}}}}}
	fmt.Println(Count(root))
	fmt.Printf("%+v\n", *root.Children[0])
}
