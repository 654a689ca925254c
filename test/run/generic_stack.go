package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }
func (s Stack[T]) String() string {
	var b strings.Builder
	b.WriteString("Stack[")
	for i, it := range s.items {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(fmt.Sprint(it))
	}
	b.WriteString("]")
	return b.String()
}

type Lener interface{ Len() int }

type Named struct {
	Stack[string]
	name string
}

func NewStack[T any](xs ...T) *Stack[T] {
	s := &Stack[T]{}
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

func main() {
	var s Stack[string]
	s.Push("x")
	s.Push("y")
	fmt.Println(s.Len(), s)
	v, ok := s.Pop()
	fmt.Println(v, ok)
	v, ok = s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)

	p := NewStack(1, 2, 3)
	fmt.Println(p, p.Len())
	var l Lener = p
	fmt.Println(l.Len())
	l = *p
	fmt.Println(l.Len())
	var st fmt.Stringer = NewStack(1.5)
	fmt.Println(st.String())
	fmt.Printf("%T %T\n", l, st)

	n := Named{name: "n"}
	n.Push("a")
	n.Push("b")
	fmt.Println(n.Len(), n.name, n.Stack)

	push := p.Push
	push(4)
	lenf := Stack[int].Len
	fmt.Println(lenf(*p))
	ptrPush := (*Stack[int]).Push
	ptrPush(p, 5)
	fmt.Println(p)

	stacks := []*Stack[rune]{NewStack('a'), NewStack('b', 'c')}
	for _, s := range stacks {
		fmt.Println(s.Len(), s.items)
	}
}
