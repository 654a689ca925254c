// Pointers: address-of, new, pointer to fields and elements, aliasing, nil.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func swap(a, b *int) { *a, *b = *b, *a }

func counter() *int {
	n := 0
	return &n
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := new(int)
	*p = 42
	q := p
	*q++
	fmt.Println(*p, *q, p == q)
	c := counter()
	*c += 5
	fmt.Println(*c, counter() == counter())
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	type S struct{ a, b int }
	s := S{1, 2}
	pb := &s.b
	*pb = 7
	fmt.Println(s)
	ps := &s
	ps.a = 9
	fmt.Println(s, (*ps).a)
	var np *Node
	fmt.Println(np == nil, head != nil)
	pp := &p
	**pp = 100
	fmt.Println(*p)
}
